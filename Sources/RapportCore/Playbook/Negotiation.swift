import Foundation

/// How a playbook negotiates: the price for this customer, what the rep may give on their own
/// authority and what needs a manager, the concessions there are and what to ask in return
/// for each, where to walk away, and the lines for anchoring and for "what's your best price?".
/// Concessions are traded, never given: the call's ledger warns when one is not.
public struct Negotiation: Sendable {
    public struct Concession: Sendable {
        public var id: String
        public var label: String
        /// What to ask for in return ("a three-year term", "a case study").
        public var ask: String
        /// A discount concession carries a percentage.
        public var discount: Bool
        public var location: SourceLocation
    }

    /// How often the price is paid: each year (a subscription), each month, or once (a
    /// purchase).
    public enum Period: String, Sendable, CaseIterable {
        case year, month, once

        /// " a year", " a month", or nothing for a one-off price.
        public var said: String {
            switch self {
            case .year: " a year"
            case .month: " a month"
            case .once: ""
            }
        }
    }

    /// The list price per unit per period, the unit's name, and the field that counts the units
    /// (nil: one unit).
    public var amount: Double
    public var period: Period = .year
    public var currency: String
    public var unit: String?
    public var countField: String?
    /// The most discount, in percent, the rep may give alone; and with a manager's approval.
    public var repAuthority: Double
    public var managerAuthority: Double
    /// No deal beyond this discount, in percent.
    public var walkAwayDiscount: Double
    /// Other reasons to walk away, said in words.
    public var walkAwayWhen: [String]
    public var concessions: [Concession]
    /// Said when first stating the price (may use field values and `{{price}}`).
    public var anchor: String?
    /// Said when asked "what's your best price?".
    public var bestPrice: String?

    public func concession(_ id: String) -> Concession? { concessions.first { $0.id == id } }

    /// The price for this customer, per period: the amount times the known count of units.
    public func price(for profile: NeedsProfile) -> (total: Double, units: Double?) {
        guard let field = countField else { return (amount, nil) }
        switch profile.value(field) {
        case .number(let n)? where n > 0: return (amount * n, n)
        default: return (amount, nil)
        }
    }

    /// Reads what the rep typed after `/give`: the concession (its id, or words of its label),
    /// a percentage for a discount, and what was asked in return after "for" or "in return
    /// for" ("discount 15% for a three-year term"). Nil when no concession is named.
    public func read(_ text: String) -> (concession: Concession, percent: Double?, inReturn: String?)? {
        var main = text.lowercased()
        var inReturn: String?
        for marker in [" in return for ", " in exchange for ", " for "] {
            // Found in the text as typed, so what follows keeps its own case (lowercasing can
            // change a string's length, so its indices are not the original's).
            if let range = text.range(of: marker, options: .caseInsensitive) {
                main = text[..<range.lowerBound].lowercased()
                let rest = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !rest.isEmpty { inReturn = rest }
                break
            }
        }
        let words = main.split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "%" && $0 != "." }.map(String.init)
        var percent: Double?
        for word in words where word.hasSuffix("%") || Double(word) != nil {
            if let value = Double(word.replacingOccurrences(of: "%", with: "")), value > 0, value <= 100 { percent = value }
        }
        let named = concessions.first { words.contains($0.id) || main.contains($0.id) }
            ?? concessions.max { a, b in overlap(a, words) < overlap(b, words) }.flatMap { overlap($0, words) >= 2 ? $0 : nil }
            ?? (percent != nil ? concessions.first { $0.discount } : nil)
        guard let named else { return nil }
        return (named, named.discount ? percent : nil, inReturn)
    }

    private func overlap(_ concession: Concession, _ words: [String]) -> Int {
        let label = Set(concession.label.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 })
        return words.filter(label.contains).count
    }

    /// Money as said: "$36,000".
    public func money(_ value: Double) -> String {
        FieldValue.money(Money(amount: value.rounded(), currency: currency)).description
    }
}
