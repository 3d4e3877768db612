/// What a practice session is scored on, and how much each item weighs (the weights sum to 100).
public struct Rubric: Sendable, Hashable {
    public enum Item: String, Sendable, CaseIterable, Hashable {
        case discovery, qualification, questions, listening, monologue, objections, close
        case nextStep = "next-step"
        case negotiation

        public var title: String {
            switch self {
            case .discovery: "Discovery coverage"
            case .qualification: "Qualification coverage"
            case .questions: "Open questions"
            case .listening: "Talk share"
            case .monologue: "Longest monologue"
            case .objections: "Objection handling"
            case .close: "Close"
            case .nextStep: "Next step with a date"
            case .negotiation: "Negotiation"
            }
        }

        /// What earns the points, as the trainee reads it in /rubric and the documentation.
        public var criterion: String {
            switch self {
            case .discovery: "share of the buyer's hidden facts you uncovered"
            case .qualification: "share of the qualification facts (BANT, MEDDICC) you uncovered"
            case .questions: "share of your questions that were open (what, how, why, tell me…); asking for the business does not count"
            case .listening: "full marks while you speak at most 45% of the words, none at 75%"
            case .monologue: "full marks for turns of 40 words or fewer, none at 100"
            case .objections: "for each objection: acknowledged, explored with a question, answered (LAER)"
            case .close: "asked for the business once the need was clear, and it was accepted"
            case .nextStep: "a next step agreed with a date"
            case .negotiation: "when the buyer bargains: the price held, or every concession traded for something, within your authority, after stating the price (counts only in such calls)"
            }
        }
    }

    public var weights: [Item: Int]

    public init(weights: [Item: Int]) {
        self.weights = weights
    }

    public static let standard = Rubric(weights: [
        .discovery: 25, .qualification: 15, .questions: 15, .listening: 10, .monologue: 5,
        .objections: 15, .close: 10, .nextStep: 5, .negotiation: 10,
    ])

    public func weight(_ item: Item) -> Int { weights[item] ?? 0 }
}
