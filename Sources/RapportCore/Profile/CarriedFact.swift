/// What a call carries over from an earlier call with the same account: a field's words, an
/// objection still open, or the deal's outcome, and the call it came from (its transcript's
/// name and day). Recorded at the start of the call, so its transcript stands alone.
public struct CarriedFact: Sendable, Hashable {
    public enum Item: Sendable, Hashable {
        /// A field's value, as the words it was read from.
        case field(id: String, words: String)
        /// An objection raised earlier and not settled.
        case objection(String)
        /// The deal was won (or lost, with the reason) in an earlier call.
        case outcome(won: Bool, reason: String?)
    }

    /// `from` of a value that came from a lead import rather than an earlier call.
    public static let leadImport = "lead import"

    public var item: Item
    /// The earlier call's transcript name (`20261120T101500Z-acme`).
    public var from: String
    /// The day of that call, `YYYY-MM-DD`.
    public var day: String

    public init(_ item: Item, from: String, day: String) {
        self.item = item
        self.from = from
        self.day = day
    }
}
