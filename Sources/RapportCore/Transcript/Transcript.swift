import Foundation

/// A transcript read back from its JSON Lines text: the header, the events, and the lines that
/// could not be read (a line cut by a crash, damage), which are reported and skipped.
public struct Transcript: Sendable {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public enum Failure: Error, CustomStringConvertible {
        case noHeader(String)
        public var description: String {
            switch self {
            case .noHeader(let why): return "not a Rapport transcript: \(why)"
            }
        }
    }

    public var header: TranscriptHeader
    public var entries: [TranscriptEntry]
    public var problems: [Problem]

    public init(header: TranscriptHeader, entries: [TranscriptEntry], problems: [Problem] = []) {
        self.header = header
        self.entries = entries
        self.problems = problems
    }

    public static func parse(_ text: String) throws(Failure) -> Transcript {
        // A transcript saved by an editor with CR/LF endings reads as if it had LF.
        // ("\r\n" is one Character in Swift, so both are separators.)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        let decoder = JSONDecoder()
        guard let first = lines.first, !first.isEmpty else { throw .noHeader("the file is empty") }
        guard let header = try? decoder.decode(TranscriptHeader.self, from: Data(first.utf8)),
            header.format == TranscriptHeader.formatName
        else { throw .noHeader("the first line is not a transcript header") }
        guard header.version <= TranscriptHeader.currentVersion else {
            throw .noHeader("format version \(header.version) is newer than this rapport understands (\(TranscriptHeader.currentVersion)): update rapport")
        }
        var entries: [TranscriptEntry] = []
        var problems: [Problem] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let isLast = index == lines.count - 1
            do {
                let entry = try decoder.decode(TranscriptEntry.self, from: Data(line.utf8))
                entries.append(entry)
            } catch {
                let why = isLast ? "cut short (the session was interrupted while writing it); ignored" : "not a readable event; skipped"
                problems.append(Problem(line: index + 1, message: why))
            }
        }
        return Transcript(header: header, entries: entries, problems: problems)
    }

    /// Every conversation event, in order.
    public var events: [ConversationEvent] { entries.compactMap(\.event) }

    /// Replays the events through a new conversation on `playbook`, rebuilding the session.
    /// `rendering: false` skips rendering each step's lines on the way (a report needs only the
    /// state the call ended in); the conversation renders again afterwards.
    /// `comments`: a coach's false-alarm marks among them are applied at the end.
    public func replay(on playbook: Playbook, rendering: Bool = true, comments: [CoachComment] = []) -> Conversation {
        var conversation = Conversation(playbook: playbook, today: header.day ?? CalendarDay(year: 2000, month: 1, day: 1), dateOrder: header.dateOrder)
        conversation.rendersPrompts = rendering
        for entry in entries {
            _ = conversation.handle(entry)
        }
        conversation.rendersPrompts = true
        conversation.applyFalseAlarms(CoachComment.falseAlarms(comments))
        return conversation
    }

    /// Replays a practice transcript: the trainee's lines through the persona it names, with
    /// its seed. Nil when the transcript is not a practice session or the persona is gone.
    public func replayPractice(on playbook: Playbook) -> RolePlay? {
        guard header.mode == .practice, let id = header.persona, var persona = playbook.persona(id) else { return nil }
        if let lead = header.lead {
            persona = LeadRehearsal.persona(for: lead, basedOn: persona, playbook: playbook, today: header.day ?? CalendarDay(year: 2000, month: 1, day: 1))
        }
        var play = RolePlay(playbook: playbook, persona: persona, seed: header.seed ?? 0, today: header.day ?? CalendarDay(year: 2000, month: 1, day: 1))
        for entry in entries where entry.type == .say {
            play.respond(to: entry.text ?? "")
        }
        if entries.last?.type == .end || entries.contains(where: { $0.type == .scorecard }) { play.end() }
        return play
    }

    /// A practice session as a call: the facts the buyer revealed, answered at the steps that
    /// record them, and the next step agreed, so that `summary` reads a practice transcript as
    /// the needs profile the trainee uncovered. Nil when it is not a practice session.
    public func practiceAsCall(on playbook: Playbook) -> Conversation? {
        guard let play = replayPractice(on: playbook) else { return nil }
        var conversation = Conversation(playbook: playbook, today: header.day ?? CalendarDay(year: 2000, month: 1, day: 1), dateOrder: header.dateOrder)
        conversation.hearsObjections = false
        for (field, _) in play.revealed {
            guard let fact = play.persona.facts.first(where: { $0.field == field }),
                let step = playbook.stages.flatMap(\.steps).first(where: { $0.record == field })
            else { continue }
            _ = conversation.handle(.wentToStep(step.id))
            _ = conversation.handle(.answered(fact.value))
        }
        // The buyer's objections as the practice went: settled, or left unresolved.
        for progress in play.objections where playbook.objections.contains(where: { $0.id == progress.objectionID }) {
            _ = conversation.handle(.objectionRaised(progress.objectionID))
            if progress.resolved || progress.ignored { _ = conversation.handle(.objectionOutcome(resolved: progress.resolved)) }
        }
        if let (_, day) = play.nextStep {
            _ = conversation.handle(.nextStepAgreed("next step with \(play.persona.name) on \(day.description)"))
        }
        return conversation
    }

    /// The last sequence number used.
    public var lastSeq: Int { entries.last?.seq ?? 0 }

    /// One JSON line, without the newline.
    public static func line<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension Conversation {
    /// Handles a transcript line's event. An answer or a note is taken as it was read when it was given
    /// (its recorded reading), so a call reads as the rep saw it even after the reading or the
    /// playbook changed; its words are read again when it has no reading (an older
    /// transcript), was given at another step than the one the replay is at (the playbook's
    /// steps changed), or its reading does not fit the playbook (an id it no longer has, a
    /// field of another type). Nil when the line records no event.
    public mutating func handle(_ entry: TranscriptEntry) -> [ConversationAction]? {
        guard let event = entry.event else { return nil }
        var recorded: AnswerReading?
        if let reading = entry.reading {
            switch (entry.type, state) {
            case (.answer, .atStep(let id)) where id == entry.step: recorded = reading
            case (.answer, .finished) where entry.step == nil: recorded = reading
            case (.note, _): recorded = reading
            default: break
            }
        }
        return handle(event, asRead: recorded)
    }
}
