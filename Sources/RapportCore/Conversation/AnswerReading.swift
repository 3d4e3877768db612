import Foundation

/// What an answer's words were read to say, apart from where the call stood: the value for its
/// step's field, the objections heard in it, whether it was an objection and nothing else (the
/// call stayed on its step), facts for other fields and competitors named. A function of the
/// playbook, the step, the words, the session's day and date order only. The live session
/// records it with the answer, so a replay on the same playbook takes the call as it was read
/// when it happened (and does not pay to read every answer again).
public struct AnswerReading: Sendable, Hashable {
    /// The step's own field's value; nil when unclear or when the step records nothing.
    public var value: FieldValue?
    /// Objections heard in the words, to be raised as detected.
    public var objections: [ObjectionMatcher.Match]
    /// An objection alone: kept from the field as a note, the call stays on its step.
    public var held: Bool
    /// What the words say about other fields, in the order found.
    public var facts: [NoteReading.Fact]
    /// Competitors named, in the order named.
    public var competitors: [String]

    public init(value: FieldValue? = nil, objections: [ObjectionMatcher.Match] = [], held: Bool = false,
                facts: [NoteReading.Fact] = [], competitors: [String] = []) {
        self.value = value
        self.objections = objections
        self.held = held
        self.facts = facts
        self.competitors = competitors
    }

    /// Whether the reading could have come from `playbook` at `step`: every id names something
    /// the playbook has and every value has its field's type. A reading that does not (a hand-edited
    /// or damaged transcript) is not taken; the words are read again instead.
    public func fits(_ step: Step, in playbook: Playbook) -> Bool {
        if let value {
            guard let id = step.record, let field = playbook.field(id), value.fits(field) else { return false }
        }
        if held && objections.isEmpty { return false }
        for match in objections where playbook.objection(match.objectionID) == nil || !match.score.isFinite { return false }
        for fact in facts {
            guard let field = playbook.field(fact.field), fact.field != step.record, fact.value.fits(field) else { return false }
        }
        for id in competitors where playbook.competitor(id) == nil { return false }
        return true
    }

    /// Whether the reading could be a note's: competitors the playbook knows, nothing else.
    public func fitsANote(in playbook: Playbook) -> Bool {
        value == nil && objections.isEmpty && !held && facts.isEmpty && competitors.allSatisfy { playbook.competitor($0) != nil }
    }

    /// As recorded in a transcript's `answer` line: only what was found, values tagged with
    /// their type (`{"number": 12}`, `{"date": "2026-12-08"}`).
    public var json: JSONValue {
        var members: [String: JSONValue] = [:]
        if let value { members["value"] = Self.json(value) }
        if held { members["held"] = .bool(true) }
        if !objections.isEmpty {
            members["heard"] = .array(objections.map { .object(["objection": .string($0.objectionID), "score": .number($0.score)]) })
        }
        if !facts.isEmpty {
            members["facts"] = .array(facts.map { .object(["field": .string($0.field), "value": Self.json($0.value), "words": .string($0.words)]) })
        }
        if !competitors.isEmpty { members["competitors"] = .array(competitors.map(JSONValue.string)) }
        return .object(members)
    }

    /// Reads a recorded reading back; nil when it is not one.
    public init?(json: JSONValue) {
        guard case .object(let members) = json else { return nil }
        self.init()
        if let value = members["value"] {
            guard let parsed = Self.value(value) else { return nil }
            self.value = parsed
        }
        if let held = members["held"] {
            guard let flag = held.bool else { return nil }
            self.held = flag
        }
        if let heard = members["heard"] {
            guard let list = heard.array else { return nil }
            for item in list {
                guard let id = item["objection"]?.string, let score = item["score"]?.number else { return nil }
                objections.append(ObjectionMatcher.Match(objectionID: id, score: score))
            }
        }
        if let found = members["facts"] {
            guard let list = found.array else { return nil }
            for item in list {
                guard let field = item["field"]?.string, let value = item["value"].flatMap(Self.value), let words = item["words"]?.string else { return nil }
                facts.append(NoteReading.Fact(field: field, value: value, words: words))
            }
        }
        if let named = members["competitors"] {
            guard let list = named.array else { return nil }
            for item in list {
                guard let id = item.string else { return nil }
                competitors.append(id)
            }
        }
    }

    private static func json(_ value: FieldValue) -> JSONValue {
        switch value {
        case .text(let text): return .object(["text": .string(text)])
        case .number(let n): return .object(["number": .number(n)])
        case .money(let money):
            var amount: [String: JSONValue] = ["amount": .number(money.amount), "currency": .string(money.currency)]
            if let upTo = money.upTo { amount["upTo"] = .number(upTo) }
            return .object(["money": .object(amount)])
        case .yesNo(let yes): return .object(["yesno": .bool(yes)])
        case .choice(let id): return .object(["choice": .string(id)])
        case .tags(let ids): return .object(["tags": .array(ids.map(JSONValue.string))])
        case .date(let day): return .object(["date": .string(day.description)])
        }
    }

    private static func value(_ json: JSONValue) -> FieldValue? {
        guard case .object(let members) = json, members.count == 1, let (kind, inner) = members.first else { return nil }
        switch kind {
        case "text": return inner.string.map(FieldValue.text)
        case "number": return inner.number.map(FieldValue.number)
        case "money":
            guard let amount = inner["amount"]?.number, let currency = inner["currency"]?.string else { return nil }
            let upTo = inner["upTo"]
            if let upTo, upTo.number == nil { return nil }
            return .money(Money(amount: amount, upTo: upTo?.number, currency: currency))
        case "yesno": return inner.bool.map(FieldValue.yesNo)
        case "choice": return inner.string.map(FieldValue.choice)
        case "tags":
            guard let list = inner.array else { return nil }
            let ids = list.compactMap(\.string)
            return ids.count == list.count ? .tags(ids) : nil
        case "date": return inner.string.flatMap { CalendarDay(iso: $0) }.map(FieldValue.date)
        default: return nil
        }
    }
}

extension AnswerReading: Codable {
    public init(from decoder: any Decoder) throws {
        guard let reading = AnswerReading(json: try JSONValue(from: decoder)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an answer's reading"))
        }
        self = reading
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}

extension FieldValue {
    /// Whether the value has the field's type (and, for choices and tags, the field's ids).
    func fits(_ field: Field) -> Bool {
        switch (self, field.type) {
        case (.text(let text), .text): return !text.isEmpty
        case (.number(let n), .number): return n.isFinite
        case (.money(let money), .money):
            return money.amount.isFinite && (money.upTo?.isFinite ?? true) && (1...8).contains(money.currency.utf8.count)
        case (.yesNo, .yesno): return true
        case (.choice(let id), .choice): return field.choices.contains { $0.id == id }
        case (.tags(let ids), .tags): return !ids.isEmpty && ids.allSatisfy { id in field.tags.contains { $0.id == id } }
        case (.date, .date): return true
        default: return false
        }
    }
}
