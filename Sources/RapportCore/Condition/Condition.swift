/// A condition on the needs profile, from the playbook's small expression language:
/// `budget >= $10k and not known(timeline)`, `pains contains manual-entry`, `decision_maker`.
public indirect enum Condition: Sendable, Hashable {
    case known(String)
    case unknown(String)
    case compare(field: String, op: Operator, value: Literal)
    case contains(field: String, value: Literal)
    case isTrue(field: String)
    /// A built-in measure of the call compared with a number: `open_objections == 0`, `qualified >= 75`.
    case measure(Measure, op: Operator, value: Double)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    public enum Operator: String, Sendable, Hashable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// Numbers about the call as a whole, usable in any condition (they are reserved as field ids).
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// Objections raised and not marked resolved.
        case openObjections = "open_objections"
        /// Objections raised in the call so far, whatever their outcome.
        case objectionsRaised = "objections_raised"
        /// The share of the playbook's qualification elements (BANT, MEDDICC) known, 0 to 100.
        case qualified

        public func value(on profile: NeedsProfile, playbook: Playbook) -> Double {
            switch self {
            case .openObjections: return Double(profile.openObjections.count)
            case .objectionsRaised: return Double(profile.objections.count)
            case .qualified:
                let declared = Set(playbook.fields.compactMap(\.qualifies))
                guard !declared.isEmpty else { return 100 }
                let known = Set(playbook.fields.filter { $0.qualifies != nil && profile.isKnown($0.id) }.compactMap(\.qualifies))
                return (Double(known.count) / Double(declared.count) * 100).rounded()
            }
        }
    }

    public enum Literal: Sendable, Hashable {
        case number(Double)
        case money(Double)
        case text(String)
        case word(String)
        case date(CalendarDay)
    }

    /// Evaluates on a profile. A comparison on a field that is not known is false.
    public func holds(on profile: NeedsProfile, playbook: Playbook) -> Bool {
        switch self {
        case .known(let field): return profile.isKnown(field)
        case .unknown(let field): return !profile.isKnown(field)
        case .not(let inner): return !inner.holds(on: profile, playbook: playbook)
        case .and(let a, let b): return a.holds(on: profile, playbook: playbook) && b.holds(on: profile, playbook: playbook)
        case .or(let a, let b): return a.holds(on: profile, playbook: playbook) || b.holds(on: profile, playbook: playbook)
        case .isTrue(let field): return profile.value(field) == .yesNo(true)
        case .measure(let measure, let op, let value):
            return Condition.compare(measure.value(on: profile, playbook: playbook), op, value)
        case .contains(let field, let literal):
            guard let value = profile.value(field) else { return false }
            switch (value, literal) {
            case (.tags(let ids), .word(let id)), (.tags(let ids), .text(let id)):
                return ids.contains(id)
            case (.text(let text), .text(let part)), (.text(let text), .word(let part)):
                return text.lowercased().contains(part.lowercased())
            default:
                return false
            }
        case .compare(let field, let op, let literal):
            guard let value = profile.value(field) else { return false }
            switch (value, literal) {
            case (.number(let n), .number(let m)), (.number(let n), .money(let m)):
                return Condition.compare(n, op, m)
            case (.money(let money), .money(let m)), (.money(let money), .number(let m)):
                return Condition.compare(money.comparable, op, m)
            case (.date(let day), .date(let other)):
                return Condition.compare(day, op, other)
            case (.yesNo(let yes), .word(let word)):
                return Condition.compare(yes == (word == "yes" || word == "true") ? 0 : 1, op, 0)
            case (.choice(let id), .word(let word)), (.choice(let id), .text(let word)):
                return Condition.compare(id == word ? 0 : 1, op, 0)
            case (.text(let text), .text(let other)), (.text(let text), .word(let other)):
                return Condition.compare(text.lowercased() == other.lowercased() ? 0 : 1, op, 0)
            default:
                return false
            }
        }
    }

    /// How far the condition holds, from 0 to 1: a comparison is 1 or 0, `and` the mean of its
    /// parts, `or` the best part, `not` the opposite of whether its part holds. Ranks closes by
    /// how near their conditions are to holding.
    public func fit(on profile: NeedsProfile, playbook: Playbook) -> Double {
        switch self {
        case .and(let a, let b): return (a.fit(on: profile, playbook: playbook) + b.fit(on: profile, playbook: playbook)) / 2
        case .or(let a, let b): return max(a.fit(on: profile, playbook: playbook), b.fit(on: profile, playbook: playbook))
        default: return holds(on: profile, playbook: playbook) ? 1 : 0
        }
    }

    /// The parts joined by `and` at the top (a condition without `and` is one part).
    public var conjuncts: [Condition] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }

    static func compare<T: Comparable>(_ a: T, _ op: Operator, _ b: T) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

extension Condition: CustomStringConvertible {
    /// The condition in the playbook's own syntax.
    public var description: String {
        switch self {
        case .known(let field): return "known(\(field))"
        case .unknown(let field): return "unknown(\(field))"
        case .compare(let field, let op, let value): return "\(field) \(op.rawValue) \(value)"
        case .contains(let field, let value): return "\(field) contains \(value)"
        case .isTrue(let field): return field
        case .measure(let measure, let op, let value): return "\(measure.rawValue) \(op.rawValue) \(FieldValue.number(value))"
        case .not(let inner): return "not \(inner.grouped)"
        case .and(let a, let b): return "\(a.grouped(inside: "and")) and \(b.grouped(inside: "and"))"
        case .or(let a, let b): return "\(a.grouped(inside: "or")) or \(b.grouped(inside: "or"))"
        }
    }

    private var grouped: String {
        switch self {
        case .and, .or: return "(\(description))"
        default: return description
        }
    }

    private func grouped(inside op: String) -> String {
        switch (self, op) {
        case (.and, "and"), (.or, "or"): return description
        default: return grouped
        }
    }
}

extension Condition.Literal: CustomStringConvertible {
    public var description: String {
        switch self {
        case .number(let n): return FieldValue.number(n).description
        case .money(let m): return "$" + FieldValue.number(m).description
        case .text(let s): return "\"\(s)\""
        case .word(let w): return w
        case .date(let d): return d.description
        }
    }
}
