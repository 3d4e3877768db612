import Foundation

/// What a trainee's line does, read from its words: a question (open or closed), an
/// acknowledgement, a summary, a pitch, a mention of price, an attempt to close, a date.
public struct TraineeMove: Sendable, Hashable {
    public var words: Int
    public var isQuestion: Bool
    /// What/how/why/tell me…: invites the buyer to talk.
    public var isOpen: Bool
    public var acknowledges: Bool
    public var summarises: Bool
    public var pitches: Bool
    public var mentionsPrice: Bool
    public var asksToClose: Bool
    /// An agenda or up-front contract ("before we dive in, would it be OK if I asked a few
    /// questions, and at the end we decide together…"): welcome, not a close.
    public var setsAgenda: Bool
    /// Small talk: "how are things?", "how was your weekend?" — rapport, not discovery.
    public var smallTalk: Bool
    /// An open question about what the buyer just raised ("what's behind that?").
    public var exploresAConcern: Bool
    /// An implication question: what a problem does to them ("what's the knock-on effect?",
    /// "how does that affect the business?", "what happens when it runs late?").
    public var asksImplication = false
    /// A need-payoff question: what things would be like with the problem solved ("suppose it
    /// worked the way you want — what would be better?", "if this went away, what changes?").
    public var asksNeedPayoff = false
    /// Gives something on price or terms ("I can do 10% off", "we'll waive onboarding").
    public var concedes = false
    /// The discount offered, in percent, when one is named.
    public var percentOff: Double?
    /// Asks for something back ("if you sign for two years", "in return for a case study").
    public var asksInReturn = false
    /// A date named in the line ("next Tuesday"), read against the session's day.
    public var date: CalendarDay?
    /// Proposes only to meet again ("Could we meet again on Thursday 10 December to scope a
    /// pilot?"): a next step that commits the buyer to nothing, so there is nothing to bargain over.
    public var proposesAMeeting = false
    /// A trial close: asks what the buyer makes of what was just said or shown ("how does that
    /// sound?", "does that resonate?", "what are your thoughts so far?"), committing them to
    /// nothing.
    public var checksReaction = false

    static let openStarts: [[String]] = [
        ["what"], ["how"], ["why"], ["tell"], ["describe"], ["walk"], ["explain"], ["talk", "me"], ["help", "me", "understand"],
        ["in", "what"], ["which"], ["where"], ["who"], ["when"], ["whats"], ["hows"], ["whos"], ["wheres"], ["whens"], ["whose"],
        ["share"], ["paint", "me"], ["run", "me"], ["take", "me"], ["fill", "me"], ["talk", "to", "me"],
        // "Please let me know what budget has been allocated", "give me a step-by-step of…"
        ["let", "me", "know"], ["give", "me"], ["outline"],
    ]
    static let prepositions: Set<String> = ["by", "for", "since", "until", "till", "from", "of", "in", "on", "at", "to", "with", "about"]
    static let questionWords: Set<String> = ["what", "whats", "how", "hows", "why", "which", "where", "wheres", "who", "whos", "whose", "when", "whens"]
    static let politeOpeners: [[String]] = [["can", "you"], ["could", "you"], ["would", "you"], ["will", "you"], ["would", "you", "mind"]]
    static let openVerbs: Set<String> = ["tell", "describe", "walk", "explain", "share", "talk", "help", "give", "say", "expand", "elaborate"]
    /// The open verb a word in -ing is ("telling" → "tell", "sharing" → "share"), if it is one.
    static func openVerb(ing word: String) -> String? {
        guard word.hasSuffix("ing") else { return nil }
        let stem = String(word.dropLast(3))
        return [stem, stem + "e"].first(where: openVerbs.contains)
    }
    /// The verbs a yes-or-no question opens with ("Does legal…", "When do you…" asks; "When it
    /// drags…" sets a scene).
    static let auxiliaries: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will", "should", "shall", "am"]
    static let closedStarts: Set<String> = auxiliaries.union([
        "any", "isnt", "dont", "doesnt", "arent", "wont", "wouldnt", "anyone", "anybody", "anything",
    ])
    static let fillers: Set<String> = ["so", "and", "ok", "okay", "right", "great", "thanks", "well", "now", "also", "then", "and", "but", "just", "alright", "cool",
                                       "please", "kindly",
                                       "to", "start", "begin", "first", "firstly", "finally",
                                       // "roughly how many hours a month…", dictated without its mark
                                       "roughly", "approximately", "ballpark", "quickly", "honestly"]
    static let acknowledgements: [String] = [
        "i understand", "i hear you", "that makes sense", "makes sense", "fair enough", "that's fair", "thats fair", "fair point",
        "i appreciate", "i get that", "i get it", "totally get", "completely understand", "understandable", "that must be",
        "sounds frustrating", "sounds like", "that's a real concern", "good question", "i see", "thank you for sharing",
        "thanks for sharing", "you're right", "youre right", "valid concern", "legitimate", "totally understand", "understood",
        "i understand that", "got it", "i can see why", "no wonder", "that's tough", "thats tough", "sounds tough", "sounds hard",
        "that sounds hard", "that sounds painful", "sounds painful", "i appreciate that", "appreciate you", "thanks for explaining",
        "that's helpful", "thats helpful", "good to know", "thanks for telling me", "thank you for telling me", "thanks for being honest",
        "thank you for being honest", "thanks for being open", "thank you for being open", "thanks for raising", "thank you for raising", "i can imagine", "makes total sense", "that's understandable",
        "i'd feel the same", "fair", "i hear that", "that's a fair", "thats a fair", "i get where you're coming from",
        "glad you said", "good that you said", "glad you raised", "good that you raised", "glad you mentioned", "good that you mentioned",
        "glad you brought", "thanks for flagging", "thank you for flagging", "point taken", "noted",
    ]
    static let agendaPhrases: [String] = [
        "before we dive in", "before we get started", "before we start", "before we get into", "would it be ok if i asked",
        "would it be okay if i asked", "would it be alright if i asked", "mind if i ask a few", "a few questions", "agenda",
        "at the end we", "decide together", "up front", "plan for the call", "plan for today", "plan for our time",
        "the way i'd like to use", "whether it makes sense to", "whether there's a fit", "whether theres a fit",
        "if it doesn't make sense", "if it doesnt make sense", "it's ok to say no", "its ok to say no",
        "quick plan", "here's the plan", "heres the plan", "my questions first", "then we decide", "we decide whether",
        "we decide if", "here's what i had in mind", "heres what i had in mind",
    ]
    static let summaries: [String] = [
        "so what i'm hearing", "what i'm hearing", "what im hearing", "to summarise", "to summarize", "to recap", "let me recap",
        "if i understand", "if i've understood", "let me make sure", "so if i heard", "let me play that back", "in other words",
        "so you're saying", "so you said", "you mentioned", "you told me", "did i miss anything", "have i missed anything",
        "anything i missed", "did i get that right", "have i got that right", "is that a fair summary", "let me check i've got it",
        "let me check i have it", "did i capture", "have i captured", "recap", "to sum up", "summing up", "in summary",
        "check i've got it", "check ive got it", "check i got it", "check i have it", "make sure i've got it", "make sure ive got it",
        "make sure i got it", "make sure i have it",
        "read back", "read that back", "read it back", "in short", "in brief", "long story short", "in a nutshell", "to boil it down",
    ]
    /// "Just to say it back", "let me play that back", "reading it back": a verb of giving
    /// words back, then "back".
    static let playbackVerbs: Set<String> = ["say", "saying", "play", "playing", "read", "reading", "repeat", "repeating", "reflect", "reflecting", "mirror", "feed", "feeding"]
    static func playsBack(_ tokens: [String]) -> Bool {
        tokens.indices.contains { i in
            guard playbackVerbs.contains(tokens[i]), i + 1 < tokens.count else { return false }
            if tokens[i + 1] == "back" { return true }
            return i + 2 < tokens.count && ["it", "that", "this", "those", "them", "everything", "things", "all"].contains(tokens[i + 1]) && tokens[i + 2] == "back"
        }
    }

    /// Words of a short check that something was heard right ("That about right?", "Have I
    /// got that straight?", "Anything I've missed?").
    static let rightWords: Set<String> = ["right", "correct", "accurate", "fair", "missed", "miss", "missing", "track", "gist", "straight", "understood"]
    /// What was heard said back as a statement, then a short check that it is right: "the
    /// close is long, a lot of it is by hand, and it knocks on to everyone else. That about
    /// right?" A plan or an offer checked the same way ("We'd start with a pilot on one entity,
    /// with an exit. Does that sound fair?") speaks of us, not of what the buyer said.
    static func checksWhatWasHeard(_ sentences: [String], has: (String) -> Bool) -> Bool {
        guard sentences.count > 1, let last = sentences.last, last.hasSuffix("?") else { return false }
        let check = Words.normalised(last).map { $0.replacingOccurrences(of: "'", with: "") }
        guard check.count <= 7, check.contains(where: rightWords.contains) else { return false }
        let statement = sentences.dropLast().joined(separator: " ")
        guard !statement.contains("?") else { return false }
        let words = Words.normalised(statement).map { $0.replacingOccurrences(of: "'", with: "") }
        guard words.count >= 8, !words.contains(where: ["we", "wed", "well", "were", "weve", "our", "ours", "us", "lets"].contains) else { return false }
        return !pitchKeys.contains(where: has)
    }

    /// Tags that turn a statement into a question asking only for agreement.
    static let tags: Set<[String]> = [
        ["isnt", "it"], ["isnt", "that", "right"], ["right"], ["dont", "you"], ["dont", "you", "think"], ["wouldnt", "you"], ["wouldnt", "it"],
        ["wont", "it"], ["doesnt", "it"], ["surely"], ["agreed"], ["yeah"], ["eh"], ["no"], ["arent", "you"], ["cant", "it"], ["dont", "they"],
    ]

    /// A statement closed by a tag ("…, isn't it?", "…, right?"): the last clause is a tag alone.
    static func endsInATag(_ sentence: String) -> Bool {
        guard sentence.contains("?") else { return false }
        let clauses = Clauses.split(sentence, at: ",;:—–")
        guard clauses.count > 1, let last = clauses.last else { return false }
        return tags.contains(Words.normalised(last).map { $0.replacingOccurrences(of: "'", with: "") })
    }

    static let pitchPhrases: [String] = [
        "we offer", "our product", "our platform", "our solution", "our software", "our tool", "we can", "we help", "we provide",
        "let me show", "let me tell you about", "we have a", "it does", "it will", "it can", "you'll get", "you will get", "features",
        "our customers", "we automate", "automatically", "best in class", "market leader",
    ]
    static let pricePhrases: [String] = ["dollars", "euros", "pounds", "usd", "eur", "gbp", "price", "pricing", "priced", "cost", "costs", "per month", "per year", "per seat", "subscription", "fee", "fees", "discount", "licence", "license", "licensing", "investment", "expensive", "cheap"]
    static let closePhrases: [String] = [
        "shall we", "should we start", "can we start", "ready to", "sign the contract", "sign the order", "sign up", "sign it",
        "get it signed", "sign today", "sign this week", "sign now", "can we sign", "signed up", "sign you up", "get you signed",
        "order form", "place an order", "buy it", "move forward", "go ahead", "get started", "start the pilot",
        "kick off", "kickoff", "book", "schedule", "next step", "set up a", "would you like to start", "do we have a deal", "send the agreement",
        "send you the contract", "send the contract", "purchase order", "are you in", "commit", "let's do",
        "email the contract", "email you the contract", "contract across", "contract over", "send over the contract", "paperwork over",
        "paperwork across", "send the paperwork", "email the paperwork",
    ]

    static let exploreKeys = [
        "what would you need", "what would it take", "tell me more", "what's behind", "whats behind", "why is that", "what do you mean",
        "help me understand", "what makes you", "what concerns", "what worries", "how so", "say more", "what's driving", "whats driving",
        "what would make", "making you feel", "makes you feel", "what's making you", "whats making you", "what's the concern", "whats the concern", "what would change your mind", "what would need to be true",
        "can you expand", "expand on", "elaborate", "what specifically", "why do you say", "where does that come from", "what's that based on",
        // put politely: "would you mind saying more about that?", "…telling me more about it?"
        "saying more", "telling me more", "expanding on", "more about that", "more about it", "more about this",
    ].map(key)

    /// An open question that explores what the buyer just said ("what's behind that?").
    public static func explores(_ text: String) -> Bool {
        // "Say a bit more about…", "tell me a little more": the softener changes nothing.
        var padded = " " + key(text) + " "
        for softener in [" a bit ", " a little ", " a little bit ", " a touch "] { padded = padded.replacingOccurrences(of: softener, with: " ") }
        return exploreKeys.contains { padded.contains(" " + $0 + " ") }
    }

    /// Words of something that just happened to the buyer ("last week", "the trip").
    static let recently = ["last week", "last night", "yesterday", "this morning", "the weekend", "your weekend", "the trip", "your trip", "the holiday",
                           "your holiday", "the holidays", "the conference", "the move", "the flight", "the drive", "the party", "the meeting", "the board meeting"].map(key)

    /// "How are you doing the reconciliations today?", "how are you thinking about funding
    /// this?": "how are you" and then a verb with something to do it to asks how a thing is
    /// done, not how they are ("how are you doing today?", "how are you getting on?" are).
    static func asksHowSomethingIsDone(_ padded: String, after key: String) -> Bool {
        guard ["how are you", "how you are", "how are things"].contains(key), let range = padded.range(of: " " + key + " ") else { return false }
        let rest = padded[range.upperBound...].split(separator: " ").map(String.init)
        let idle: Set<String> = ["today", "this", "week", "morning", "afternoon", "evening", "on", "these", "days", "lately", "at", "all",
                                 "then", "so", "far", "up", "along", "going", "keeping", "doing", "getting", "holding", "finding", "well"]
        guard let verb = rest.first, verb.hasSuffix("ing") else { return false }
        return rest.dropFirst().contains { !idle.contains($0) }
    }

    static let smallTalkKeys = [
        "how are things", "how are you", "how's your day", "hows your day", "how's your week", "hows your week", "how has your week", "how was your weekend", "how's it going", "hows it going",
        "how have you been", "hope you're well", "hope youre well", "hope you are well", "how's the week", "hows the week",
        "nice to meet you", "good to meet you", "how's business", "hows business", "good weekend", "how's the weather", "hows the weather",
        "calling from", "where are you based", "where are you today",
        // A pause: "bear with me", "give me a moment" (a request for time, not to be told).
        "bear with me", "give me a moment", "give me a second", "give me a sec", "give me a minute",
        "one moment please", "just a moment", "just a second", "hang on a second",
        // Checking the line: "can you hear me all right?", "sorry, you're breaking up".
        "can you hear me", "you can hear me", "hear me ok", "hear me all right", "hear me alright", "hearing me", "breaking up", "my connection",
        "your connection", "on mute",
    ].map(key)

    static let implicationKeys = [
        "impact", "impacts", "effect", "effects", "knock on", "consequence", "consequences", "affect", "affects", "affected",
        "happens when", "happens if", "happens to", "happened to", "show up for", "shows up for", "showing up for", "cost you", "costing you", "cost the", "costs you",
        "cost your", "costs your", "costing your", "costing the", "end up costing", "ends up costing",
        "result of", "fallout", "ripple", "downstream", "toll", "does it mean", "does that mean", "does this mean", "did that mean", "did it mean",
        "happens because", "because of that", "cause problems", "causes problems", "cause issues", "causes issues", "as a result of that", "what does that lead to", "what does that do to",
        "end up doing to", "that doing to", "it doing to", "that does to", "it does to",
        // Who bears it: "when it drags, who feels it most?"
        "who feels it", "who feels that", "who feels the", "who suffers", "who gets hurt", "who pays for it", "hits hardest",
        "who ends up waiting", "who is left waiting", "whos left waiting", "who gets held up", "who is held up", "whos held up", "who ends up chasing",
        // A story of the problem: "give me an example of when that went wrong".
        "example of when", "a time when", "the last time", "went wrong", "goes wrong", "go wrong",
    ].map(key)

    /// "What does a late close mean for the rest of the business?": what a problem means for
    /// someone, whatever the problem is called. ("If the close took half the time, what would
    /// that mean for you?" pictures the problem gone: a need-payoff question.)
    static let meansFor = (guardWord: "mean", pattern: #" what (does|do|did|will) (\w+ ){0,5}mean (for|to) "#)
    /// Asked indirectly: "I'd be curious what it means for the business when…" (not after an
    /// "if", which pictures the problem gone: "if the close is twice as fast, what this means for
    /// your team?").
    static let meansForIndirectly = (guardWord: "means", pattern: #" what (\w+ ){1,5}means (for|to) "#)
    /// "When the numbers are late, what does it do to the rest of the business?": what the
    /// problem does to someone.
    static let doesTo = (guardWord: " do to ", pattern: #" what (does|did|will) (\w+ ){1,4}do to "#)
    /// "If you got those hours back, what would the team do with them?": what the buyer would do
    /// once the problem is gone, whoever does it.
    /// "…what would you spend it on?", "…what would you use them for?": time or money got back, put to use.
    static let wouldDoWith = (guardWord: "what would", pattern: #" what would (\w+ ){1,5}(do with|(spend|use|put) (it|them|that|those) (on|for|towards|into)) "#)

    /// Whether a line's key form holds a pattern (searched only when it holds the guard word).
    static func asks(_ key: String, _ form: (guardWord: String, pattern: String)) -> Bool {
        key.contains(form.guardWord) && key.range(of: form.pattern, options: .regularExpression) != nil
    }

    /// What would be better, different or worth something once the problem is gone.
    /// "Fast forward a year and it's fixed: what does the future state look like?", "imagine
    /// this is solved — what's different?": an open question about a future in which the
    /// problem is gone asks what it would be worth.
    static func picturesItSolved(_ padded: String) -> Bool {
        let future = [" imagine ", " fast forward ", " suppose ", " picture ", " a year from now ", " future state ", " in a years time "]
        // …or better by a measure: "picture the close finishing three days earlier".
        let solved = [" fixed ", " solved ", " sorted ", " gone ", " works ", " went well ", " future state ", " perfect ",
                      " faster ", " quicker ", " earlier ", " sooner ", " in half ", " halved "]
        return future.contains(where: padded.contains) && solved.contains(where: padded.contains)
    }

    /// Adverbs that only add emphasis ("what would that actually give you?").
    static let emphasis: Set<String> = ["actually", "really", "honestly", "truly", "basically", "even", "um", "uh", "erm", "then", "realistically", "practically"]

    static let needPayoffKeys = [
        "what would be better", "what would be different", "what would change", "what changes", "whats different",
        "what would that mean for", "what would it mean for", "what would that mean to", "what would it mean to", "worth to you",
        "be worth to", "what would you do with", "how would that help", "how would it help", "what would that give", "what would it give",
        "what would that do for", "what would it do for", "what would improve", "what would get better",
    ].map(key)

    static let broadKeys = [
        "situation", "going on", "tell me about", "tell me more", "background", "overview", "big picture", "happening",
        "context", "what brings you", "prompted", "in general", "why now", "what's changed", "whats changed", "where things stand",
        "the picture", "a picture", "an example", "describe",
    ].map(key)

    /// A broad open question about the buyer's world ("what can you tell me about your
    /// situation?"), which deserves a broad but true answer.
    public static func isBroad(_ text: String) -> Bool {
        let padded = " " + key(text) + " "
        return broadKeys.contains { padded.contains(" " + $0 + " ") }
    }

    /// A question asked as a statement: "I'd love to hear how…", "I'm curious what…", "I
    /// wonder who…", "It would help to understand…". The buyer hears a request to tell.
    static func isIndirectQuestion(_ sentence: String) -> Bool {
        var words = Words.normalised(sentence).map { $0.replacingOccurrences(of: "'", with: "") }[...]
        while let first = words.first, fillers.contains(first) || first == "really" { words = words.dropFirst() }
        let telling: Set<String> = ["hear", "know", "understand", "learn"]
        let asked: Set<String> = ["how", "what", "who", "whose", "when", "why", "where", "which", "whether", "if", "about", "more",
                                  "hows", "whats", "whos", "whens", "wheres"]
        let plain = words.filter { $0 != "really" && $0 != "just" && $0 != "genuinely" && $0 != "also" }
        func begins(_ start: [String]) -> Bool { plain.count > start.count && Array(plain.prefix(start.count)) == start }
        // "i'd love to hear", "i would like to understand", "it would be great to know"
        // "could I ask what your books are kept in", "would you mind telling me how…", typed
        // without a mark.
        for lead in [["could", "i", "ask"], ["can", "i", "ask"], ["may", "i", "ask"]] where begins(lead) {
            if plain.dropFirst(lead.count).prefix(2).contains(where: asked.contains) { return true }
        }
        if begins(["would", "you", "mind"]), let verb = plain.dropFirst(3).first, verb == "letting" || openVerb(ing: verb) != nil {
            return true
        }
        // "it would help me to know…", "it'd help to understand…", "it helps to hear…"
        for lead in [["id"], ["i", "would"], ["it", "would", "be"], ["itd", "be"], ["i", "want"], ["i", "wanted"],
                     ["it", "would", "help"], ["itd", "help"], ["it", "helps"], ["it", "would", "really", "help"]] where begins(lead) {
            let rest = plain.dropFirst(lead.count)
            if let verb = rest.firstIndex(where: telling.contains), verb - rest.startIndex <= 4, rest[..<verb].contains("to") { return true }
            // "i'd be interested in how…", "i'd be curious what…"
            if rest.prefix(3).contains(where: { ["interested", "curious", "keen"].contains($0) }), rest.dropFirst().contains(where: asked.contains) { return true }
        }
        // "i'm curious how…", "i am keen to hear…", "i wonder who…", "i was wondering whether…",
        // and the same typed fast without its subject: "curious how many people touch the
        // close", "wondering what you run the books on".
        for lead in [["im"], ["i", "am"], ["i", "was"], ["i"], []] where begins(lead) {
            let rest = plain.dropFirst(lead.count).prefix(4)
            if rest.first.map(["curious", "interested", "keen", "wonder", "wondering", "wondered"].contains) ?? false,
                rest.dropFirst().contains(where: { asked.contains($0) || telling.contains($0) })
            {
                return true
            }
        }
        return false
    }

    /// An up-front contract in any words: a plan for the conversation (talk, in an order)
    /// followed by asking whether that is all right. "First we'd run a pilot, then roll out —
    /// does that work?" plans a project, not the call; a day named makes it a proposal.
    static func isUpFrontContract(_ tokens: [String], askingWords: [String], text: String, namesADay: Bool) -> Bool {
        guard tokens.count >= 12, !namesADay, text.contains("?") else { return false }
        let asking = " " + askingWords.joined(separator: " ") + " "
        let permission = ["would that be alright", "would that be ok", "would that be okay", "does that work", "does that sound", "how does that sound",
                          "sound good", "sounds good", "is that ok", "is that okay", "is that alright", "is that fair", "ok with you", "okay with you",
                          "alright with you", "work for you", "works for you", "suit you", "make sense", "fair enough", "that alright", "that ok", "that okay",
                          "ok for you", "okay for you", "alright for you", "fine for you", "fine with you", "good for you", "is that fine"]
        let checks = permission.contains { asking.contains(" " + $0 + " ") } || (askingWords.count <= 2 && askingWords.contains { ["ok", "okay", "alright", "fair", "cool"].contains($0) })
        guard checks else { return false }
        let padded = " " + tokens.joined(separator: " ") + " "
        // …or how the call starts and what it ends in: "I like to start the same way: you tell
        // me…, I share…, and we see if it's worth a proper look."
        let order = ["then", "first", "at the end", "afterwards", "after that", "finally", "to finish", "end by", "towards the end", "by the end", "later",
                     "to start", "start with", "start by", "to begin", "begin with", "begin by", "start the same way", "we see if", "we see whether"]
        let talk: Set<String> = ["ask", "questions", "hear", "hearing", "understand", "understanding", "learn", "listen", "listening", "talk", "talking", "tell",
                                 "share", "cover", "conversation", "call", "chat", "time", "minutes"]
        return order.contains { padded.contains(" " + $0 + " ") } && tokens.contains(where: talk.contains)
    }

    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if ".!?".contains(character) {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { sentences.append(trimmed) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// A phrase as whole words without apostrophes, the form lines are compared in.
    /// Contractions written out, so that "what is driving that?" meets "what's driving"
    /// (apostrophes already gone; "its" and "were" are words). Not the negative ones: written
    /// out, "it doesn't deliver" would hold "it does".
    static let expanded: [String: String] = [
        "whats": "what is", "thats": "that is", "hows": "how is", "whos": "who is", "wheres": "where is", "theres": "there is",
        "heres": "here is", "whatre": "what are", "youre": "you are", "theyre": "they are", "im": "i am", "ive": "i have",
        "weve": "we have", "youve": "you have", "lets": "let us",
    ]

    static func key(_ phrase: String) -> String {
        Words.normalised(phrase).map { word in
            let plain = word.replacingOccurrences(of: "'", with: "")
            return expanded[plain] ?? plain
        }.joined(separator: " ")
    }

    // The phrase lists in comparable form, computed once rather than for every line.
    static let acknowledgementKeys = acknowledgements.map(key)
    static let summaryKeys = summaries.map(key)
    static let pitchKeys = pitchPhrases.map(key)
    static let priceKeys = pricePhrases.map(key)
    static let closeKeys = closePhrases.map(key)
    static let agendaKeys = agendaPhrases.map(key)

    static let schedulingWords: Set<String> = ["meet", "talk", "call", "start", "sign", "book", "kick", "begin", "do", "send", "go", "set", "schedule",
                                               "finish", "decide", "agree", "speak", "launch", "order", "buy", "pay", "get"]
    static let nextStepNouns: Set<String> = ["pilot", "kickoff", "trial", "workshop", "demo", "demonstration", "presentation", "meeting", "call", "onboarding",
                                              "start", "review", "session", "try", "tried"]

    static let concessionKeys = [
        "discount", "% off", "percent off", "off the price", "off the list", "knock", "reduce the price", "lower the price", "bring the price down",
        "come down", "waive", "free of charge", "no charge", "for free", "throw in", "at no cost", "cut the price", "price cut", "match their price",
        // terms given: how and when they pay, how long they commit
        "monthly billing", "bill monthly", "billed monthly", "pay monthly", "quarterly billing", "bill quarterly", "billed quarterly",
        "pay quarterly", "net 60", "net 90", "payment terms", "defer", "deferred", "push the start", "start billing later",
        "shorter term", "one-year term", "month-to-month", "monthly contract", "cancel anytime", "cancel at any time", "extra month",
    ].map(key)
    static let inReturnKeys = [
        "if you", "in return", "in exchange", "provided", "as long as", "on condition", "on the condition", "if we can", "if we get", "if you'd",
        "for a two-year", "for a three-year", "for a longer", "for a multi-year", "if you sign", "if you commit", "if you agree", "subject to",
    ].map(key)

    public init(_ text: String, playbook: Playbook, today: CalendarDay) {
        let tokens = Words.normalised(text).map { $0.replacingOccurrences(of: "'", with: "") }
        // Phrases match whole words ("sign" is not in "design"), contractions written out.
        let padded = " " + Self.key(text) + " "
        func has(_ key: String) -> Bool { !key.isEmpty && padded.contains(" " + key + " ") }
        words = text.split { $0 == " " || $0 == "\n" || $0 == "\t" }.count
        // The question is read from the sentence that asks it: "Thanks for your time. How do
        // you close today?" is an open question.
        let sentences = Self.sentences(text)
        // "I'd love to hear how month-end works for you." asks as openly as a question mark.
        let request = text.contains("?") ? nil : sentences.last(where: Self.isIndirectQuestion)
        let asking = request ?? sentences.last { $0.hasSuffix("?") } ?? sentences.last ?? ""
        var start = Words.normalised(asking).map { $0.replacingOccurrences(of: "'", with: "") }[...]
        while let first = start.first, Self.fillers.contains(first) { start = start.dropFirst() }
        func begins(_ sequence: [String]) -> Bool { start.count >= sequence.count && Array(start.prefix(sequence.count)) == sequence }
        // "By when…", "For how long…", "Of all of that, which part…": a question word after a
        // preposition, or opening the clause that asks, asks openly.
        while let first = start.first, Self.prepositions.contains(first), let next = start.dropFirst().first, Self.questionWords.contains(next) {
            start = start.dropFirst()
        }
        // "How about a pilot on Wednesday?" proposes; it asks nothing openly. So does "what if
        // we kicked off a pilot on Monday 14 December?" — with a next step on a day.
        // The day the line names, read once.
        // A next step needs a day to put in a calendar: "the January close" is not one, and
        // "today" is a day only when something is to happen then ("can we sign today?"), not in
        // "not the right fit for you today" nor in "how things work for you today".
        var named = DateReading.day(in: text, today: today)
        if named == today, let at = tokens.firstIndex(of: "today") {
            let before = tokens[max(0, at - 3)..<at]
            let after = tokens[(at + 1)...].prefix(1)
            if !before.contains(where: Self.schedulingWords.contains) && !after.contains("at") && !before.contains("later") { named = nil }
        }
        let dated = named != nil
        let nextStep = tokens.contains { Self.nextStepNouns.contains($0) }
        let datedStep = dated && nextStep
        // "How would it be if we tried it on one month of your data, say next Wednesday?" too.
        // "How would Thursday 17 December be for a proper look?", "how's next Tuesday for a
        // demo?": asking how a day suits proposes it.
        let howADaySuits = datedStep && (begins(["how"]) || begins(["hows"])) && {
            let after = start.dropFirst(start.first == "hows" ? 1 : 2).prefix(4).joined(separator: " ")
            return DateReading.day(in: after, today: today) != nil
        }()
        let proposal = begins(["how", "about"]) || howADaySuits
            || (datedStep && (begins(["what", "if", "we"]) || begins(["what", "if", "i"]) || begins(["how", "would", "it", "be", "if"])))
        var open = !proposal && (request != nil || Self.openStarts.contains(where: begins))
        if !open, asking.hasSuffix("?"), !(start.first.map(Self.closedStarts.contains) ?? false) {
            let clauses = Clauses.split(asking, at: ",;:—–")
            if clauses.count > 1, let last = clauses.last {
                let words = Words.normalised(last).map { $0.replacingOccurrences(of: "'", with: "") }
                let lead = words.drop { Self.fillers.contains($0) || Self.prepositions.contains($0) }
                if let word = lead.first, Self.questionWords.contains(word) { open = true }
            }
        }
        // (The longest opener that fits: "would you mind telling me…" is not "would you mind…?")
        if !open, let polite = Self.politeOpeners.filter(begins).max(by: { $0.count < $1.count }) {
            // "…mind telling me", "…mind walking me through": the verb as it follows "mind".
            let word = start.dropFirst(polite.count).first ?? ""
            let next = Self.openVerb(ing: word) ?? word
            let after = start.dropFirst(polite.count + 1).first ?? ""
            // "Could you paint me a picture…", "run me through…", "fill me in…"
            open = Self.openVerbs.contains(next) || next == "me" || (["paint", "run", "take", "fill"].contains(next) && after == "me")
        }
        // "Could I ask what's making you feel that way?", "may I ask why…", "might I ask how…",
        // "would it be fair to ask which part…", "would you mind if I asked what…": asking leave
        // to ask an open question asks it.
        if !open, let ask = start.prefix(7).firstIndex(where: { ["ask", "asked", "asking"].contains($0) }), ask > start.startIndex,
            let next = start.dropFirst(ask - start.startIndex + 1).first, Self.questionWords.contains(next)
        {
            open = true
        }
        var closed = !open && (start.first.map(Self.closedStarts.contains) ?? false)
        let questionMark = text.contains("?")
        // "What we usually do is…", "How we handle it…": a question word then a subject, with no
        // question mark, introduces a statement.
        // "how many days does close take u", typed without its mark, still asks a number.
        if !questionMark, let first = start.first, ["what", "how", "why", "where", "when"].contains(first),
            let second = start.dropFirst().first, !(first == "how" && ["many", "much"].contains(second)),
            ["we", "i", "you", "they", "our", "it", "most", "many",
                                                        "wed", "weve", "well", "were", "id", "ive", "ill", "im", "youd", "youll", "youve", "youre", "theyd", "theyre", "its"].contains(second)
        {
            open = false
            closed = false
        }
        // Each move by its usual words, or by meaning: the line near a move's examples and
        // nearer them than plain discovery questions.
        let meant = MoveReader.shared.moves(text)
        // A summary by meaning is a statement played back, not a short open question.
        summarises = Self.summaryKeys.contains(where: has) || Self.playsBack(tokens) || Self.checksWhatWasHeard(sentences, has: has)
            || (meant.contains("summary") && words >= 8 && (sentences.count > 1 || !(open && questionMark)))
        // "From what you've said, a 4 kW system would cover most of your daytime use": played
        // back only to lead into what the offer would do — a pitch, not a summary.
        let leadsIntoAnOffer = summarises && !questionMark && Self.promisesAnOutcome(tokens)
        if leadsIntoAnOffer { summarises = false }
        // "So what I'm hearing is…" starts like a question but is a summary.
        isQuestion = questionMark || ((open || closed) && !summarises)
        // "Is it X or Y?" offers a choice but is still closed; "what" anywhere in a question with
        // a mark ("and the budget — what is it?") counts as open.
        // A bare topic asked about ("Deadline?", "Budget for this?") asks for it: open.
        // "Sound good?", "OK?" check in; they ask nothing.
        let checksIn = start.count <= 2 && start.contains { ["ok", "okay", "alright", "fair", "cool", "sound", "sounds", "good"].contains($0) }
        let bareTopic = questionMark && !closed && (1...3).contains(start.count) && !checksIn
        // Only in the sentence that asks: "So you know what to expect: … OK?" asks a yes or no.
        let askingWords = Words.normalised(asking).map { $0.replacingOccurrences(of: "'", with: "") }
        isOpen = isQuestion && !proposal && (open || bareTopic || (questionMark && !closed && askingWords.contains { ["what", "how", "why"].contains($0) }))
        // "How does that sound?", "does that make sense?": asking for a reaction, whatever an
        // acknowledgement's words it uses.
        // (By its form: read by meaning as well, trial-close examples took acknowledgements.)
        checksReaction = questionMark && Self.asksForAReaction(askingWords)
        // An acknowledgement is said, not asked: its words inside the clause that asks ("would it
        // make sense to…?", "is that fair?") acknowledge nothing.
        let questioning = questionMark ? Self.questioningClause(asking).map(Self.key) : nil
        let said = questioning.flatMap { $0.isEmpty ? nil : padded.replacingOccurrences(of: " " + $0 + " ", with: " ") } ?? padded
        acknowledges = Self.acknowledgementKeys.contains { !$0.isEmpty && said.contains(" " + $0 + " ") } || (meant.contains("ack") && !checksReaction)
        let names = ([playbook.product.name] + playbook.product.features.map(\.name)).map(Self.key)
        // "Hi, it's Sam from Closewise": a caller saying who they are names the company they
        // call from, not what it sells.
        var unintroduced = padded
        if let product = names.first, !product.isEmpty, padded.contains(" " + product + " "),
            let intro = padded.range(of: #" (its|this is|i am|my name is|calling|here) ([a-z]+ ){0,3}(from|at|with) "# + NSRegularExpression.escapedPattern(for: product) + " ",
                                     options: .regularExpression)
        {
            unintroduced.replaceSubrange(intro, with: " ")
        }
        let namesProduct = names.contains { !$0.isEmpty && unintroduced.contains(" " + $0 + " ") }
        // "Do you sign it off yourself?" asks who approves; "sign it" there is not a close.
        // "Who ultimately signs the purchase order?" asks for a person, not for the business.
        let asksWho = askingWords.prefix(2).contains { ["who", "whos", "whose"].contains($0) }
        // "Where would you like to start — what's on your mind?" asks openly where to begin the
        // conversation; only a "when" or a "how about" question proposes a start.
        let asksWhereOrWhat = askingWords.first.map { ["where", "wheres", "what", "whats", "which", "why"].contains($0) } ?? false
        let approves = asksWho || has("sign it off") || has("signs it off") || has("sign off") || has("signs off") || has("sign this off")
        // "Would you like to buy Closewise?" asks for the business as "buy it" does.
        let buysProduct = namesProduct && tokens.contains { ["buy", "purchase", "order"].contains($0) }
        let closing = !asksWho && !asksWhereOrWhat && (buysProduct || Self.closeKeys.contains { has($0) && !(approves && $0.contains("sign")) })
        // Playing the buyer's words back is not a pitch, however it reads.
        // "Our platform sorts all that out, so it's an easy yes, isn't it?": a tag on a claim
        // asks nothing; the line is the claim.
        let tagged = Self.endsInATag(asking)
        // "We match every line overnight. How does that sound?" presents, then checks.
        let presentsThenChecks = checksReaction && sentences.count > 1
        pitches = ((!isQuestion || tagged || presentsThenChecks) && !summarises && (namesProduct || Self.pitchKeys.contains(where: has) || meant.contains("pitch") || leadsIntoAnOffer))
            || (isQuestion && !isOpen && namesProduct && !closing)
        // "What does that cost you?" asks about the buyer's costs, not ours: a cost word followed
        // by who bears it is not a price said.
        let theirCost = tokens.indices.contains { i in
            ["cost", "costs", "costing"].contains(tokens[i]) && i + 1 < tokens.count && ["you", "your", "the", "them", "us"].contains(tokens[i + 1])
        }
        let priceWords = Self.priceKeys.filter(has)
        mentionsPrice = (!priceWords.isEmpty && !(theirCost && priceWords.allSatisfy { ["cost", "costs"].contains($0) }))
            || text.contains { "$€£".contains($0) }
        // An agenda names the next step only as something to decide later, together.
        // By meaning, agenda and small talk are never an open question about the business
        // (which would be answered with a fact): "what would a great outcome look like?" asks.
        // A pilot or a meeting on a named day is a next step proposed, however it is put ("would
        // it make sense to set up a small pilot, starting Tuesday 15 December?"): an agenda only
        // leaves the next step to decide later.
        let contract = !summarises && Self.isUpFrontContract(tokens, askingWords: askingWords, text: text, namesADay: dated)
        setsAgenda = !(dated && nextStep) && (Self.agendaKeys.contains(where: has) || (meant.contains("agenda") && !isOpen) || contract)
        // "I ask some questions first, and after we see if it makes sense. OK for you?" plans the
        // call and asks leave: it is not an open question, whatever words it holds.
        if setsAgenda && contract { isOpen = false }
        // A summary played back ("…the roof gets good sun…") is never small talk by meaning.
        // "How big's the crew?" asks an amount, not how they are.
        let asksAnAmount = FactFinder.expects(asking) == .quantity
        // "How did the board meeting go last week?", "how was the trip?": asking after something
        // that just happened to them is small talk.
        let askedAfter = (begins(["how", "did"]) || begins(["how", "was"])) && Self.recently.contains(where: has)
        smallTalk = Self.smallTalkKeys.contains(where: { has($0) && !Self.asksHowSomethingIsDone(padded, after: $0) }) || askedAfter
            || (!summarises && !asksAnAmount && meant.contains("smalltalk") && (!isOpen || bareTopic || start.first == "how" || start.first == "hows")
                && !Self.asksHowSomethingIsDone(padded, after: "how are you") && !Self.asksHowSomethingIsDone(padded, after: "how you are"))
        exploresAConcern = isOpen && (Self.explores(text) || meant.contains("explore"))
        let askingKey = " " + Self.key(asking) + " "
        // "Does that cause problems anywhere else?" asks the same thing in a yes-or-no form.
        // "What does the matching cost you in hours?" asks for an amount, not what it does to them.
        let inAUnit = ["hours", "days", "weeks", "money", "dollars", "euros", "pounds", "time", "headcount"].contains { askingKey.contains(" in " + $0 + " ") }
        // "What would that actually give you?" asks what "what would that give you?" asks: the
        // phrases are looked for with the line's adverbs of emphasis left out too.
        let plainKey = " " + askingKey.split(separator: " ").filter { !Self.emphasis.contains(String($0)) }.joined(separator: " ") + " "
        func asksBy(_ keys: [String]) -> Bool { keys.contains { askingKey.contains(" " + $0 + " ") || plainKey.contains(" " + $0 + " ") } }
        let pictured = askingKey.contains(" if ")
        asksImplication = isQuestion && !inAUnit && (asksBy(Self.implicationKeys) || [Self.meansFor, Self.doesTo].contains { Self.asks(askingKey, $0) || Self.asks(plainKey, $0) }
            || (!pictured && Self.asks(askingKey, Self.meansForIndirectly)))
        asksNeedPayoff = isQuestion && !asksImplication && (asksBy(Self.needPayoffKeys) || Self.asks(askingKey, Self.wouldDoWith) || Self.asks(plainKey, Self.wouldDoWith)
            || (isOpen && Self.picturesItSolved(padded)))
        // A percentage in the line ("10%", "ten percent" as 10 percent) and the usual words of giving and of asking back.
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            let value = Double(token.replacingOccurrences(of: "%", with: ""))
            if let value, value > 0, value <= 100, token.hasSuffix("%") || next == "percent" || next == "%" || next == "off" { percentOff = value }
        }
        // Payment spread out ("bill you quarterly", "pay monthly") is a term given, however phrased.
        let billing = tokens.contains { ["bill", "billing", "billed", "invoice", "invoiced", "invoicing", "pay", "payments", "paying"].contains($0) }
            && tokens.contains { ["monthly", "quarterly"].contains($0) }
        concedes = !isOpen && (Self.concessionKeys.contains(where: has) || percentOff != nil || billing)
        asksInReturn = Self.inReturnKeys.contains(where: has)
        // Asking for the business is a question or a proposal ("shall we…", "let's…"), not a
        // statement that happens to say "commit".
        let proposes = isQuestion || tokens.first == "lets" || tokens.starts(with: ["let", "us"])
        // Asking for the business by meaning is a proposal or a yes/no question, never an open one.
        // A proposal of a next step on a day ("would it make sense to run a pilot starting Tuesday
        // the 8th?") asks for the business whatever its verb.
        asksToClose = (closing || (meant.contains("close") && !isOpen && !approves) || (dated && nextStep && !isOpen)) && proposes && !summarises && !setsAgenda
        // A proposal or a request for the business is more than a trial close.
        if asksToClose || summarises || setsAgenda { checksReaction = false }
        date = named
        proposesAMeeting = asksToClose && dated && tokens.contains(where: Self.meetingWords.contains) && !tokens.contains(where: Self.commitmentWords.contains)
            && !Self.commitmentKeys.contains(where: has)
    }

    /// Whether the words promise what something would do for them: a modal, then a verb of
    /// effect ("would cover", "will cut", "could save you", "would pay for itself").
    static func promisesAnOutcome(_ tokens: [String]) -> Bool {
        let modals: Set<String> = ["would", "will", "could", "can", "should", "itd", "itll", "thatd", "thatll"]
        let effects: Set<String> = ["cover", "cut", "save", "pay", "reduce", "halve", "lower", "give", "free", "fix", "solve", "handle", "remove", "take", "bring",
                                    "deliver", "match", "automate", "shrink", "shorten", "eliminate", "end", "stop", "mean"]
        return tokens.indices.contains { i in
            modals.contains(tokens[i]) && tokens[(i + 1)...].prefix(2).contains(where: effects.contains)
        }
    }

    /// What points back at what was just said or shown: "that", "this", "it", "all that", "what
    /// I've described".
    static let pointers: Set<String> = ["that", "this", "it", "these", "those", "thats", "its"]
    /// Verbs of a reaction to what was heard ("how does that sound / land / strike you?").
    static let reactionVerbs: Set<String> = ["sound", "sounds", "land", "lands", "strike", "strikes", "seem", "seems", "feel", "feels", "look", "looks",
                                             "resonate", "resonates", "fit", "fits", "work", "works", "help", "helps", "appeal", "appeals", "click", "clicks",
                                             "go", "hit", "sit", "sits"]
    /// Nouns for a reaction asked for ("your thoughts", "any initial reaction", "your take").
    static let reactionNouns: Set<String> = ["thoughts", "thought", "reaction", "reactions", "take", "impression", "impressions", "feedback", "feeling", "feelings", "view", "views"]
    /// Words that start a clause of its own after the reaction: "how does that sound when you
    /// explain it to the owners?" asks about the explaining.
    static let subordinators: Set<String> = ["when", "whenever", "if", "because", "while", "once", "after", "before", "since", "unless"]

    /// Whether the question asks what the buyer makes of what was just said: a pointer back ("that",
    /// "this", "what I described") with a verb of reaction, a reaction asked for by name, or
    /// "what do you think?" with nothing else to think about.
    static func asksForAReaction(_ words: [String]) -> Bool {
        var w = words[...]
        while let first = w.first, fillers.contains(first) || ["yeah", "yes", "look", "anyway"].contains(first) { w = w.dropFirst() }
        let t = Array(w)
        guard !t.isEmpty else { return false }
        func at(_ i: Int) -> String { i < t.count ? t[i] : "" }
        // The rest after position `i` asks nothing new: no clause of its own.
        func plainTail(from i: Int) -> Bool { !t.dropFirst(i).contains(where: subordinators.contains) }
        // "How does that work?" asks how something is done; "how would that work for you?",
        // "how would that go down with your CFO?" ask what they make of it.
        func reacts(_ verb: Int) -> Bool {
            guard reactionVerbs.contains(at(verb)) else { return false }
            return !["work", "works", "go"].contains(at(verb)) || ["for", "with", "down"].contains(at(verb + 1))
        }
        // "what I've described", "what I just said", "everything I've shown you", "all that".
        func pointsBack(_ i: Int) -> Int? {
            if pointers.contains(at(i)) { return i + 1 }
            if at(i) == "all", pointers.contains(at(i + 1)) { return i + 2 }
            if ["what", "everything"].contains(at(i)), let verb = t.dropFirst(i + 1).prefix(3).firstIndex(where: { ["described", "said", "shown", "showed", "outlined", "explained", "covered", "told", "proposed", "suggested"].contains($0) }),
                t[(i + 1)..<verb].allSatisfy({ ["i", "ive", "we", "weve", "just", "have"].contains($0) }) { return verb + 1 }
            return nil
        }
        let askers: Set<String> = ["does", "do", "did", "would", "could", "will", "is", "was", "can", "might", "should"]
        // "How does/would that sound (to you)?", "how's that land?", "how do you feel about that?"
        if t[0] == "how" || t[0] == "hows" {
            var i = 1
            if askers.contains(at(i)) { i += 1 }
            if let after = pointsBack(i), reacts(after) { return plainTail(from: after + 1) }
            if at(i) == "you", ["feel", "feeling"].contains(at(i + 1)), at(i + 2) == "about", let after = pointsBack(i + 3) { return plainTail(from: after) }
            // "How interested would you be (in something like this)?"
            if ["interested", "keen", "likely"].contains(at(1)), t.contains("you") { return plainTail(from: 2) }
            return false
        }
        // "Does that make sense?", "would this help?", "could that work for your team?", "is
        // that roughly what you had in mind?", "is this going in the right direction?"
        if askers.contains(t[0]), let after = pointsBack(1) {
            let skipped = t.dropFirst(after).prefix { ["roughly", "really", "at", "all", "sort", "of", "kind", "actually", "also"].contains($0) }.count
            let rest = Array(t.dropFirst(after + skipped))
            let verb = rest.first ?? ""
            if verb == "make", rest.dropFirst().first == "sense" { return plainTail(from: after + 2) }
            if reacts(after + skipped) || ["answer", "address", "cover", "clear", "useful", "helpful", "interesting", "relevant"].contains(verb) { return plainTail(from: after + 1) }
            if rest.starts(with: ["what", "you"]) || rest.contains("direction") || rest.starts(with: ["on", "the", "right"]) { return true }
            return false
        }
        // "Could you see that working for you?", "can you see this helping?"
        if ["could", "can", "do"].contains(t[0]), at(1) == "you", at(2) == "see", let after = pointsBack(3) {
            return at(after).hasSuffix("ing") && plainTail(from: after + 1)
        }
        // "What do you think (of that / about this approach)?", "what do you make of that?"
        if t[0] == "what" || t[0] == "whats" {
            var i = 1
            if ["do", "did", "would"].contains(at(i)) { i += 1 }
            if at(i) == "you", ["think", "make"].contains(at(i + 1)) {
                let after = i + 2
                if after >= t.count { return at(i + 1) == "think" }
                if ["of", "about"].contains(at(after)), pointsBack(after + 1) != nil { return plainTail(from: after + 1) }
                if ["so", "far"].contains(at(after)) { return true }
                return false
            }
        }
        // "What are your thoughts (so far)?", "any initial thoughts on that?", "what's your gut
        // reaction to that?", "your take?": a reaction asked for, about what was said.
        if let noun = t.firstIndex(where: reactionNouns.contains), noun <= 5 {
            let before = t[..<noun]
            guard before.contains(where: { ["your", "any", "you"].contains($0) }) || before.isEmpty else { return false }
            let rest = t[(noun + 1)...]
            if rest.isEmpty || rest.elementsEqual(["so", "far"]) { return true }
            if let first = rest.first, ["on", "about", "to", "of"].contains(first), let after = pointsBack(noun + 2) { return plainTail(from: after) }
            return false
        }
        return false
    }

    /// The clause of a question that asks ("would it make sense to…?" in "Great. Would it make
    /// sense to…?"; "what's behind that?" in "I hear you — what's behind that?"): the last
    /// clause of the sentence with the question mark, when it opens with a question word or an
    /// auxiliary. Nil when the sentence asks nothing that way.
    static func questioningClause(_ sentence: String) -> String? {
        let clauses = Clauses.split(sentence, at: ",;:—–")
        guard let last = clauses.last else { return nil }
        let words = Words.normalised(last).map { $0.replacingOccurrences(of: "'", with: "") }.drop { fillers.contains($0) }
        guard let first = words.first, questionWords.contains(first) || auxiliaries.contains(first) || ["isnt", "dont", "doesnt", "wouldnt"].contains(first) else { return nil }
        return last
    }

    static let meetingWords: Set<String> = ["meet", "meeting", "call", "catch", "talk", "speak", "workshop", "demo", "demonstration", "presentation", "session", "review",
                                            "walkthrough", "scope", "scoping"]
    static let commitmentWords: Set<String> = ["sign", "signed", "signing", "buy", "purchase", "order", "contract", "agreement", "kick", "kickoff", "onboarding", "onboard",
                                               "start", "starting", "begin", "launch", "subscribe", "invoice", "pay", "deal"]
    static let commitmentKeys = ["go ahead", "move forward", "get started", "are you in", "commit", "let's do"].map(key)
}
