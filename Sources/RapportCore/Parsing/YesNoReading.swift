/// Reads yes or no as people say it. The first clause decides ("no, but the CFO does" is no;
/// "certainly not, the board does" is no); an intensifier before a negation is a stronger no
/// ("absolutely not"), a negated worry is a yes ("no problem"), and a hedge is no answer
/// ("maybe", "probably not", "I think so").
enum YesNoReading {
    /// Words that make a yes or a no stronger, and on their own mean yes.
    static let intensifiers: Set<String> = [
        "absolutely", "definitely", "certainly", "surely", "totally", "hell", "god", "heck", "obviously", "clearly",
        "most", "very", "really", "honestly", "frankly", "course", "of", "fuck", "damn",
    ]
    static let alone: Set<String> = ["absolutely", "definitely", "certainly", "surely", "totally", "obviously", "clearly"]
    /// Leading words that carry no answer.
    static let fillers: Set<String> = ["well", "um", "umm", "uh", "er", "erm", "oh", "ah", "hmm", "hm", "so", "look", "listen", "haha", "lol", "honestly", "frankly", "and", "mm", "mmm", "ahh", "hmmm"]

    /// Phrases that decide, checked at the start of the first clause, longest first.
    static let phrases: [(words: [String], value: Bool?)] = {
        let yes = [
            "no problem", "no problems", "no worries", "no doubt", "no question", "no objection", "no objections",
            "no complaints", "no reason not to", "no brainer", "no-brainer", "why not", "not a problem", "can't complain",
            "couldn't agree more", "can't wait", "not an issue", "no issue", "no issues",
            "yes", "yeah", "yea", "yep", "yup", "ya", "yas", "y", "aye", "sure", "correct", "right", "indeed", "affirmative",
            "true", "ok", "okay", "k", "kk", "that's me", "thats me", "it's me", "its me", "exactly", "for sure", "100%",
            "sure thing", "uh huh", "mhm", "mm hmm", "signed off", "sounds good", "sounds great", "sounds fine",
            "sounds like a plan", "sounds about right", "let's do it", "lets do it", "let's go", "go for it", "go ahead",
            "works for me", "that works", "that'd work", "that would work", "fine", "fine by me", "great", "perfect",
            "deal", "agreed", "i agree", "agree", "happy to", "would love to", "i'd love to", "i'd like that",
            "yes please", "please do", "count me in", "i'm in", "we're in", "good", "alright", "all right", "cool",
            "you bet", "you got it", "gladly", "sign me up", "on board", "we're on board", "makes sense", "of course",
            "naturally", "precisely", "spot on", "bingo", "totally", "i'm the one", "that's right", "that is right",
            "that's correct", "you're right", "done", "agreed", "i'm keen", "keen", "love to", "love it",
            "righto", "rightio", "right-o", "that'd be me", "that would be me", "it'd be me", "that's us", "yes indeed",
            "100 percent", "a hundred percent", "one hundred percent", "go on", "fair enough",
        ]
        let no = [
            "no", "nope", "nah", "naw", "n", "never", "negative", "no way", "not at all", "not really", "by no means",
            "no chance", "not a chance", "not yet", "not quite", "not me", "not us", "not now", "not today",
            "not right now", "no thanks", "no thank you", "i don't think so", "don't think so", "dont think so",
            "i dont think so", "i do not think so", "rather not", "i'd rather not", "i would rather not", "pass", "false",
            "wrong", "not exactly", "not necessarily", "not likely", "unlikely", "not for us", "not for me", "not really no",
            "i doubt it", "doubt it", "not happening", "no can do", "forget it", "hardly", "none", "not the case",
            "not at the moment", "not in the slightest", "not remotely", "not ideal", "doubtful",
            "count me out", "count us out", "leave me out", "leave us out",
            // Spoken "yeah, no" and "yeah nah" are a no.
            "yeah no", "yeah nah", "yea no", "yes no",
        ]
        let hedge = [
            "maybe", "probably", "possibly", "perhaps", "not sure", "unsure", "i'm not sure", "im not sure",
            "i don't know", "i dont know", "don't know", "dont know", "do not know", "no idea", "not decided",
            "undecided", "depends", "it depends", "that depends", "kind of", "kinda", "sort of", "sorta", "hard to say",
            "tbd", "i think so", "i guess", "i suppose", "guess so", "suppose so", "hopefully", "might", "we'll see",
            "we will see", "need to check", "have to check", "let me check", "yes and no", "yes or no", "50/50", "50 50",
            "partly", "partially", "sometimes", "more or less", "in theory", "not decided yet", "not yet decided",
            "unknown", "could be", "might be", "somewhat", "eventually", "ish", "i believe so", "think so",
            "we're not sure", "i'm unsure", "we don't know", "not sure yet", "too early to say", "early days",
            "leaning", "leaning towards", "leaning toward", "in two minds", "torn",
        ]
        var all: [([String], Bool?)] = []
        for p in yes { all.append((Words.normalised(p), true)) }
        for p in no { all.append((Words.normalised(p), false)) }
        for p in hedge { all.append((Words.normalised(p), nil)) }
        return all.sorted { $0.0.count > $1.0.count }
    }()

    static let subjects: Set<String> = ["i", "we", "they", "he", "she", "it", "that", "this", "you"]
    static let auxiliaries: Set<String> = [
        "do", "does", "am", "are", "is", "was", "were", "have", "has", "will", "can", "could", "would", "should", "did", "shall",
    ]
    static let contractedSubjects: Set<String> = ["i'm", "we're", "they're", "it's", "that's", "he's", "she's", "i've", "we've", "i'll", "we'll", "i'd", "we'd"]

    static func read(_ text: String) -> Bool? {
        let all = clauses(text).map { clause in
            var words = clause
            // A clause of fillers alone ("uh,", "Honestly?") carries no answer: the next one does.
            while let first = words.first, fillers.contains(first) { words.removeFirst() }
            if words.starts(with: ["to", "be", "honest"]) { words.removeFirst(3) }
            if words.starts(with: ["i", "mean"]) { words.removeFirst(2) }
            // "I think we'll give that a miss": the belief frames the answer that follows it
            // ("I think so" alone stays a hedge).
            if words.count > 2, words.starts(with: ["i", "think"]), subjects.contains(words[2]) || contractedSubjects.contains(words[2]) {
                words.removeFirst(2)
            }
            return words
        }.filter { !$0.isEmpty }
        // "yeah, no": a yes word then a no is the spoken no.
        if all.count > 1, all[0].count == 1, ["yeah", "yea", "yes"].contains(all[0][0]), ["no", "nah"].contains(all[1].first ?? "") { return false }
        guard let first = all.first else { return nil }
        // Two negations that cancel: "can't see why not", "no reason why not", "I wouldn't say no".
        if !hedges(first), first.count > 2, first.suffix(2) == ["why", "not"] { return true }
        if !hedges(first), let say = first.indices.dropFirst().first(where: { first[$0] == "say" && $0 + 1 < first.count && first[$0 + 1] == "no" }),
            isNegation(first[say - 1])
        {
            return true
        }
        if let value = decide(first) ?? anywhere(first) { return value }
        // A first clause that neither answers nor hedges ("that'd be the CFO, not me", "we're
        // keen, yes"): a later short clause that opens with a yes or a no word answers ("right
        // now we use Excel" does not).
        guard !hedges(first) else { return nil }
        for clause in all.dropFirst() {
            if hedges(clause) { return nil }
            guard clause.count <= 3, phrases.contains(where: { $0.value != nil && clause.starts(with: $0.words) }) else { continue }
            if let value = decide(clause) { return value }
        }
        return nil
    }

    /// Whether a hedge phrase appears anywhere in the clause.
    static func hedges(_ words: [String]) -> Bool {
        for (phrase, value) in phrases where value == nil {
            guard phrase.count <= words.count else { continue }
            for k in 0...(words.count - phrase.count) where Array(words[k..<(k + phrase.count)]) == phrase { return true }
        }
        return false
    }

    /// The first clause's decision; nil when it is a hedge or says neither.
    static func decide(_ words: [String]) -> Bool? {
        // Intensifiers then a negation: "absolutely not", "of course not", "hell no", "most definitely not".
        var k = 0
        while k < words.count, intensifiers.contains(words[k]) { k += 1 }
        if k > 0 {
            let rest = Array(words[k...])
            // "very doubtful", "absolutely no way", "really not sure": the phrase after the
            // intensifier decides, a hedge staying a hedge.
            if let match = phrases.first(where: { $0.value != true && rest.starts(with: $0.words) }) { return match.value }
            if rest.first == "not" || rest.first == "no" || rest.first == "never" || rest.first == "nope" { return false }
            if rest.starts(with: ["yes"]) || rest.starts(with: ["yeah"]) { return true }
            if words[..<k].contains(where: { alone.contains($0) }) || words.starts(with: ["of", "course"]) {
                return true
            }
        }
        for (phrase, value) in phrases where words.starts(with: phrase) {
            // "I'm in" is a yes when it is all there is: "I'm in two minds" is not.
            if value == true, phrase.last == "in", words.count > phrase.count { continue }
            // "no problem" is found before "no" (longest first); "not sure" before "not".
            if value == true, phrase == ["right"], words.count > 1, words[1] == "now" { continue }
            if value == true, phrase.count == 1, ["good", "great", "fine", "cool", "deal", "done"].contains(phrase[0]), words.count > 2 { continue }
            return value
        }
        if words.first == "not" { return false }
        // "let's book it in" goes ahead; "let's not" does not; "let's see", "let's talk next
        // week" put it off.
        if let first = words.first, first == "let's" || first == "lets", words.count > 1 {
            if words[1] == "not" { return false }
            return deferrals.contains(words[1]) ? nil : true
        }
        // "I do", "we don't", "it isn't", "we have", "she does not", "I'm not", "I am".
        var i = 0
        if i < words.count, contractedSubjects.contains(words[i]) {
            if words.count > 1 && (words[1] == "not" || words[1] == "never") { return false }
            return stance(Array(words.dropFirst()), impersonal: ["that's", "it's"].contains(words[i]))
        }
        if i < words.count, subjects.contains(words[i]) { i += 1 } else { return nil }
        guard i < words.count else { return nil }
        let verb = words[i]
        if verb.hasSuffix("n't") || verb == "cannot" || verb == "dont" || verb == "doesnt" || verb == "cant" || verb == "wont" || verb == "isnt" {
            return false
        }
        if auxiliaries.contains(verb) {
            if i + 1 < words.count, words[i + 1] == "not" || words[i + 1] == "never" { return false }
            if i + 1 == words.count || ["indeed", "yes", "too", "so"].contains(words[i + 1]) { return true }
            return stance(Array(words[(i + 1)...]), impersonal: ["that", "it", "this"].contains(words[i - 1]))
        }
        return nil
    }

    /// Verbs after "let's" that put a decision off.
    static let deferrals: Set<String> = [
        "see", "think", "wait", "talk", "discuss", "revisit", "circle", "check", "review", "hold", "park", "pause", "leave",
        "regroup", "reconnect", "speak", "chat", "catch", "touch", "get",
    ]
    /// After a subject and its verb ("we'd be …", "I'll have to …", "we're going to …"): words
    /// that accept or turn down what was asked. Narrow on purpose: "we're happy with what we
    /// have" and "we're good, thanks" turn an offer down, so only "happy to/with that" accepts.
    static let acceptance: [[String]] = [
        ["happy", "to"], ["happy", "with", "that"], ["happy", "with", "it"], ["happy", "with", "this"], ["glad", "to"], ["open", "to"],
        ["up", "for"], ["fine", "with", "that"], ["fine", "with", "it"], ["ok", "with", "that"], ["okay", "with", "that"],
        ["comfortable", "with", "that"], ["all", "for"], ["on", "board"], ["willing", "to"], ["keen", "to"], ["in", "favour"], ["in", "favor"],
        // After "can", "could", "will": "we could do that", "I can confirm".
        ["do", "that"], ["do", "it"], ["do", "this"], ["confirm", "that"], ["confirm", "it"], ["confirm", "this"], ["make", "it"],
        ["make", "that", "work"],
    ]
    /// Said of "that", "it" or "this" ("that's fine with me", "it should be ok", "it's a go"),
    /// not of "we" ("we're fine as we are", "we're good" turn an offer down).
    static let impersonalAcceptance: [[String]] = [
        ["fine"], ["good"], ["ok"], ["okay"], ["great"], ["perfect"], ["doable"], ["a", "go"], ["acceptable"], ["agreeable"],
    ]
    static let refusal: [[String]] = [
        ["pass"], ["decline"], ["give", "it", "a", "miss"], ["give", "that", "a", "miss"], ["give", "this", "a", "miss"],
        ["sit", "this", "one", "out"], ["sit", "it", "out"], ["hold", "off"], ["hold", "fire"], ["skip", "it"], ["skip", "this"],
        // A preference for not going ahead: "we'd rather wait", "I'd rather hold fire".
        ["rather", "wait"], ["rather", "hold"], ["rather", "leave"], ["rather", "stick"], ["rather", "stay"], ["rather", "keep"],
        // Nothing needed: "we're sorted", "we're all set", "we'll manage without".
        ["sorted"], ["all", "set"], ["manage", "without"], ["do", "without"], ["unable"],
    ]
    /// Words between a subject and what it says that carry no stance of their own.
    static let carriers: Set<String> = ["be", "have", "to", "just", "going", "gonna", "more", "than", "need"]

    /// What the words after a subject and its verb say: acceptance, refusal, or nothing.
    static func stance(_ words: [String], impersonal: Bool) -> Bool? {
        var rest = words[...]
        // "probably" hedges ("I'd probably pass"): nothing is decided.
        if rest.contains("probably") { return nil }
        while let first = rest.first, carriers.contains(first) { rest = rest.dropFirst() }
        if refusal.contains(where: { rest.starts(with: $0) }) { return false }
        if acceptance.contains(where: { rest.starts(with: $0) }) || Array(rest) == ["confirm"] { return true }
        if impersonal, impersonalAcceptance.contains(where: { rest.starts(with: $0) }) { return true }
        return nil
    }

    static func isNegation(_ word: String) -> Bool {
        negations.contains(word) || word.hasSuffix("n't") || word == "cannot" || word == "dont" || word == "cant" || word == "wouldnt"
    }

    static let negations: Set<String> = ["no", "not", "never", "nope", "nah"]
    static let strongYes: Set<String> = ["yes", "yeah", "yep", "yup", "absolutely", "definitely", "certainly", "correct"]

    /// When the clause does not open with an answer: a hedge anywhere leaves it open, a
    /// negation anywhere (not inside "no problem") is a no, a plain yes word is a yes.
    static func anywhere(_ words: [String]) -> Bool? {
        var negated = false
        var yes = false
        var k = 0
        scan: while k < words.count {
            for (phrase, value) in phrases where phrase.count > 1 || value == nil {
                guard k + phrase.count <= words.count, Array(words[k..<(k + phrase.count)]) == phrase else { continue }
                if value == nil { return nil }
                if value == false {
                    negated = true
                    k += phrase.count
                    continue scan
                }
                if value == true && phrase.contains(where: { negations.contains($0) }) {
                    yes = true
                    k += phrase.count
                    continue scan
                }
            }
            let word = words[k]
            if negations.contains(word) || word.hasSuffix("n't") || word == "cannot" { negated = true }
            if strongYes.contains(word) { yes = true }
            k += 1
        }
        if negated { return false }
        return yes ? true : nil
    }

    /// Lowercase word lists of the clauses, split at punctuation and at "but".
    static func clauses(_ text: String) -> [[String]] {
        Clauses.split(text, at: ",;.!?—–:()").map(Words.normalised).filter { !$0.isEmpty }
    }
}
