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
    public struct Match: Sendable, Hashable {
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
        /// Indices into the vocabulary.
        var terms: [Int]
        var negated: Bool
    }

    private let objectionIDs: [String]
    private var phrases: [Phrase] = []
    /// Every term of every phrase, with its weight (inverse document frequency) and trigrams.
    private var vocabulary: [String: Int] = [:]
    private var terms: [String] = []
    private var weights: [Double] = []
    private var trigramCounts: [Int] = []
    private var trigramIndex: [String: [Int]] = [:]
    /// The least score that counts as an objection.
    public var threshold: Double
    private var synonyms = true

    public init(playbook: Playbook, threshold: Double = 0.52) {
        self.init(phrases: playbook.objections.map { ($0.id, [$0.title] + $0.phrases) }, threshold: threshold)
    }

    /// The same machinery over any phrase sets: each id with the phrases that voice it (a
    /// practice buyer's topics use it to hear which fact a question asks about).
    /// `synonyms: false` matches words and their stems only, without the objection lexicon.
    public init(phrases sets: [(id: String, phrases: [String])], threshold: Double, synonyms: Bool = true) {
        self.threshold = threshold
        self.synonyms = synonyms
        objectionIDs = sets.map(\.id)
        var documentFrequency: [Int] = []
        for (index, set) in sets.enumerated() {
            for text in set.phrases {
                let utterance = Utterance(text, synonyms: synonyms)
                var indices: [Int] = []
                for term in Set(utterance.terms) where term != "not" {
                    if vocabulary[term] == nil {
                        vocabulary[term] = terms.count
                        terms.append(term)
                        documentFrequency.append(0)
                    }
                    indices.append(vocabulary[term]!)
                }
                guard !indices.isEmpty else { continue }
                for i in indices { documentFrequency[i] += 1 }
                phrases.append(Phrase(objection: index, terms: indices, negated: utterance.isNegated))
            }
        }
        let n = Double(max(phrases.count, 1))
        weights = documentFrequency.map { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
        for (i, term) in terms.enumerated() {
            let grams = Utterance.trigrams(term)
            trigramCounts.append(grams.count)
            guard term.count >= 4 else { continue }
            for gram in grams { trigramIndex[gram, default: []].append(i) }
        }
    }

    public func match(_ text: String) -> Result {
        let utterance = Utterance(text, synonyms: synonyms)
        let words = Set(utterance.terms.filter { $0 != "not" })
        guard !words.isEmpty, !phrases.isEmpty else { return Result(best: nil, alternatives: []) }
        // How well the customer's words cover each vocabulary term, computed once per utterance.
        var similarity = [Double](repeating: 0, count: terms.count)
        for word in words {
            if let index = vocabulary[word] {
                similarity[index] = 1
            } else if word.count >= 4 {
                fuzzy(word, into: &similarity)
            }
        }
        var best = Array(repeating: 0.0, count: objectionIDs.count)
        var agreeing = Array(repeating: 0, count: objectionIDs.count)
        let dismissed = (utterance.dismissesAConcern && words.count >= 2) || utterance.ownsTheDecision
        for phrase in phrases {
            var covered = 0.0
            var total = 0.0
            var found = 0
            for term in phrase.terms {
                total += weights[term]
                covered += weights[term] * similarity[term]
                if similarity[term] > 0 { found += 1 }
            }
            guard total > 0, found > 0 else { continue }
            var score = covered / total
            // Extra words dilute, most for short phrases: one shared word in a long answer is weak.
            let extra = Double(max(0, words.count - phrase.terms.count))
            score *= Double(phrase.terms.count + 1) / (Double(phrase.terms.count + 1) + 0.25 * extra)
            if utterance.isNegated != phrase.negated { score *= 0.45 }
            // One shared word is thin evidence unless the customer said little else.
            if found == 1 && words.count > 2 { score *= 0.7 }
            // "Price is not a problem": a topic named and then dismissed.
            if dismissed { score *= 0.25 }
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

    /// A word not in the vocabulary still counts for terms one typo away (0.8) or sharing
    /// most character trigrams (up to 0.7). Candidates come from the trigram index.
    private func fuzzy(_ word: String, into similarity: inout [Double]) {
        let grams = Utterance.trigrams(word)
        var shared: [Int: Int] = [:]
        for gram in grams {
            for candidate in trigramIndex[gram] ?? [] { shared[candidate, default: 0] += 1 }
        }
        for (candidate, count) in shared {
            let term = terms[candidate]
            var value = 0.0
            if ObjectionMatcher.oneEditApart(word, term) {
                value = 0.8
            } else {
                let jaccard = Double(count) / Double(grams.count + trigramCounts[candidate] - count)
                if jaccard >= 0.5 { value = min(0.7, jaccard) }
            }
            similarity[candidate] = max(similarity[candidate], value)
        }
    }

    /// True for words of five letters or more that differ by one edit (a typo).
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        guard a.count >= 5, b.count >= 5, abs(a.count - b.count) <= 1, a != b else { return false }
        return Spelling.distance(a, b) <= 1
    }
}
