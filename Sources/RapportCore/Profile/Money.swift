import Foundation

/// An amount of money, possibly a range ("30-50k").
public struct Money: Sendable, Hashable {
    public var amount: Double
    public var upTo: Double?
    public var currency: String

    public init(amount: Double, upTo: Double? = nil, currency: String = "USD") {
        self.amount = amount
        self.upTo = upTo
        self.currency = currency
    }

    /// The value used in comparisons: the middle of a range.
    public var comparable: Double { upTo.map { (amount + $0) / 2 } ?? amount }

    public var description: String {
        let low = Money.format(amount, currency)
        guard let upTo else { return low }
        return low + "–" + Money.format(upTo, currency)
    }

    static func format(_ value: Double, _ currency: String) -> String {
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£"]
        let whole = value.rounded() == value
        var digits = whole ? String(Int64(value)) : String(format: "%.2f", value)
        // Thousands separators on the integer part.
        let integerPart = digits.split(separator: ".", maxSplits: 1)[0]
        var grouped = ""
        for (i, ch) in integerPart.reversed().enumerated() {
            if i > 0 && i % 3 == 0 && ch != "-" { grouped.append(",") }
            grouped.append(ch)
        }
        let fraction = digits.contains(".") ? "." + digits.split(separator: ".")[1] : ""
        digits = String(grouped.reversed()) + fraction
        if let symbol = symbols[currency] { return symbol + digits }
        return digits + " " + currency
    }
}
