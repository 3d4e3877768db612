import Foundation

/// Recognises which objections a customer's words voice, from the playbook's phrase banks,
/// deciding against ordinary buyer talk (`OrdinaryTalk` and the playbook's `ordinary:`): a line
/// is an objection only when it is nearer an objection's phrases than any ordinary line, by a
/// margin. Each clause is read on its own, so one line can voice two objections.
///
/// Each phrase becomes a set of terms (stems, with contractions expanded, synonyms brought
/// together and negations written as `not`). An utterance scores against a phrase by how much
/// of the phrase's weight it covers, each term weighted by its rarity across all phrases
/// (inverse document frequency) and found exactly, one typo away, or by shared character
/// trigrams. An objection's score is its best phrase's, mildly boosted when several of its
/// phrases agree. Negation is respected: "price is not a problem" is not a price objection.
///
/// A second reading decides with the nearest phrase when customers' words are read: a
/// classifier learnt from the same phrases and ordinary talk (`ObjectionClassifier`). A line it
/// gives less than `ordinaryVeto` of being anything but ordinary talk is not an objection
/// unless its nearest phrase is at least `standsAlone` near; a line it is sure of (at least
/// `classifierAlone`) is that objection when its nearest phrase points the same way and is at
/// least `nearEnough` near (`nearEnoughWhenCertain` when the classifier is
/// `classifierCertain`), short of the threshold or the margin over ordinary talk.
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
        /// Put as a yes-or-no question ("could you do it for less?").
        var asks = false
        /// The words as written, for explaining a decision.
        var text: String
        /// The length of its weight vector, for cosine similarity.
        var norm: Double = 0
    }

    /// How words score against a phrase. `similarity` (cosine over weighted terms) counts the
    /// words a phrase leaves unexplained, as deciding between objections and ordinary talk
    /// needs; `coverage` asks only how much of the phrase the words cover, for short keyword
    /// lists such as a practice buyer's topics.
    public enum Scoring: Sendable { case coverage, similarity }
    private let scoring: Scoring
    /// The weight of a word no phrase has.
    private var unknownWeight = 1.0

    private let objectionIDs: [String]
    /// The index of the ordinary-talk set among the phrase sets, when there is one.
    private let ordinaryIndex: Int?
    /// How much each further agreeing phrase lifts a score, and for how many at most (nil:
    /// by scoring).
    var agreement: (Double, Int)?
    /// How much nearer an objection than ordinary talk a clause must be.
    public var margin = 0.05
    /// How much a phrase put as a statement counts towards a line put as a yes-or-no question:
    /// "do you need references from our landlord?" asks something; "we need references" may
    /// object. Phrases put as questions ("is there any room on the price?") count in full.
    static let askedOfAStatement = 0.75
    /// How much a phrase counts when the line shares one word of it and none of its word pairs,
    /// among one other word or more: "he reads a lot of history" meets "I'll read up on it" in "read"
    /// alone, in another sense.
    static let oneWordOutOfContext = 0.7
    private var phrases: [Phrase] = []
    /// Every term of every phrase, with its weight (inverse document frequency) and trigrams.
    private var vocabulary: [String: Int] = [:]
    private var terms: [String] = []
    private var weights: [Double] = []
    private var trigramCounts: [Int] = []
    private var trigramIndex: [String: [Int]] = [:]
    /// Term → the phrases that hold it: only those can score above zero.
    private var termPhrases: [[Int]] = []
    private var isPair: [Bool] = []
    /// A word kept beside its concept ("~steep" beside "price").
    private var isWordForm: [Bool] = []
    /// The least score that counts as an objection.
    public var threshold: Double
    /// The second reading, learnt from the same phrases (customers' words only).
    private var classifier: ObjectionClassifier?
    /// Below this chance that a line (or any clause of it) is anything but ordinary talk, by the
    /// classifier, a nearest phrase short of `standsAlone` does not make it an objection.
    public static let ordinaryVeto = 0.3
    /// At this chance of one objection, by the classifier, a line the nearest phrase leaves
    /// below the threshold is that objection, when its nearest phrase points the same way.
    public static let classifierAlone = 0.7
    /// A nearest phrase this close (half its weight or more) stands without the classifier.
    public static let standsAlone = 0.5
    /// How near its nearest phrase a line the classifier is sure of must be (short of the
    /// threshold): the classifier hears which objection, the phrases that it is one.
    public static let nearEnough = 0.25
    /// When the classifier is this sure, a nearest phrase of the same objection this near is
    /// enough: a long line dilutes its similarity to a short phrase ("I need to ask my wife
    /// before I sign anything" is 0.19 from "I'd have to ask my wife", and authority at 0.97).
    public static let classifierCertain = 0.9
    public static let nearEnoughWhenCertain = 0.15
    /// Scores a rounding error apart are the same score: a phrase of four words met in one
    /// scores exactly 0.5, give or take the last bit, which depends on the order the terms
    /// were added in (and that differs from process to process).
    static let rounding = 1e-9
    private var synonyms = true
    /// Neighbouring words as terms of their own (for similarity).
    private var pairs = false
    /// Keep question words as terms (a practice buyer hearing what is asked).
    private var questions = false
    /// Reading a customer's words for objections (against ordinary talk), where a question and
    /// one word out of context are weighed as such. A practice buyer hearing a trainee's
    /// questions reads every line as a question and matches topics word by word.
    var readsCustomers = false

    public init(playbook: Playbook, threshold: Double = 0.3) {
        self.init(phrases: playbook.objections.map { ($0.id, [$0.title] + $0.phrases) }, threshold: threshold,
                  ordinary: OrdinaryTalk.phrases + playbook.ordinary, scoring: .similarity)
        readsCustomers = true
        if let ordinaryIndex {
            // Words and pairs of words; a word kept beside its concept adds nothing here.
            // Features in the order of their words, not of the sets they came from (which differs
            // from process to process), so every sum is made in the same order and the same
            // playbook reads the same in `report`, `sync` and a live session.
            let terms = terms
            let examples = phrases.map { ($0.terms.filter { !isWordForm[$0] }.sorted { terms[$0] < terms[$1] } + ($0.negated ? [terms.count] : []), $0.objection) }
            // Banks far beyond any real playbook's (the default has about 1,100 phrases and 13
            // sets) would take long to learn from: the nearest phrase decides alone there.
            let work = examples.reduce(0) { $0 + $1.0.count } * (ordinaryIndex + 1)
            if work <= ObjectionClassifier.mostWork, (terms.count + 1) * (ordinaryIndex + 1) <= ObjectionClassifier.mostWork {
                classifier = ObjectionClassifier(examples: examples, features: terms.count, classes: ordinaryIndex + 1)
            }
        }
    }

    /// The same machinery over any phrase sets: each id with the phrases that voice it (a
    /// practice buyer's topics use it to hear which fact a question asks about).
    /// `synonyms: false` matches words and their stems only, without the objection lexicon.
    public init(phrases given: [(id: String, phrases: [String])], threshold: Double, synonyms: Bool = true, ordinary: [String] = [],
                scoring: Scoring = .coverage, questions: Bool = false) {
        self.threshold = threshold
        self.questions = questions
        self.scoring = scoring
        self.synonyms = synonyms
        pairs = scoring == .similarity
        objectionIDs = given.map(\.id)
        ordinaryIndex = ordinary.isEmpty ? nil : given.count
        let sets = ordinary.isEmpty ? given : given + [("", ordinary)]
        var documentFrequency: [Int] = []
        for (index, set) in sets.enumerated() {
            for text in set.phrases {
                let utterance = Utterance(text, synonyms: synonyms, questions: questions, pairs: pairs)
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
                phrases.append(Phrase(objection: index, terms: indices, negated: utterance.isNegated, asks: utterance.asksYesNo, text: text))
            }
        }
        let n = Double(max(phrases.count, 1))
        weights = documentFrequency.map { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
        if scoring == .similarity {
            // Rarity across objections (and ordinary talk), not across phrases: "price" in thirty
            // price phrases is the mark of price, not a common word to discount.
            var classes = Array(repeating: Set<Int>(), count: terms.count)
            for phrase in phrases { for term in phrase.terms { classes[term].insert(phrase.objection) } }
            let k = Double(sets.count)
            weights = classes.map { found in
                log(1 + (k - Double(found.count) + 0.5) / (Double(found.count) + 0.5))
            }
        }
        // A pair of words counts for less than a word: it confirms, it rarely decides alone.
        if pairs {
            for (i, term) in terms.enumerated() where term.contains("_") { weights[i] *= 0.6 }
        }
        for i in phrases.indices {
            phrases[i].norm = phrases[i].terms.map { weights[$0] * weights[$0] }.reduce(0, +).squareRoot()
        }
        unknownWeight = weights.isEmpty ? 1 : weights.reduce(0, +) / Double(weights.count)
        termPhrases = Array(repeating: [], count: terms.count)
        isPair = terms.map { $0.contains("_") }
        isWordForm = terms.map { $0.hasPrefix("~") }
        for (p, phrase) in phrases.enumerated() {
            for term in phrase.terms { termPhrases[term].append(p) }
        }
        for (i, term) in terms.enumerated() {
            let grams = Utterance.trigrams(term)
            trigramCounts.append(grams.count)
            guard term.count >= 4 else { continue }
            for gram in grams { trigramIndex[gram, default: []].append(i) }
        }
    }

    /// The best objection and the alternatives, over the whole line and each of its clauses.
    public func match(_ text: String) -> Result {
        let (found, _, whole) = analyse(text)
        var alternatives: [Match] = []
        for (index, score) in whole.objections.enumerated() where score > 0 && !found.contains(where: { $0.objectionID == objectionIDs[index] }) {
            alternatives.append(Match(objectionID: objectionIDs[index], score: (score * 1000).rounded() / 1000))
        }
        alternatives.sort { $0.score != $1.score ? $0.score > $1.score : $0.objectionID < $1.objectionID }
        return Result(best: found.first, alternatives: Array((found.dropFirst() + alternatives).prefix(3)))
    }

    /// The objection nearest the words when the rep has already said it is one (`/obj their
    /// words`): no decision against ordinary talk, only a floor under which nothing is near.
    public func nearest(_ text: String, floor: Double = 0.2) -> Match? {
        let found = detect(text)
        if let first = found.first { return first }
        let objections = scores(text).objections
        guard let top = objections.indices.max(by: { (objections[$0], objectionIDs[$1]) < (objections[$1], objectionIDs[$0]) }),
            objections[top] >= floor
        else { return nil }
        return Match(objectionID: objectionIDs[top], score: (objections[top] * 1000).rounded() / 1000)
    }

    /// Every objection the words voice, best first: each clause (and the whole line) is
    /// nearer that objection's phrases than any ordinary talk, by the margin.
    public func detect(_ text: String) -> [Match] {
        reading(text).objections
    }

    /// What a line says: the objections it voices, and whether it says anything else (a
    /// clause that is not an objection), which tells an answer that also objects from an
    /// objection alone.
    public func reading(_ text: String) -> Reading {
        let (found, only, _) = analyse(text)
        // "Each property sends its takings to head office daily": a customer describing how
        // things run, not taking a stand on this deal.
        if readsCustomers, !found.isEmpty, ObjectionMatcher.describesARoutine(text) || ObjectionMatcher.statesHowTheDealRuns(text) {
            return Reading(objections: [], onlyObjections: false)
        }
        return Reading(objections: found, onlyObjections: only)
    }

    /// A plain statement of something done routinely ("the board reviews cash flow every
    /// month", "each property sends its takings to head office daily"): a word of frequency and
    /// no word that takes a stand — no negation, obligation, condition, comparison, question or
    /// price word ("your monthly fee is more than…", "we'd need the board, and they meet
    /// quarterly", "our accountant already gives us monthly reports" still object).
    static func describesARoutine(_ text: String) -> Bool {
        guard let words = withoutAStand(text) else { return false }
        let padded = " " + words.joined(separator: " ") + " "
        return oftenWords.contains { padded.contains(" " + $0 + " ") }
            || ["every", "each"].contains { each in periods.contains { padded.contains(" " + each + " " + $0 + " ") } }
    }
    /// A plain statement of how the deal is set up, as a rep notes it with no stand taken: who
    /// holds the money or signs it ("the finance director holds the budget"), or what is on the
    /// calendar ("their demo with another vendor is booked for Tuesday", "the current contract
    /// ends in June"). No word that takes a stand (as for a routine), nothing put off ("until",
    /// "wait", "first", "back", "again"). (An amount's threshold — "approval above 50k" — was
    /// tried as well and left out: it cost a held-out objection.)
    static func statesHowTheDealRuns(_ text: String) -> Bool {
        guard let words = withoutAStand(text), !words.contains(where: puttingOff.contains) else { return false }
        // Who holds the money or signs it.
        let holds = words.contains(where: holdingVerbs.contains) && words.contains(where: ["budget", "purse", "money", "spend", "contracts", "contract", "purchases"].contains)
        // An event on the calendar: a verb of scheduling and a day, a month or a period.
        let scheduled = words.contains(where: calendarVerbs.contains)
            && (DateReading.read(text, today: CalendarDay(year: 2000, month: 1, day: 1)) != nil || words.contains(where: ["week", "month", "quarter", "year"].contains))
        return holds || scheduled
    }
    /// A statement's words (apostrophes dropped) when it takes no stand: no question, no word of
    /// `stanceWords`; nil otherwise. What a routine and a note of how the deal runs share.
    private static func withoutAStand(_ text: String) -> [String]? {
        guard !text.contains("?") else { return nil }
        let words = Words.normalised(text).map { $0.replacingOccurrences(of: "'", with: "") }
        return words.contains(where: stanceWords.contains) ? nil : words
    }
    private static let holdingVerbs: Set<String> = ["holds", "owns", "controls", "approves", "signs", "sets", "manages", "runs"]
    private static let calendarVerbs: Set<String> = ["scheduled", "booked", "ends", "expires", "renews", "due", "starts", "planned", "set"]
    private static let puttingOff: Set<String> = ["until", "till", "wait", "waiting", "first", "back", "again", "later", "revisit", "reconnect", "after", "before", "pause", "paused", "hold", "frozen", "freeze"]

    private static let oftenWords = ["daily", "weekly", "monthly", "quarterly", "annually", "fortnightly", "nightly"]
    private static let periods = ["day", "week", "month", "quarter", "year", "morning", "evening", "meeting", "close", "night"]
    private static let stanceWords: Set<String> = [
        "not", "no", "never", "cant", "cannot", "wont", "dont", "doesnt", "isnt", "arent", "wouldnt", "couldnt", "shouldnt",
        "too", "need", "needs", "have", "has", "had", "must", "would", "could", "should", "wed", "theyd", "id", "youd", "itd",
        "only", "without", "unless", "if", "but", "afraid", "sorry", "why", "already",
        "expensive", "cost", "costs", "price", "pay", "afford", "fee", "fees", "charge", "charges", "subscription", "rate", "bill",
        "more", "less", "cheaper", "dearer",
    ]

    /// A line's reading. `leaving(_:)` drops one objection from it (the one a question asked
    /// about); nil when nothing is left.
    public struct Reading: Sendable {
        public var objections: [Match]
        public var onlyObjections: Bool

        public func leaving(_ id: String?) -> Reading? {
            let kept = objections.filter { $0.objectionID != id }
            guard !kept.isEmpty else { return nil }
            return Reading(objections: kept, onlyObjections: onlyObjections)
        }
    }

    private func analyse(_ text: String) -> ([Match], Bool, (objections: [Double], ordinary: Double)) {
        var whole: (objections: [Double], ordinary: Double) = (Array(repeating: 0, count: objectionIDs.count), 0)
        var found: [String: Double] = [:]
        var fromWhole: (id: String, score: Double)?
        var unexplained = false
        let pieces = ObjectionMatcher.clauses(text)
        // The classifier's reading: how likely the line or any clause is more than ordinary talk,
        // and the objections it is sure of that the nearest phrase points to as well.
        var notOrdinary = 0.0
        var sure: [String: Double] = [:]
        var wholeThin: [Bool] = []
        for (index, piece) in (pieces.count > 1 ? [text] + pieces : pieces).enumerated() {
            let (objections, ordinary, size, _, chances, thin) = scoresAndNearest(piece)
            if let chances, let ordinaryIndex {
                notOrdinary = max(notOrdinary, 1 - chances[ordinaryIndex])
                if let likeliest = chances.indices.max(by: { chances[$0] < chances[$1] }), likeliest != ordinaryIndex,
                    chances[likeliest] >= ObjectionMatcher.classifierAlone - ObjectionMatcher.rounding
                {
                    let reference = index == 0 ? objections : whole.objections
                    let nearest = reference.indices.max(by: { (reference[$0], objectionIDs[$1]) < (reference[$1], objectionIDs[$0]) })
                    // A phrase met in one word out of context ("read" in "blurry when I read")
                    // does not point anywhere, however sure the classifier is of that word.
                    if nearest == likeliest, !(index == 0 ? thin : wholeThin)[likeliest],
                        reference[likeliest] >= (chances[likeliest] >= ObjectionMatcher.classifierCertain - ObjectionMatcher.rounding
                            ? ObjectionMatcher.nearEnoughWhenCertain : ObjectionMatcher.nearEnough) - ObjectionMatcher.rounding
                    {
                        sure[objectionIDs[likeliest]] = max(sure[objectionIDs[likeliest]] ?? 0, objections[likeliest], reference[likeliest])
                    }
                }
            }
            if index == 0 { (whole, wholeThin) = ((objections, ordinary), thin) }
            // A clause of one word ("CFO" in "Maria Lopez, CFO") is too little to judge alone.
            if index > 0, size < 2 { continue }
            // With several clauses, the whole line (index 0) only adds objections; each clause
            // says whether the line holds something else.
            let isClause = index > 0 || pieces.count == 1
            let top = objections.indices.max(by: { (objections[$0], objectionIDs[$1]) < (objections[$1], objectionIDs[$0]) })
            guard let top, objections[top] >= threshold, objections[top] >= ordinary + margin else {
                if isClause { unexplained = true }
                continue
            }
            // The whole line speaks only when no clause does: clauses are the finer reading
            // ("I pick, then the CFO signs" is authority, not a competitor "picked").
            if isClause {
                found[objectionIDs[top]] = max(found[objectionIDs[top]] ?? 0, objections[top])
            } else {
                fromWhole = (objectionIDs[top], objections[top])
            }
        }
        if found.isEmpty, let fromWhole { found[fromWhole.id] = fromWhole.score }
        if classifier != nil {
            if notOrdinary < ObjectionMatcher.ordinaryVeto - ObjectionMatcher.rounding, (found.values.max() ?? 0) < ObjectionMatcher.standsAlone - ObjectionMatcher.rounding { found = [:] }
            for (id, score) in sure where found[id] == nil { found[id] = score }
        }
        let matches = found.map { Match(objectionID: $0.key, score: ($0.value * 1000).rounded() / 1000) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.objectionID < $1.objectionID }
        return (matches, !matches.isEmpty && !unexplained, whole)
    }

    /// Clauses of a line: cut at sentence ends, commas, semicolons, dashes and "but".
    static func clauses(_ text: String) -> [String] {
        Clauses.split(text, at: ".;!?—–,")
    }

    /// Each objection's score for the words, the best ordinary-talk score, and how many terms
    /// the words had (a clause of one term is too little to judge alone).
    func scores(_ text: String) -> (objections: [Double], ordinary: Double, terms: Int) {
        let (objections, ordinary, terms, _, _, _) = scoresAndNearest(text)
        return (objections, ordinary, terms)
    }

    /// One reading of a line or clause: each objection's score and nearest phrase, then
    /// ordinary talk's, best first (what `rapport match --explain` shows a playbook author).
    public struct Explanation: Sendable, Equatable {
        public var clause: String
        /// `id` is the objection's, or empty for ordinary talk.
        public var nearest: [(id: String, score: Double, phrase: String)]
        public var terms: [String]
        /// The classifier's likeliest readings (`id` empty for ordinary talk), most likely
        /// first; empty when the matcher has no classifier.
        public var likeliest: [(id: String, chance: Double)] = []
        public static func == (a: Explanation, b: Explanation) -> Bool {
            a.clause == b.clause && a.terms == b.terms && a.nearest.map(\.id) == b.nearest.map(\.id)
        }
    }

    /// How the line and each of its clauses scored, the nearest phrases first.
    public func explain(_ text: String, top: Int = 3) -> [Explanation] {
        let pieces = ObjectionMatcher.clauses(text)
        return (pieces.count > 1 ? [text] + pieces : pieces).map { piece in
            let (objections, ordinary, _, nearest, chances, _) = scoresAndNearest(piece)
            var rows: [(id: String, score: Double, phrase: String)] = objections.indices.map {
                (objectionIDs[$0], (objections[$0] * 1000).rounded() / 1000, nearest[$0].map { phrases[$0].text } ?? "")
            }
            rows.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
            rows = Array(rows.prefix(top))
            if let ordinaryIndex {
                rows.append(("", (ordinary * 1000).rounded() / 1000, nearest[ordinaryIndex].map { phrases[$0].text } ?? ""))
            }
            let likeliest = (chances ?? []).enumerated().sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
                .prefix(2).map { (id: $0.offset < objectionIDs.count ? objectionIDs[$0.offset] : "", chance: ($0.element * 1000).rounded() / 1000) }
            return Explanation(clause: piece, nearest: rows, terms: Utterance(piece, synonyms: synonyms, questions: questions, pairs: pairs).terms,
                               likeliest: likeliest)
        }
    }

    /// `thin` says, per set, that its nearest phrase met the line in one word out of context.
    private func scoresAndNearest(_ text: String) -> (objections: [Double], ordinary: Double, terms: Int, nearest: [Int?], chances: [Double]?, thin: [Bool]) {
        let utterance = Utterance(text, synonyms: synonyms, questions: questions, pairs: pairs)
        let words = Set(utterance.terms.filter { $0 != "not" })
        let chances = classifier.map { classifier in
            classifier.probabilities(words.sorted().compactMap { vocabulary[$0] }.filter { !isWordForm[$0] } + (utterance.isNegated ? [classifier.negation] : []))
        }
        // Words said, not the terms made from them (a word beside its concept, pairs).
        let count = utterance.terms.filter { $0 != "not" && !$0.hasPrefix("~") && !$0.contains("_") }.count
        let setCount = objectionIDs.count + (ordinaryIndex == nil ? 0 : 1)
        guard !words.isEmpty, !phrases.isEmpty else { return (Array(repeating: 0, count: objectionIDs.count), 0, count, Array(repeating: nil, count: setCount), chances, Array(repeating: false, count: setCount)) }
        // How well the customer's words cover each vocabulary term, computed once per utterance.
        var similarity = [Double](repeating: 0, count: terms.count)
        var touched: [Int] = []
        var utteranceNorm = 0.0
        for word in words {
            if let index = vocabulary[word] {
                similarity[index] = 1
                touched.append(index)
                utteranceNorm += weights[index] * weights[index]
            } else if word.contains("_") {
                // A pair no phrase has is new wording, not evidence against anything; pairs
                // match exactly or not at all.
                continue
            } else if word.count >= 4, let weight = fuzzy(word, into: &similarity, touched: &touched) {
                utteranceNorm += weight * weight
            } else {
                utteranceNorm += unknownWeight * unknownWeight
            }
        }
        utteranceNorm = utteranceNorm.squareRoot()
        var best = Array(repeating: 0.0, count: setCount)
        var nearest = [Int?](repeating: nil, count: setCount)
        var thin = [Bool](repeating: false, count: setCount)

        var agreeing = Array(repeating: 0, count: setCount)
        let asking = readsCustomers && utterance.asksYesNo
        // Concepts the line carries through a telling word of their own: "pricey" (price), but
        // not "read" (information), an everyday word in another sense as often as not.
        let strongConcepts = readsCustomers ? Set(utterance.tellingConcepts.compactMap { vocabulary[$0] }) : []
        let dismissed = (utterance.dismissesAConcern && words.count >= 2) || utterance.ownsTheDecision || utterance.wavesPriceAway
        var candidates: [Int] = []
        var seen = [Bool](repeating: false, count: phrases.count)
        // Candidates come from shared words; a pair only adds to a phrase that shares a word
        // ("it_is" alone would touch half the bank).
        for term in touched where similarity[term] > 0 && !isPair[term] {
            for p in termPhrases[term] where !seen[p] {
                seen[p] = true
                candidates.append(p)
            }
        }
        for p in candidates {
            let phrase = phrases[p]
            var covered = 0.0
            var total = 0.0
            var found = 0
            // Words met, not terms: a pair is two words together, and a word kept beside its
            // concept is that concept's word.
            var wordsMet = 0
            var pairsMet = 0
            var strongMet = false
            for term in phrase.terms {
                total += weights[term]
                covered += weights[term] * similarity[term]
                if similarity[term] > 0 {
                    found += 1
                    if isPair[term] { pairsMet += 1 } else if !isWordForm[term] {
                        wordsMet += 1
                        if strongConcepts.contains(term) { strongMet = true }
                    }
                }
            }
            guard total > 0, found > 0 else { continue }
            var score: Double
            var outOfContext = false
            switch scoring {
            case .similarity:
                var dot = 0.0
                for term in phrase.terms { dot += weights[term] * weights[term] * similarity[term] }
                score = dot / (phrase.norm * max(utteranceNorm, 1e-9))
                if readsCustomers, wordsMet == 1, pairsMet == 0, !strongMet, count >= 2, phrase.objection != ordinaryIndex, phrase.terms.contains(where: { isPair[$0] }) {
                    score *= ObjectionMatcher.oneWordOutOfContext
                    outOfContext = true
                }
            case .coverage:
                score = covered / total
                // Extra words dilute, most for short phrases: one shared word in a long answer is weak.
                let extra = Double(max(0, words.count - phrase.terms.count))
                score *= Double(phrase.terms.count + 1) / (Double(phrase.terms.count + 1) + 0.25 * extra)
                // One shared word is thin evidence unless the customer said little else.
                if found == 1 && words.count > 2 { score *= 0.7 }
            }
            if utterance.isNegated != phrase.negated { score *= 0.45 }
            if asking, !phrase.asks, phrase.objection != ordinaryIndex { score *= ObjectionMatcher.askedOfAStatement }
            // "Price is not a problem": a topic named and then dismissed.
            if dismissed { score *= 0.25 }
            if score >= 0.4 { agreeing[phrase.objection] += 1 }
            if score > best[phrase.objection] {
                best[phrase.objection] = score
                nearest[phrase.objection] = p
                thin[phrase.objection] = outOfContext
            }

        }
        // Several agreeing phrases lift a score; under similarity only a little and for a few
        // phrases, or a large bank would lift whichever class shares a common word ("too") most.
        let (boost, most) = agreement ?? (scoring == .coverage ? (0.05, Int.max) : (0.02, 5))
        var boosted = best.enumerated().map { index, score in min(1, score * (1 + boost * Double(min(most, max(0, agreeing[index] - 1))))) }
        var ordinary = 0.0
        if let ordinaryIndex {
            ordinary = best[ordinaryIndex]
            boosted.removeLast()
        }
        return (boosted, ordinary, count, nearest, chances, thin)
    }

    /// A word not in the vocabulary still counts for terms one typo away (0.8) or sharing
    /// most character trigrams (up to 0.7). Candidates come from the trigram index.
    /// Returns the weight of the term it came nearest, or nil when none is near.
    @discardableResult
    private func fuzzy(_ word: String, into similarity: inout [Double], touched: inout [Int]) -> Double? {
        var nearest: (value: Double, weight: Double)?
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
            if value > 0 { touched.append(candidate) }
            similarity[candidate] = max(similarity[candidate], value)
            // Ties go to the heavier term, so that the reading never depends on the order a
            // dictionary happens to list its keys in ("though" is one letter from both "through"
            // and "thought"): the same line reads the same in every process.
            if value > 0, value > (nearest?.value ?? 0) || (value == nearest?.value && weights[candidate] > (nearest?.weight ?? 0)) {
                nearest = (value, weights[candidate])
            }
        }
        return nearest?.weight
    }

    /// True for words of five letters or more that differ by one edit (a typo).
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        guard a.count >= 5, b.count >= 5, abs(a.count - b.count) <= 1, a != b else { return false }
        return Spelling.distance(a, b) <= 1
    }
}
