/// A customer's words reduced to what matching needs: lowercase stems with contractions
/// expanded, synonyms brought to one word, and every negation written as `not`.
struct Utterance: Sendable {
    var terms: [String]
    /// "I decide", "I'm the one who signs": the speaker owns the decision, the opposite of an
    /// authority objection.
    var ownsTheDecision = false
    /// "Not expensive at all": the price named and waved away.
    var wavesPriceAway = false
    /// Put as a yes-or-no question: "do you…", "is there…", "can I…".
    var asksYesNo = false
    /// The concepts its words reach through a telling word of their own ("pricey" → price),
    /// not through an everyday one ("read" → information).
    var tellingConcepts: [String] = []

    static let contractions: [String: [String]] = [
        "can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"], "don't": ["do", "not"],
        "doesn't": ["does", "not"], "didn't": ["did", "not"], "isn't": ["is", "not"], "aren't": ["are", "not"],
        "wasn't": ["was", "not"], "weren't": ["were", "not"], "haven't": ["have", "not"], "hasn't": ["has", "not"],
        "shouldn't": ["should", "not"], "wouldn't": ["would", "not"], "couldn't": ["could", "not"],
        "ain't": ["is", "not"], "dont": ["do", "not"], "cant": ["can", "not"], "wont": ["will", "not"],
        "isnt": ["is", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
    ]

    /// Two spellings of one word: "anybody else" asks what "anyone else" does.
    static let variants: [String: String] = ["anybody": "anyone", "somebody": "someone", "everybody": "everyone"]

    static let negations: Set<String> = ["not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without"]

    /// Words that carry no meaning for recognising an objection.
    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "we", "you", "it", "is", "are", "am", "be", "to", "of", "and", "or", "in", "on",
        "for", "that", "this", "my", "our", "your", "me", "us", "so", "just", "really", "very", "do", "does",
        "did", "at", "with", "as", "but", "was", "were", "has", "had", "its", "there", "here", "well", "um",
        "uh", "like", "honestly", "actually", "i'm", "we're", "you're", "they're", "it's", "that's", "there's",
        "what's", "let's", "im", "ive", "i've", "we've", "i'll", "we'll", "i'd", "we'd", "they", "them", "their",
        "he", "she", "his", "her", "him", "all", "any", "some", "then", "than", "also", "quite", "pretty",
        "bit", "lot", "lots", "yeah", "yes", "ok", "okay", "look", "listen", "mean", "guess", "think", "kind",
        "sort", "thing", "things", "stuff", "right", "will", "would", "could", "should", "can", "have",
        "get", "got", "go", "going", "if", "about", "by", "from", "up", "out", "into", "over", "only", "even",
        "still", "one", "this", "these", "those", "who", "what", "which", "when", "how",
    ]

    /// Words that mean the same thing in an objection, mapped to one stem.
    static let synonyms: [String: String] = {
        let groups: [String: [String]] = [
            "price": ["price", "pricing", "priced", "cost", "costs", "costly", "expensive", "pricey", "pricy", "fee", "fees",
                      "rate", "rates", "charge", "charges", "quote", "overpriced", "dear", "steep", "cheaper", "cheap",
                      "pay", "paying", "licence", "license", "subscription", "justify", "value"],
            "budget": ["budget", "budgets", "funds", "funding", "money", "afford", "affordable", "cash", "frozen",
                       "freeze", "fiscal", "allocated", "allocate", "cut", "cuts", "tight"],
            "boss": ["boss", "manager", "cfo", "ceo", "director", "board", "management", "superior", "supervisor",
                     "head", "owner", "partner", "partners", "committee", "leadership", "vp"],
            "decide": ["decide", "decision", "decides", "approve", "approval", "signoff", "authorize", "authorise", "calls",
                       "pay grade", "purchases", "purchase", "mine", "past"],
            "check": ["check", "ask", "run", "consult", "discuss", "talk", "clear"],
            "vendor": ["vendor", "vendors", "provider", "providers", "supplier", "suppliers", "competitor", "competitors",
                       "company", "solution", "tool", "alternative", "alternatives", "someone", "else", "another", "other"],
            "contract": ["contract", "contracts", "agreement", "commitment", "commit", "term", "terms", "lock", "locked",
                         "multi-year", "annual", "cancellation", "cancel", "notice", "legal"],
            "time": ["time", "timing", "moment", "busy", "later", "quarter", "season", "revisit", "spring", "summer",
                     "autumn", "winter", "swamped", "slammed", "hectic", "crazy"],
            "need": ["need", "needs", "necessary", "require", "priority", "useful"],
            "trust": ["trust", "believe", "proof", "prove", "guarantee", "risk", "risky", "burned", "burnt", "promise",
                      "promises", "heard", "reputation", "reliable", "sure", "startup",
                      "doubt", "sceptical", "skeptical"],
            "fit": ["fit", "fits", "suit", "suitable", "match", "compatible", "unique", "different", "small", "smaller",
                    "big", "bigger", "large", "missing", "feature", "features", "setup", "unusual"],
            "info": ["info", "information", "brochure", "details", "material", "materials", "deck", "pdf", "literature",
                     "website", "email", "mail", "send", "read", "overview"],
            "interest": ["interested", "interest", "thanks", "thank", "list", "buy", "buying", "pass", "remove", "again"],
            "happy": ["happy", "satisfied", "content", "fine", "good", "ok"],
            "concern": ["worry", "worries", "worried", "concern", "concerns", "concerned", "problem", "problems", "issue",
                        "issues", "trouble", "hesitant", "hesitation", "dealbreaker", "blocker", "sticking"],
        ]
        var map: [String: String] = [:]
        for (canonical, words) in groups {
            for word in words { map[Stemmer.stem(word)] = canonical }
        }
        return map
    }()

    /// Words of everyday talk that the groups above hold for the sense they have in an
    /// objection ("read up on it", "cash is tight", "contract terms"): alone, beside other words,
    /// they are as likely to mean something else ("he reads a lot", "a bit tight at the toe",
    /// "half term"). Stems.
    static let everyday: Set<String> = Set([
        "read", "email", "mail", "send", "website", "tight", "cut", "term", "terms", "notice", "annual", "legal", "lock",
        "run", "talk", "ask", "check", "clear", "big", "small", "large", "different", "match", "feature", "features", "setup",
        "good", "fine", "ok", "content", "thanks", "thank", "list", "buy", "buying", "pass", "again", "sure", "heard",
        "time", "moment", "season", "quarter", "spring", "summer", "autumn", "winter", "crazy", "pay", "paying", "rate",
        "rates", "charge", "charges", "dear", "quote", "head", "owner", "partner", "partners", "calls", "past", "mine",
        "company", "someone", "else", "another", "other", "tool", "solution", "need", "needs", "useful", "problem", "problems",
        "issue", "issues", "trouble", "value", "details", "suit", "fit", "fits",
    ].map(Stemmer.stem))

    /// `synonyms: false` keeps words apart that objections bring together ("other", "else" and
    /// "vendor"), for phrase sets where those differences matter.
    static let questionWords: Set<String> = ["who", "what", "when", "why", "where", "which"]
    /// "what's" → "what", "who'd" → "who".
    static func questionBase(_ word: String) -> String {
        // "Whose opinion counts when…" asks who, not when.
        if word == "whose" { return "who" }
        for suffix in ["'s", "'re", "'d", "'ll", "'ve"] where word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    static let howWhat: Set<String> = ["many", "much", "long", "soon", "often", "quickly", "fast"]

    /// `questions: true` keeps what a question asks for ("who", "when", "how many", "how long"),
    /// which tells a question about the team from one about the close's length.
    /// `pairs: true` adds each pair of neighbouring words as a term (`sign_off`).
    init(_ text: String, limit: Int = 400, synonyms: Bool = true, questions: Bool = false, pairs: Bool = false) {
        var terms: [String] = []
        // Every word in order (stems, numbers as #), for pairs.
        var sequence: [String] = []
        var asked = false
        let words = Words.normalised(text).prefix(limit)
        for (index, word) in words.enumerated() {
            // Only the question word that asks counts: "what's the impact when it runs over?"
            // asks what, not when.
            if questions, !asked {
                let base = Utterance.questionBase(word)
                if Utterance.questionWords.contains(base) {
                    terms.append("?" + base)
                    asked = true
                    continue
                }
                let next = words.index(words.startIndex, offsetBy: index + 1, limitedBy: words.endIndex).flatMap { $0 < words.endIndex ? words[$0] : nil }
                if word == "how", let next, Utterance.howWhat.contains(next) {
                    terms.append("?how-" + next)
                    asked = true
                    continue
                }
            }
            let plain = Utterance.variants[word] ?? word
            let expanded = Utterance.contractions[plain] ?? (plain.hasSuffix("n't") ? [String(plain.dropLast(3)), "not"] : [plain])
            for part in expanded {
                if Utterance.negations.contains(part) {
                    terms.append("not")
                    sequence.append("not")
                    continue
                }
                sequence.append(Utterance.content(part) ? "#" : Stemmer.stem(part))
                if Utterance.stopwords.contains(part) { continue }
                // Which month, day or number is said never makes an objection of one kind or
                // another: "by March" is not "the committee decides in March".
                if synonyms, Utterance.content(part) { continue }
                let stem = Stemmer.stem(part)
                let direct = synonyms ? Utterance.synonyms[stem] : nil
                let concept = synonyms ? direct ?? Utterance.misspeltSynonym(stem) ?? stem : stem
                if let direct, !Utterance.everyday.contains(stem) { tellingConcepts.append(direct) }
                terms.append(concept)
                // The word itself is kept beside its concept: "steep" and "cost" are both about
                // price, but only one of them is pushback.
                if concept != stem { terms.append("~" + stem) }
            }
        }
        // Neighbouring words, stop words included, as terms of their own: "sign off", "how do I
        // know", "never heard" and "come down" say what their words alone do not. (Keeping only
        // pairs with a word of meaning in them was measured and did worse on both objections
        // and practice questions.)
        if pairs, sequence.count >= 2 {
            for i in 1..<sequence.count { terms.append(sequence[i - 1] + "_" + sequence[i]) }
        }
        self.terms = terms
        wavesPriceAway = synonyms && Utterance.negatesAPrice(words)
        asksYesNo = Utterance.asksYesNo(words.prefix(6), text)
        if let first = words.first, ["i", "i'm", "im", "me", "it's", "its"].contains(first), synonyms,
            terms.contains("decide") || words.contains("sign") || words.contains("signs"), !terms.contains("not"), !terms.contains("boss")
        {
            ownsTheDecision = words.contains { ["i", "i'm", "im", "me", "mine", "my"].contains($0) }
        }
    }


    var isNegated: Bool { terms.contains("not") }

    /// A yes-or-no question: after a greeting or "so", an auxiliary verb and then who or what
    /// it asks about ("do you…", "is there…", "can I…"); "were not interested" is a statement.
    static func asksYesNo(_ opening: ArraySlice<String>, _ text: String) -> Bool {
        let words = opening.drop { Utterance.leadIns.contains($0) }
        guard let first = words.first, TraineeMove.auxiliaries.contains(first) else { return false }
        guard let second = words.dropFirst().first else { return text.contains("?") }
        return Utterance.askedAbout.contains(second)
    }

    static let askedAbout: Set<String> = ["you", "we", "i", "it", "there", "they", "he", "she", "this", "that", "these", "those", "the", "a", "an",
                                          "any", "your", "our", "my", "its", "their", "anyone", "anything", "someone", "something"]

    static let leadIns: Set<String> = ["so", "and", "ok", "okay", "hi", "hello", "oh", "right", "well", "sorry", "also", "just", "um", "erm"]

    static let contentWords: Set<String> = Set(DateReading.months.keys).union(DateReading.weekdays.keys).union(NumberReading.units.keys)
        .subtracting(["a", "an", "half", "few", "couple", "may", "sun", "sat", "mar", "wed"])

    /// A month, a weekday or a number.
    static func content(_ word: String) -> Bool {
        contentWords.contains(word) || word.first?.isNumber == true
    }

    static let priceAdjectives: Set<String> = ["expensive", "pricey", "pricy", "costly", "steep", "dear", "overpriced", "spendy"]
    static let softeners: Set<String> = ["too", "that", "so", "very", "really", "as", "overly", "all", "particularly", "terribly", "super"]

    /// "Not expensive at all", "it isn't that pricey": a negated price word that describes the
    /// product, which waves the concern away.
    static func negatesAPrice(_ words: ArraySlice<String>) -> Bool {
        let words = Array(words)
        for (i, word) in words.enumerated() where priceAdjectives.contains(word) {
            var k = i - 1
            while k >= 0, softeners.contains(words[k]) { k -= 1 }
            guard k >= 0 else { continue }
            let before = words[k]
            if negations.contains(before) || before.hasSuffix("n't") || before == "cannot" || contractions[before]?.last == "not" { return true }
        }
        return false
    }

    /// A synonym one typo away ("expensvie"), for words long enough that a typo is likely.
    static func misspeltSynonym(_ stem: String) -> String? {
        guard stem.utf8.count >= 6 else { return nil }
        return misspelt.value(stem) { closeSynonym($0) }
    }

    private static let misspelt = WordMemo()

    private static func closeSynonym(_ stem: String) -> String? {
        guard stem.count >= 6 else { return nil }
        // One edit changes at most four trigrams, so candidates share all but four.
        let grams = trigrams(stem)
        var shared: [String: Int] = [:]
        for gram in grams {
            for word in synonymTrigramIndex[gram] ?? [] { shared[word, default: 0] += 1 }
        }
        // The first in alphabetical order when two are one edit away, never the dictionary's order.
        let near = shared.filter { $0.value >= grams.count - 4 && abs($0.key.count - stem.count) <= 1 && Spelling.distance($0.key, stem) <= 1 }.keys
        return near.min().flatMap { synonyms[$0] }
    }

    /// Trigram → the synonym words (six letters or more) that contain it.
    static let synonymTrigramIndex: [String: [String]] = {
        var index: [String: [String]] = [:]
        for word in synonyms.keys where word.count >= 6 {
            for gram in trigrams(word) { index[gram, default: []].append(word) }
        }
        return index
    }()

    static let topics: Set<String> = ["price", "budget", "time", "contract", "decide", "boss", "vendor", "trust", "fit"]

    /// "Price is not a problem", "budget isn't an issue", "timing is fine": a topic named and
    /// then waved away, which is the opposite of an objection.
    var dismissesAConcern: Bool {
        if ownsTheDecision || wavesPriceAway { return true }
        for (index, term) in terms.enumerated() where index > 0 && Utterance.topics.contains(terms[index - 1]) || (index > 1 && Utterance.topics.contains(terms[index - 2])) {
            if term == "happy" { return true }
            if term == "not", terms[(index + 1)...].prefix(2).contains(where: { ["need", "concern", "big", "deal"].contains($0) }) { return true }
        }
        return false
    }

    /// Character trigrams of a term, for matching misspellings.
    static func trigrams(_ term: String) -> Set<String> {
        let chars = Array("^" + term + "$")
        guard chars.count >= 3 else { return [term] }
        return Set((0...(chars.count - 3)).map { String(chars[$0..<($0 + 3)]) })
    }
}
