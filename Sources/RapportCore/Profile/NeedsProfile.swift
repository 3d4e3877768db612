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

    public init() {}

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
    }

    public mutating func addNote(_ quote: Quote) {
        notes.append(quote)
    }

    /// Records a raised objection unless the same one is already open.
    public mutating func raise(_ objectionID: String, turn: Int) -> Bool {
        guard !objections.contains(where: { $0.objectionID == objectionID && $0.resolved == nil }) else { return false }
        objections.append(RaisedObjection(objectionID: objectionID, turn: turn, resolved: nil))
        return true
    }

    /// Marks the most recent open objection; returns it, or nil when none is open.
    public mutating func settleLatestObjection(resolved: Bool, turn: Int) -> RaisedObjection? {
        guard let index = objections.lastIndex(where: { $0.resolved == nil }) else { return nil }
        objections[index].resolved = resolved
        objections[index].settledAt = turn
        return objections[index]
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
}
