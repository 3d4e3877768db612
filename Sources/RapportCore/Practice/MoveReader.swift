/// Reads which selling moves a trainee's line carries by what it means: each clause is
/// compared with `SellingMoves`' example lines and decided against plain discovery questions,
/// with the same similarity machinery as live objection detection. A line may carry several
/// moves ("I hear you. What's behind that?" acknowledges and explores).
public struct MoveReader: Sendable {
    private let matcher: ObjectionMatcher

    public init() {
        var matcher = ObjectionMatcher(phrases: SellingMoves.examples.map { ($0.move, $0.lines) }, threshold: 0.35,
                                       ordinary: SellingMoves.plainQuestions, scoring: .similarity)
        matcher.margin = 0.05
        self.matcher = matcher
    }

    /// Built once: the examples are the same for every playbook.
    public static let shared = MoveReader()

    /// The moves the line carries (`agenda`, `summary`, `ack`, `explore`, `close`, `pitch`,
    /// `smalltalk`).
    public func moves(_ text: String) -> Set<String> {
        Set(matcher.detect(text).map(\.objectionID))
    }
}
