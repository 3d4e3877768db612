import ArgumentParser
import Foundation
import LineEditor
import RapportCore

struct Live: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a live guided-selling session (the default when no subcommand is given).")

    @Option(help: "The playbook to follow (default: playbooks/default.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: "The customer account, named in the transcript's file name.")
    var account: String?

    @Option(help: "The rep's name, kept in the transcript (default: the settings file's `rep`).")
    var rep: String?

    @Option(help: "Folder for transcripts (created owner-only if missing; default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?

    @Option(help: "Continue a saved transcript in the same file.", completion: .file(extensions: ["jsonl"]))
    var resume: String?

    @Flag(help: "No colour, even on a terminal.")
    var noColor = false

    func run() throws {
        let interactive = isatty(STDIN_FILENO) == 1
        StopSignal.install(interruptToo: !interactive)
        let started = Date()
        let settings = try ConfigFile.load()
        let style = Style(noColor: noColor || settings.colour == false)
        let rep = self.rep ?? settings.rep
        let transcripts = self.transcripts ?? settings.transcripts ?? "transcripts"
        let journal: TranscriptJournal
        let header: TranscriptHeader
        var conversation: Conversation
        var lastSeq = 0
        if let resume {
            let (transcript, loaded) = try TranscriptFile.load(resume, playbookOverride: playbook)
            conversation = transcript.replay(on: loaded)
            header = transcript.header
            lastSeq = transcript.lastSeq
            // Sequence numbers count events; one near the top of the range is damage, not a call.
            guard lastSeq < Int(Int32.max) else {
                printError("rapport: \(resume): its last event number (\(lastSeq)) is not one a session writes; the file is damaged. Start a new call, or repair the file.")
                throw ExitCode(65)
            }
            do { journal = try TranscriptJournal(resuming: resume) } catch {
                printError(error.description)
                throw ExitCode(73)
            }
        } else {
            let path = playbook ?? settings.playbook ?? PlaybookFile.defaultPath()
            let loaded = try PlaybookFile.loadOrExit(path)
            let day = CalendarDay(started)
            let order = settings.dateOrder ?? Live.dateOrder(ProcessInfo.processInfo.environment)
            conversation = Conversation(playbook: loaded, today: day, dateOrder: order)
            MatcherCache.prepare(loaded)
            // The absolute path, so `summary` and `--resume` find the playbook from any folder.
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            var fresh = TranscriptHeader(mode: .live, playbook: loaded, playbookPath: absolute, rep: rep, account: account, started: started, sessionDay: day)
            fresh.dateOrder = order
            header = fresh
            do { journal = try TranscriptJournal(folder: transcripts, header: header, started: started) } catch {
                printError(error.description)
                throw ExitCode(73)
            }
        }
        if interactive {
            print(style.bold("Rapport") + " — \(safe(conversation.playbook.title))" + style.dim("  · transcript \(journal.path) · /help for commands"))
        }
        // The history remembers commands only unless the rep asked for answers too: what a
        // customer said belongs in the transcript, not in a file of recent lines.
        let keeping: RepSettings.History = settings.history ?? .commands
        let everything = keeping == .everything
        let remembers: @Sendable (String) -> Bool = { line in everything || line.hasPrefix("/") }
        let historyPath: String? = interactive && keeping != .off ? History.path() : nil
        let reader = LineReaders.make(historyPath: historyPath, remembers: remembers, completer: { [playbook = conversation.playbook] before in SessionCommand.completions(after: before, in: SessionCommand.live, playbook: playbook) })
        let session = LiveSession(conversation: conversation, journal: journal, header: header, lastSeq: lastSeq, style: style, reader: reader, interactive: interactive)
        // A new call with an account starts from what its earlier calls learnt.
        if resume == nil, let account, !account.isEmpty {
            let calls = AccountCalls.load(folder: transcripts, account: account, playbook: conversation.playbook)
                .filter { ($0.name + ".jsonl") != (journal.path as NSString).lastPathComponent }
            let memory = AccountMemory(calls: calls, playbook: conversation.playbook)
            if !calls.isEmpty {
                session.memory = (memory.carried, memory.brief(playbook: conversation.playbook, today: CalendarDay(started)))
            }
            // An imported lead's call opens with its plan: why it fits, what to learn, an opener.
            if let lead = LeadsCommand.find(account, in: transcripts) {
                let today = CalendarDay(started)
                let list = conversation.playbook.idealCustomer.map { CallList(leads: [lead], profile: $0, today: today) }
                let plan = CallPlan(lead: lead, entry: list?.ranked.first, carried: memory.carried, playbook: conversation.playbook, today: today)
                session.plan = PlanText.render(plan, ruledOut: list?.ruledOut.first?.reason, calls: calls.count)
                // What the import knew and no call has said yet starts the call known.
                let known = Set(memory.carried.compactMap { fact -> String? in if case .field(let id, _) = fact.item { return id } else { return nil } })
                let imported = lead.facts(for: conversation.playbook, today: today).filter { !known.contains($0.field) }
                    .map { CarriedFact(.field(id: $0.field, words: $0.words), from: CarriedFact.leadImport, day: today.description) }
                if !imported.isEmpty { session.memory = ((session.memory?.carried ?? []) + imported, session.memory?.brief ?? []) }
            }
        }
        switch session.run(resumed: resume != nil) {
        case .quit, .endOfInput:
            StoreCommand.syncAfterSession(transcript: journal.path, settings: settings, style: style)
        case .signal(let number): throw ExitCode(128 + number)
        }
    }
}

extension Live {
    /// The order of numeric dates from the locale, as POSIX decides it: LC_ALL, then LC_TIME,
    /// then LANG. `C`/`POSIX` or nothing set: only unambiguous numeric dates are read.
    static func dateOrder(_ env: [String: String]) -> DateOrder? {
        for key in ["LC_ALL", "LC_TIME", "LANG"] {
            if let value = env[key], !value.isEmpty { return DateOrder(locale: value) }
        }
        return nil
    }
}

/// Where line-editing history lives: `$XDG_STATE_HOME/rapport/history`, else `~/.local/state/rapport/history`.
enum History {
    static func path() -> String? {
        let env = ProcessInfo.processInfo.environment
        let base: String
        if let state = env["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (NSHomeDirectory() as NSString).appendingPathComponent(".local/state")
        }
        let folder = (base as NSString).appendingPathComponent("rapport")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            printError("rapport: history will not be kept: cannot create \(folder)")
            return nil
        }
        return (folder as NSString).appendingPathComponent("history")
    }
}
