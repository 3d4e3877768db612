import Foundation

/// How a practice call went, item by item against the playbook's rubric, each item with the
/// turns that earned or lost its points, an overall score out of 100 and the two most valuable
/// things to do differently. Computed from a `RolePlay`, so it can be recomputed from a
/// transcript at any time.
public struct Scorecard: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var item: Rubric.Item
        public var weight: Int
        /// 0 to 1.
        public var score: Double
        /// What was measured, in words.
        public var detail: String
        /// Turns that earned or lost the points.
        public var evidence: [Int]
        /// False when nothing in the call could earn or lose it (no objection was raised): the
        /// item is left out and the overall score is scaled over the others.
        public var applicable = true
        /// Points earned, out of `weight`.
        public var points: Double { Double(weight) * score }
        /// `12.5/25 ` in a fixed width, or `n/a` for an item left out.
        public var pointsLabel: String { applicable ? String(format: "%4.1f/%-3d", points, weight) : "   n/a    " }
    }

    public struct Advice: Sendable, Hashable {
        public var item: Rubric.Item
        public var turn: Int?
        public var text: String
    }

    public var lines: [Line]
    public var overall: Int
    public var advice: [Advice]
    public var revealed: [String]
    public var missed: [String]
    public var questions: Int
    public var openQuestions: Int
    public var talkShare: Double
    public var longestMonologue: Int
    public var ending: RolePlay.Ending?

    /// A concern raised before a close and not yet acknowledged, explored or answered when the
    /// trainee asked for the business.
    static func pastConcern(_ close: RolePlay.CloseAttempt, _ objections: [RolePlay.ObjectionProgress]) -> RolePlay.ObjectionProgress? {
        objections.first { o in
            o.raisedAt < close.turn && [o.acknowledgedAt, o.exploredAt, o.answeredAt].allSatisfy { ($0 ?? Int.max) > close.turn }
        }
    }

    public init(_ play: RolePlay) {
        let playbook = play.playbook
        let persona = play.persona
        let rubric = playbook.rubric
        let exchanges = play.exchanges
        func label(_ field: String) -> String { playbook.field(field)?.label ?? field }
        var lines: [Line] = []

        // Discovery
        let allFacts = persona.facts.map(\.field)
        revealed = play.revealed.map(\.field)
        missed = allFacts.filter { !play.isRevealed($0) }
        // A fact heard only as a yes-or-no question's short answer counts half.
        let brief = play.briefly.count
        let discovery = allFacts.isEmpty ? 1 : (Double(revealed.count) - 0.5 * Double(brief)) / Double(allFacts.count)
        let briefNote = brief == 0 ? "" : " (\(brief) only as short answers to yes-or-no questions, half credit each)"
        lines.append(Line(item: .discovery, weight: rubric.weight(.discovery), score: discovery,
                          detail: "\(revealed.count) of \(allFacts.count) facts uncovered" + briefNote + (missed.isEmpty ? "" : "; missed: " + missed.map(label).joined(separator: ", ")),
                          evidence: play.revealed.map(\.turn)))

        // Qualification
        let qualifying = allFacts.filter { playbook.field($0)?.qualifies != nil }
        let qualified = qualifying.filter(play.isRevealed)
        let qualification = qualifying.isEmpty ? 1 : Double(qualified.count) / Double(qualifying.count)
        let elements = qualifying.filter { !play.isRevealed($0) }.compactMap { playbook.field($0)?.qualifies?.label }
        lines.append(Line(item: .qualification, weight: rubric.weight(.qualification), score: qualification,
                          detail: "\(qualified.count) of \(qualifying.count) qualification facts" + (elements.isEmpty ? "" : "; unknown: " + elements.joined(separator: ", ")),
                          evidence: play.revealed.filter { qualified.contains($0.field) }.map(\.turn)))

        // How a trainee talks is only judged on a real conversation: questions, talk share and
        // monologue count fully from the eighth turn, in proportion before it.
        let depth = min(1, Double(exchanges.count) / 8)

        // Questions (asking for the business is a yes-or-no question by nature, so closes are
        // not counted here)
        // An agenda ("…OK?") and a summary ("…did I get that right?") check in; they are not discovery questions.
        let asked = exchanges.filter { $0.move.isQuestion && !$0.move.asksToClose && !$0.move.setsAgenda && !$0.move.summarises }
        let open = asked.filter { $0.move.isOpen }
        questions = asked.count
        openQuestions = open.count
        // A short call says so, rather than leaving "1 of 1 open — 1.9/15" unexplained.
        let shortCall = depth < 1 ? " (a short call: \(exchanges.count) of 8 turns count)" : ""
        lines.append(Line(item: .questions, weight: rubric.weight(.questions), score: asked.isEmpty ? 0 : depth * Double(open.count) / Double(asked.count),
                          detail: (asked.isEmpty ? "no questions asked" : "\(open.count) of \(asked.count) questions open") + shortCall,
                          evidence: asked.filter { !$0.move.isOpen }.map(\.turn)))

        // Listening
        let traineeWords = exchanges.reduce(0) { $0 + $1.move.words }
        let buyerWords = exchanges.reduce(Self.words(persona.opening)) { $0 + Self.words($1.reply) }
        talkShare = traineeWords + buyerWords == 0 ? 0 : Double(traineeWords) / Double(traineeWords + buyerWords)
        let listening = traineeWords == 0 ? 0 : depth * min(1, max(0, (0.75 - talkShare) / 0.30))
        let longest = exchanges.max { $0.move.words < $1.move.words }
        longestMonologue = longest?.move.words ?? 0
        lines.append(Line(item: .listening, weight: rubric.weight(.listening), score: listening,
                          detail: "you spoke \(Int((talkShare * 100).rounded()))% of the words" + shortCall,
                          evidence: exchanges.filter { $0.move.words > 40 }.map(\.turn)))
        lines.append(Line(item: .monologue, weight: rubric.weight(.monologue), score: traineeWords == 0 ? 0 : depth * min(1, max(0, Double(100 - longestMonologue) / 60)),
                          detail: "longest turn \(longestMonologue) words" + shortCall, evidence: longest.map { [$0.turn] } ?? []))

        // Objections
        let objections = play.objections
        let handling: Double
        if objections.isEmpty {
            handling = 1
        } else {
            handling = objections.map { o in
                Double([o.acknowledgedAt != nil, o.exploredAt != nil, o.resolved].filter { $0 }.count) / 3
            }.reduce(0, +) / Double(objections.count)
        }
        let objectionDetail = objections.isEmpty ? "none raised" : objections.map { o -> String in
            let steps = [o.acknowledgedAt != nil ? "acknowledged" : nil, o.exploredAt != nil ? "explored" : nil,
                         o.resolved ? "answered" : (o.ignored ? "ignored" : nil)].compactMap { $0 }
            return "\(o.objectionID) (turn \(o.raisedAt)): " + (steps.isEmpty ? "not handled" : steps.joined(separator: ", "))
        }.joined(separator: "; ")
        lines.append(Line(item: .objections, weight: rubric.weight(.objections), score: handling, detail: objectionDetail,
                          evidence: objections.flatMap { [$0.raisedAt, $0.acknowledgedAt, $0.exploredAt, $0.answeredAt].compactMap { $0 } }.sorted(),
                          applicable: !objections.isEmpty))

        // Close
        let closes = play.closes
        let closeScore: Double
        let closeDetail: String
        if closes.contains(where: \.accepted) {
            closeScore = 1
            closeDetail = "accepted at turn \(closes.first { $0.accepted }!.turn)"
        } else if closes.contains(where: { !$0.early && Self.pastConcern($0, play.objections) == nil }) {
            closeScore = 0.4
            closeDetail = "asked \(closes.count) time\(closes.count == 1 ? "" : "s"), not accepted"
        } else if let past = closes.lazy.compactMap({ Self.pastConcern($0, play.objections) }).first {
            // Pushing for the business over a concern nobody answered is not asking for it well.
            closeScore = 0
            closeDetail = "asked only past an open concern (\(past.objectionID), raised at turn \(past.raisedAt))"
        } else if !closes.isEmpty {
            closeScore = 0
            closeDetail = "asked only before the need was found"
        } else {
            closeScore = 0
            closeDetail = "never asked"
        }
        lines.append(Line(item: .close, weight: rubric.weight(.close), score: closeScore, detail: closeDetail, evidence: closes.map(\.turn)))

        // Next step
        let nextScore: Double = play.nextStep != nil ? 1 : (play.agreedAt != nil ? 0.3 : 0)
        lines.append(Line(item: .nextStep, weight: rubric.weight(.nextStep), score: nextScore,
                          detail: play.nextStep.map { "agreed for \($0.day) at turn \($0.turn)" } ?? (play.agreedAt != nil ? "agreed without a date" : "none agreed"),
                          evidence: play.nextStep.map { [$0.turn] } ?? play.agreedAt.map { [$0] } ?? []))

        // Negotiation: counted only in calls where the buyer bargained.
        let bargainAsked: Int? = { if case .bargaining(let at) = play.state { return at } else { return play.bargain?.askedAt } }()
        if let asked = bargainAsked {
            let limit = playbook.negotiation?.repAuthority
            var score = 0.0
            var detail = "the buyer asked for a better price at turn \(asked) and got no answer"
            if let bargain = play.bargain {
                let withinAuthority = bargain.percent.map { percent in limit.map { percent <= $0 } ?? true } ?? true
                if !bargain.conceded {
                    score = 1
                    detail = "price held at turn \(bargain.turn)" + (bargain.pressedAt != nil ? ", twice" : "")
                } else if bargain.traded {
                    score = withinAuthority ? 1 : 0.6
                    detail = "a concession traded for something in return" + (withinAuthority ? "" : ", beyond your authority")
                } else {
                    score = withinAuthority ? 0.2 : 0
                    detail = "a concession given for nothing" + (withinAuthority ? "" : ", beyond your authority")
                }
                if bargain.conceded, !bargain.anchored {
                    score = max(0, score - 0.2)
                    detail += ", before the price was stated"
                }
                // More than the buyer hoped for is money left on the table.
                if let percent = bargain.percent, let wants = persona.bargaining?.wants, percent > wants {
                    score = max(0, score - 0.2)
                    detail += ", more than the buyer hoped for (\(FieldValue.number(wants).description)%)"
                }
                // Past the walk-away point there is no deal worth having, traded or not.
                if let percent = bargain.percent, let walkAway = playbook.negotiation?.walkAwayDiscount, percent > walkAway {
                    score = 0
                    detail += ", past the walk-away point (\(FieldValue.number(walkAway).description)%)"
                }
                if let percent = bargain.percent { detail += " (\(FieldValue.number(percent).description)%)" }
            }
            lines.append(Line(item: .negotiation, weight: rubric.weight(.negotiation), score: score, detail: detail,
                              evidence: [asked] + (play.bargain.map { [$0.turn] } ?? [])))
        }

        self.lines = lines
        let counted = lines.filter(\.applicable)
        let possible = counted.reduce(0) { $0 + $1.weight }
        overall = possible == 0 ? 0 : Int((counted.reduce(0) { $0 + $1.points } * 100 / Double(possible)).rounded())
        ending = play.ending
        var advice: [Advice] = []
        var suggested: Set<String> = []
        // An objection left to fester is always worth a word, whatever else went wrong.
        let ignored = play.objections.contains { $0.ignored }
        for line in lines.filter({ $0.score < 1 && $0.weight > 0 && $0.applicable })
            .sorted(by: { a, b in
                if ignored, (a.item == .objections) != (b.item == .objections) { return a.item == .objections }
                return Double(a.weight) * (1 - a.score) > Double(b.weight) * (1 - b.score)
            }) where advice.count < 2 {
            if let next = Self.advice(for: line, play, skipping: &suggested) { advice.append(next) }
        }
        self.advice = advice
    }

    static func words(_ text: String) -> Int { text.split { $0 == " " || $0 == "\n" }.count }

    /// A concrete suggestion for a weak item, pointing at a turn and quoting the playbook.
    /// `suggested` holds the facts already advised on, so two items never give the same advice.
    static func advice(for line: Line, _ play: RolePlay, skipping suggested: inout Set<String>) -> Advice? {
        let playbook = play.playbook
        let exchanges = play.exchanges
        func ask(_ field: String) -> String? {
            playbook.stages.lazy.flatMap(\.steps).first { $0.record == field }.map { "“\($0.say)”" }
        }
        let firstPitch = exchanges.first { $0.move.pitches }?.turn
        let firstClose = play.closes.first?.turn
        switch line.item {
        case .discovery, .qualification:
            let candidates = line.item == .qualification
                ? play.persona.facts.map(\.field).filter { playbook.field($0)?.qualifies != nil && !play.isRevealed($0) }
                : play.persona.facts.map(\.field).filter { !play.isRevealed($0) }
            guard let field = candidates.first(where: { !suggested.contains($0) }) else { return nil }
            suggested.insert(field)
            let label = playbook.field(field)?.label ?? field
            let example = ask(field).map { " The playbook asks: \($0)" } ?? ""
            // Never blame a trainee for a question they asked: say how to ask it better.
            if let tried = exchanges.first(where: { $0.askedAbout == field }) {
                let how = tried.move.isOpen ? "the buyer was not ready to say; build trust, then ask again" : "a yes-or-no question kept the answer short; ask it open"
                return Advice(item: line.item, turn: tried.turn, text: "Turn \(tried.turn): you asked about “\(label)”, but \(how)." + example)
            }
            let when = (firstPitch ?? firstClose).flatMap { $0 > 1 ? $0 : nil }
            return Advice(item: line.item, turn: when,
                          text: "You never uncovered “\(label)”\(when.map { "; ask before turn \($0), where you moved on to \(firstPitch == $0 ? "pitching" : "closing")" } ?? "")." + example)
        case .questions:
            guard let closed = exchanges.first(where: { $0.move.isQuestion && !$0.move.isOpen && !$0.move.asksToClose && !$0.move.setsAgenda && !$0.move.summarises }) else {
                return Advice(item: .questions, turn: nil, text: "Ask more questions: open ones (what, how, why, tell me about…) get the buyer talking.")
            }
            return Advice(item: .questions, turn: closed.turn,
                          text: "Turn \(closed.turn): “\(clip(closed.said))” can be answered with yes or no. Open it: start with what, how or tell me about.")
        case .listening, .monologue:
            guard let longest = exchanges.max(by: { $0.move.words < $1.move.words }), longest.move.words > 25 else { return nil }
            return Advice(item: line.item, turn: longest.turn,
                          text: "Turn \(longest.turn): you spoke \(longest.move.words) words in one go. Say one thing, ask one question, then let the buyer talk.")
        case .objections:
            guard let weak = play.objections.first(where: { $0.acknowledgedAt == nil || $0.exploredAt == nil || !$0.resolved }),
                let objection = playbook.objection(weak.objectionID)
            else { return nil }
            let laer = objection.rebuttals.first { $0.acknowledge != nil }
            if weak.acknowledgedAt == nil, let line = laer?.acknowledge {
                return Advice(item: .objections, turn: weak.raisedAt, text: "Turn \(weak.raisedAt): \(objection.title.lowercased()) — acknowledge it before answering, e.g. “\(line)”")
            }
            if weak.exploredAt == nil, let line = laer?.explore {
                return Advice(item: .objections, turn: weak.raisedAt, text: "Turn \(weak.raisedAt): \(objection.title.lowercased()) — explore it with a question first, e.g. “\(line)”")
            }
            let line = laer?.respond ?? objection.rebuttals.first?.line ?? ""
            return Advice(item: .objections, turn: weak.raisedAt, text: "Turn \(weak.raisedAt): \(objection.title.lowercased()) was left open — answer it, e.g. “\(LineTemplate.render(line, playbook: playbook, profile: play.profile))”")
        case .close:
            if let early = play.closes.first(where: \.early) {
                return Advice(item: .close, turn: early.turn, text: "Turn \(early.turn): you asked for the business before the buyer had said what they need. Find the pain first.")
            }
            if !play.closes.contains(where: \.accepted),
                let (close, past) = play.closes.lazy.compactMap({ close in Self.pastConcern(close, play.objections).map { (close, $0) } }).first
            {
                let title = playbook.objection(past.objectionID)?.title ?? past.objectionID
                return Advice(item: .close, turn: close.turn, text: "Turn \(close.turn): you asked for the business while the buyer's concern from turn \(past.raisedAt) (\(title)) was still open. Acknowledge it, ask about it and answer it first.")
            }
            let best = CloseAdvisor(playbook: playbook).rank(play.profile).first
            let line = best.map { " Try: “\($0.line)”" } ?? ""
            let at = play.closes.last?.turn ?? exchanges.last?.turn
            return Advice(item: .close, turn: at, text: (play.closes.isEmpty ? "You never asked for a commitment." : "Turn \(at ?? 0): the buyer was not ready; settle open concerns and build trust first.") + line)
        case .nextStep:
            if let agreed = play.agreedAt {
                return Advice(item: .nextStep, turn: agreed, text: "Turn \(agreed): the buyer agreed, but no date was set. Propose one: “Shall we put it in the diary for next Tuesday?”")
            }
            return Advice(item: .nextStep, turn: exchanges.last?.turn, text: "End with a concrete next step and a date, e.g. “Can we book the pilot kickoff for next Tuesday?”")
        case .negotiation:
            guard let bargain = play.bargain else {
                let asked = { () -> Int? in if case .bargaining(let at) = play.state { return at } else { return nil } }()
                return Advice(item: .negotiation, turn: asked, text: "The buyer asked for a better price and got no answer: hold the price, or trade, e.g. “I can look at that if you sign for two years.”")
            }
            let ask = playbook.negotiation?.concessions.first { $0.discount }?.ask ?? "a longer commitment"
            if let walkAway = playbook.negotiation?.walkAwayDiscount, let percent = bargain.percent, percent > walkAway {
                return Advice(item: .negotiation, turn: bargain.turn, text: "Turn \(bargain.turn): \(FieldValue.number(percent).description)% is past the \(FieldValue.number(walkAway).description)% walk-away point: no deal is better than that one. Hold, offer something else, or walk away.")
            }
            if bargain.conceded && !bargain.traded {
                return Advice(item: .negotiation, turn: bargain.turn, text: "Turn \(bargain.turn): you gave a concession for nothing — trade it, e.g. “I can do that in return for \(ask).”")
            }
            if let limit = playbook.negotiation?.repAuthority, let percent = bargain.percent, percent > limit {
                return Advice(item: .negotiation, turn: bargain.turn, text: "Turn \(bargain.turn): \(FieldValue.number(percent).description)% is beyond your \(FieldValue.number(limit).description)% authority: offer less, or get a manager's approval first.")
            }
            return Advice(item: .negotiation, turn: bargain.turn, text: "Turn \(bargain.turn): state the price and its value before you concede anything (/price shows the anchor line).")
        }
    }

    static func clip(_ text: String) -> String {
        text.count <= 70 ? text : String(text.prefix(67)) + "…"
    }
}

extension Scorecard {
    /// The scorecard as JSON-ready values, as saved in the transcript and printed by tools
    /// (`SavedScorecard` defines them).
    public var jsonObject: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(SavedScorecard(self).json.utf8))) as? [String: Any] ?? ["overall": overall]
    }
}
