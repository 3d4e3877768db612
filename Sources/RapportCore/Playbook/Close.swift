import Foundation

public struct Close: Sendable {
    public var id: String
    public var name: String
    /// When this technique fits; nil means always.
    public var condition: Condition?
    public var conditionSource: String?
    public var line: String
    public var hint: String?
    public var location: SourceLocation
}
