import Foundation

public struct Objection: Sendable {
    public var id: String
    public var title: String
    /// Ways customers voice it, used to recognise it.
    public var phrases: [String]
    public var rebuttals: [Rebuttal]
    public var location: SourceLocation
}

/// One way to answer an objection. LAER-shaped rebuttals have acknowledge/explore/respond and
/// a check that the answer landed; others have a single line.
public struct Rebuttal: Sendable {
    public var technique: String
    public var acknowledge: String?
    public var explore: String?
    public var respond: String?
    /// "Does that answer it?": asked after the response, so the objection is settled, not assumed.
    public var check: String? = nil
    public var line: String?
}
