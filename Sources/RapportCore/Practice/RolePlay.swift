/// A practice call: the program plays a persona, the trainee types what they would say.
/// Pure and deterministic: the same persona, seed and lines always give the same replies, so
/// a transcript's lines replayed through it rebuild the session and its scorecard.
///
/// The buyer keeps a trust level. Open questions, acknowledgement and summaries raise it;
/// pitching before discovery, closing too early, ignoring an objection and monologues lower
/// it. Facts are revealed by questions about what they ask (a closed question gets only a short
/// answer, the fact's first sentence, until trust is high enough for the persona's difficulty;
/// an open question about it later draws the whole); a trusting buyer volunteers more.
/// Objections come up on the persona's triggers and are tracked through acknowledge, explore
/// and respond. The call ends when the buyer agrees a next step with a date, walks away
/// (trust exhausted) or the trainee ends it.
///
/// A state machine in the style of `Conversation`: `handle(_:)` takes a `BuyerEvent` and
/// returns `BuyerAction`s, moving between the `BuyerState`s (listening, concerned, awaiting a
/// day, over); `respond(to:)` gathers one line's actions into an `Exchange`. No I/O.
public struct RolePlay: Sendable {
    public enum Ending: String, Sendable, Hashable {
        /// The buyer agreed a next step with a date.
        case agreed
        /// Trust ran out.
        case walkedAway = "walked-away"
        /// The trainee ended the call (`/end`, end of input).
        case ended
    }

    /// One objection the buyer raised and which LAER steps the trainee showed.
    public struct ObjectionProgress: Sendable, Hashable {
        public var objectionID: String
        public var raisedAt: Int
        public var acknowledgedAt: Int?
        public var exploredAt: Int?
        public var answeredAt: Int?
        /// True once answered after acknowledging or exploring it.
        public var resolved = false
        /// True when the trainee moved on without dealing with it.
        public var ignored = false
        var brushOffs = 0
    }

    /// How the trainee answered a buyer who bargained.
    public struct Bargain: Sendable, Hashable {
        public var askedAt: Int
        public var turn: Int
        public var conceded: Bool
        public var percent: Double?
        /// Something was asked for in return.
        public var traded: Bool
        /// The trainee had stated the price before conceding.
        public var anchored: Bool
        /// When the buyer pressed for more after the first answer (`negotiates.press`).
        public var pressedAt: Int? = nil
    }

    /// A close the trainee asked for.
    public struct CloseAttempt: Sendable, Hashable {
        public var turn: Int
        /// Before any need was found.
        public var early: Bool
        public var accepted: Bool
    }

    /// One turn: what the trainee said, how it read, and the buyer's answer.
    public struct Exchange: Sendable, Hashable {
        public var turn: Int
        public var said: String
        public var move: TraineeMove
        public var reply: String
        public var revealed: [String]
        public var raised: String?
        public var trust: Int
        public var ending: Ending?
        /// The fact the buyer heard the question ask about, whether or not it was told.
        public var askedAbout: String?
    }

    public let playbook: Playbook
    public let persona: Persona
    public let seed: UInt64
    private let today: CalendarDay
    private var random: SeededGenerator
    private let finder: FactFinder
    public private(set) var trust: Int
    public private(set) var turn = 0
    /// Facts revealed, in order, with the turn each came out.
    public private(set) var revealed: [(field: String, turn: Int)] = []
    /// Facts told so far only as a short answer to a yes-or-no question.
    public private(set) var briefly: Set<String> = []
    /// The revealed facts as a needs profile, read with each field's type.
    public private(set) var profile = NeedsProfile()
    public private(set) var objections: [ObjectionProgress] = []
    public private(set) var closes: [CloseAttempt] = []
    /// The turn the buyer agreed to a next step, kept once the call is over.
    public private(set) var agreedAt: Int?
    public private(set) var nextStep: (turn: Int, day: CalendarDay)?
    public private(set) var state: BuyerState = .listening
    /// The bargaining, once the buyer asked for a concession and the trainee answered.
    public private(set) var bargain: Bargain?
    /// A day proposed with the close the buyer bargained over, kept for when they agree.
    private var proposedDay: CalendarDay?
    public private(set) var exchanges: [Exchange] = []

    /// How the call ended, once it has.
    public var ending: Ending? {
        if case .over(let ending) = state { return ending }
        return nil
    }
    private var raisedTriggers: Set<Int> = []

    public init(playbook: Playbook, persona: Persona, seed: UInt64, today: CalendarDay) {
        self.playbook = playbook
        self.persona = persona
        self.seed = seed
        self.today = today
        self.random = SeededGenerator(seed: seed)
        self.trust = persona.trust
        self.finder = FactFinder(playbook: playbook, persona: persona)
    }

    /// The persona's first line.
    public var opening: String { persona.opening }

    /// The concern the buyer is waiting to have dealt with.
    public var pendingObjection: ObjectionProgress? {
        if case .concerned(let index) = state { return objections[index] }
        return nil
    }

    public func isRevealed(_ field: String) -> Bool { revealed.contains { $0.field == field } }

    /// Whether the buyer has said what they need: a pain or need fact, or three facts of any kind.
    public var needFound: Bool {
        revealed.count >= 3 || revealed.contains { fact in
            guard let field = playbook.field(fact.field) else { return false }
            return field.qualifies == .need || field.qualifies == .pain || (field.type == .tags && !field.tags.isEmpty)
        }
    }

    /// The buyer's answer to one line of the trainee, gathered from `handle(.said(text))`.
    @discardableResult
    public mutating func respond(to text: String) -> Exchange {
        guard ending == nil else {
            return Exchange(turn: turn, said: text, move: TraineeMove("", playbook: playbook, today: today), reply: "", revealed: [], raised: nil, trust: trust, ending: ending)
        }
        _ = handle(.said(text))
        return exchanges[exchanges.count - 1]
    }

    /// One event in, the buyer's actions out.
    public mutating func handle(_ event: BuyerEvent) -> [BuyerAction] {
        switch (event, state) {
        case (_, .over):
            return []
        case (.ended, _):
            state = .over(.ended)
            return []
        case (.said(let text), _):
            return hear(text)
        }
    }

    /// The trainee ends the call.
    public mutating func end() {
        _ = handle(.ended)
    }

    private mutating func hear(_ text: String) -> [BuyerAction] {
        turn += 1
        // Reading is linear, but a pasted megabyte is not a sentence: the first 4,000 characters
        // are read; every word counts towards talk share.
        let said = String(text.prefix(4000))
        // Shorthand is read written out ("hw big is ur team"); the words typed are what is kept
        // and what counts towards talk share.
        let read = Shorthand.expanded(said)
        var move = TraineeMove(read, playbook: playbook, today: today)
        move.words = (said.count < text.count ? text : said).split { $0 == " " || $0 == "\n" || $0 == "\t" }.count
        var this = Reply()
        if move.words == 0 {
            this.lines.append("Hello? Are you still there?")
        } else {
            if move.words > persona.difficulty.monologueWords {
                this.delta -= 8
                this.lines.append(pick(persona.replies.monologue))
            }
            answer(move, read, &this)
        }
        if let colour = this.colour { this.lines.append(colour) }
        // An objection the persona raises on this turn's triggers, one at a time, and only to
        // a buyer with no concern open who has not yet agreed.
        if case .listening = state {
            for (index, objection) in persona.objections.enumerated() where !raisedTriggers.contains(index) {
                let fires: Bool
                switch objection.trigger {
                case .pitch: fires = move.pitches
                case .price: fires = move.mentionsPrice
                case .close: fires = move.asksToClose
                case .earlyClose: fires = move.asksToClose && closes.last?.early == true && closes.last?.turn == turn
                case .monologue: fires = move.words > persona.difficulty.monologueWords
                case .revealed(let field): fires = this.revealed.contains(field)
                case .turn(let n): fires = turn >= n
                }
                guard fires else { continue }
                raisedTriggers.insert(index)
                objections.append(ObjectionProgress(objectionID: objection.objection, raisedAt: turn))
                state = .concerned(objections.count - 1)
                this.lines.append(objection.say)
                this.raised = objection.objection
                break
            }
        }
        let before = trust
        trust = min(100, max(0, trust + this.delta))
        var walked = false
        if trust == 0, ending == nil {
            state = .over(.walkedAway)
            this.lines = [pick(persona.replies.walkAway)]
            walked = true
        }
        var spoken = this.lines.joined(separator: " ")
        // Never the same sentence twice running: a buyer who repeats themselves word for word
        // sounds like a machine.
        if let last = exchanges.last?.reply, !spoken.isEmpty, spoken == last {
            // "I" and names keep their capital: "Again, I'm not sure what you mean."
            spoken = Self.joined(pick(["As I say, ", "Like I said, ", "Again, "]), spoken)
        }
        var exchange = Exchange(turn: turn, said: said, move: move, reply: spoken, revealed: this.revealed,
                                raised: this.raised, trust: trust, ending: ending)
        exchange.askedAbout = this.askedAbout
        exchanges.append(exchange)

        var actions: [BuyerAction] = []
        if let about = this.askedAbout { actions.append(.heardAbout(about)) }
        actions += this.revealed.map(BuyerAction.reveals)
        actions += this.settled.map(BuyerAction.settles)
        actions += this.dropped.map(BuyerAction.dropsConcern)
        if this.bargains { actions.append(.bargains) }
        if let terms = this.settledTerms { actions.append(.settlesTerms(terms)) }
        if this.agreed { actions.append(.agrees) }
        if let day = this.booked { actions.append(.books(day)) }
        if let raised = this.raised { actions.append(.raises(raised)) }
        if trust != before { actions.append(.trustMoves(trust - before)) }
        if walked { actions.append(.walksAway) }
        actions.append(.says(spoken))
        return actions
    }

    /// What the buyer says and how trust moves on one turn, built up by the move handlers.
    private struct Reply {
        var lines: [String] = []
        var delta = 0
        var revealed: [String] = []
        var askedAbout: String?
        /// What an open concern adds after the answer to a question that passed it by.
        var colour: String?
        var raised: String?
        var settled: [String] = []
        var dropped: [String] = []
        var agreed = false
        var booked: CalendarDay?
        var bargains = false
        var settledTerms: Bargain?
    }

    /// One move, one handler: the first that applies answers the line.
    private mutating func answer(_ move: TraineeMove, _ said: String, _ this: inout Reply) {
        // Agreed but no day yet: a day settles it, a proposal without one is asked for one, and
        // anything else is answered as usual.
        if case .awaitingDay = state, move.date != nil || move.asksToClose { return settleDay(move, &this) }
        if case .bargaining(let askedAt) = state { return answerBargaining(askedAt, move, &this) }
        // "Thanks for joining. Would it be OK if I asked a few questions first…": the agenda is
        // what the line is for, the pleasantry its way in.
        if move.smallTalk, !move.setsAgenda, !move.pitches, !move.asksToClose, pendingObjection == nil {
            this.delta += 1
            return this.lines.append(pick(persona.replies.smallTalk))
        }
        // While a concern is open, a line that sounds like an agenda ("we agree three results up
        // front…") is read as an answer to it.
        if move.setsAgenda, !move.pitches, pendingObjection == nil {
            this.delta += 3
            return this.lines.append(pick(persona.replies.agenda))
        }
        if case .concerned(let index) = state, handleObjection(index, move, said, &this) {
            return
        }
        if move.asksToClose { return close(move, &this) }
        if move.checksReaction { return react(move, &this) }
        // "So to summarise… did I get that right?" is a summary, though it ends with a question.
        if move.summarises { return summary(&this) }
        if move.isQuestion {
            this.revealed = ask(said, move, &this.lines, &this.delta, &this.askedAbout)
            return
        }
        if move.pitches {
            this.delta += needFound ? -1 : -8
            return this.lines.append(pick(persona.replies.pitch))
        }
        if move.acknowledges { this.delta += 1 }
        this.lines.append(pick(persona.replies.neutral))
    }

    private mutating func settleDay(_ move: TraineeMove, _ this: inout Reply) {
        guard let day = move.date else { return this.lines.append(pick([persona.acceptance.askDate] + persona.replies.askDay)) }
        book(day, &this)
    }

    private mutating func book(_ day: CalendarDay, _ this: inout Reply) {
        nextStep = (turn, day)
        state = .over(.agreed)
        this.booked = day
        this.lines.append("\(day.longDescription) works for me. Send me an invite.")
    }

    /// A trial close ("how does that sound?"): what the buyer makes of what they heard. Warm
    /// once they have said what they need and heard something offered for it (in the line, the
    /// line before, or a concern just settled); guarded when it was offered before the seller
    /// knew what they need; "so far, so good" when nothing was offered. A line that presents and
    /// checks is a pitch first: a concern the pitch raises is the reaction.
    private mutating func react(_ move: TraineeMove, _ this: inout Reply) {
        let offered = move.pitches || exchanges.last?.move.pitches == true
            || objections.contains { $0.resolved && $0.answeredAt.map { $0 >= turn - 1 } == true }
        let raisesOnPitch = move.pitches && persona.objections.indices.contains { !raisedTriggers.contains($0) && persona.objections[$0].trigger == .pitch }
        guard offered else { return this.lines.append(pick(persona.replies.reactionSoFar)) }
        guard needFound else {
            this.delta += move.pitches ? -8 : -1
            return this.lines.append(pick(move.pitches ? persona.replies.pitch : persona.replies.reactionGuarded))
        }
        if raisesOnPitch { return }
        this.delta += 2
        this.lines.append(pick(persona.replies.reaction))
    }

    private mutating func summary(_ this: inout Reply) {
        guard revealed.count >= 2 else { return this.lines.append("I'm not sure I've told you enough for that yet.") }
        this.delta += 5
        this.lines.append(pick(persona.replies.summaryAgreed))
    }

    // MARK: moves

    /// A line while a concern is open. True when the line was about the concern (the reply is
    /// made); false when it passed the concern by and is answered as usual (coloured).
    private mutating func handleObjection(_ index: Int, _ move: TraineeMove, _ said: String, _ this: inout Reply) -> Bool {
        var progress = objections[index]
        defer {
            objections[index] = progress
            // Settled or dropped: the buyer listens again.
            if progress.resolved || progress.ignored { state = .listening }
            if progress.resolved { this.settled.append(progress.objectionID) }
            if progress.ignored { this.dropped.append(progress.objectionID) }
        }
        guard let objection = persona.objections.first(where: { $0.objection == progress.objectionID }) else {
            progress.ignored = true
            return false
        }
        var engaged = false
        if move.acknowledges {
            if progress.acknowledgedAt == nil { progress.acknowledgedAt = turn }
            this.delta += 3
            engaged = true
        }
        if move.isQuestion && !move.asksToClose {
            // An open concern colours the call but never stops the buyer answering: an open
            // question about the concern explores it; a question about something else is
            // answered, and passing a concern by before acknowledging or exploring it costs.
            var aboutAFact = false
            if case .fact = finder.hear(said) { aboutAFact = true }
            // Exploring by meaning would take a question about a fact for one about the concern; the
            // usual words, or an open question about no fact, explore it.
            // A question that names the worry ("may I ask the reason for this concern?") is about it.
            let namesTheWorry = !Set(Words.normalised(said)).isDisjoint(with: Self.worryWords)
            // "Does that help?", "how does that sound?" ask what they make of the answer: about the concern.
            let exploring = (move.isOpen || move.checksReaction) && (TraineeMove.explores(said) || !aboutAFact || namesTheWorry)
            if !exploring {
                if progress.acknowledgedAt == nil && progress.exploredAt == nil {
                    progress.brushOffs += 1
                    this.delta -= 6
                    if progress.brushOffs >= 2 {
                        progress.ignored = true
                        this.colour = "Fine. I'll keep my concerns to myself, then."
                    } else {
                        this.colour = "But before we go on — I did raise a concern. " + objection.say
                    }
                }
                return false
            }
            if progress.exploredAt == nil {
                progress.exploredAt = turn
                this.delta += 3
                this.lines.append(objection.detail)
            } else {
                this.lines.append(pick(persona.replies.concernAgain))
            }
            return true
        }
        // An answer: a statement with substance ("I understand" alone only acknowledges).
        // An acknowledgement, however warm, is not an answer: with one, it takes a real
        // sentence of substance after it.
        // A long acknowledgement ("thank you for being honest — it's a really reasonable thing to
        // worry about") is still one: with one, the answer must offer something (what we do, a
        // pilot, what others did).
        let answering = !move.isQuestion && (move.acknowledges ? move.words >= 16 && Self.offers(said) : move.words >= 5)
        if answering {
            progress.answeredAt = progress.answeredAt ?? turn
            if progress.acknowledgedAt != nil || progress.exploredAt != nil {
                progress.resolved = true
                this.delta += 6
                this.lines.append(pick(["That helps. I can live with that.", "Fair enough — that answers it.", "Okay, that makes me feel better about it."]))
                return true
            }
            progress.brushOffs += 1
            this.delta -= 4
            if progress.brushOffs >= 2 {
                progress.ignored = true
                this.delta -= 6
                this.lines.append("You're not really hearing me. Let's move on.")
            } else {
                this.lines.append("Hm. You're not really hearing me.")
            }
            return true
        }
        if engaged {
            this.lines.append(pick(["Thank you. It does worry me.", "Yes. That's exactly it."]))
            return true
        }
        // Asking for the business over an open concern is still asking: the close is counted,
        // refused until the concern is settled.
        if move.asksToClose {
            closes.append(CloseAttempt(turn: turn, early: !needFound, accepted: false))
        }
        // Moving on as if nothing was said.
        progress.brushOffs += 1
        this.delta -= 6
        if progress.brushOffs >= 2 {
            progress.ignored = true
            this.lines.append("Fine. I'll keep my concerns to myself, then.")
            return false
        }
        this.lines.append("Before we go on — I did raise a concern. " + Self.standingAlone(objection.say))
        return true
    }

    private mutating func close(_ move: TraineeMove, _ this: inout Reply) {
        let early = !needFound
        let rule = persona.acceptance
        let ready = revealed.count >= rule.facts && rule.requires.allSatisfy(isRevealed) && trust + this.delta >= rule.trust
            && pendingObjection == nil && !early
        // One attempt per turn: a close that also brushed a concern aside was counted there.
        if closes.last?.turn == turn { closes.removeLast() }
        closes.append(CloseAttempt(turn: turn, early: early, accepted: ready))
        if early {
            this.delta -= 10
            this.lines.append(pick(persona.replies.refuse))
            return
        }
        guard ready else {
            this.delta -= 3
            // Trusting the trainee, with nothing open, the buyer says what is still missing
            // rather than a bare no: what a real buyer would tell a rep they like.
            if trust + this.delta >= rule.trust, pendingObjection == nil,
                let missing = rule.requires.first(where: { !isRevealed($0) }), let label = playbook.field(missing)?.label
            {
                let topic = Prose.inSentence(label)
                this.lines.append(pick(["Not yet — we haven't talked about \(topic).", "Before I could say yes, we'd need to talk about \(topic)."]))
            } else {
                this.lines.append(pick(persona.replies.refuse))
            }
            return
        }
        // A buyer who bargains asks for a better price before saying yes.
        // (Only over the business itself: a meeting to scope a pilot commits to nothing.)
        if let bargaining = persona.bargaining, bargain == nil, !move.proposesAMeeting {
            state = .bargaining(askedAt: turn)
            proposedDay = move.date
            this.bargains = true
            this.lines.append(pick(bargaining.ask))
            return
        }
        agree(day: move.date, &this)
    }

    private mutating func agree(day: CalendarDay?, _ this: inout Reply) {
        let rule = persona.acceptance
        agreedAt = turn
        this.agreed = true
        this.lines.append(pick(rule.say))
        if let day {
            book(day, &this)
        } else {
            state = .awaitingDay(agreedAt: turn)
            this.lines.append(rule.askDate)
        }
    }

    /// The trainee's answer to "what's the best you can do?": a concession traded, one given
    /// for nothing, or the price held. A buyer who presses (`negotiates.press`) asks once more
    /// when the first answer gave less than they want; the next answer settles it. The buyer
    /// then says yes either way (the score says how well).
    private mutating func answerBargaining(_ askedAt: Int, _ move: TraineeMove, _ this: inout Reply) {
        guard let bargaining = persona.bargaining else { return agree(day: proposedDay, &this) }
        let anchored = exchanges.contains { $0.move.mentionsPrice && $0.turn < turn }
        var result = Bargain(askedAt: askedAt, turn: turn, conceded: move.concedes, percent: move.percentOff,
                             traded: move.concedes && move.asksInReturn, anchored: anchored)
        if let first = bargain, first.pressedAt != nil {
            // The second answer: what was offered in all (the larger of the two), traded only
            // when every concession was, anchored as of the first concession. Restating the
            // first offer ("5% for twelve months is as far as I can go") gives nothing new.
            let givesMore = move.concedes && (move.percentOff.map { now in first.percent.map { now > $0 } ?? true } ?? true)
            result.conceded = first.conceded || givesMore
            result.percent = [first.percent, result.percent].compactMap { $0 }.max()
            result.traded = result.conceded && (!first.conceded || first.traded) && (!givesMore || move.asksInReturn)
            result.anchored = first.conceded ? first.anchored : anchored
            result.pressedAt = first.pressedAt
        } else if !bargaining.press.isEmpty, !move.concedes || (move.percentOff.map { $0 < bargaining.wants } ?? false) {
            result.pressedAt = turn
            bargain = result
            this.lines.append(pick(bargaining.press))
            return
        }
        bargain = result
        this.settledTerms = result
        if !result.conceded {
            this.lines.append(pick(bargaining.held))
        } else if result.traded {
            this.delta += 2
            this.lines.append(pick(bargaining.traded))
        } else {
            this.lines.append(pick(bargaining.given))
        }
        if let index = closes.indices.last { closes[index].accepted = true }
        agree(day: move.date ?? proposedDay, &this)
    }

    private mutating func ask(_ text: String, _ move: TraineeMove, _ reply: inout [String], _ delta: inout Int, _ askedAbout: inout String?) -> [String] {
        var out: [String] = []
        // "What's the knock-on effect?" asks what the problem does to them, whichever fact's
        // words it shares: the pain if not told yet, else what it costs them.
        // "Suppose it worked the way you want — what would be better?" asks what success looks
        // like: the fact that measures it, if the buyer has one not yet told; else what a fix
        // would give them, never a fact told before.
        let about: (fact: PersonaFact?, otherwise: [String])? =
            move.asksImplication ? (persona.facts.first { $0.field == "pains" }, persona.replies.implication)
            : move.asksNeedPayoff ? (persona.facts.first { playbook.field($0.field)?.qualifies == .metrics }, persona.replies.needPayoff)
            : nil
        if let about, pendingObjection == nil {
            if let fact = about.fact, !isRevealed(fact.field) {
                delta += 4
                reveal(fact)
                out.append(fact.field)
                askedAbout = fact.field
                reply.append(pick(fact.say))
            } else {
                delta += 2
                reply.append(pick(about.otherwise))
            }
            return out
        }
        let heard = finder.hear(text, told: Set(revealed.map(\.field)))
        if case .fact(let field) = heard { askedAbout = field }
        if case .unclear(let a, let b) = heard {
            // Between two things on their mind, a broad open question ("paint me a picture of
            // month-end") gets the broader one, not "do you mean…?".
            if move.isOpen, TraineeMove.isBroad(text),
                let broad = persona.facts.first(where: { [a, b].contains($0.field) && !isRevealed($0.field) && Self.broadFields.contains($0.field) })
            {
                delta += 3
                reveal(broad)
                out.append(broad.field)
                askedAbout = broad.field
                reply.append(pick(broad.say))
                return out
            }
            // "Tell me about your role and your team?": who they are, and the fact they have.
            let roles = [a, b].filter { id in !persona.facts.contains { $0.field == id } && playbook.field(id).map(Self.asksTheRole) == true }
            if roles.count == 1, let intro = Self.introduction(persona),
                let fact = persona.facts.first(where: { [a, b].contains($0.field) && $0.field != roles[0] })
            {
                askedAbout = fact.field
                if isRevealed(fact.field) {
                    delta += 1
                    reply.append(intro)
                } else {
                    delta += move.isOpen ? 4 : 1
                    reveal(fact)
                    out.append(fact.field)
                    reply.append(intro + " " + pick(fact.say))
                }
                return out
            }
            let first = Prose.inSentence(playbook.field(a)?.label ?? a)
            let second = Prose.inSentence(playbook.field(b)?.label ?? b)
            reply.append(pick(persona.replies.clarify).replacingOccurrences(of: "%1", with: first).replacingOccurrences(of: "%2", with: second))
            return out
        }
        if case .fact(let fieldID) = heard, !persona.facts.contains(where: { $0.field == fieldID }) {
            // Asked what they do, a buyer says it, fact or not: "I'm the VP Finance at Keller
            // Logistics" is on their business card.
            if let field = playbook.field(fieldID), Self.asksTheRole(field), let said = Self.introduction(persona) {
                delta += 1
                reply.append(said)
                return out
            }
            reply.append(pick(persona.replies.noFact))
            return out
        }
        guard case .fact(let fieldID) = heard, let fact = persona.facts.first(where: { $0.field == fieldID }) else {
            if move.isOpen {
                delta += 1
                // A broad open question ("what's going on with your close?") gets a broad,
                // true answer: the first thing on the buyer's mind they have not said yet.
                if TraineeMove.isBroad(text), let broad = persona.facts.first(where: { !isRevealed($0.field) && Self.broadFields.contains($0.field) }) {
                    delta += 2
                    reveal(broad)
                    out.append(broad.field)
                    reply.append(pick(broad.say))
                } else {
                    reply.append(pick(persona.replies.unknown))
                }
            } else {
                reply.append(pick(persona.replies.closed))
            }
            return out
        }
        // "How is that showing up elsewhere?" right after the pain asks about the pain, not
        // about a fact told earlier whose words it happens to share.
        if isRevealed(fieldID), fieldID != "pains", move.isOpen, exchanges.last?.revealed.contains("pains") == true,
            [.manner, .anything].contains(FactFinder.expects(text)), Self.pointsBack(text)
        {
            delta += 2
            reply.append(pick(persona.replies.implication))
            return out
        }
        if isRevealed(fieldID) {
            // Asked openly after a short answer, the buyer says the rest: not a repeat.
            if move.isOpen, briefly.contains(fieldID) {
                briefly.remove(fieldID)
                delta += 2
                reply.append(pick(fact.say))
                return out
            }
            delta -= 1
            reply.append(Self.joined(pick(persona.replies.repeatFact), pick(fact.say)))
            return out
        }
        // A closed question before the buyer trusts the trainee gets a short answer, but a true
        // one: the first sentence of the fact, nothing more, and nothing offered besides.
        if !move.isOpen && trust < persona.difficulty.closedQuestionTrust {
            if persona.difficulty == .hard { delta -= 1 }
            reveal(fact)
            briefly.insert(fact.field)
            out.append(fact.field)
            reply.append(Self.shortAnswer(pick(fact.say)))
            return out
        }
        delta += move.isOpen ? 4 : 1
        reveal(fact)
        out.append(fact.field)
        reply.append(pick(fact.say))
        // A buyer who trusts the trainee offers more than was asked.
        if move.isOpen, trust + delta >= 75 {
            let offers = persona.facts.filter { $0.volunteer && !isRevealed($0.field) }
            if let extra = random.pick(offers) {
                reveal(extra)
                out.append(extra.field)
                reply.append(pick(extra.say))
            }
        }
        return out
    }

    /// Whether a field records the contact's role: its id is "role", or its label names a role,
    /// position or job title ("Contact's role").
    static func asksTheRole(_ field: Field) -> Bool {
        field.id == "role" || Words.normalised(field.label).contains { ["role", "position", "title", "job"].contains($0) }
    }

    /// "I'm the VP Finance at Keller Logistics, 900 staff in three countries." Nil without a role.
    static func introduction(_ persona: Persona) -> String? {
        let role = persona.role.trimmingCharacters(in: .whitespaces)
        guard !role.isEmpty else { return nil }
        let company = persona.company.trimmingCharacters(in: .whitespaces)
        let sentence = "I'm the " + Prose.inSentence(role) + (company.isEmpty ? "" : " at " + company)
        return sentence.hasSuffix(".") ? sentence : sentence + "."
    }

    /// Whether a question points back at what was just said: "that", "this" or "it" among its
    /// first words ("How is that showing up…", "What does it do to…"), not "a tool like this".
    /// The facts a broad question about the buyer's world is answered with: how things work
    /// today and what is wrong with it.
    static let broadFields: Set<String> = ["pains", "current_process"]

    static func pointsBack(_ text: String) -> Bool {
        let words = Words.normalised(TraineeMove.sentences(text).last { $0.hasSuffix("?") } ?? text)
        return words.prefix(4).contains { ["that", "this", "it", "that's", "it's", "those"].contains($0) }
    }

    static let worryWords: Set<String> = ["concern", "concerns", "concerned", "worry", "worries", "worried", "worrying", "hesitation", "hesitant",
                                          "reservation", "reservations", "doubt", "doubts", "uneasy", "nervous", "apprehensive"]

    /// Whether a line offers something to settle a concern: what we do or would do, a pilot or
    /// trial, what other customers found.
    static func offers(_ said: String) -> Bool {
        let words = Set(Words.normalised(said))
        let offering: Set<String> = ["we", "we'd", "we'll", "we've", "we're", "our", "us", "pilot", "trial", "customers", "clients", "teams",
                                     "guarantee", "refund", "cancel", "reference", "references", "proof", "you'd", "you'll"]
        return !words.isDisjoint(with: offering)
    }

    /// A concern said again on its own: without the "And"/"But" that tied it to a fact ("And
    /// BlackLine is the safe choice." → "BlackLine is the safe choice.").
    static func standingAlone(_ said: String) -> String {
        for lead in ["And ", "But ", "Though ", "Although "] where said.hasPrefix(lead) {
            let rest = said.dropFirst(lead.count)
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return said
    }

    /// Words that open a buyer's sentence and are not names, so they are written in lower case
    /// after "Like I mentioned, ": prepositions, adverbs and numbers ("…, after peak season",
    /// "…, seven days").
    static let commonOpeners: Set<String> = [
        "honestly", "about", "between", "every", "each", "if", "no", "not", "only", "around", "roughly", "after", "before", "since",
        "until", "from", "with", "without", "across", "during", "probably", "maybe", "usually", "mostly", "nearly", "almost",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "half", "somewhere", "anything", "nothing", "everything", "someone", "nobody", "just",
    ]

    /// A lead-in and what follows it: "Like I mentioned, " + "It takes nine days." reads "Like I
    /// mentioned, it takes nine days." (a name or "I" keeps its capital).
    static func joined(_ lead: String, _ said: String) -> String {
        guard lead.hasSuffix(", "), let first = said.split(separator: " ").first else { return lead + said }
        let word = first.trimmingCharacters(in: .punctuationCharacters)
        let lower = word.lowercased()
        guard word != "I", !lower.hasPrefix("i'"), Utterance.stopwords.contains(lower) || Self.commonOpeners.contains(lower)
        else { return lead + said }
        return lead + said.prefix(1).lowercased() + said.dropFirst()
    }

    /// The first sentence of an answer ("Twelve days." of "Twelve days. The owners want
    /// six."), or the first two when the first says nothing on its own ("Honestly?").
    static func shortAnswer(_ said: String) -> String {
        let sentences = TraineeMove.sentences(said)
        guard let first = sentences.first else { return said }
        if first.split(separator: " ").count < 2, sentences.count > 1 { return first + " " + sentences[1] }
        return first
    }

    private mutating func reveal(_ fact: PersonaFact) {
        revealed.append((fact.field, turn))
        if let field = playbook.field(fact.field) {
            profile.record(field, parsed: AnswerParser(today: today).parse(fact.value, for: field), quote: Quote(text: fact.value, turn: turn))
        }
    }

    /// One of the lines; not the one just said when there is another (the same number of
    /// draws either way, so a seed gives the same call).
    private mutating func pick(_ lines: [String]) -> String {
        guard let chosen = random.pick(lines) else { return "" }
        if lines.count > 1, let last = exchanges.last?.reply, last.contains(chosen), let at = lines.firstIndex(of: chosen) {
            return lines[(at + 1) % lines.count]
        }
        return chosen
    }
}
