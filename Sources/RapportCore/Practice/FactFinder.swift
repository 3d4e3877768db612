import Foundation

/// Hears which of a persona's facts a trainee's question asks about. When the playbook gives
/// its fields example questions, by what the question is about: each fact is known by the
/// persona's topics and its field's example questions, compared by term similarity (question
/// words kept, as live objection detection compares words), and when two facts are about as
/// likely the buyer asks what is meant, since a confidently wrong fact is the worst answer.
/// Without example questions, by how much of a topic's keywords the question covers.
struct FactFinder: Sendable {
    enum Heard: Sendable, Equatable {
        case fact(String)
        /// Two facts fit about equally well.
        case unclear(String, String)
        case nothing

        var isFact: Bool { if case .fact = self { true } else { false } }
    }

    private let fields: [String]
    /// How many of `fields` are the persona's own facts (the rest are other fields of the playbook).
    private let own: Int
    private let matcher: ObjectionMatcher
    private let byExamples: Bool
    /// The least score that counts, and how far ahead of the next fact the best must be.
    var threshold = 0.34
    var gap = 0.05
    /// A best under the threshold still counts, from `lowest` up, when it is `clearLead` ahead of
    /// every other fact ("Apart from you, whose opinion counts…?" is near only who decides);
    /// otherwise so low a score is more often a wrong fact than the one asked about.
    var lowest = 0.3
    var clearLead = 0.08

    /// Two scores less than the gap apart (by more than a rounding error: a score raised to
    /// exactly the gap above another is clearly ahead of it).
    func tooClose(_ best: Double, _ next: Double) -> Bool { best - next < gap - 1e-9 }
    /// What a field's score keeps when its kind of value does not fit the question ("how do
    /// you…" is not answered with a number, nor "how long…" with a description).
    var fitPenalty = 0.8
    /// What an amount's or a day's score keeps for a question that asks who.
    var personPenalty = 0.5
    /// How much less likely a fact not yet told may be and still be taken over one told.
    var toldMargin = 0.1
    private var kinds: [String: FieldType] = [:]
    /// The field that records what hurts (it qualifies the pain), by its index in `fields`.
    private var painField: Int?
    /// Each field's own words (label and cues, stemmed): "how many business days" counts days,
    /// which the field labelled "working days to close" is about.
    private var ownWords: [String: Set<String>] = [:]

    init(playbook: Playbook, persona: Persona) {
        byExamples = persona.facts.contains { !(playbook.field($0.field)?.questions.isEmpty ?? true) }
        // Every field the playbook gives example questions is heard, the persona's or not: a
        // question about a field the buyer has no fact for is about that field, not the
        // nearest one they do have.
        // A field that qualifies the same thing as one of the persona's facts, or its kin
        // (the economic buyer and "contact signs off" both ask who decides), is asked about
        // through that fact.
        let unowned = byExamples ? playbook.fields.filter { field in !field.questions.isEmpty && !persona.facts.contains { $0.field == field.id } } : []
        func sameElement(_ fact: PersonaFact) -> [String] {
            guard let element = playbook.field(fact.field)?.qualifies else { return [] }
            return unowned.filter { $0.qualifies.map(element.kin.contains) ?? false }.flatMap(\.questions)
        }
        let owned = Set(persona.facts.compactMap { playbook.field($0.field)?.qualifies }.flatMap(\.kin))
        let others = unowned.filter { $0.qualifies.map { !owned.contains($0) } ?? true }
        fields = persona.facts.map(\.field) + others.map(\.id)
        for field in fields {
            kinds[field] = playbook.field(field)?.type
            let words = ([playbook.field(field)?.label ?? ""] + (playbook.field(field)?.cues ?? [])).joined(separator: " ")
            ownWords[field] = Set(Words.normalised(words).filter { !Utterance.stopwords.contains($0) }.map(Stemmer.stem))
        }
        own = persona.facts.count
        painField = fields.firstIndex { playbook.field($0)?.qualifies == .pain }
        if byExamples {
            let sets = persona.facts.map { fact in
                let questions = playbook.field(fact.field)?.questions ?? []
                // "Is it SAP, Oracle, something smaller?": the names of a choice field's options
                // are what a question about that field names.
                // (One-word names only: "staying on spreadsheets" is not how a question names it.)
                let options = playbook.field(fact.field).map { $0.type == .choice ? $0.choices.map(\.label).filter { Words.normalised($0).count == 1 } : [] } ?? []
                return (id: fact.field, phrases: fact.topics + options + questions + sameElement(fact))
            }
                + others.map { field in
                    // The ways other buyers in the playbook are asked about it: a question about
                    // a champion is heard as one by a buyer who has none.
                    let topics = playbook.personas.flatMap { $0.facts.filter { $0.field == field.id }.flatMap(\.topics) }
                    return (id: field.id, phrases: field.questions + Array(Set(topics)).sorted())
                }
            var byQuestions = ObjectionMatcher(phrases: sets, threshold: 0, synonyms: false, scoring: .similarity, questions: true)
            // Many example questions agreeing is good evidence of what is asked.
            byQuestions.agreement = (0.05, Int.max)
            matcher = byQuestions
        } else {
            matcher = ObjectionMatcher(phrases: persona.facts.map { ($0.field, $0.topics) }, threshold: 0.3, synonyms: false)
        }
    }

    /// `told`: the facts the buyer has given already. A question about as much about one not
    /// yet told as about one told is about the new one ("walk me through how you'd buy a tool
    /// like this" after the close process was told).
    func hear(_ said: String, told: Set<String> = []) -> Heard {
        // What is asked is in the sentences that ask ("Great. To start, what…?").
        let sentences = TraineeMove.sentences(said)
        let asking = sentences.filter { $0.hasSuffix("?") }
        var question = asking.isEmpty ? said : asking.joined(separator: " ")
        // "I hope you don't mind me asking, but is there any budget…?": what is asked follows
        // the "but".
        if let but = question.range(of: ", but ", options: [.caseInsensitive, .backwards]) {
            let rest = question[but.upperBound...]
            if Words.normalised(String(rest)).count >= 3 { question = String(rest) }
        }
        // "What would you say is…", "let's say we nail this — what…": "say" there asks
        // nothing of who has the final say.
        question = Self.withoutSay(question)
        // "What does your day-to-day look like?": idioms of days that count nothing.
        question = Self.withoutDayIdioms(question)
        // "You're probably looking at other options too, aren't you?": the tag asks nothing.
        question = Self.withoutTag(question)
        // "If I asked your accountants what drives them mad, what would they say?": the
        // question put through someone else is the one asked.
        if let inner = Self.askedThroughSomeoneElse(question) { question = inner }
        // "We often hear late closes leave the board guessing. Is that happening for you?": a
        // short question about "that" asks about the sentence before it.
        // So does a question with next to nothing of its own to go on, after a sentence that
        // sets the topic ("Most of our customers come from Sage or NetSuite. What are you
        // running?"); amounts in a unit there say what is counted ("We see closes of four to
        // twelve days. Where do you land?").
        let words = Words.normalised(question)
        var offered: String?
        var asked: String?
        if asking.count == 1, let at = sentences.firstIndex(of: asking[0]), at > 0 {
            let checksAGuess = Self.checksAGuess(words)
            let pointsBack = checksAGuess || (words.count <= 10 && words.contains(where: { ["that", "this", "it", "that's", "it's", "yours"].contains($0) }))
            // (A short question clear on its own, "What's not working?", stays as it is.)
            let littleToGoOn = !pointsBack
                && words.filter({ !Utterance.stopwords.contains($0) && !TraineeMove.questionWords.contains($0.replacingOccurrences(of: "'", with: "")) }).count <= 2
                && matcher.scores(question).objections.max() ?? 0 < Self.clearOnItsOwn
            if pointsBack || littleToGoOn {
                let context = sentences[at - 1]
                asked = checksAGuess ? context : question
                // "I'd guess four people on the books. Close?": the guess is what is asked
                // about; the words that check it ("close", "fair") ask nothing of their own.
                question = checksAGuess ? Self.claim(context) : Self.claim(context) + " " + question
                // ("Most teams lose two days to matching by hand. Is that the case for you?" asks
                // yes or no about the claim, not where they stand in days as "how does yours
                // compare?" does.)
                let opensWithAQuestionWord = words.first.map { TraineeMove.questionWords.contains($0.replacingOccurrences(of: "'", with: "")) } ?? false
                offered = opensWithAQuestionWord ? Self.amountUnit(in: context) : nil
            }
        }
        // A later part that points back ("…review a contract, and how long does that take?")
        // is about the first part's topic, not a question of its own.
        let allParts = Self.parts(question)
        let parts = allParts.enumerated().filter { $0.offset == 0 || !RolePlay.pointsBack($0.element) }.map(\.element)
        if parts.count < allParts.count { question = parts.joined(separator: " ") }
        var whole = hearWhole(question, told: told, offered: offered, asked: asked)
        // The sentence before was to help: when with it no fact fits, or two fit equally ("One
        // lead said her job was chasing numbers. What does your day-to-day look like?"), the
        // question alone decides if it can.
        if let asked, !whole.isFact, case .fact(let field) = hearWhole(asked, told: told) { whole = .fact(field) }
        guard byExamples else { return whole }
        // "Walk me through how a purchase like this gets approved", after the close process was
        // told: the words that ask for a description point at the process again; what is to be
        // described is something new.
        if case .fact(let field) = whole, told.contains(field) {
            let described = Self.withoutDescribing(question)
            if described != question, case .fact(let other) = hearWhole(described, told: told), !told.contains(other) { whole = .fact(other) }
        }
        if case .fact(let field) = whole, fields.prefix(own).contains(field) { return whole }
        // Two questions in one ("what does your role cover and who's on the team?"): the
        // first part the buyer has a fact for is answered.
        if parts.count > 1 {
            for part in parts {
                if case .fact(let field) = hearWhole(part), fields.prefix(own).contains(field) { return .fact(field) }
            }
        }
        return whole
    }

    /// What a statement claims, without how it was come by: "Something we keep seeing with
    /// teams your size is that the close slips…" claims "the close slips…" (the teams were
    /// where it was seen, not what the buyer is asked about).
    static func claim(_ statement: String) -> String {
        guard statement.range(of: " that ", options: .caseInsensitive) != nil else { return statement }
        let lead = #"(?i)^.*?\b(is|was|shows?|showed|finds?|found|see|seeing|saw|notice|noticed|noticing|learn(ed|t)?|hear|heard|tells? us|says?)\s+that\s+"#
        guard let range = statement.range(of: lead, options: .regularExpression) else { return statement }
        let rest = String(statement[range.upperBound...])
        return Words.normalised(rest).count >= 3 ? rest : statement
    }

    /// The question without a "say" that only frames it: "would you say", "let's say", "I'd
    /// say", "shall we say".
    static func withoutSay(_ question: String) -> String {
        // A regular expression costs far more than a search: only where there is a "say".
        guard question.range(of: "say", options: .caseInsensitive) != nil else { return question }
        let framing = #"(?i)\b(would you|you would|you['’]d|let['’]s|lets|let us|i['’]d|i would|shall we|should we|we['’]d|we would)\s+say\b\s*"#
        return question.replacingOccurrences(of: framing, with: "", options: .regularExpression)
    }

    /// Days that count nothing: "your day-to-day" is a typical day's work, "who does it day to
    /// day?" asks who does it, "at the end of the day" and "these days" are ways of talking,
    /// not a number of days.
    static func withoutDayIdioms(_ question: String) -> String {
        guard question.range(of: "day", options: .caseInsensitive) != nil else { return question }
        return question
            .replacingOccurrences(of: #"(?i)\b(your|the|a|their|our)\s+day[- ]to[- ]day\b"#, with: "$1 typical day", options: .regularExpression)
            .replacingOccurrences(of: #"(?i)\s*\bday[- ]to[- ]day\b"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"(?i)\b(at the end of the day|these days|nowadays)\b,?\s*"#, with: "", options: .regularExpression)
    }

    /// A statement asked as a question keeps the statement: ", aren't you?", ", doesn't it?",
    /// ", I take it?", ", right?" go.
    static func withoutTag(_ question: String) -> String {
        guard question.contains(","), question.contains("?") else { return question }
        let verbTag = #"(?i),\s*(aren['’]t|isn['’]t|doesn['’]t|don['’]t|didn['’]t|haven['’]t|hasn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|weren['’]t|wasn['’]t|is|are|do|does|did|have|has|will|would|can|was|were)\s+(you|it|they|we|there|that|he|she|i)\s*\?\s*$"#
        let phraseTag = #"(?i),\s*(i take it|i guess|i assume|i suppose|i imagine|i think|i'd guess|i['’]d imagine|right|correct|yes|no|yeah|surely|presumably)\s*\?\s*$"#
        return question.replacingOccurrences(of: verbTag, with: "?", options: .regularExpression)
            .replacingOccurrences(of: phraseTag, with: "?", options: .regularExpression)
    }

    /// Words that check a guess just offered: "Close?", "How close am I?", "Right or wrong?",
    /// "Am I warm?", "Fair?", "Is that the idea?".
    static func checksAGuess(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= 5 else { return false }
        return words.contains(where: guessChecks.contains) && words.allSatisfy { guessChecks.contains($0) || guessFraming.contains($0) }
    }
    private static let guessChecks: Set<String> = ["close", "right", "wrong", "warm", "fair", "true", "correct", "off", "near", "accurate", "idea", "plan", "case", "order", "gist"]
    private static let guessFraming: Set<String> = ["am", "i", "how", "or", "is", "that", "it", "about", "far", "way", "the", "mark", "on", "track", "there", "thereabouts"]

    /// The question inside "if I asked your team what they'd fix first, what would they say?"
    /// ("what they'd fix first"), or nil when the line is not put that way.
    static func askedThroughSomeoneElse(_ question: String) -> String? {
        guard question.range(of: "if ", options: .caseInsensitive) != nil else { return nil }
        let whole = NSRange(question.startIndex..., in: question)
        guard let match = throughSomeoneElse.firstMatch(in: question, range: whole), let inner = Range(match.range(at: 1), in: question) else { return nil }
        return String(question[inner]) + "?"
    }
    /// "If I asked your team <question>, what would they say?", the question captured.
    private static let throughSomeoneElse = try! NSRegularExpression(pattern: #"(?i)^\s*if\s+(?:i|we|you|your\s+[\w'’-]+|the\s+[\w'’-]+|[\w'’-]+)\s+(?:asked|were\s+to\s+ask|was\s+to\s+ask|ever\s+asked)\s+(?:[\w'’-]+\s+){0,3}?((?:what|how|which|when|who|whether|where)\b[^,?]{3,}),\s*what\s+would\s+(?:they|he|she|you|it|i)\s+(?:say|tell|answer|hear)\b"#)

    /// The question without a request to describe: "walk me through how a purchase gets
    /// approved" is about the approval.
    static func withoutDescribing(_ question: String) -> String {
        guard question.range(of: "me through", options: .caseInsensitive) != nil else { return question }
        let describe = #"(?i)\b(walk|talk|take|run)\s+me\s+through\s+(how|what)\s+"#
        return question.replacingOccurrences(of: describe, with: "", options: .regularExpression)
    }

    /// A question cut where a second question starts: "and who…", ", how…".
    static func parts(_ question: String) -> [String] {
        let words = question.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func bare(_ word: String) -> String { word.lowercased().trimmingCharacters(in: .punctuationCharacters).replacingOccurrences(of: "'", with: "") }
        let questionWords = TraineeMove.questionWords
        var parts: [[String]] = [[]]
        for (index, word) in words.enumerated() {
            let plain = bare(word)
            let previous = index > 0 ? words[index - 1] : ""
            let next = index + 1 < words.count ? bare(words[index + 1]) : ""
            let startsAQuestion = (plain == "and" || plain == "or") && questionWords.contains(next)
                || (questionWords.contains(plain) && (previous.hasSuffix(",") || previous.hasSuffix("?")) && !(parts.last?.isEmpty ?? true))
            if startsAQuestion, !(parts.last?.isEmpty ?? true) { parts.append([]) }
            if plain == "and" || plain == "or", startsAQuestion { continue }
            parts[parts.count - 1].append(word)
        }
        // A lead-in without a question word ("To start,") belongs to the question after it; a
        // part that opens like a yes-or-no question ("Does legal need to review it, and…") asks.
        var merged: [[String]] = []
        var carried: [String] = []
        for part in parts where !part.isEmpty {
            if part.contains(where: { questionWords.contains(bare($0)) }) || (carried.isEmpty && part.first.map { TraineeMove.auxiliaries.contains(bare($0)) } ?? false) {
                merged.append(carried + part)
                carried = []
            } else {
                carried += part
            }
        }
        if !carried.isEmpty {
            if merged.isEmpty { merged.append(carried) } else { merged[merged.count - 1] += carried }
        }
        return merged.map { $0.joined(separator: " ") }
    }

    /// What kind of answer a question wants, from its question word: "how long…", "how
    /// many…" a quantity; "when…" a time; "how do you…" a way of doing things.
    enum Expects: Equatable { case quantity, time, manner, person, anything }

    /// Words that open a clause setting the scene ("When it drags, …").
    private static let sceneWords: Set<String> = ["when", "whenever", "once"]

    static func expects(_ question: String) -> Expects {
        // "When it drags, who feels it most?", "When it comes to choosing, who…?": a clause that
        // sets the time ("when" then a subject, not "when do…") leaves the asking to what follows.
        // (Only when the line opens with one: the clauses are cut once and the scene-setting ones
        // passed over in a loop, so a hostile line of a million such clauses costs one pass.)
        var question = question
        let sceneWords = Self.sceneWords
        if let opening = Words.normalised(String(question.prefix(40))).first, sceneWords.contains(opening) {
            let clauses = Clauses.split(question, at: ",—–")
            var skipped = 0
            while skipped < clauses.count - 1 {
                let lead = Words.normalised(String(clauses[skipped].prefix(40)))
                guard let first = lead.first, sceneWords.contains(first), let second = lead.dropFirst().first, !TraineeMove.auxiliaries.contains(second) else { break }
                skipped += 1
            }
            if skipped > 0 { question = clauses[skipped...].joined(separator: ", ") }
        }
        // "What's a typical close for you — five days, ten?": amounts offered as examples ask for one.
        if offeredAmounts(question) != nil { return .quantity }
        let raw = Words.normalised(question)
        let words = raw.map { $0.replacingOccurrences(of: "'", with: "") }
        // "…you'd want this fixed by?": a question that ends on "by" asks for a deadline.
        if words.last == "by" { return .time }
        // "Is there a point by which this needs to be sorted?": so does "by which".
        if zip(words, words.dropFirst()).contains(where: { $0 == "by" && $1 == "which" }) { return .time }
        // "Kindly explain the current procedure…", "describe how…", "walk me through…": asked
        // to describe, the buyer tells a way of doing things.
        guard let at = words.firstIndex(where: { ["how", "hows", "when", "whens"].contains($0) || TraineeMove.questionWords.contains($0) }) else {
            let describing = words.contains { ["explain", "describe"].contains($0) }
                || words.indices.contains { words[$0] == "me" && $0 + 1 < words.count && words[$0 + 1] == "through" && $0 > 0 && ["walk", "talk", "take", "run"].contains(words[$0 - 1]) }
            if describing { return .manner }
            // "headcount in finance?", "team size?": a measure named asks for an amount.
            return words.contains(where: Self.measureNouns.contains) ? .quantity : .anything
        }
        // "How big's the crew?": the word after "how" without its "'s".
        let next = at + 1 < words.count ? (raw[at + 1].hasSuffix("'s") ? String(raw[at + 1].dropLast(2)) : words[at + 1]) : ""
        switch words[at] {
        case "when", "whens": return .time
        // "Who else gets a vote?", "whose budget…?": a person, not an amount or a day.
        case "who", "whos", "whose": return .person
        case "how":
            if ["long", "many", "much", "big", "large", "fast", "quickly", "soon", "often", "far", "small"].contains(next) { return .quantity }
            if ["do", "does", "did", "is", "are", "was", "were", "you", "your", "the", "we", "they", "things", "it", "would", "should", "can", "could"].contains(next) { return .manner }
            return .anything
        case "hows": return .manner
        // "What happens in your team from the last day of the month…?" asks for the course of
        // things; "what happens if it slips?" asks for a consequence.
        // So does "what would they see happen first?".
        case "what" where next == "goes" || words[(at + 1)...].contains(where: { $0 == "happen" || $0 == "happens" }):
            let verb = words[(at + 1)...].firstIndex { $0 == "happen" || $0 == "happens" || $0 == "goes" } ?? at + 1
            let after = verb + 1 < words.count ? words[verb + 1] : ""
            return ["if", "when", "once", "after", "to"].contains(after) ? .anything : .manner
        // "What's the total headcount?": a measure named asks for an amount.
        case "what", "whats": return words[(at + 1)...].prefix(4).contains(where: Self.measureNouns.contains) ? .quantity : .anything
        default: return .anything
        }
    }

    /// Nouns that name a measure: a question about one asks for an amount ("what's the total
    /// headcount in finance?"). Not "length" or "duration": "what's a normal close length?"
    /// would then fit an amount of money as well as a number of days.
    static let measureNouns: Set<String> = ["headcount", "size", "number", "amount", "count", "total"]

    /// What "how many" or "how much" counts: the first word of meaning after it, stemmed
    /// ("how many business days" → "day" — an adjective before the noun is passed over when
    /// the next word is one the question counts). Nil without "how many/much".
    static func counted(_ question: String) -> String? {
        let words = Words.normalised(question).map { $0.replacingOccurrences(of: "'", with: "") }
        guard let at = words.indices.first(where: { words[$0] == "how" && $0 + 1 < words.count && ["many", "much"].contains(words[$0 + 1]) }) else {
            // "…— five days, ten?" counts days.
            return offeredAmounts(question)?.first(where: countedUnits.contains).map(Stemmer.stem)
        }
        let rest = words[(at + 2)...].prefix(3).filter { !Utterance.stopwords.contains($0) }
        guard let noun = rest.first else { return nil }
        // "how many business days", "how many working hours": a counted unit after one word.
        if rest.count > 1, ["day", "days", "hour", "hours", "week", "weeks", "month", "months", "people", "staff"].contains(rest[rest.startIndex + 1]) {
            return Stemmer.stem(rest[rest.startIndex + 1])
        }
        return Stemmer.stem(noun)
    }

    /// How near a short question must be to one fact to be heard without the sentence before it.
    static let clearOnItsOwn = 0.6

    /// Words of trouble or bad feeling (stems): what a question about pain asks with, in any
    /// trade ("what annoys you…", "the part you dread", "what makes it stressful").
    static let troubleWords: Set<String> = Set([
        "annoy", "annoys", "annoying", "annoyed", "dread", "dreads", "stress", "stressful", "stressed", "frustrate", "frustrates",
        "frustrating", "frustrated", "frustration", "hate", "hates", "bother", "bothers", "struggle", "struggles", "struggling",
        "headache", "headaches", "nightmare", "painful", "pain", "worst", "hardest", "irritate", "irritates", "irritating",
        "fed", "peeve", "bugs", "wrong", "broken", "problem", "problems", "trouble", "troubles", "suck", "sucks", "mess", "messy",
        "tricky", "tedious", "painstaking", "clunky", "hassle", "grind", "hard", "difficult", "tough", "difficulty", "difficulties",
        "complain", "complains", "complaint", "complaints", "gripe", "gripes", "moan", "moans",
        // Wishing a part away: "which part would you make disappear?"
        "disappear", "vanish", "banish",
        // A worry about how things are: "which parts of the process concern you most?"
        "concern", "concerns", "concerned", "worry", "worries", "worried", "worrying",
        // Where the work stops: "where does it get stuck?", "what's the bottleneck?"
        "stuck", "bottleneck", "bottlenecks", "snag", "snags",
    ].map(Stemmer.stem))
    /// Sayings of the same: "keeps you up", "drives you mad".
    /// The magic-wand question every course teaches asks the same: what would they be rid of.
    static let troubleSayings = ["keeps you up", "keep you up", "drives you mad", "drives you crazy", "drive you mad", "drive you crazy", "gets you down", "pain point",
                                 "magic wand", "wave a wand", "go away", "get rid of", "got rid of", "change one thing", "fix one thing",
                                 "holds you up", "hold you up", "holds things up", "slows you down", "slow you down", "slows things down", "trips you up", "trip you up",
                                 "never do again", "never do it again", "never have to do", "never had to do", "do without", "stop doing"]

    static func asksWhatHurts(_ question: String) -> Bool {
        // "Have you spoken to anyone else about this problem?": a problem already named, spoken
        // of, is the topic of another question, not a question of what hurts.
        let named = #"(?i)\b(about|fix|fixing|solve|solving|tackle|tackling|address|addressing|with|for) (this|that|the|your) (problem|problems|issue|issues|pain|headache|mess)\b"#
        let words = Words.normalised(question.replacingOccurrences(of: named, with: "$1 it", options: .regularExpression))
        // "the messiest part": a superlative is its adjective ("messiest" → "messy").
        func base(_ word: String) -> String { word.hasSuffix("iest") ? String(word.dropLast(4)) + "y" : word }
        if words.contains(where: { troubleWords.contains(Stemmer.stem(base($0))) }) { return true }
        let joined = " " + words.joined(separator: " ") + " "
        return troubleSayings.contains { joined.contains(" " + $0 + " ") }
    }

    /// Amounts offered as examples after the question, in clauses of their own ("What's a
    /// typical close for you — five days, ten?", "What size of budget — 20k, 50k, more?"): the
    /// offer's words, or nil when the line ends otherwise ("If we got it to five days, what
    /// would that mean?" ends on a question).
    static func offeredAmounts(_ question: String) -> [String]? {
        // Only a line with a clause mark can end in an offer; most questions have none.
        guard question.contains(",") || question.contains("—") || question.contains("–") || question.contains(":") else { return nil }
        let clauses = Clauses.split(question, at: ",—–:;")
        guard clauses.count > 1 else { return nil }
        var offer: [String] = []
        for clause in clauses.dropFirst().reversed() {
            let words = Words.normalised(clause).map { $0.replacingOccurrences(of: "'", with: "") }
            guard !words.isEmpty, words.allSatisfy({ isAmount($0) || countedUnits.contains($0) || offerWords.contains($0) }) else { break }
            offer = words + offer
        }
        return offer.contains(where: isAmount) ? offer : nil
    }

    /// The unit of an amount a sentence names ("between four and twelve days" → "day").
    static func amountUnit(in sentence: String) -> String? {
        let words = Words.normalised(sentence)
        for (index, word) in words.enumerated() where isAmount(word) {
            if let unit = words.dropFirst(index + 1).prefix(2).first(where: countedUnits.contains) { return Stemmer.stem(unit) }
        }
        return nil
    }

    private static func isAmount(_ word: String) -> Bool { word.contains(where: \.isNumber) || numberWords.contains(word) }
    private static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                                                   "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "dozen", "couple"]
    private static let countedUnits: Set<String> = ["day", "days", "week", "weeks", "hour", "hours", "month", "months", "year", "years", "people", "person", "staff", "heads"]
    private static let offerWords: Set<String> = ["or", "a", "an", "more", "less", "fewer", "maybe", "perhaps", "like", "say", "over", "under", "about",
                                                  "around", "roughly", "than", "so", "k", "grand", "dollars", "euros", "pounds", "percent", "plus", "and"]

    /// A field that records a way of doing things: its label or cues say so ("Close process
    /// today").
    private func isAWay(_ field: String) -> Bool {
        kinds[field] == .text && !(ownWords[field] ?? []).isDisjoint(with: Self.wayWords)
    }
    private static let wayWords = Set(["process", "procedure", "workflow", "way", "step"].map(Stemmer.stem))

    /// How well a field's kind of value fits the kind of answer wanted (1: fits or no view).
    private func fit(_ expects: Expects, _ field: String) -> Double {
        guard expects != .anything, let type = kinds[field] else { return 1 }
        let quantity = [FieldType.number, .money, .date].contains(type)
        switch expects {
        // "How do you get the month closed off?" asks for a way of working, not a name picked
        // from a list nor a yes or no.
        case .manner: return quantity || type == .choice || type == .yesno ? fitPenalty : 1
        // Nor "from when…?" or "how many…?" with a name picked from a list ("a new system").
        case .quantity, .time: return (type == .text || type == .tags || type == .choice) ? fitPenalty : 1
        // "Whose budget would this come out of?" asks for a person: an amount or a day is far off.
        case .person: return type == .money || type == .date ? personPenalty : 1
        case .anything: return 1
        }
    }

    /// `offered`: the unit of amounts the sentence before a short question offered ("We see
    /// closes of four to twelve days. Where do you land?").
    /// `asked`: the question itself when `question` also holds the sentence before it (the
    /// kind of answer wanted is read from what asks, not from "when things are going well").
    private func hearWhole(_ question: String, told: Set<String> = [], offered: String? = nil, asked: String? = nil) -> Heard {
        guard byExamples else { return matcher.match(question).best.map { .fact($0.objectionID) } ?? .nothing }
        var scores = matcher.scores(question).objections
        let asked = asked ?? question
        let expects = offered != nil ? .quantity : Self.expects(asked)
        for index in scores.indices { scores[index] *= fit(expects, fields[index]) }
        // "How many business days…?": of the fields the question is near, the one that counts
        // what is named is meant.
        if let counted = offered ?? Self.counted(asked) {
            let counts = { (index: Int) in self.ownWords[self.fields[index]]?.contains(counted) ?? false }
            // Amounts offered in a unit ("— five days, ten?") say what is counted outright: a
            // field that counts it and is near the question at all is the one meant.
            let amounts = { (index: Int) in counts(index) && [FieldType.number, .money].contains(self.kinds[self.fields[index]]) }
            if offered != nil || Self.offeredAmounts(asked) != nil, scores.indices.contains(where: { scores[$0] > 0 && amounts($0) }) {
                // (Named in the line, the unit is evidence enough on its own.)
                for index in scores.indices { scores[index] = amounts(index) && scores[index] > 0 ? max(scores[index], threshold) : 0 }
            }
            for index in scores.indices where scores[index] > 0 && !counts(index) { scores[index] *= fitPenalty }
        }
        // "What annoys you about the current process?", "what's the part of month-end you
        // dread?": a word of trouble or bad feeling asks what hurts, whatever else it names.
        if expects == .anything || expects == .manner, let pain = painField, scores[pain] > 0, Self.asksWhatHurts(question) {
            scores[pain] = max(threshold, (scores.max() ?? 0) + gap)
        }
        let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        guard var first = ranked.first, scores[first] >= lowest else { return .nothing }
        let clear = scores[first] >= threshold || ranked.count < 2 || scores[first] - scores[ranked[1]] >= clearLead - 1e-9
        if told.contains(fields[first]), let new = ranked.first(where: { $0 < own && !told.contains(fields[$0]) }), scores[new] >= threshold,
            scores[first] - scores[new] < toldMargin
        {
            first = new
            if let next = ranked.first(where: { $0 != new && $0 < own && !told.contains(fields[$0]) }), tooClose(scores[new], scores[next]) {
                return .unclear(fields[new], fields[next])
            }
            return .fact(fields[new])
        }
        // A question about a field the buyer has no fact for is about that field, even when one
        // they have is nearly as near: a fact they were not asked for is a wrong answer.
        guard clear else { return .nothing }
        if ranked.count > 1, tooClose(scores[first], scores[ranked[1]]) {
            // "How is your month-end put together?" between the pain and the process: a question
            // about how things are done is about the field that is a way of doing them.
            if expects == .manner {
                let ways = [first, ranked[1]].filter { isAWay(fields[$0]) }
                if ways.count == 1 { return .fact(fields[ways[0]]) }
            }
            return .unclear(fields[first], fields[ranked[1]])
        }
        return .fact(fields[first])
    }
}
