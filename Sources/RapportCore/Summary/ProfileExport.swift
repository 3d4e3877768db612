import Foundation

/// What `summary --format json` writes for one call: the needs profile field by field (with
/// the words each value came from and its turn), the terms conceded, notes, objections and
/// their outcomes, the call's reading, closes, outcome, next step and competitors, and the
/// summary text. Scripts rely on its keys (`profile` entries with `field`, `value`, `raw`,
/// `turn`; `objections`; `nextStep`): they are spelled once, here. Absent values are written
/// as `null`, as they always were.
public struct ProfileExport: Encodable, Sendable {
    public struct PlaybookID: Encodable, Sendable {
        public var id: String
        public var version: String
    }

    public struct Quote: Encodable, Sendable {
        public var text: String
        public var turn: Int
    }

    public struct Carried: Encodable, Sendable {
        public var call: String
        public var day: String
    }

    public struct Entry: Encodable, Sendable {
        public var field: String
        public var label: String
        public var type: String
        public var raw: String
        public var turn: Int
        public var unclear: Bool
        @NullWhenAbsent public var value: FieldValue?
        public var carriedFrom: Carried?
        /// Every time the field was spoken of, when more than once.
        public var quotes: [Quote]?
        public var qualifies: String?
    }

    public struct Term: Encodable, Sendable {
        public var concession: String
        public var label: String
        @NullWhenAbsent public var percent: Double?
        @NullWhenAbsent public var inReturn: String?
        public var turn: Int
        public var warnings: [String]
    }

    public struct Objection: Encodable, Sendable {
        public var objection: String
        public var turn: Int
        /// `resolved`, `unresolved` or `open`.
        public var outcome: String
    }

    public struct Close: Encodable, Sendable {
        public var close: String
        public var turn: Int
    }

    public struct Outcome: Encodable, Sendable {
        /// `won` or `lost`.
        public var result: String
        public var turn: Int
        public var reason: String?
        public var close: String?
    }

    public struct NextStep: Encodable, Sendable {
        public var what: String
        @NullWhenAbsent public var date: String?
        public var turn: Int
    }

    public struct Competitor: Encodable, Sendable {
        public var competitor: String
        public var turn: Int
    }

    public var playbook: PlaybookID
    @NullWhenAbsent public var account: String?
    @NullWhenAbsent public var rep: String?
    public var started: String
    public var profile: [Entry]
    public var terms: [Term]
    public var notes: [Quote]
    public var objections: [Objection]
    public var unknownQualifications: [String]
    public var reading: CallReading
    public var closesUsed: [Close]
    @NullWhenAbsent public var outcome: Outcome?
    @NullWhenAbsent public var nextStep: NextStep?
    public var competitors: [Competitor]
    public var summary: String

    /// The export of a call: the conversation as replayed, its header, and the summary text
    /// already rendered.
    public init(conversation: Conversation, header: TranscriptHeader, summary: String) {
        let playbook = conversation.playbook
        let profile = conversation.profile
        self.playbook = PlaybookID(id: playbook.id, version: playbook.version)
        account = header.account
        rep = header.rep
        started = header.started
        self.profile = playbook.fields.compactMap { field in
            guard let entry = profile[field.id] else { return nil }
            return Entry(field: field.id, label: field.label, type: field.type.rawValue, raw: entry.raw, turn: entry.turn, unclear: entry.isUnclear,
                         value: entry.value, carriedFrom: profile.carried[field.id].map { Carried(call: $0.from, day: $0.day) },
                         quotes: entry.quotes.count > 1 ? entry.quotes.map { Quote(text: $0.text, turn: $0.turn) } : nil,
                         qualifies: field.qualifies?.rawValue)
        }
        terms = profile.terms.map { Term(concession: $0.concessionID, label: $0.label, percent: $0.percent, inReturn: $0.inReturn, turn: $0.turn, warnings: $0.warnings) }
        notes = profile.notes.map { Quote(text: $0.text, turn: $0.turn) }
        objections = profile.objections.map { Objection(objection: $0.objectionID, turn: $0.turn, outcome: CallReading.outcome($0.resolved)) }
        unknownQualifications = conversation.unknownQualifications.map(\.rawValue)
        reading = CallReading(conversation)
        closesUsed = profile.closesUsed.map { Close(close: $0.closeID, turn: $0.turn) }
        outcome = profile.outcome.map { Outcome(result: $0.label, turn: $0.turn, reason: $0.reason, close: $0.closeID) }
        nextStep = FollowUpPlan(playbook: playbook, profile: profile).map { NextStep(what: $0.what, date: $0.day?.description, turn: $0.turn) }
        competitors = profile.competitors.map { Competitor(competitor: $0.competitorID, turn: $0.turn) }
        self.summary = summary
    }

    /// The document as `summary --format json` prints it: keys sorted, indented, slashes as is.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

