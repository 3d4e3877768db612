import Foundation
import LineEditor
import RapportCore

/// The REPL of a live call: reads the rep's lines, turns them into conversation events,
/// journals each accepted event before acknowledging it, and shows what the machine says.
final class LiveSession {
    private var conversation: Conversation
    private let recorder: TranscriptRecorder
    private var journal: TranscriptJournal { recorder.journal }
    private var header: TranscriptHeader { recorder.header }
    private let view: SessionView
    private let reader: LineReader
    private let interactive: Bool
    /// The objection last detected or opened, for `/obj` with no words and `/obj N`.
    private var lastObjection: String?
    /// The competitor last named, for `/card` with no name.
    private var lastCompetitor: String?
    /// The qualification still unknown when last shown: the line repeats only when it changes.
    private var lastUnknown: [Qualification]?
    private var resumedSession = false

    init(conversation: Conversation, journal: TranscriptJournal, header: TranscriptHeader, lastSeq: Int, style: Style, reader: LineReader, interactive: Bool) {
        self.conversation = conversation
        self.recorder = TranscriptRecorder(journal: journal, header: header, lastSeq: lastSeq)
        self.view = SessionView(style: style, playbook: conversation.playbook)
        self.reader = reader
        self.interactive = interactive
    }

    enum Ending {
        case quit, endOfInput, signal(Int32)
    }

    /// Runs until /quit, end of input or a stop signal; returns how it ended.
    /// What earlier calls with the account learnt, and the brief to show: carried into the
    /// call (and its transcript) before the first step is shown.
    var memory: (carried: [CarriedFact], brief: [String])?
    /// The plan for an imported lead's call, shown before the first step.
    var plan: String?
    private var carriedCount = 0

    func run(resumed: Bool) -> Ending {
        resumedSession = resumed
        if !resumed, let memory, !memory.carried.isEmpty {
            for fact in memory.carried {
                _ = conversation.handle(.carried(fact))
                let (kind, text, target) = TranscriptEntry.fields(for: .carried(fact))
                recorder.record(kind, turn: 0, text: text, target: target, from: fact.from, day: fact.day)
            }
            carriedCount = memory.carried.count
            say(memory.brief.map { view.style.cyan("  " + safe($0)) }.joined(separator: "\n"))
        }
        if !resumed, let plan { say(view.style.dim(plan)) }
        if resumed {
            bookkeeping(.resume, text: "resumed")
            say(view.style.dim("Resumed \(journal.path) at turn \(conversation.turn)."))
        }
        if let prompt = conversation.prompt {
            say(view.step(prompt))
            lastUnknown = prompt.unknownQualifications
        } else {
            say(view.action(.finished, profile: conversation.profile) ?? "")
        }
        while true {
            if let signal = StopSignal.received {
                finish(reason: "signal \(signal)")
                return .signal(signal)
            }
            let prompt = conversation.prompt.map { "\($0.badge) > " } ?? "[done] > "
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if let signal = StopSignal.received {
                    finish(reason: "signal \(signal)")
                    return .signal(signal)
                }
                finish(reason: "end of input")
                return .endOfInput
            case .interrupted:
                continue
            case .line(let line):
                if line.utf8.count >= PlainLineReader.maximumLineBytes - 4 {
                    say(view.style.yellow("That line was longer than \(PlainLineReader.maximumLineBytes / 1024) KiB: its first part is kept, the rest was dropped."))
                }
                if handle(line) == .quit {
                    finish(reason: "quit")
                    return .quit
                }
            }
        }
    }

    private enum Next { case goOn, quit }

    /// Commands that show something are handled here; everything that changes the
    /// conversation is read by `SessionInput`, the grammar conversation tests use too.
    private func handle(_ line: String) -> Next {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("/") && !trimmed.hasPrefix("//") {
            let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            let command = parts.first.map { $0.lowercased() } ?? ""
            let argument = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
            switch SessionCommand.named(command, in: SessionCommand.live)?.name {
            // After anything long, one line puts the rep back on the step.
            case "help": say(SessionView.help + view.reminder(conversation.prompt)); return .goOn
            case "obj": objection(argument); say(view.reminder(conversation.prompt)); return .goOn
            case "close" where argument.isEmpty: say(view.closes(conversation) + view.reminder(conversation.prompt)); return .goOn
            case "card": card(argument); say(view.reminder(conversation.prompt)); return .goOn
            case "profile": say(view.profile(conversation) + view.reminder(conversation.prompt)); return .goOn
            case "price": say(view.negotiation(conversation) + view.reminder(conversation.prompt)); return .goOn
            case "summary": say(summary() + view.reminder(conversation.prompt)); return .goOn
            case "quit": return .quit
            default: break
            }
        }
        switch SessionInput.read(line, conversation: &conversation) {
        case .event(let event): apply(event)
        case .display: break
        case .invalid(let message): say(view.style.yellow(message))
        case .unknownCommand(let command):
            let hint = SessionCommand.suggestion(for: command, in: SessionCommand.live)
            say(view.style.red("Unknown command /\(safe(command)).") + (hint.map { " Did you mean /\($0)?" } ?? "") + " /help lists them; // starts an answer with a slash.")
        }
        return .goOn
    }

    /// Events one call may hold: no real call comes near it; a runaway input (`yes | rapport`)
    /// stops here instead of growing the file and memory without end.
    static let maximumEvents = 100_000

    /// Applies an event; when accepted, journals it (fsync) before showing the result.
    private func apply(_ event: ConversationEvent) {
        guard recorder.seq < Self.maximumEvents else {
            say(view.style.red("This call has \(Self.maximumEvents) events, the most one call can hold: nothing more is recorded. /quit, then start a new call."))
            return
        }
        let before = conversation.prompt
        let actions = conversation.handle(event)
        if actions.count == 1, case .rejected = actions[0] {
            say(view.action(actions[0], profile: conversation.profile) ?? "")
            return
        }
        let (kind, text, target) = TranscriptEntry.fields(for: event)
        record(kind, turn: conversation.turn, at: before, text: text, target: target, reading: conversation.lastReading)
        var output: [String] = []
        // Everything one note recorded goes on one line, at the place of the first value.
        var facts: [(field: String, was: FieldValue?)] = []
        var factsLine: Int?
        for action in actions {
            if case .recorded(let field, _) = action {
                if factsLine == nil { factsLine = output.count; output.append("") }
                facts.append((field, nil))
                continue
            }
            if case .changed(let field, let from) = action, let index = facts.lastIndex(where: { $0.field == field }) {
                facts[index].was = from
                continue
            }
            if case .objectionDetected(let match) = action {
                if !actions.contains(where: { if case .objectionDetected(let m) = $0 { return m.score > match.score } else { return false } }) {
                    lastObjection = match.objectionID
                }
                record(.detect, at: before, target: match.objectionID, score: match.score)
            }
            if case .competitorMentioned(let id) = action {
                lastCompetitor = id
                record(.mention, at: before, target: id)
            }
            if case .show(let prompt) = action {
                output.append(view.step(prompt, showUnknown: prompt.unknownQualifications != lastUnknown))
                lastUnknown = prompt.unknownQualifications
                continue
            }
            if case .closeUsed(let id) = action, let close = conversation.playbook.close(id) {
                output.append(view.closeLine(close, profile: conversation.profile))
            }
            if let line = view.action(action, profile: conversation.profile) { output.append(line) }
        }
        if let factsLine { output[factsLine] = view.recorded(facts, profile: conversation.profile) }
        say(output.joined(separator: "\n"))
    }

    private func bookkeeping(_ kind: TranscriptEntry.Kind, text: String) {
        record(kind, at: conversation.prompt, text: text)
    }

    private func record(_ kind: TranscriptEntry.Kind, turn: Int? = nil, at prompt: StepPrompt?, text: String? = nil,
                        target: String? = nil, score: Double? = nil, reading: AnswerReading? = nil) {
        recorder.record(kind, turn: turn, stage: prompt?.stageID, step: prompt?.stepID, text: text, target: target, score: score, reading: reading)
    }

    /// `/obj` (last one, else the list), `/obj N` (its technique N), `/obj ID` or `/obj WORDS`
    /// (opens that card and records the objection as raised).
    private func objection(_ argument: String) {
        let playbook = conversation.playbook
        if SessionInput.dismissals.contains(argument.lowercased()) {
            lastObjection = nil
            return apply(.objectionDismissed)
        }
        if argument.isEmpty || Int(argument) != nil {
            guard let id = lastObjection, let objection = playbook.objection(id) else {
                return say(view.objectionList())
            }
            let pick = Int(argument) ?? 1
            guard (1...objection.rebuttals.count).contains(pick) else {
                return say(view.style.yellow("\(id) has techniques 1 to \(objection.rebuttals.count)."))
            }
            return say(view.card(objection, profile: conversation.profile, score: nil, leading: pick - 1))
        }
        var id = playbook.objection(argument.lowercased())?.id
        var score: Double?
        if id == nil {
            guard let best = conversation.matcher.nearest(argument) else {
                return say(view.style.yellow("No objection matches those words.") + " /obj lists them all.")
            }
            id = best.objectionID
            score = best.score
        }
        guard let id, let objection = playbook.objection(id) else { return }
        lastObjection = id
        apply(.objectionRaised(id))
        say(view.card(objection, profile: conversation.profile, score: score, leading: 0))
    }

    /// `/card NAME` shows a competitor's battle card; `/card` the last one named, else the list.
    private func card(_ argument: String) {
        let playbook = conversation.playbook
        let id = argument.isEmpty ? lastCompetitor : conversation.spotter.competitor(named: argument)
        guard let id, let competitor = playbook.competitor(id) else {
            if !argument.isEmpty { say(view.style.yellow("No battle card for \"\(safe(argument))\".")) }
            return say(view.competitorList())
        }
        lastCompetitor = id
        say(view.battleCard(competitor, profile: conversation.profile))
    }

    private func summary() -> String {
        do {
            let renderer = try SummaryRenderer(playbook: conversation.playbook)
            let proposition = ValueProposition(playbook: conversation.playbook, profile: conversation.profile)
            return TerminalText.neutralised(renderer.render(proposition, playbook: conversation.playbook, profile: conversation.profile,
                                                             details: .init(account: header.account, rep: header.rep, date: header.sessionDay)), keepNewlines: true)
        } catch {
            return view.style.red("rapport: \(error)")
        }
    }

    private func finish(reason: String) {
        // A call in which nothing was typed (no answer, note or command) is not a call: its
        // file would only count as an empty call in reports. A resumed one is always kept.
        if recorder.seq == carriedCount, !resumedSession, journal.discard() {
            reader.close()
            recorder.close()
            if interactive { say(view.style.dim("Nothing was recorded, so no transcript was kept.")) }
            return
        }
        bookkeeping(.end, text: reason)
        reader.close()
        recorder.close()
        if interactive { say(view.style.dim("Saved \(journal.path)")) }
    }

    private func say(_ text: String) {
        guard !text.isEmpty else { return }
        // On a terminal, long lines wrap at word boundaries under their own indentation
        // instead of splitting words at the edge.
        defer { fflush(nil) }  // nil flushes every stream; stdout itself is a C global Swift 6 rejects
        guard interactive else { return print(text) }
        let width = min(max(Terminal.columns(), 40), 1_000)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.count > width else { return [String(line)] }
            let lead = String(line.prefix { $0 == " " })
            return TimelineText.wrap(String(line.dropFirst(lead.count)), width: width - lead.count, indent: "  ").map { lead + $0 }
        }
        print(lines.joined(separator: "\n"))
    }
}
