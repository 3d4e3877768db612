/// A practice call: the program plays a persona, the trainee types what they would say.
/// Pure and deterministic: the same persona, seed and lines always give the same replies, so
/// a transcript's lines replayed through it rebuild the session and its scorecard.
///
/// The buyer keeps a trust level. Open questions, acknowledgement and summaries raise it;
/// pitching before discovery, closing too early, ignoring an objection and monologues lower
/// it. Facts are revealed by questions about their topics (a closed question earns one only
/// when trust is high enough for the persona's difficulty); a trusting buyer volunteers more.
/// Objections come up on the persona's triggers and are tracked through acknowledge, explore
/// and respond. The call ends when the buyer agrees a next step with a date, walks away
/// (trust exhausted) or the trainee ends it.
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
    /// The revealed facts as a needs profile, read with each field's type.
    public private(set) var profile = NeedsProfile()
    public private(set) var objections: [ObjectionProgress] = []
    public private(set) var closes: [CloseAttempt] = []
    public private(set) var agreedAt: Int?
    public private(set) var nextStep: (turn: Int, day: CalendarDay)?
    public private(set) var ending: Ending?
    public private(set) var exchanges: [Exchange] = []
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

    public var pendingObjection: ObjectionProgress? {
        objections.last.flatMap { !$0.resolved && !$0.ignored ? $0 : nil }
    }

    public func isRevealed(_ field: String) -> Bool { revealed.contains { $0.field == field } }

    /// Whether the buyer has said what they need: a pain or need fact, or three facts of any kind.
    public var needFound: Bool {
        revealed.count >= 3 || revealed.contains { fact in
            guard let field = playbook.field(fact.field) else { return false }
            return field.qualifies == .need || field.qualifies == .pain || (field.type == .tags && !field.tags.isEmpty)
        }
    }

    /// The buyer's answer to one line of the trainee.
    @discardableResult
    public mutating func respond(to text: String) -> Exchange {
        guard ending == nil else {
            return Exchange(turn: turn, said: text, move: TraineeMove("", playbook: playbook, today: today), reply: "", revealed: [], raised: nil, trust: trust, ending: ending)
        }
        turn += 1
        // Reading is linear, but a pasted megabyte is not a sentence: the first 4,000 characters
        // are read; every word counts towards talk share.
        let said = String(text.prefix(4000))
        var move = TraineeMove(said, playbook: playbook, today: today)
        if said.count < text.count { move.words = text.split { $0 == " " || $0 == "\n" || $0 == "\t" }.count }
        var this = Reply()
        if move.words == 0 {
            this.lines.append("Hello? Are you still there?")
        } else {
            if move.words > persona.difficulty.monologueWords {
                this.delta -= 8
                this.lines.append(pick(persona.replies.monologue))
            }
            answer(move, said, &this)
        }
        if let colour = this.colour { this.lines.append(colour) }
        var reply = this.lines
        var delta = this.delta
        let newlyRevealed = this.revealed
        let askedAbout = this.askedAbout
        // An objection the persona raises on this turn's triggers, one at a time.
        var raised: String?
        if ending == nil, pendingObjection == nil {
            for (index, objection) in persona.objections.enumerated() where !raisedTriggers.contains(index) {
                let fires: Bool
                switch objection.trigger {
                case .pitch: fires = move.pitches
                case .price: fires = move.mentionsPrice
                case .close: fires = move.asksToClose
                case .earlyClose: fires = move.asksToClose && closes.last?.early == true && closes.last?.turn == turn
                case .monologue: fires = move.words > persona.difficulty.monologueWords
                case .revealed(let field): fires = newlyRevealed.contains(field)
                case .turn(let n): fires = turn >= n
                }
                guard fires else { continue }
                raisedTriggers.insert(index)
                objections.append(ObjectionProgress(objectionID: objection.objection, raisedAt: turn))
                reply.append(objection.say)
                raised = objection.objection
                break
            }
        }
        trust = min(100, max(0, trust + delta))
        if trust == 0, ending == nil {
            ending = .walkedAway
            reply = [pick(persona.replies.walkAway)]
        }
        var spoken = reply.joined(separator: " ")
        // Never the same sentence twice running: a buyer who repeats themselves word for word
        // sounds like a machine.
        if let last = exchanges.last?.reply, !spoken.isEmpty, spoken == last {
            spoken = pick(["As I say — ", "Like I said, ", "Again, "]) + spoken.prefix(1).lowercased() + spoken.dropFirst()
        }
        var exchange = Exchange(turn: turn, said: said, move: move, reply: spoken, revealed: newlyRevealed,
                                raised: raised, trust: trust, ending: ending)
        exchange.askedAbout = askedAbout
        exchanges.append(exchange)
        return exchange
    }

    /// What the buyer says and how trust moves on one turn, built up by the move handlers.
    private struct Reply {
        var lines: [String] = []
        var delta = 0
        var revealed: [String] = []
        var askedAbout: String?
        /// What an open concern adds after the answer to a question that passed it by.
        var colour: String?
    }

    /// One move, one handler: the first that applies answers the line.
    private mutating func answer(_ move: TraineeMove, _ said: String, _ this: inout Reply) {
        // Agreed but no day yet: a day settles it, a proposal without one is asked for one, and
        // anything else is answered as usual.
        if agreedAt != nil, nextStep == nil, move.date != nil || move.asksToClose { return settleDay(move, &this) }
        if move.smallTalk, !move.pitches, !move.asksToClose, pendingObjection == nil {
            this.delta += 1
            return this.lines.append(pick(persona.replies.smallTalk))
        }
        if move.setsAgenda, !move.pitches {
            this.delta += 3
            return this.lines.append(pick(persona.replies.agenda))
        }
        if let index = objections.indices.last, pendingObjection != nil,
            handleObjection(index, move, said, &this.lines, &this.delta, &this.colour)
        {
            return
        }
        if move.asksToClose { return close(move, &this.lines, &this.delta) }
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
        nextStep = (turn, day)
        ending = .agreed
        this.lines.append("\(day.longDescription) works for me. Send me an invite.")
    }

    private mutating func summary(_ this: inout Reply) {
        guard revealed.count >= 2 else { return this.lines.append("I'm not sure I've told you enough for that yet.") }
        this.delta += 5
        this.lines.append(pick(persona.replies.summaryAgreed))
    }

    /// The trainee ends the call.
    public mutating func end() {
        if ending == nil { ending = .ended }
    }

    // MARK: moves

    private mutating func handleObjection(_ index: Int, _ move: TraineeMove, _ said: String, _ reply: inout [String], _ delta: inout Int,
                                          _ colour: inout String?) -> Bool {
        var progress = objections[index]
        defer { objections[index] = progress }
        guard let objection = persona.objections.first(where: { $0.objection == progress.objectionID }) else { return false }
        var engaged = false
        if move.acknowledges {
            if progress.acknowledgedAt == nil { progress.acknowledgedAt = turn }
            delta += 3
            engaged = true
        }
        if move.isQuestion && !move.asksToClose {
            // An open concern colours the call but never stops the buyer answering: an open
            // question about the concern explores it; a question about something else is
            // answered, and passing a concern by before acknowledging or exploring it costs.
            var aboutAFact = false
            if case .fact = finder.hear(said) { aboutAFact = true }
            let exploring = move.isOpen && (TraineeMove.explores(said) || !aboutAFact)
            if !exploring {
                if progress.acknowledgedAt == nil && progress.exploredAt == nil {
                    progress.brushOffs += 1
                    delta -= 6
                    if progress.brushOffs >= 2 {
                        progress.ignored = true
                        colour = "Fine. I'll keep my concerns to myself, then."
                    } else {
                        colour = "But before we go on — I did raise a concern. " + objection.say
                    }
                }
                return false
            }
            if progress.exploredAt == nil {
                progress.exploredAt = turn
                delta += 3
                reply.append(objection.detail)
            } else {
                reply.append(pick(persona.replies.concernAgain))
            }
            return true
        }
        // An answer: a statement with substance ("I understand" alone only acknowledges).
        let answering = !move.isQuestion && (move.words >= 8 || (move.words >= 5 && !move.acknowledges))
        if answering {
            progress.answeredAt = progress.answeredAt ?? turn
            if progress.acknowledgedAt != nil || progress.exploredAt != nil {
                progress.resolved = true
                delta += 6
                reply.append(pick(["That helps. I can live with that.", "Fair enough — that answers it.", "Okay, that makes me feel better about it."]))
                return true
            }
            progress.brushOffs += 1
            delta -= 4
            if progress.brushOffs >= 2 {
                progress.ignored = true
                delta -= 6
                reply.append("You're not really hearing me. Let's move on.")
            } else {
                reply.append("Hm. You're not really hearing me.")
            }
            return true
        }
        if engaged {
            reply.append(pick(["Thank you. It does worry me.", "Yes. That's exactly it."]))
            return true
        }
        // Moving on as if nothing was said.
        progress.brushOffs += 1
        delta -= 6
        if progress.brushOffs >= 2 {
            progress.ignored = true
            reply.append("Fine. I'll keep my concerns to myself, then.")
            return false
        }
        reply.append("Before we go on — I did raise a concern. " + objection.say)
        return true
    }

    private mutating func close(_ move: TraineeMove, _ reply: inout [String], _ delta: inout Int) {
        let early = !needFound
        let rule = persona.acceptance
        let ready = revealed.count >= rule.facts && rule.requires.allSatisfy(isRevealed) && trust + delta >= rule.trust
            && pendingObjection == nil && !early
        closes.append(CloseAttempt(turn: turn, early: early, accepted: ready))
        if early {
            delta -= 10
            reply.append(pick(persona.replies.refuse))
            return
        }
        guard ready else {
            delta -= 3
            reply.append(pick(persona.replies.refuse))
            return
        }
        agreedAt = turn
        reply.append(pick(rule.say))
        if let day = move.date {
            nextStep = (turn, day)
            ending = .agreed
            reply.append("\(day.longDescription) works for me. Send me an invite.")
        } else {
            reply.append(rule.askDate)
        }
    }

    private mutating func ask(_ text: String, _ move: TraineeMove, _ reply: inout [String], _ delta: inout Int, _ askedAbout: inout String?) -> [String] {
        var out: [String] = []
        let heard = finder.hear(text)
        if case .fact(let field) = heard { askedAbout = field }
        if case .unclear(let a, let b) = heard {
            let first = (playbook.field(a)?.label ?? a).lowercased()
            let second = (playbook.field(b)?.label ?? b).lowercased()
            reply.append(pick(persona.replies.clarify).replacingOccurrences(of: "%1", with: first).replacingOccurrences(of: "%2", with: second))
            return out
        }
        guard case .fact(let fieldID) = heard, let fact = persona.facts.first(where: { $0.field == fieldID }) else {
            if move.isOpen {
                delta += 1
                // A broad open question ("what's going on with your close?") gets a broad,
                // true answer: the first thing on the buyer's mind they have not said yet.
                if TraineeMove.isBroad(text), let broad = persona.facts.first(where: { !isRevealed($0.field) && ["pains", "current_process"].contains($0.field) }) {
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
        if isRevealed(fieldID) {
            delta -= 1
            reply.append(pick(persona.replies.repeatFact) + pick(fact.say))
            return out
        }
        if !move.isOpen && trust < persona.difficulty.closedQuestionTrust {
            if persona.difficulty == .hard { delta -= 1 }
            reply.append(pick(persona.replies.closed))
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

    private mutating func reveal(_ fact: PersonaFact) {
        revealed.append((fact.field, turn))
        if let field = playbook.field(fact.field) {
            profile.record(field, parsed: AnswerParser(today: today).parse(fact.value, for: field), quote: Quote(text: fact.value, turn: turn))
        }
    }

    private mutating func pick(_ lines: [String]) -> String {
        random.pick(lines) ?? ""
    }
}
