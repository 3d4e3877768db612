/// A buyer the program plays in role-play practice: who they are, the situation they keep to
/// themselves until asked well, what they say, the objections they raise and what it takes
/// for them to agree a next step.
public struct Persona: Sendable {
    public enum Difficulty: String, Sendable, CaseIterable {
        case easy, medium, hard

        /// Trust at the start when the persona does not set it.
        public var startingTrust: Int {
            switch self {
            case .easy: 60
            case .medium: 45
            case .hard: 30
            }
        }

        /// The trust a closed question needs before it gets more than a yes or a no.
        public var closedQuestionTrust: Int {
            switch self {
            case .easy: 40
            case .medium: 60
            case .hard: 101
            }
        }

        /// Words in one turn beyond which the trainee is talking too much.
        public var monologueWords: Int {
            switch self {
            case .easy: 80
            case .medium: 60
            case .hard: 45
            }
        }
    }

    public var id: String
    public var name: String
    public var role: String
    public var company: String
    public var difficulty: Difficulty
    /// How they come across, for the trainee's briefing ("friendly, keen to fix things").
    public var temperament: String
    public var trust: Int
    /// The first thing they say.
    public var opening: String
    public var facts: [PersonaFact]
    public var replies: Replies
    public var objections: [PersonaObjection]
    public var acceptance: CloseAcceptance
    /// A buyer who bargains before saying yes (`negotiates:`); nil for one who does not.
    public var bargaining: PersonaBargaining?
    public var location: SourceLocation

    /// What the persona says when nothing more specific applies. Each is a list of variants,
    /// chosen by the session's seed.
    public struct Replies: Sendable {
        /// An open question about something they have no fact for.
        public var unknown: [String]
        /// A closed (yes/no) question that does not earn a fact.
        public var closed: [String]
        /// A pitch before they have said what they need, or one that ignores it.
        public var pitch: [String]
        /// A close they are not ready for.
        public var refuse: [String]
        /// Leaving: trust ran out.
        public var walkAway: [String]
        /// A statement that asks nothing.
        public var neutral: [String]
        /// After a wall of words.
        public var monologue: [String]
        /// An agenda or up-front contract at the start.
        public var agenda: [String] = ["Sure, go ahead.", "That works for me — fire away.", "Sounds sensible. Ask away."]
        /// Small talk.
        public var smallTalk: [String] = ["Good, thanks — busy, as ever.", "Not bad at all, thanks. Busy week.", "Fine, thanks. It's been a long week."]
        /// A summary they agree with.
        public var summaryAgreed: [String] = ["Yes, that's a fair summary.", "That's it exactly.", "Yes — you've got it."]
        /// Asked again about a concern already explained.
        public var concernAgain: [String] = ["I've told you what worries me.", "It's what I said — that's the worry.", "Same thing, really."]
        /// Agreed, but no day yet.
        public var askDay: [String] = ["Which day works for you?", "When were you thinking?"]
        /// Said when a fact is asked for again (before the fact).
        public var repeatFact: [String] = ["As I said: ", "Like I mentioned, ", "As I say — "]
        /// An implication question ("what's the knock-on effect?") once the pain is told: what
        /// the problem does to them, in general and true terms.
        public var implication: [String] = [
            "It spills over into everything else — people work late and the numbers go out later than anyone likes.",
            "Honestly, it wears the team down, and it's the first thing management asks about when it goes wrong.",
            "It costs us time we don't have, and it makes me nervous every time we report.",
        ]
        /// A need-payoff question ("if this went away, what would be better?") when the persona
        /// has no fact about what success looks like, or has told it: what a fix would give them.
        public var needPayoff: [String] = [
            "Honestly? Evenings and weekends back, and numbers I don't have to double-check.",
            "We'd spend the time on analysis instead of chasing, and I'd sleep better before the audit.",
            "Less firefighting. The team would actually look forward to month-end, or at least not dread it.",
        ]
        /// A question about one of the playbook's fields the persona has no fact for: the buyer
        /// has nothing to tell, and says so rather than answering something else.
        public var noFact: [String] = ["Honestly, I haven't thought about that yet.", "Nothing I can tell you on that yet.", "That hasn't really come up, to be honest."]
        /// A trial close ("how does that sound?") once they have said what they need and heard how
        /// it would be met: what they make of it.
        public var reaction: [String] = [
            "That could really help us, if it works the way you say.",
            "Interesting. That's closer to what we need than most of what I've seen.",
            "It sounds useful. I'd want to see it on our own numbers, though.",
        ]
        /// A trial close before the seller knows what they need: too early to say.
        public var reactionGuarded: [String] = [
            "Hard to say yet — you don't know much about how we work.",
            "Maybe. I'd need to understand how it fits us first.",
        ]
        /// A trial close when nothing has been offered yet ("does that make sense?" after an
        /// agenda or a question): fine so far.
        public var reactionSoFar: [String] = ["So far, so good.", "Yes, that makes sense.", "Fine so far."]
        /// Two facts fit a question equally: `%1` and `%2` are their labels.
        public var clarify: [String] = ["Sorry — do you mean %1 or %2?", "Do you mean %1, or %2?"]
    }
}

/// How a persona bargains once ready to buy: what they ask for, then what they say to a trade,
/// to a concession given for nothing, and to a price held.
public struct PersonaBargaining: Sendable {
    /// "Before I say yes — what's the best you can do on price?"
    public var ask: [String]
    /// The discount they hope for, in percent (said in `ask`; a trainee who gives more gave too much).
    public var wants: Double
    public var traded: [String] = ["If that's the deal, I can work with that.", "Fair — that's a trade I can take to my CFO."]
    public var given: [String] = ["Oh. Well, thank you.", "That's generous — I'll take it."]
    public var held: [String] = ["Alright, I had to ask.", "Fair enough — I respect that."]
    /// Said once when the first answer held the price or gave less than `wants`: the buyer
    /// presses (often for more than the rep may give, to test the walk-away point), and the
    /// next answer settles it. Empty: the first answer settles it.
    public var press: [String] = []
}

/// One thing the persona knows about their situation, hidden until the trainee asks about it.
public struct PersonaFact: Sendable {
    /// The needs-profile field it answers.
    public var field: String
    /// The value, as the customer would say it; read with the field's type when recorded.
    public var value: String
    /// Phrases and keywords of questions that reveal it.
    public var topics: [String]
    /// What the persona says when it is revealed (variants).
    public var say: [String]
    /// Whether the persona may offer it unasked once trust is high.
    public var volunteer: Bool
    public var location: SourceLocation
}

/// An objection the persona raises, when, and how they explain it when asked.
public struct PersonaObjection: Sendable {
    public enum Trigger: Sendable, Hashable {
        /// The trainee pitches the product (any time; before discovery hurts more).
        case pitch
        /// The trainee mentions price, cost or money.
        case price
        /// The trainee tries to close.
        case close
        /// The trainee tries to close before any need was found.
        case earlyClose
        /// The trainee talks too long in one turn.
        case monologue
        /// This fact has just been revealed.
        case revealed(String)
        /// The trainee's turn number reaches N.
        case turn(Int)
    }

    public var objection: String
    public var trigger: Trigger
    /// How they raise it.
    public var say: String
    /// What they say when the trainee explores it with a question.
    public var detail: String
    public var location: SourceLocation
}

/// What it takes for the persona to agree to a next step.
public struct CloseAcceptance: Sendable {
    /// At least this many facts revealed.
    public var facts: Int
    /// These facts (field ids) must be among them.
    public var requires: [String]
    /// Trust at least this high.
    public var trust: Int
    /// What they say when they agree (variants).
    public var say: [String]
    /// What they say when asked for a date after agreeing without one.
    public var askDate: String
}
