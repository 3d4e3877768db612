import Foundation

public struct Step: Sendable {
    public var id: String
    public var stageID: String
    /// The line to say or ask; may interpolate profile fields (`{{budget}}`).
    public var say: String
    public var hint: String?
    /// The field the customer's answer is recorded into.
    public var record: String?
    /// Conditional branches, tried in order.
    public var branches: [Branch]
    /// Where to go when no branch holds: a step id, `end`, or nil for the next step in order.
    public var defaultNext: Target?
    public var location: SourceLocation
    /// Where its `record:` is written, for diagnostics about the field it names.
    public var recordLocation: SourceLocation?
}

public enum Target: Sendable, Hashable {
    case step(String)
    case end
}

public struct Branch: Sendable {
    public var condition: Condition
    public var source: String
    public var target: Target
    public var location: SourceLocation
}
