import Foundation

public struct Product: Sendable {
    public var name: String
    public var tagline: String?
    public var features: [Feature]
}

public struct Feature: Sendable {
    public var id: String
    public var name: String
    /// What the feature does for the customer, in their terms.
    public var benefit: String
    /// Ids of the pains it solves.
    public var solves: [String]
    public var proof: String?
    /// A line (template) quantifying the impact; shown only when every field it names is known.
    public var impact: String?
    public var location: SourceLocation
}
