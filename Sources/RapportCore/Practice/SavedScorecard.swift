import Foundation

/// A scorecard as a practice transcript keeps it (the `text` of its `scorecard` event) and as
/// tools print it: a Codable value, so writing and reading it share one definition instead of
/// keys spelled in two places. Reading is lenient: a transcript from an older version, or a
/// damaged one, gives what it has (every field but `overall` may be missing).
public struct SavedScorecard: Codable, Sendable, Equatable {
    public struct Item: Codable, Sendable, Equatable {
        public var item: String
        public var title: String?
        public var weight: Int?
        public var score: Double?
        public var points: Double?
        public var detail: String?
        public var evidence: [Int]?
        public var applicable: Bool?
    }

    public struct Advice: Codable, Sendable, Equatable {
        public var item: String?
        public var text: String
        public var turn: Int?
    }

    public var overall: Int
    public var items: [Item]?
    public var advice: [Advice]?
    public var revealed: [String]?
    public var missed: [String]?
    public var questions: Int?
    public var openQuestions: Int?
    public var talkShare: Double?
    public var longestMonologue: Int?
    public var ending: String?

    public init(_ card: Scorecard) {
        overall = card.overall
        items = card.lines.map {
            Item(item: $0.item.rawValue, title: $0.item.title, weight: $0.weight, score: ($0.score * 1000).rounded() / 1000,
                 points: ($0.points * 10).rounded() / 10, detail: $0.detail, evidence: $0.evidence, applicable: $0.applicable)
        }
        advice = card.advice.map { Advice(item: $0.item.rawValue, text: $0.text, turn: $0.turn) }
        revealed = card.revealed
        missed = card.missed
        questions = card.questions
        openQuestions = card.openQuestions
        talkShare = (card.talkShare * 1000).rounded() / 1000
        longestMonologue = card.longestMonologue
        ending = card.ending?.rawValue
    }

    /// The JSON a transcript keeps: keys sorted, one line.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{\"overall\":\(overall)}"
    }

    /// A saved scorecard read back; nil when the text is not one.
    public init?(json text: String) {
        guard let card = try? JSONDecoder().decode(SavedScorecard.self, from: Data(text.utf8)) else { return nil }
        self = card
    }
}
