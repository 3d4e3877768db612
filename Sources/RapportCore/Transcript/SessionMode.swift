/// What kind of session a transcript records: a live call or a practice call. A transcript
/// from elsewhere may name another kind; it is kept as written (and read as a live call, as
/// before), so nothing is lost when it is read and written back.
public struct SessionMode: RawRepresentable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String

    public static let live = SessionMode(rawValue: "live")
    public static let practice = SessionMode(rawValue: "practice")

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var isPractice: Bool { self == .practice }
    public var description: String { rawValue }
    public static func < (a: SessionMode, b: SessionMode) -> Bool { a.rawValue < b.rawValue }
}
