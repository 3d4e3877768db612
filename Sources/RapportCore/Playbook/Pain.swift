import Foundation

/// A problem customers have, which features solve and answers can be tagged with.
public struct Pain: Sendable {
    public var id: String
    public var label: String
    public var keywords: [String]
    public var location: SourceLocation
}
