import ArgumentParser
import Foundation
import LineEditor
import RapportCore

struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Role-play a sale against a buyer the program plays, and get a scorecard.",
        discussion: """
            The buyer (a persona from the playbook) hides their situation until asked well, raises \
            objections and agrees a next step only when it is earned. The same --seed and the same \
            lines always play out the same way. Coached mode (the default) shows the rubric and \
            trust and allows /hint; --exam hides both.
            """)

    @Option(help: "The playbook (default: playbooks/default.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: "The persona to play the buyer (default: the playbook's first; --list shows them).", completion: .custom(Completions.personas))
    var persona: String?

    @Option(help: "Rehearse the call with an imported lead: the buyer has its name, role, company and known values (the persona gives the character).")
    var lead: String?

    @Option(help: "Seed for the buyer's choices (default: from the clock, saved in the transcript).")
    var seed: UInt64?

    @Flag(help: "Exam mode: no hints, no trust shown.")
    var exam = false

    @Flag(help: "List the playbook's personas and exit.")
    var list = false

    @Option(help: "The trainee's name, kept in the transcript.")
    var rep: String?

    @Option(help: "Folder for transcripts (created owner-only if missing; default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?

    @Flag(help: "No colour, even on a terminal.")
    var noColor = false

    func run() throws {
        let settings = try ConfigFile.load()
        let path = playbook ?? settings.playbook ?? PlaybookFile.defaultPath()
        let loaded = try PlaybookFile.loadOrExit(path)
        let style = Style(noColor: noColor || settings.colour == false)
        let rep = self.rep ?? settings.rep
        let transcripts = self.transcripts ?? settings.transcripts ?? "transcripts"
        if list {
            print(PracticeView.list(loaded))
            return
        }
        guard var chosen = persona.map({ loaded.persona($0) }) ?? loaded.personas.first else {
            if let persona {
                let known = loaded.personas.map(\.id)
                let hint = Spelling.closest(persona, in: known).map { " Did you mean '\($0)'?" } ?? ""
                printError("rapport: no persona '\(safe(persona))' in \(path).\(hint) Personas: \(known.isEmpty ? "none" : known.joined(separator: ", ")).")
            } else {
                printError("rapport: \(path) has no personas to practise with: add 'personas:' (see playbooks/README.md) or pass --playbook.")
            }
            throw ExitCode(64)
        }
        let interactive = isatty(STDIN_FILENO) == 1
        StopSignal.install(interruptToo: !interactive)
        let started = Date()
        let day = CalendarDay(started)
        let seed = self.seed ?? UInt64(started.timeIntervalSince1970 * 1000) % 1_000_000
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var header = TranscriptHeader.practice(playbook: loaded, playbookPath: absolute, persona: chosen, seed: seed, exam: exam, rep: rep,
                                               started: started, sessionDay: day)
        if let lead {
            guard let found = LeadsCommand.find(lead, in: transcripts) else {
                printError("rapport: no imported lead '\(safe(lead))' in \(safe(transcripts)): import leads with rapport leads import FILE.csv --transcripts \(safe(transcripts)).")
                throw ExitCode(64)
            }
            header.lead = found
            header.account = found.account
            chosen = LeadRehearsal.persona(for: found, basedOn: chosen, playbook: loaded, today: day)
        }
        let journal: TranscriptJournal
        do { journal = try TranscriptJournal(folder: transcripts, header: header, started: started) } catch {
            printError(error.description)
            throw ExitCode(73)
        }
        let play = RolePlay(playbook: loaded, persona: chosen, seed: seed, today: day)
        let view = PracticeView(style: style, playbook: loaded, persona: chosen, coached: !exam)
        let reader = LineReaders.make(historyPath: nil, completer: { before in
            SessionCommand.completions(after: before, in: SessionCommand.practice, playbook: loaded)
        })
        let session = PracticeSession(play: play, recorder: TranscriptRecorder(journal: journal, header: header, lastSeq: 0), view: view,
                                      reader: reader, interactive: interactive)
        if case .signal(let number) = session.run() { throw ExitCode(128 + number) }
        StoreCommand.syncAfterSession(transcript: journal.path, settings: settings, style: style)
    }
}
