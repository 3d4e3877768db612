import Foundation

/// Recognises which objection a customer's words voice, from the playbook's own phrases.
///
/// Each phrase becomes a set of terms (stems, with contractions expanded, synonyms brought
/// together and negations written as `not`). An utterance scores against a phrase by how much
/// of the phrase's weight it covers, each term weighted by its rarity across all phrases
/// (inverse document frequency) and found exactly, one typo away, or by shared character
/// trigrams. An objection's score is its best phrase's, mildly boosted when several of its
/// phrases agree. Negation is respected: "price is not a problem" is not a price objection.
public struct ObjectionMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var objectionID: String
        public var score: Double
    }

    /// Best first; `best` is nil when nothing is close enough to be an objection.
    public struct Result: Sendable, Equatable {
        public var best: Match?
        public var alternatives: [Match]
    }

    private struct Phrase: Sendable {
        var objection: Int
        var terms: Set<String>
        var negated: Bool
    }

    private let objectionIDs: [String]
    private var phrases: [Phrase] = []
    private var idf: [String: Double] = [:]
    private var trigrams: [String: Set<String>] = [:]
    /// The least score that counts as an objection.
    public var threshold: Double

    public init(playbook: Playbook, threshold: Double = 0.52) {
        self.threshold = threshold
        objectionIDs = playbook.objections.map(\.id)
        for (index, objection) in playbook.objections.enumerated() {
            for text in [objection.title] + objection.phrases {
                let utterance = Utterance(text)
                let terms = Set(utterance.terms.filter { $0 != "not" })
                if !terms.isEmpty { phrases.append(Phrase(objection: index, terms: terms, negated: utterance.isNegated)) }
            }
        }
        var documentFrequency: [String: Int] = [:]
        for phrase in phrases {
            for term in phrase.terms { documentFrequency[term, default: 0] += 1 }
        }
        let n = Double(max(phrases.count, 1))
        for (term, df) in documentFrequency {
            idf[term] = log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
            trigrams[term] = Utterance.trigrams(term)
        }
    }

    public func match(_ text: String) -> Result {
        let utterance = Utterance(text)
        let words = Set(utterance.terms.filter { $0 != "not" })
        guard !words.isEmpty, !phrases.isEmpty else { return Result(best: nil, alternatives: []) }
        let wordTrigrams = Dictionary(uniqueKeysWithValues: words.map { ($0, Utterance.trigrams($0)) })
        var best = Array(repeating: 0.0, count: objectionIDs.count)
        var agreeing = Array(repeating: 0, count: objectionIDs.count)
        for phrase in phrases {
            var covered = 0.0
            var total = 0.0
            var found = 0
            for term in phrase.terms {
                let weight = idf[term] ?? 1
                total += weight
                let similar = similarity(term, words, wordTrigrams)
                covered += weight * similar
                if similar > 0 { found += 1 }
            }
            guard total > 0 else { continue }
            var score = covered / total
            // Extra words dilute, most for short phrases: one shared word in a long answer is weak.
            let extra = Double(max(0, words.count - phrase.terms.count))
            score *= Double(phrase.terms.count + 1) / (Double(phrase.terms.count + 1) + 0.25 * extra)
            if utterance.isNegated != phrase.negated { score *= 0.45 }
            // One shared word is thin evidence unless the customer said little else.
            if found == 1 && words.count > 2 { score *= 0.7 }
            // "Price is not a problem": a topic named and then dismissed.
            if utterance.dismissesAConcern && words.count >= 2 { score *= 0.25 }
            if score >= 0.4 { agreeing[phrase.objection] += 1 }
            best[phrase.objection] = max(best[phrase.objection], score)
        }
        var ranked: [Match] = []
        for (index, score) in best.enumerated() where score > 0 {
            let boosted = min(1, score * (1 + 0.05 * Double(max(0, agreeing[index] - 1))))
            ranked.append(Match(objectionID: objectionIDs[index], score: (boosted * 1000).rounded() / 1000))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.objectionID < $1.objectionID }
        guard let top = ranked.first, top.score >= threshold else {
            return Result(best: nil, alternatives: Array(ranked.prefix(3)))
        }
        return Result(best: top, alternatives: Array(ranked.dropFirst().prefix(3)))
    }

    /// 1 for the same term, 0.8 one typo away, up to 0.7 by shared trigrams, else 0.
    private func similarity(_ term: String, _ words: Set<String>, _ wordTrigrams: [String: Set<String>]) -> Double {
        if words.contains(term) { return 1 }
        guard term.count >= 4, let grams = trigrams[term] else { return 0 }
        var best = 0.0
        for word in words where word.count >= 4 {
            if ObjectionMatcher.oneEditApart(word, term) { return 0.8 }
            guard let other = wordTrigrams[word] else { continue }
            let jaccard = Double(grams.intersection(other).count) / Double(grams.union(other).count)
            if jaccard >= 0.5 { best = max(best, min(0.7, jaccard)) }
        }
        return best
    }

    /// True for words of five letters or more that differ by one edit (a typo).
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        guard a.count >= 5, b.count >= 5, abs(a.count - b.count) <= 1, a != b else { return false }
        return Spelling.distance(a, b) <= 1
    }
}
