/// A condition on the needs profile, from the playbook's small expression language:
/// `budget >= $10k and not known(timeline)`, `pains contains manual-entry`, `decision_maker`.
public indirect enum Condition: Sendable, Hashable {
    case known(String)
    case unknown(String)
    case compare(field: String, op: Operator, value: Literal)
    case contains(field: String, value: Literal)
    case isTrue(field: String)
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

    public enum Literal: Sendable, Hashable {
        case number(Double)
        case money(Double)
        case text(String)
        case word(String)
        case date(CalendarDay)
    }

    /// Evaluates on a profile. A comparison on a field that is not known is false.
    public func holds(on profile: NeedsProfile) -> Bool {
        switch self {
        case .known(let field): return profile.isKnown(field)
        case .unknown(let field): return !profile.isKnown(field)
        case .not(let inner): return !inner.holds(on: profile)
        case .and(let a, let b): return a.holds(on: profile) && b.holds(on: profile)
        case .or(let a, let b): return a.holds(on: profile) || b.holds(on: profile)
        case .isTrue(let field): return profile.value(field) == .yesNo(true)
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
