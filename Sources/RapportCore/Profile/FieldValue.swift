import Foundation

/// A typed value in the needs profile.
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case money(Money)
    case yesNo(Bool)
    case choice(String)
    case tags([String])
    case date(CalendarDay)

    public var description: String {
        switch self {
        case .text(let text): return text
        case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .money(let money): return money.description
        case .yesNo(let yes): return yes ? "yes" : "no"
        case .choice(let id): return id
        case .tags(let ids): return ids.joined(separator: ", ")
        case .date(let day): return day.description
        }
    }
}

extension FieldValue: Encodable {
    private struct MoneyObject: Encodable {
        var amount: Double
        var currency: String
        var upTo: Double?
    }

    /// In `summary --format json`: a number, a string, a yes/no, a list of ids, or money as
    /// `{amount, currency, upTo}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let text): try c.encode(text)
        case .number(let n): try c.encode(n)
        case .money(let money): try c.encode(MoneyObject(amount: money.amount, currency: money.currency, upTo: money.upTo))
        case .yesNo(let yes): try c.encode(yes)
        case .choice(let id): try c.encode(id)
        case .tags(let ids): try c.encode(ids)
        case .date(let day): try c.encode(day.description)
        }
    }
}
