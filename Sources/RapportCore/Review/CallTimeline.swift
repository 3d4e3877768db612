import Foundation

/// One saved conversation as a coach reads it: grouped by stage, with stable turn numbers,
/// who said what, the step each answer belonged to, profile fields as they were filled,
/// objections, closes, next steps and notes, stage durations, coach comments under their
/// turns, and for practice sessions the scorecard. Built by replaying the transcript, so it
/// shows what the program did, not only what was typed.
public struct CallTimeline: Sendable {
    public enum Speaker: String, Sendable {
        case rep, customer, trainee, buyer, note, system
    }

    public struct Item: Sendable {
        public var turn: Int?
        public var at: String
        public var speaker: Speaker
        public var text: String
        /// What the program made of it: fields recorded, objections, trust, facts uncovered.
        public var details: [String]
        public var step: String?
        public var comments: [CoachComment]
    }

    public struct Section: Sendable {
        public var stageID: String?
        public var title: String
        public var items: [Item]
        /// Seconds from the section's first event to the next section's first (or the end).
        public var seconds: Double?
    }

    public var header: TranscriptHeader
    public var sections: [Section]
    /// One-line facts about the whole call (outcome, next step, objections).
    public var highlights: [String]
    public var scorecard: Scorecard?
    /// How a live call ended (nil for practice), read as `summary` and `report` read it.
    public var reading: CallReading?
    /// Lines of the transcript that could not be read.
    public var damagedLines: Int
    /// Comments on turns that no longer exist (the file was edited), shown at the end.
    public var orphanComments: [CoachComment]

    /// Every turn number an item carries, for checking comments.
    public var turns: [Int] { sections.flatMap { $0.items.compactMap(\.turn) }.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } } }

    public init(transcript: Transcript, playbook: Playbook, comments: [CoachComment] = []) {
        header = transcript.header
        damagedLines = transcript.problems.count
        var items: [(stage: String?, item: Item)] = []
        var scorecard: Scorecard?
        var highlights: [String] = []
        if transcript.header.mode == .practice {
            let play = transcript.replayPractice(on: playbook)
            for entry in transcript.entries {
                switch entry.type {
                case .say:
                    var details: [String] = []
                    if let exchange = play?.exchanges.first(where: { $0.turn == entry.turn }) {
                        let move = exchange.move
                        var reading: [String] = []
                        if move.isQuestion { reading.append(move.isOpen ? "open question" : "closed question") }
                        if move.acknowledges { reading.append("acknowledges") }
                        if move.summarises { reading.append("summary") }
                        if move.pitches { reading.append("pitch") }
                        if move.asksToClose { reading.append("asks to close") }
                        if move.words > 40 { reading.append("\(move.words) words") }
                        if !reading.isEmpty { details.append(reading.joined(separator: ", ")) }
                    }
                    items.append((nil, Item(turn: entry.turn, at: entry.at, speaker: .trainee, text: entry.text ?? "", details: details, step: nil, comments: [])))
                case .buyer:
                    var details: [String] = []
                    if let exchange = play?.exchanges.first(where: { $0.turn == entry.turn }) {
                        if !exchange.revealed.isEmpty {
                            details.append("uncovered: " + exchange.revealed.map { playbook.field($0)?.label ?? $0 }.joined(separator: ", "))
                        }
                        if let raised = exchange.raised { details.append("objection raised: \(raised)") }
                    }
                    if let trust = entry.score, trust.isFinite, abs(trust) <= 1000 { details.append("trust \(Int(trust))") }
                    items.append((nil, Item(turn: entry.turn, at: entry.at, speaker: .buyer, text: entry.text ?? "", details: details, step: nil, comments: [])))
                case .hint:
                    items.append((nil, Item(turn: entry.turn, at: entry.at, speaker: .system, text: "hint shown: " + (entry.text ?? ""), details: [], step: nil, comments: [])))
                case .end:
                    items.append((nil, Item(turn: nil, at: entry.at, speaker: .system, text: "ended: " + (entry.text ?? ""), details: [], step: nil, comments: [])))
                default:
                    continue
                }
            }
            if let play {
                let card = Scorecard(play)
                scorecard = card
                highlights.append("Overall \(card.overall)/100")
                highlights.append("uncovered \(card.revealed.count) of \(card.revealed.count + card.missed.count) facts")
                if let next = play.nextStep { highlights.append("next step agreed for \(next.day)") }
                if play.ending == .walkedAway { highlights.append("the buyer walked away") }
            }
        } else {
            var conversation = Conversation(playbook: playbook, today: transcript.header.day ?? CalendarDay(year: 2000, month: 1, day: 1), dateOrder: transcript.header.dateOrder)
            for entry in transcript.entries {
                let prompt = conversation.prompt
                guard let event = entry.event, let actions = conversation.handle(entry) else {
                    switch entry.type {
                    case .resume: items.append((entry.stage, Item(turn: nil, at: entry.at, speaker: .system, text: "session resumed", details: [], step: entry.step, comments: [])))
                    case .end: items.append((entry.stage, Item(turn: nil, at: entry.at, speaker: .system, text: "ended: " + (entry.text ?? ""), details: [], step: entry.step, comments: [])))
                    default: break
                    }
                    continue
                }
                var details: [String] = []
                for action in actions {
                    switch action {
                    case .recorded(let fieldID, _):
                        let field = playbook.field(fieldID)
                        details.append("\(field?.label ?? fieldID) = \(field.flatMap { LineTemplate.display($0, conversation.profile[fieldID]) } ?? "")")
                    case .keptUnclear(let fieldID, _):
                        details.append("\(playbook.field(fieldID)?.label ?? fieldID): unclear, words kept")
                    case .changed(let fieldID, let from):
                        let field = playbook.field(fieldID)
                        details.append("\(field?.label ?? fieldID) changed (was \(field.flatMap { LineTemplate.display($0, FieldEntry(value: from, quotes: [])) } ?? from.description))")
                    case .differs(let fieldID, let value, _):
                        let field = playbook.field(fieldID)
                        details.append("\(field?.label ?? fieldID): a note says \(field.flatMap { LineTemplate.display($0, FieldEntry(value: value, quotes: [])) } ?? value.description); the known value was kept")
                    case .passedOver(let steps):
                        details.append("passed over (already known): \(steps.joined(separator: ", "))")
                    case .objectionDetected(let match):
                        details.append(String(format: "objection detected: %@ (%.2f)", match.objectionID, match.score))
                    case .competitorMentioned(let id):
                        details.append("competitor named: \(playbook.competitor(id)?.name ?? id)")
                    case .objectionSettled(let raised):
                        details.append("\(raised.objectionID) \(raised.resolved == true ? "resolved" : "unresolved")")
                    case .objectionDismissed(let raised):
                        details.append("\(raised.objectionID) detection dismissed as a false alarm (detected at turn \(raised.turn))")
                    case .stayed(let step):
                        details.append("an objection alone: the call stayed on \(step)")
                    case .stillAsking(let step):
                        details.append("another question's answer: the call stayed on \(step)")
                    case .rejected(let why):
                        details.append("refused: \(why)")
                    default: break
                    }
                }
                let stage = entry.stage
                let turn = entry.turn
                switch event {
                case .answered(let text):
                    if let prompt { items.append((stage, Item(turn: turn, at: entry.at, speaker: .rep, text: prompt.line, details: [], step: prompt.stepID, comments: []))) }
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .customer, text: text, details: details, step: prompt?.stepID, comments: [])))
                case .skipped:
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "skipped \(entry.step ?? "the step")", details: details, step: entry.step, comments: [])))
                case .wentBack:
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "went back (the last answer or move undone)", details: details, step: entry.step, comments: [])))
                case .wentToStep(let id), .wentToStage(let id):
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "jumped to \(id)", details: details, step: entry.step, comments: [])))
                case .noteTaken(let text):
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .note, text: text, details: details, step: entry.step, comments: [])))
                case .objectionRaised(let id):
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "objection card opened: \(playbook.objection(id)?.title ?? id)", details: details, step: entry.step, comments: [])))
                case .objectionOutcome:
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "objection outcome", details: details, step: entry.step, comments: [])))
                case .objectionDismissed:
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "false alarm marked", details: details, step: entry.step, comments: [])))
                case .closeUsed(let id):
                    let line = playbook.close(id).map { LineTemplate.render($0.line, playbook: playbook, profile: conversation.profile) } ?? ""
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .rep, text: line, details: ["close used: \(playbook.close(id)?.name ?? id)"] + details, step: entry.step, comments: [])))
                case .dealClosed(let won, let reason):
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: won ? "deal won" : "deal lost: \(reason ?? "")", details: details, step: entry.step, comments: [])))
                case .nextStepAgreed(let text):
                    let agreed = conversation.profile.nextStep.map { ["next step: \($0.what) on \($0.day)"] } ?? []
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "next step agreed: \(text)", details: agreed + details, step: entry.step, comments: [])))
                case .conceded(let text):
                    let term = conversation.profile.terms.last.map { ["concession: \($0.words)"] + $0.warnings.map { "warning: \($0)" } } ?? []
                    items.append((stage, Item(turn: turn, at: entry.at, speaker: .system, text: "gave: \(text)", details: term + details, step: entry.step, comments: [])))
                case .carried(let fact):
                    let what: String
                    switch fact.item {
                    case .field(let id, let words): what = "\(playbook.field(id)?.label ?? id) = \(words)"
                    case .objection(let id): what = "open objection: \(playbook.objection(id)?.title ?? id)"
                    case .outcome(let won, let reason): what = won ? "the deal was won" : "the deal was lost" + (reason.map { ": \($0)" } ?? "")
                    }
                    items.append((stage, Item(turn: nil, at: entry.at, speaker: .system, text: fact.from == CarriedFact.leadImport ? "carried from the lead import: \(what)" : "carried from the call of \(fact.day): \(what)", details: [], step: entry.step, comments: [])))
                }
            }
            conversation.applyFalseAlarms(CoachComment.falseAlarms(comments))
            let profile = conversation.profile
            reading = CallReading(conversation)
            if let outcome = profile.outcome { highlights.append("Outcome: \(outcome.label)" + (outcome.reason.map { " (\($0))" } ?? "")) }
            if let plan = FollowUpPlan(playbook: playbook, profile: profile) {
                highlights.append("next step: \(plan.what)" + (plan.day.map { " on \($0)" } ?? ""))
            }
            if !profile.objections.isEmpty {
                let resolved = profile.objections.filter { $0.resolved == true }.count
                highlights.append("\(profile.objections.count) objection\(profile.objections.count == 1 ? "" : "s") (\(resolved) resolved)")
            }
            let unknown = conversation.unknownQualifications
            if !unknown.isEmpty { highlights.append("still unknown: " + unknown.map(\.label).joined(separator: ", ")) }
        }
        // Comments under their turns: on the customer's or trainee's words when the turn has them.
        var orphans: [CoachComment] = []
        for comment in comments {
            let preferred = items.firstIndex { $0.item.turn == comment.turn && ($0.item.speaker == .customer || $0.item.speaker == .trainee) }
                ?? items.lastIndex { $0.item.turn == comment.turn }
            if let index = preferred { items[index].item.comments.append(comment) } else { orphans.append(comment) }
        }
        orphanComments = orphans
        // Sections: consecutive items of one stage.
        var sections: [Section] = []
        for (stage, item) in items {
            if let last = sections.last, last.stageID == stage || (stage == nil && transcript.header.mode != .practice) {
                sections[sections.count - 1].items.append(item)
            } else {
                let title: String
                if transcript.header.mode == .practice {
                    title = "Practice with " + (playbook.persona(transcript.header.persona ?? "")?.name ?? transcript.header.persona ?? "a persona")
                } else {
                    title = stage.flatMap { playbook.stage($0)?.title } ?? stage ?? "After the playbook"
                }
                sections.append(Section(stageID: stage, title: title, items: [item], seconds: nil))
            }
        }
        for index in sections.indices {
            let start = sections[index].items.first.flatMap { TranscriptClock.parse($0.at) }
            let end = index + 1 < sections.count ? sections[index + 1].items.first.flatMap { TranscriptClock.parse($0.at) } : sections[index].items.last.flatMap { TranscriptClock.parse($0.at) }
            if let start, let end { sections[index].seconds = max(0, end.timeIntervalSince(start)) }
        }
        self.sections = sections
        self.highlights = highlights
        self.scorecard = scorecard
    }
}
