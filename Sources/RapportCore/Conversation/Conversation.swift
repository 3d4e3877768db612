/// The conversation state machine: events in, actions out, no I/O. The same events from the
/// same start always give the same state, so a transcript replayed through it rebuilds a session.
public struct Conversation: Sendable {
    public enum State: Sendable, Hashable {
        case atStep(String)
        /// Past the last step: answers become notes until the rep goes back or jumps.
        case finished
    }

    private struct Snapshot: Sendable, Hashable {
        var state: State
        var entries: NeedsProfile
        var turn: Int
    }

    public let playbook: Playbook
    private let parser: AnswerParser
    /// Built on first use, to keep it out of start-up.
    /// Shared by every conversation on the same phrase banks, built on first use (to keep it
    /// out of start-up).
    private lazy var shared = MatcherCache.shared.entry(for: playbook)
    public var matcher: ObjectionMatcher { mutating get { shared.matcher } }
    /// False while a report replays calls: prompts (lines rendered for the screen) are not
    /// needed, only where the call is.
    public var rendersPrompts = true
    /// False when answers are facts already known to be facts (a practice session read as the
    /// call it rehearsed): nothing in them is heard as an objection.
    public var hearsObjections = true
    public let spotter: CompetitorSpotter
    public private(set) var state: State
    public private(set) var profile = NeedsProfile()
    /// How many events were accepted; the number of the next event is `turn + 1`.
    public private(set) var turn = 0
    private var undo: [Snapshot] = []
    /// An answer that was an objection alone, kept from its field while the call stays on the
    /// step; `/obj no` (a false alarm) records it after all.
    private var held: (step: String, text: String, turn: Int, value: FieldValue?)?
    /// How the last event's words were read, when it was an answer or a note: what a
    /// transcript records beside it.
    public private(set) var lastReading: AnswerReading?

    /// Starts at the playbook's first step. `today` anchors relative dates ("in 2 weeks").
    /// `dateOrder` says how numeric dates such as `8/12` read (nil: only unambiguous ones).
    public init(playbook: Playbook, today: CalendarDay, dateOrder: DateOrder? = nil) {
        self.playbook = playbook
        self.parser = AnswerParser(today: today, dateOrder: dateOrder)
        self.spotter = CompetitorSpotter(playbook: playbook)
        self.state = playbook.firstStepID.map(State.atStep) ?? .finished
        self.cueHeads = playbook.noteCueHeads
    }

    /// Words that can start a note cue, found once for the playbook.
    private let cueHeads: Set<String>

    /// The current step as the rep should see it, or nil when finished.
    public var prompt: StepPrompt? {
        guard case .atStep(let id) = state else { return nil }
        return prompt(for: id)
    }

    /// Applies a coach's false-alarm marks (from the comments beside a transcript) once a call
    /// is replayed: each detection named is dismissed. Returns the marks that matched nothing.
    @discardableResult
    public mutating func applyFalseAlarms(_ marks: [(turn: Int, objection: String)]) -> [(turn: Int, objection: String)] {
        marks.filter { !profile.dismissDetection($0.objection, raisedAt: $0.turn) }
    }

    public mutating func handle(_ event: ConversationEvent) -> [ConversationAction] {
        handle(event, asRead: nil)
    }

    /// Handles an event; an answer or a note comes with the reading recorded when it was given
    /// (a replay), taken instead of reading the words again when it fits the step the call is
    /// at and the playbook.
    public mutating func handle(_ event: ConversationEvent, asRead recorded: AnswerReading?) -> [ConversationAction] {
        let heldBefore = held
        held = nil
        lastReading = nil
        switch (event, state) {
        case (.objectionDismissed, _):
            return dismiss(held: heldBefore)
        case (.answered(let text), .atStep(let id)):
            return answer(text, at: id, asRead: recorded)
        case (.answered(let text), .finished):
            return note(text, asRead: recorded)
        case (.skipped, .atStep(let id)):
            save()
            turn += 1
            return advance(from: id)
        case (.skipped, .finished):
            return [.rejected("The playbook is finished: /summary to read it back, /back to change an answer, /quit to end.")]
        case (.wentBack, _):
            guard let snapshot = undo.popLast() else {
                return [.rejected("Nothing to go back to: this is the first step.")]
            }
            let later = profile
            state = snapshot.state
            profile = snapshot.entries
            profile.keepBookkeeping(from: later, undoneTurn: snapshot.turn + 1)
            turn += 1
            return showCurrent()
        case (.wentToStep(let id), _):
            guard playbook.step(id) != nil else {
                return [.rejected("No step '\(id)'. \(suggestion(id, among: playbook.stages.flatMap { $0.steps.map(\.id) }))")]
            }
            save()
            turn += 1
            state = .atStep(id)
            return showCurrent()
        case (.wentToStage(let id), _):
            guard let stage = playbook.stage(id), let first = stage.steps.first else {
                return [.rejected("No stage '\(id)'. \(suggestion(id, among: playbook.stages.map(\.id)))")]
            }
            save()
            turn += 1
            state = .atStep(first.id)
            return showCurrent()
        case (.noteTaken(let text), _):
            return note(text, asRead: recorded)
        case (.objectionRaised(let id), _):
            guard playbook.objection(id) != nil else {
                return [.rejected("No objection '\(id)'. \(suggestion(id, among: playbook.objections.map(\.id)))")]
            }
            turn += 1
            _ = profile.raise(id, turn: turn)
            return [.objectionRaised(id)]
        case (.objectionOutcome(let resolved), _):
            guard profile.objections.contains(where: { $0.resolved == nil }) else {
                return [.rejected("No open objection to mark: open its card with /obj first.")]
            }
            turn += 1
            guard let settled = profile.settleLatestObjection(resolved: resolved, turn: turn) else {
                preconditionFailure("an open objection was just found")
            }
            return [.objectionSettled(settled)]
        case (.closeUsed(let id), _):
            guard playbook.close(id) != nil else {
                return [.rejected("No close '\(id)'. \(suggestion(id, among: playbook.closes.map(\.id)))")]
            }
            turn += 1
            profile.useClose(id, turn: turn)
            return [.closeUsed(id)]
        case (.dealClosed(let won, let reason), _):
            turn += 1
            let outcome = DealOutcome(won: won, reason: reason, closeID: profile.closesUsed.last?.closeID, turn: turn)
            let previous = profile.outcome
            profile.setOutcome(outcome)
            // A second outcome replaces the first, and says so: /won then /lost is a change of
            // mind or a slip, never silent.
            return (previous.map { [ConversationAction.outcomeReplaced($0)] } ?? []) + [.dealClosed(outcome)]
        case (.carried(let fact), _):
            return carry(fact)
        case (.conceded(let text), _):
            return concede(text)
        case (.nextStepAgreed(let text), _):
            guard let reading = NextStepReading.read(text, today: parser.today, order: parser.dateOrder) else {
                return [.rejected("Give the next step and its date, as in /next demo for the CFO next Tuesday (a date such as 2026-12-04, Friday, in 2 weeks).")]
            }
            save()
            turn += 1
            let step = AgreedNextStep(what: reading.what, day: reading.day, dateWords: reading.dateWords, turn: turn)
            profile.agree(step)
            if let fields = playbook.followUp, let what = playbook.field(fields.nextStep), let when = playbook.field(fields.date) {
                profile.record(what, parsed: .text(reading.what), quote: Quote(text: reading.what, turn: turn))
                profile.record(when, parsed: .date(reading.day), quote: Quote(text: reading.dateWords, turn: turn))
                // At the step that asks for the next step or its date, /next has answered it:
                // the call moves on, past what is now known, instead of asking again.
                if case .atStep(let id) = state, let current = playbook.step(id), [fields.nextStep, fields.date].contains(current.record) {
                    let (landing, passed) = passOverKnown(from: id)
                    state = landing
                    return [.nextStepAgreed(step), .passedOver(passed)] + showCurrent()
                }
            }
            return [.nextStepAgreed(step)]
        }
    }

    /// Reads an answer given at `step`: its field's value, the objections heard, whether it was
    /// an objection alone, other fields' facts, competitors named. Depends on nothing the call
    /// has done, so a reading recorded with the answer stands for it in a replay.
    private mutating func read(_ text: String, at step: Step) -> AnswerReading {
        let reading = NoteReading(playbook: playbook, parser: parser, cueHeads: cueHeads)
        // Cut once: the answer is read for its own field and for the others.
        let segments = NoteReading.segments(text)
        var result = AnswerReading()
        if let fieldID = step.record, let field = playbook.field(fieldID) {
            let value = reading.value(for: field, in: text, segments: segments).value
            result.value = value
            // A clean typed answer (a choice, a number, a date) is an answer, not an objection;
            // nor is a reply about what the step itself asks ("my wife" to "anyone else who
            // would want a say?"): a step about budget, authority, timeline or competition, or a
            // reply in the step's own words. Elsewhere the question's nearest objection is only
            // a guess and a stall is still heard ("just send me some info" to "what are the steps
            // to get it approved?").
            var heard: ObjectionMatcher.Reading?
            if hearsObjections && (value == nil || field.type == .text) {
                let reading = matcher.reading(text)
                if !reading.objections.isEmpty {
                    // Only when something was heard: reading the step's own words costs time.
                    let asksForAnObjection = field.qualifies.map { [.budget, .authority, .economicBuyer, .timeline, .competition].contains($0) } ?? false
                    let asked = asksForAnObjection || answersTheQuestion(text, step: step, field: field) ? asksAbout(step, field: field) : nil
                    heard = reading.leaving(asked)
                }
            }
            result.objections = heard?.objections ?? []
            // An objection and nothing else is not the answer; but asked for concerns, a concern
            // is the answer: words the step's own question uses ("worry" for "what concerns…").
            if let heard, heard.onlyObjections, value == nil || !answersTheQuestion(text, step: step, field: field) {
                result.held = true
            }
        } else {
            let heard = matcher.reading(text)
            result.objections = heard.objections
            // A step that records nothing still waits when all it heard was an objection.
            result.held = heard.onlyObjections
        }
        if !result.held { result.facts = reading.facts(in: segments, except: step.record) }
        // A free-text step takes any words; but a note made wholly of other fields' facts ("maybe
        // 40 hrs/mo on recs" or "team of 6, all on netsuite" asked how the close works) answers
        // those fields, not this one — unless it takes up the step's own words ("a five day
        // close" asked what a close half as long would be worth). (A pain's tags are read from
        // descriptions, which may be the answer: "each clinic emails a spreadsheet, we key it
        // into Dynamics" is the process.)
        if let fieldID = step.record, let field = playbook.field(fieldID), field.type == .text, !result.held, !result.facts.isEmpty,
            !answersTheQuestion(text, step: step, field: field)
        {
            let typed = result.facts.filter { playbook.field($0.field)?.type != .tags }.map { " " + Words.normalised($0.words).joined(separator: " ") + " " }
            let parts = segments.map { " " + Words.normalised($0.text).joined(separator: " ") + " " }.filter { $0.count > 2 }
            if !parts.isEmpty, parts.allSatisfy({ part in typed.contains { part.contains($0) } }) { result.value = nil }
        }
        result.competitors = spotter.spot(text)
        return result
    }


    /// An answer at step `id`, read now or, in a replay, as it was read when it was given.
    private mutating func answer(_ text: String, at id: String, asRead recorded: AnswerReading?) -> [ConversationAction] {
        guard let step = playbook.step(id) else { preconditionFailure("current step \(id) is not in the playbook") }
        let reading = recorded.flatMap { $0.fits(step, in: playbook) ? $0 : nil } ?? read(text, at: step)
        lastReading = reading
        save()
        turn += 1
        if reading.held { return hold(text, at: id, reading) }
        var actions: [ConversationAction] = []
        // Another field's fact alone at a free-text step: recorded there, and the step still asks.
        if let fieldID = step.record, let field = playbook.field(fieldID), field.type == .text, reading.value == nil, !reading.facts.isEmpty {
            let recorded = alsoRecord(reading.facts)
            return recorded + raise(reading.objections) + spot(reading.competitors) + [.stillAsking(id)]
        }
        if let fieldID = step.record, let field = playbook.field(fieldID) {
            let previous = profile.value(fieldID)
            let value = reading.value
            profile.record(field, parsed: value, quote: Quote(text: text, turn: turn))
            if let value {
                actions.append(.recorded(field: fieldID, value: value))
                if let previous, previous != value, field.type != .tags { actions.append(.changed(field: fieldID, from: previous)) }
            } else {
                actions.append(.keptUnclear(field: fieldID, raw: text))
            }
        } else {
            let quote = Quote(text: text, turn: turn)
            profile.addNote(quote)
            actions.append(.noted(quote))
        }
        actions += raise(reading.objections)
        actions += alsoRecord(reading.facts)
        actions += spot(reading.competitors)
        return actions + advance(from: id)
    }

    /// Records what a note says about fields other than the step's own. Unknown fields are
    /// filled; a known one is never overwritten from an aside ("then the CFO signs" is not the
    /// contact's role): a different value is shown so the rep can `/goto` its step.
    private mutating func alsoRecord(_ facts: [NoteReading.Fact]) -> [ConversationAction] {
        var actions: [ConversationAction] = []
        for fact in facts {
            guard let field = playbook.field(fact.field) else { continue }
            let previous = profile.value(fact.field)
            if let previous, previous == fact.value { continue }
            if case .tags(let old)? = previous, case .tags(let new) = fact.value {
                if Set(new).isSubset(of: Set(old)) { continue }
            } else if previous != nil, profile.carried[fact.field] == nil {
                actions.append(.differs(field: fact.field, value: fact.value, words: fact.words))
                continue
            }
            // A value carried from an earlier call gives way to what this call hears, shown as
            // a change (the transcript keeps both).
            profile.record(field, parsed: fact.value, quote: Quote(text: fact.words, turn: turn))
            guard let value = profile.value(fact.field) else { continue }
            actions.append(.recorded(field: fact.field, value: value))
            if let previous, previous != value, field.type != .tags { actions.append(.changed(field: fact.field, from: previous)) }
        }
        return actions
    }

    /// Whether the words take up what the step asks: a term (stems, synonyms brought together)
    /// shared with its line, hint, field label or cues.
    /// The objection a step's own question is about, if it is near one ("Is there anyone else
    /// who would want a say?" is about who decides).
    private mutating func asksAbout(_ step: Step, field: Field) -> String? {
        shared.nearest(step.say + " " + field.label, id: step.id)
    }

    private mutating func answersTheQuestion(_ text: String, step: Step, field: Field) -> Bool {
        let asked = shared.terms(of: [step.say, step.hint ?? "", field.label, field.cues.joined(separator: " ")].joined(separator: " ")).subtracting(["not"])
        return Utterance(text).terms.contains { $0 != "not" && asked.contains($0) }
    }

    /// Takes in what an earlier call learnt. Before anything happens in this call, the call
    /// then starts at the first step that still has something to learn (or, once the deal was
    /// won, at the first such step of the follow-up stage). Never undone by `/back`.
    private mutating func carry(_ fact: CarriedFact) -> [ConversationAction] {
        switch fact.item {
        case .field(let id, let words):
            guard let field = playbook.field(id) else { return [] }
            profile.carry(fact, into: field, parsed: parser.parse(words, for: field))
        case .objection(let id):
            guard playbook.objection(id) != nil else { return [] }
            profile.carry(fact)
        case .outcome:
            profile.carry(fact)
        }
        if turn == 0 { state = firstStepToLearn() }
        return [.carriedOver(fact)]
    }

    /// Enters a concession in the ledger, with what is wrong with it: nothing asked in return,
    /// more discount than the rep may give (or than a manager may), past the walk-away point.
    private mutating func concede(_ text: String) -> [ConversationAction] {
        guard let negotiation = playbook.negotiation else {
            return [.rejected("This playbook has no negotiation section: nothing to give from. See playbooks/README.md, Negotiation.")]
        }
        guard let (concession, percent, inReturn) = negotiation.read(text) else {
            return [.rejected("Which concession? \(negotiation.concessions.map(\.id).joined(separator: ", ")) — as in /give discount 10% for a two-year term.")]
        }
        if concession.discount, percent == nil {
            return [.rejected("How much? /give \(concession.id) 10% for what you ask in return.")]
        }
        var warnings: [String] = []
        if inReturn == nil { warnings.append("nothing asked in return: ask for \(concession.ask)") }
        if let percent {
            let total = profile.terms.compactMap(\.percent).reduce(0, +) + percent
            if total > negotiation.walkAwayDiscount {
                warnings.append("\(FieldValue.number(total).description)% in all is past the walk-away point (\(FieldValue.number(negotiation.walkAwayDiscount).description)%)")
            } else if total > negotiation.managerAuthority {
                warnings.append("\(FieldValue.number(total).description)% in all is more than a manager may approve (\(FieldValue.number(negotiation.managerAuthority).description)%)")
            } else if total > negotiation.repAuthority {
                warnings.append("\(FieldValue.number(total).description)% in all is above your authority (\(FieldValue.number(negotiation.repAuthority).description)%): a manager must approve")
            }
        }
        save()
        turn += 1
        let term = AgreedTerm(concessionID: concession.id, label: concession.label, percent: percent, inReturn: inReturn, turn: turn, warnings: warnings)
        profile.concede(term)
        return [.conceded(term)]
    }

    /// The first step, in playbook order, whose field is not known yet; in the follow-up stage
    /// when an earlier call won the deal.
    private func firstStepToLearn() -> State {
        let won: Bool
        if case .outcome(let w, _)? = profile.carriedOutcome?.item { won = w } else { won = false }
        var stages = playbook.stages[...]
        if won, let fields = playbook.followUp,
            let index = playbook.stages.firstIndex(where: { $0.steps.contains { $0.record == fields.nextStep } })
        {
            stages = playbook.stages[index...]
        }
        for stage in stages {
            for step in stage.steps {
                guard let id = step.record, let field = playbook.field(id) else { continue }
                if !profile.isKnown(id) || (field.type == .tags && profile[id] == nil) { return .atStep(step.id) }
            }
        }
        return state
    }

    /// Records objections detected in the customer's words as raised.
    private mutating func raise(_ detected: [ObjectionMatcher.Match]) -> [ConversationAction] {
        detected.map { match in
            _ = profile.raise(match.objectionID, turn: turn, detected: true)
            return .objectionDetected(match)
        }
    }

    /// An objection alone: the call stays on its step, the words are kept as a note (and held
    /// for `/obj no`), and the objections are raised.
    private mutating func hold(_ text: String, at id: String, _ reading: AnswerReading) -> [ConversationAction] {
        let quote = Quote(text: text, turn: turn)
        profile.addNote(quote)
        held = (id, text, turn, reading.value)
        return [.noted(quote)] + raise(reading.objections) + spot(reading.competitors) + [.stayed(id)]
    }

    /// `/obj no`: the latest detection was a false alarm. It leaves the objections; when it
    /// had kept an answer from its field, the answer is recorded and the call moves on.
    private mutating func dismiss(held: (step: String, text: String, turn: Int, value: FieldValue?)?) -> [ConversationAction] {
        guard profile.latestOpenDetection != nil else {
            return [.rejected("No detected objection is open to dismiss: /obj no marks the last \"Sounds like …\" as a false alarm.")]
        }
        save()
        turn += 1
        guard let dismissed = profile.dismissLatestDetection(turn: turn) else { preconditionFailure("an open detection was just found") }
        var actions: [ConversationAction] = [.objectionDismissed(dismissed)]
        guard let held, case .atStep(let id) = state, id == held.step, let step = playbook.step(id),
            profile.objections.allSatisfy({ $0.turn != held.turn || $0.resolved != nil })
        else { return actions }
        guard let fieldID = step.record, let field = playbook.field(fieldID) else { return actions + advance(from: id) }
        let value = held.value.flatMap { $0.fits(field) ? $0 : nil }
        profile.record(field, parsed: value, quote: Quote(text: held.text, turn: held.turn))
        actions.append(value.map { .recorded(field: fieldID, value: $0) } ?? .keptUnclear(field: fieldID, raw: held.text))
        return actions + advance(from: id)
    }

    /// Notices the competitors named in the customer's words; each is pointed out once per call.
    private mutating func spot(_ named: [String]) -> [ConversationAction] {
        named.filter { profile.mention($0, turn: turn) }.map(ConversationAction.competitorMentioned)
    }

    /// A note (or an answer once the playbook is finished): kept, and read only for the
    /// competitors it names; in a replay, as it was read when it was taken.
    private mutating func note(_ text: String, asRead recorded: AnswerReading?) -> [ConversationAction] {
        let named = recorded.flatMap { $0.fitsANote(in: playbook) ? $0.competitors : nil } ?? spotter.spot(text)
        lastReading = AnswerReading(competitors: named)
        turn += 1
        let quote = Quote(text: text, turn: turn)
        profile.addNote(quote)
        return [.noted(quote)] + spot(named)
    }

    /// How many moves `/back` can undo: enough for any call, bounded so a runaway input
    /// (`yes | rapport`) cannot grow memory without end. Replays keep the same bound.
    public static let undoDepth = 500

    private mutating func save() {
        undo.append(Snapshot(state: state, entries: profile, turn: turn))
        if undo.count > Self.undoDepth { undo.removeFirst(undo.count - Self.undoDepth) }
    }

    /// Moves to the next step: the first branch whose condition holds, else the default,
    /// else the next step in order.
    private mutating func advance(from id: String) -> [ConversationAction] {
        guard let step = playbook.step(id) else { preconditionFailure("current step \(id) is not in the playbook") }
        let target = step.branches.first { $0.condition.holds(on: profile, playbook: playbook) }?.target
            ?? step.defaultNext
            ?? playbook.stepFollowing(id).map(Target.step)
            ?? .end
        switch target {
        case .step(let next):
            let (landing, passed) = passOverKnown(from: next)
            state = landing
            if !passed.isEmpty { return [.passedOver(passed)] + showCurrent() }
        case .end: state = .finished
        }
        return showCurrent()
    }

    /// From `id` on, passes over steps whose field is already known (a note gave it), following
    /// each one's branches as if it had been answered. Tags fields gather more with every
    /// answer, so their steps are never passed over.
    private func passOverKnown(from id: String) -> (State, [String]) {
        var passed: [String] = []
        var current = id
        var seen: Set<String> = []
        while let step = playbook.step(current), let fieldID = step.record, let field = playbook.field(fieldID),
            field.type != .tags, profile.isKnown(fieldID), seen.insert(current).inserted
        {
            passed.append(current)
            let target = step.branches.first { $0.condition.holds(on: profile, playbook: playbook) }?.target
                ?? step.defaultNext
                ?? playbook.stepFollowing(current).map(Target.step)
                ?? .end
            switch target {
            case .step(let next): current = next
            case .end: return (.finished, passed)
            }
        }
        return (.atStep(current), passed)
    }

    private func showCurrent() -> [ConversationAction] {
        switch state {
        case .atStep(let id): return [.show(prompt(for: id))]
        case .finished: return [.finished]
        }
    }

    private func prompt(for id: String) -> StepPrompt {
        guard let path = playbook.path(ofStep: id) else { preconditionFailure("step \(id) is not in the playbook") }
        let stage = playbook.stages[path.stage]
        let step = stage.steps[path.step]
        guard rendersPrompts else {
            return StepPrompt(stageID: stage.id, stageTitle: stage.title, stageNumber: path.stage + 1, stageCount: playbook.stages.count,
                              stepID: step.id, position: path.step + 1, stepsInStage: stage.steps.count, line: "", hint: nil,
                              recordsInto: step.record, unknownQualifications: [])
        }
        var prompt = StepPrompt(
            stageID: stage.id, stageTitle: stage.title, stageNumber: path.stage + 1, stageCount: playbook.stages.count,
            stepID: step.id, position: path.step + 1, stepsInStage: stage.steps.count,
            line: LineTemplate.render(step.say, playbook: playbook, profile: profile),
            hint: step.hint.map { LineTemplate.render($0, playbook: playbook, profile: profile) },
            recordsInto: step.record, unknownQualifications: unknownQualifications)
        prompt.pressingUnknowns = pressing(prompt.unknownQualifications, from: path)
        return prompt
    }

    /// Unknown qualification elements in the order the steps from `path` on ask about them,
    /// then the others in BANT/MEDDICC order.
    private func pressing(_ unknown: [Qualification], from path: Playbook.StepPath) -> [Qualification] {
        let open = Set(unknown)
        var ordered: [Qualification] = []
        for stageIndex in path.stage..<playbook.stages.count {
            let steps = playbook.stages[stageIndex].steps
            for step in steps[(stageIndex == path.stage ? path.step : 0)...] {
                guard let element = step.record.flatMap(playbook.field)?.qualifies, open.contains(element), !ordered.contains(element) else { continue }
                ordered.append(element)
            }
        }
        return ordered + unknown.filter { !ordered.contains($0) }
    }

    /// Qualification elements that no known field covers yet, in BANT/MEDDICC order.
    public var unknownQualifications: [Qualification] {
        let known = Set(playbook.fields.filter { $0.qualifies != nil && profile.isKnown($0.id) }.compactMap(\.qualifies))
        let declared = Set(playbook.fields.compactMap(\.qualifies))
        return Qualification.allCases.filter { declared.contains($0) && !known.contains($0) }
    }

    private func suggestion(_ word: String, among ids: [String]) -> String {
        if let close = Spelling.closest(word, in: ids) { return "Did you mean '\(close)'?" }
        return "Known: \(ids.prefix(12).joined(separator: ", "))\(ids.count > 12 ? ", …" : "")."
    }
}

extension Conversation: Equatable {
    /// Two conversations are equal when they are in the same place with the same profile,
    /// turn count and undo history (the playbook is assumed the same).
    public static func == (a: Conversation, b: Conversation) -> Bool {
        a.state == b.state && a.profile == b.profile && a.turn == b.turn && a.undo == b.undo
    }
}
