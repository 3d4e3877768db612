import Foundation

/// Recognises which objection a customer's words voice, from the playbook's own phrases.
/// Words are normalised and stemmed; rare words weigh more (inverse document frequency) and a
/// word one typo away still counts, so paraphrases and misspellings are found.
public struct ObjectionMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var objectionID: String
        public var score: Double
    }

    /// Best first; empty when nothing is close enough to be an objection.
    public struct Result: Sendable, Equatable {
        public var best: Match?
        public var alternatives: [Match]
    }

    private struct Phrase: Sendable {
        var objection: String
        var stems: [String]
    }

    private var phrases: [Phrase] = []
    private var idf: [String: Double] = [:]
    /// The least score that counts as an objection.
    public var threshold: Double

    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "we", "you", "it", "is", "are", "am", "be", "to", "of", "and", "or", "in",
        "on", "for", "that", "this", "my", "our", "your", "me", "us", "so", "just", "really", "very",
        "do", "does", "at", "with", "as", "but", "was", "were", "have", "has", "had", "its", "it's",
        "i'm", "we're", "that's", "there", "here", "well", "um", "uh", "like", "honestly", "actually",
    ]

    public init(playbook: Playbook, threshold: Double = 0.5) {
        self.threshold = threshold
        for objection in playbook.objections {
            for text in [objection.title] + objection.phrases {
                let stems = ObjectionMatcher.stems(text)
                if !stems.isEmpty { phrases.append(Phrase(objection: objection.id, stems: stems)) }
            }
        }
        var documentFrequency: [String: Int] = [:]
        for phrase in phrases {
            for stem in Set(phrase.stems) { documentFrequency[stem, default: 0] += 1 }
        }
        let n = Double(max(phrases.count, 1))
        for (stem, df) in documentFrequency {
            idf[stem] = log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
        }
    }

    static func stems(_ text: String) -> [String] {
        AnswerParser.normalisedWords(text).filter { !stopwords.contains($0) }.map(Stemmer.stem)
    }

    public func match(_ utterance: String) -> Result {
        let words = ObjectionMatcher.stems(utterance)
        guard !words.isEmpty else { return Result(best: nil, alternatives: []) }
        let wordSet = Set(words)
        var best: [String: Double] = [:]
        for phrase in phrases {
            var shared = 0.0
            var total = 0.0
            for stem in Set(phrase.stems) {
                let weight = idf[stem] ?? 1
                total += weight
                if wordSet.contains(stem) || wordSet.contains(where: { ObjectionMatcher.oneEditApart($0, stem) }) {
                    shared += weight
                }
            }
            guard total > 0 else { continue }
            // Coverage of the phrase, lightly penalised when the utterance is much longer.
            let coverage = shared / total
            let lengthPenalty = min(1, 4.0 / Double(max(words.count - phrase.stems.count, 0) + 4).squareRoot() * 1.0)
            let score = coverage * (0.75 + 0.25 * lengthPenalty)
            if score > best[phrase.objection, default: 0] { best[phrase.objection] = score }
        }
        let ranked = best.map { Match(objectionID: $0.key, score: ($0.value * 1000).rounded() / 1000) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.objectionID < $1.objectionID }
        guard let top = ranked.first, top.score >= threshold else {
            return Result(best: nil, alternatives: Array(ranked.prefix(3)))
        }
        return Result(best: top, alternatives: Array(ranked.dropFirst().prefix(3)))
    }

    /// True for words of five letters or more that differ by one edit (a typo).
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        guard a.count >= 5, b.count >= 5, abs(a.count - b.count) <= 1, a != b else { return false }
        let x = Array(a), y = Array(b)
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else {
                // A swap of neighbours counts as one edit.
                if i + 1 < x.count, j + 1 < y.count, x[i] == y[j + 1], x[i + 1] == y[j] {
                    i += 2
                    j += 2
                    continue
                }
                i += 1
                j += 1
            }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
