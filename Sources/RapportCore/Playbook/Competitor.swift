import Foundation

/// A rival product and the battle card for it: where we win, where they win, and a question
/// that moves the conversation onto our strengths.
public struct Competitor: Sendable {
    public var id: String
    public var name: String
    /// Other ways customers name it (product names, misspellings); the name itself always counts.
    public var aliases: [String]
    public var weWin: [String]
    public var theyWin: [String]
    /// The trap-setting question to ask when they are mentioned.
    public var trap: String?
    public var location: SourceLocation
}
