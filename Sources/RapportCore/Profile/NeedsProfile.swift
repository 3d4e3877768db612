/// Words the customer said, and the turn they were said at.
public struct Quote: Sendable, Hashable {
    public var text: String
    public var turn: Int

    public init(text: String, turn: Int) {
        self.text = text
        self.turn = turn
    }
}

/// What the profile holds for one field: the typed value (nil when the words did not parse),
/// the raw words it came from and the turn. Unclear answers are kept, never dropped.
public struct FieldEntry: Sendable, Hashable {
    public var value: FieldValue?
    /// Every answer recorded into this field, oldest first (tags fields accumulate).
    public var quotes: [Quote]

    public init(value: FieldValue?, quotes: [Quote]) {
        self.value = value
        self.quotes = quotes
    }

    /// The latest raw words.
    public var raw: String { quotes.last?.text ?? "" }
    /// The turn of the latest answer.
    public var turn: Int { quotes.last?.turn ?? 0 }
    /// True when the words were kept but could not be read as the field's type.
    public var isUnclear: Bool { value == nil }
}

/// The structured picture of the customer, built from their answers.
public struct NeedsProfile: Sendable, Hashable {
    public private(set) var entries: [String: FieldEntry] = [:]
    public private(set) var notes: [Quote] = []
    /// Objections raised in this call, in order, with how each ended (nil while open).
    public private(set) var objections: [RaisedObjection] = []
    /// Detections the rep marked as false alarms: never raised, kept for the record.
    public private(set) var dismissed: [RaisedObjection] = []
    /// Closing techniques the rep used, in order.
    public private(set) var closesUsed: [UsedClose] = []
    /// Won or lost, once the rep says so.
    public private(set) var outcome: DealOutcome?
    /// The next step agreed with `/next`, with its date.
    public private(set) var nextStep: AgreedNextStep?
    /// Competitors the customer named, the first time each came up.
    public private(set) var competitors: [CompetitorMention] = []
    /// Fields whose value came from an earlier call with the account (and from which), until
    /// this call records them again.
    public private(set) var carried: [String: CarriedFact] = [:]
    /// The outcome an earlier call recorded, when this call carried it over.
    public private(set) var carriedOutcome: CarriedFact?
    /// Concessions given in the negotiation, in order, with what was asked in return.
    public private(set) var terms: [AgreedTerm] = []

    public mutating func concede(_ term: AgreedTerm) {
        terms.append(term)
    }

    public init() {}

    /// Records what an earlier call learnt, at turn 0 and with where it came from.
    public mutating func carry(_ fact: CarriedFact, into field: Field? = nil, parsed: FieldValue? = nil) {
        switch fact.item {
        case .field(let id, let words):
            guard let field, field.id == id else { return }
            record(field, parsed: parsed, quote: Quote(text: words, turn: 0))
            carried[id] = fact
        case .objection(let id):
            _ = raise(id, turn: 0)
        case .outcome:
            carriedOutcome = fact
        }
    }

    public subscript(field: String) -> FieldEntry? { entries[field] }

    /// The typed value of a field, when known.
    public func value(_ field: String) -> FieldValue? { entries[field]?.value }

    public func isKnown(_ field: String) -> Bool { entries[field]?.value != nil }

    /// Records an answer. Tags merge with the tags already there; other types replace.
    public mutating func record(_ field: Field, parsed: FieldValue?, quote: Quote) {
        var entry = entries[field.id] ?? FieldEntry(value: nil, quotes: [])
        switch (field.type, entry.value, parsed) {
        case (.tags, .tags(let old)?, .tags(let new)?):
            entry.value = .tags(old + new.filter { !old.contains($0) })
        case (.tags, .tags?, nil):
            break  // keep the tags already known; the words are still kept below
        default:
            entry.value = parsed
        }
        if field.type == .tags {
            entry.quotes.append(quote)
        } else {
            entry.quotes = [quote]
        }
        entries[field.id] = entry
        // Said again in this call: the value is this call's now.
        if quote.turn > 0 { carried[field.id] = nil }
    }

    public mutating func addNote(_ quote: Quote) {
        notes.append(quote)
    }

    /// Records a raised objection unless the same one is already open. `detected`: noticed in
    /// the customer's words rather than opened by the rep.
    public mutating func raise(_ objectionID: String, turn: Int, detected: Bool = false) -> Bool {
        guard !objections.contains(where: { $0.objectionID == objectionID && $0.resolved == nil }) else { return false }
        objections.append(RaisedObjection(objectionID: objectionID, turn: turn, resolved: nil, detected: detected))
        return true
    }

    /// The most recent objection detected in the customer's words and still open.
    public var latestOpenDetection: RaisedObjection? {
        objections.last { $0.detected && $0.resolved == nil }
    }

    /// Moves the most recent open detection to `dismissed`; returns it.
    public mutating func dismissLatestDetection(turn: Int) -> RaisedObjection? {
        guard let index = objections.lastIndex(where: { $0.detected && $0.resolved == nil }) else { return nil }
        var objection = objections.remove(at: index)
        objection.settledAt = turn
        dismissed.append(objection)
        return objection
    }

    /// A coach's false-alarm mark: the objection detected at `turn` moves to `dismissed`,
    /// whatever the rep marked it. False when no such detection is there.
    public mutating func dismissDetection(_ objectionID: String, raisedAt turn: Int) -> Bool {
        guard let index = objections.firstIndex(where: { $0.detected && $0.objectionID == objectionID && $0.turn == turn }) else { return false }
        dismissed.append(objections.remove(at: index))
        return true
    }

    /// Marks the most recent open objection; returns it, or nil when none is open.
    public mutating func settleLatestObjection(resolved: Bool, turn: Int) -> RaisedObjection? {
        guard let index = objections.lastIndex(where: { $0.resolved == nil }) else { return nil }
        objections[index].resolved = resolved
        objections[index].settledAt = turn
        return objections[index]
    }

    public mutating func useClose(_ closeID: String, turn: Int) {
        closesUsed.append(UsedClose(closeID: closeID, turn: turn))
    }

    public mutating func setOutcome(_ outcome: DealOutcome) {
        self.outcome = outcome
    }

    public mutating func agree(_ step: AgreedNextStep) {
        nextStep = step
    }

    /// Records a competitor's first mention; later mentions change nothing.
    public mutating func mention(_ competitorID: String, turn: Int) -> Bool {
        guard !competitors.contains(where: { $0.competitorID == competitorID }) else { return false }
        competitors.append(CompetitorMention(competitorID: competitorID, turn: turn))
        return true
    }

    /// After `/back` restores this earlier profile: keeps what the rep recorded about the call
    /// since then (notes, objections opened or settled, closes, outcome), except what came from
    /// the undone answer itself (an objection or competitor detected in it, at `undoneTurn`).
    public mutating func keepBookkeeping(from later: NeedsProfile, undoneTurn: Int) {
        for note in later.notes where !notes.contains(note) { notes.append(note) }
        objections = later.objections.filter { $0.turn != undoneTurn }
        dismissed = later.dismissed.filter { $0.turn != undoneTurn }
        competitors = later.competitors.filter { $0.turn != undoneTurn }
        closesUsed = later.closesUsed
        outcome = later.outcome
    }

    /// Objections not marked resolved.
    public var openObjections: [RaisedObjection] { objections.filter { $0.resolved != true } }
}

/// An objection the customer raised, the turn it came up, and whether it was resolved.
public struct RaisedObjection: Sendable, Hashable {
    public var objectionID: String
    public var turn: Int
    public var resolved: Bool?
    public var settledAt: Int?
    /// Noticed in the customer's words (a detection) rather than opened by the rep.
    public var detected = false
}

/// A closing technique the rep used, and when.
public struct UsedClose: Sendable, Hashable {
    public var closeID: String
    public var turn: Int
}

/// How the deal ended in this call: won, or lost and why.
public struct DealOutcome: Sendable, Hashable {
    public var won: Bool
    public var reason: String?
    /// The close used last before the outcome, if any.
    public var closeID: String?
    public var turn: Int

    public var label: String { won ? "won" : "lost" }
}

/// The next step both sides agreed, in the rep's words, and its date.
public struct AgreedNextStep: Sendable, Hashable {
    public var what: String
    public var day: CalendarDay
    /// The words the date was read from ("next Tuesday").
    public var dateWords: String
    public var turn: Int
}

/// A concession given in a negotiation: what (a concession of the playbook's, with a
/// percentage for a discount), what the rep asked in return, and what was wrong with it.
public struct AgreedTerm: Sendable, Hashable {
    public var concessionID: String
    public var label: String
    public var percent: Double?
    public var inReturn: String?
    public var turn: Int
    /// Why it needs attention: nothing asked in return, beyond the rep's authority, past the
    /// walk-away point. Empty when it was a clean trade.
    public var warnings: [String]

    /// "15% discount on the annual price, for a three-year term".
    public var words: String {
        (percent.map { "\(FieldValue.number($0).description)% " } ?? "") + label + (inReturn.map { ", for \($0)" } ?? "")
    }
}

/// A competitor the customer named.
public struct CompetitorMention: Sendable, Hashable {
    public var competitorID: String
    public var turn: Int
}
