import Foundation

public struct Stage: Sendable {
    public var id: String
    public var title: String
    public var steps: [Step]
    public var location: SourceLocation
}
