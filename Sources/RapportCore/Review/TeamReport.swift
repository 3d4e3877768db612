import Foundation

/// Patterns across many transcripts, kept as aggregates (and one short row per call): add one
/// transcript at a time (its header, events and coach comments), merge partial reports built in
/// parallel, read the results. Live calls are replayed through the conversation when their
/// playbook loads, so objections, fields and outcomes read as `review` and `summary` read them;
/// without it they are scanned event by event. Practice sessions contribute their saved scorecard.
public struct TeamReport: Sendable {
    public struct Filter: Sendable {
        public var since: CalendarDay?
        public var rep: String?
        public var mode: SessionMode?

        public init(since: CalendarDay? = nil, rep: String? = nil, mode: SessionMode? = nil) {
            self.since = since
            self.rep = rep
            self.mode = mode
        }

        public func admits(_ header: TranscriptHeader) -> Bool {
            if let mode, header.mode != mode { return false }
            if let rep, (header.rep ?? "").lowercased() != rep.lowercased() { return false }
            if let since, let day = CalendarDay(iso: header.started.prefix(10)), day < since { return false }
            return true
        }
    }

    public struct Tally: Sendable, Hashable {
        public var count = 0
        public var resolved = 0
        public var unresolved = 0
        public var won = 0
        public var lost = 0

        public init(count: Int = 0, resolved: Int = 0, unresolved: Int = 0, won: Int = 0, lost: Int = 0) {
            self.count = count
            self.resolved = resolved
            self.unresolved = unresolved
            self.won = won
            self.lost = lost
        }
    }

    public struct Mean: Sendable, Hashable {
        public var sum = 0.0
        public var count = 0
        public init(sum: Double = 0, count: Int = 0) {
            self.sum = sum
            self.count = count
        }
        public var value: Double { count == 0 ? 0 : sum / Double(count) }
        mutating func add(_ x: Double) { sum += x; count += 1 }
        mutating func merge(_ other: Mean) { sum += other.sum; count += other.count }
    }

    /// Transcripts read, and per file the damaged lines skipped.
    public var transcripts = 0
    /// Live sessions with no events at all (opened and closed): left out of every figure.
    public var emptySessions = 0

    /// A rep's live calls, in the figures a coach asks for.
    public struct RepFigures: Sendable, Hashable {
        public var calls = 0
        /// Seconds from the start of the call to its last event.
        public var length = Mean()
        /// Share of the playbook's qualification elements known at the end, 0 to 1.
        public var qualification = Mean()
        public var objectionsRaised = 0
        public var objectionsResolved = 0
        public var closesUsed = 0
        public var won = 0
        public var lost = 0
        public var nextSteps = 0

        public init(calls: Int = 0, length: Mean = Mean(), qualification: Mean = Mean(), objectionsRaised: Int = 0, objectionsResolved: Int = 0,
                    closesUsed: Int = 0, won: Int = 0, lost: Int = 0, nextSteps: Int = 0) {
            self.calls = calls
            self.length = length
            self.qualification = qualification
            self.objectionsRaised = objectionsRaised
            self.objectionsResolved = objectionsResolved
            self.closesUsed = closesUsed
            self.won = won
            self.lost = lost
            self.nextSteps = nextSteps
        }

        mutating func merge(_ other: RepFigures) {
            calls += other.calls
            length.merge(other.length)
            qualification.merge(other.qualification)
            objectionsRaised += other.objectionsRaised
            objectionsResolved += other.objectionsResolved
            closesUsed += other.closesUsed
            won += other.won
            lost += other.lost
            nextSteps += other.nextSteps
        }
    }
    public var reps: [String: RepFigures] = [:]

    /// One ISO week (`2026-W48`): live calls and their results, practice scores.
    public struct WeekFigures: Sendable, Hashable {
        public var calls = 0
        public var nextSteps = 0
        public var won = 0
        public var lost = 0
        public var practice = Mean()

        public init(calls: Int = 0, nextSteps: Int = 0, won: Int = 0, lost: Int = 0, practice: Mean = Mean()) {
            self.calls = calls
            self.nextSteps = nextSteps
            self.won = won
            self.lost = lost
            self.practice = practice
        }

        mutating func merge(_ other: WeekFigures) {
            calls += other.calls
            nextSteps += other.nextSteps
            won += other.won
            lost += other.lost
            practice.merge(other.practice)
        }
    }
    public var weeks: [String: WeekFigures] = [:]
    /// Trainee → ISO week → mean practice score.
    public var trendByWeek: [String: [String: Mean]] = [:]
    /// Stage id → seconds spent in it, per call that was in it.
    public var stageSeconds: [String: Mean] = [:]

    /// One call, as the calls list shows it.
    public struct CallRow: Sendable, Hashable {
        public var file: String
        public var started: String
        public var mode: SessionMode
        public var rep: String?
        public var account: String?
        /// `won`, `lost`, or nil.
        public var outcome: String?
        /// The furthest stage reached (live) or the persona (practice).
        public var reached: String?
        public var nextStep = false
        public var score: Int?
        public var seconds: Double?
        public var comments: [CoachComment] = []
        /// How a live call ended, read as `review` and `summary` read it (when its playbook
        /// loaded), kept as the JSON calls list writes it: a report holds one per call, and a
        /// string is a fraction of the memory of the reading's maps.
        public var readingJSON: String?

        public init(file: String, started: String, mode: SessionMode, rep: String?, account: String?) {
            self.file = file
            self.started = started
            self.mode = mode
            self.rep = rep
            self.account = account
        }
    }
    public var calls: [CallRow] = []
    /// Stage id → live calls that ended there before the last stage with no outcome.
    public var stopped: [String: Int] = [:]
    public var damaged: [String: Int] = [:]
    /// Files that are not transcripts or could not be read, with why.
    public var unreadable: [String: String] = [:]
    /// rep → mode → sessions.
    public var sessions: [String: [String: Int]] = [:]

    /// One deal: the live calls with one account (matched as `AccountMemory.key` does).
    public struct Deal: Sendable, Hashable {
        public var calls = 0
        public var firstDay: String?
        /// The latest outcome (won or lost) and the day of its call.
        public var won: Bool?
        public var outcomeDay: String?
        /// The furthest stage any of its calls reached (its index in the playbook, and its id).
        public var furthestIndex = -1
        public var furthestStage: String?

        public init(calls: Int = 0, firstDay: String? = nil, won: Bool? = nil, outcomeDay: String? = nil, furthestIndex: Int = -1, furthestStage: String? = nil) {
            self.calls = calls
            self.firstDay = firstDay
            self.won = won
            self.outcomeDay = outcomeDay
            self.furthestIndex = furthestIndex
            self.furthestStage = furthestStage
        }

        mutating func merge(_ other: Deal) {
            calls += other.calls
            if other.furthestIndex > furthestIndex { furthestIndex = other.furthestIndex; furthestStage = other.furthestStage }
            if let day = other.firstDay, firstDay == nil || day < firstDay! { firstDay = day }
            if let day = other.outcomeDay, outcomeDay == nil || day >= outcomeDay! { outcomeDay = day; won = other.won }
        }

        /// Days from the first call to the call that won or lost it.
        public var daysToOutcome: Int? {
            guard let first = firstDay.flatMap({ CalendarDay(iso: $0) }), let end = outcomeDay.flatMap({ CalendarDay(iso: $0) }) else { return nil }
            return end.daysSinceEpoch - first.daysSinceEpoch
        }
    }

    /// Account key → its deal.
    public var deals: [String: Deal] = [:]

    // Live calls
    public var liveCalls = 0
    /// Stage id → calls whose furthest stage it was (where calls stop).
    public var lastStage: [String: Int] = [:]
    /// Stage order seen in the playbooks, for presenting drop-off in order.
    public var stageOrder: [String] = []
    public var stageTitles: [String: String] = [:]
    /// Qualification element → calls that ended with it unknown.
    public var unknownAtEnd: [Qualification: Int] = [:]
    public var objections: [String: Tally] = [:]
    public var closes: [String: Tally] = [:]
    public var won = 0
    public var lost = 0
    public var lostReasons: [String: Int] = [:]
    public var nextSteps = 0

    // Practice
    public var practiceSessions = 0
    /// Ten buckets: 0–9, 10–19, …, 90–100.
    public var scoreBuckets = [Int](repeating: 0, count: 10)
    public var scores = Mean()
    /// trainee → day (YYYY-MM-DD) → mean score that day.
    public var trend: [String: [String: Mean]] = [:]
    public var missedFacts: [String: Int] = [:]
    public var rubricItems: [String: Mean] = [:]

    public init() {}

    /// Adds one transcript. `playbook` (when it could be loaded) gives stage order, fields
    /// and qualification; without it live calls count only what their events say.
    public mutating func add(header: TranscriptHeader, entries: [TranscriptEntry], damagedLines: Int, file: String, playbook: Playbook?,
                             comments: [CoachComment] = []) {
        transcripts += 1
        if damagedLines > 0 { damaged[file] = damagedLines }
        if header.mode != .practice, entries.isEmpty {
            emptySessions += 1
            return
        }
        sessions[header.rep ?? "(no rep)", default: [:]][header.mode.rawValue, default: 0] += 1
        let start = TranscriptClock.seconds(header.started)
        let end = entries.last.flatMap { TranscriptClock.seconds($0.at) }
        var row = CallRow(file: file, started: header.started, mode: header.mode, rep: header.rep, account: header.account)
        row.comments = comments.sorted { $0.turn < $1.turn }
        if let start, let end, end >= start { row.seconds = end - start }
        let week = CalendarDay(iso: header.started.prefix(10))?.isoWeek ?? "unknown"
        if header.mode == .practice {
            if let overall = addPractice(header: header, entries: entries, playbook: playbook) {
                row.score = Int(overall.rounded())
                weeks[week, default: WeekFigures()].practice.add(overall)
                trendByWeek[header.rep ?? "(no name)", default: [:]][week, default: Mean()].add(overall)
            }
            row.reached = header.persona
        } else {
            let call = addLive(header: header, entries: entries, playbook: playbook, comments: comments)
            var figures = RepFigures(calls: 1, objectionsRaised: call.raised, objectionsResolved: call.resolved, closesUsed: call.closes,
                                     won: call.won == true ? 1 : 0, lost: call.won == false ? 1 : 0, nextSteps: call.nextStep ? 1 : 0)
            if let seconds = row.seconds { figures.length.add(seconds) }
            if let qualification = call.qualification { figures.qualification.add(qualification) }
            reps[header.rep ?? "(no rep)", default: RepFigures()].merge(figures)
            weeks[week, default: WeekFigures()].merge(WeekFigures(calls: 1, nextSteps: figures.nextSteps, won: figures.won, lost: figures.lost))
            row.readingJSON = call.reading.map(ReportDocument.readingJSON)
            row.outcome = call.won.map { $0 ? "won" : "lost" }
            row.nextStep = call.nextStep
            // Titled by the call's own playbook, so the row reads the same whatever calls were read before it.
            row.reached = call.furthest.map { id in playbook?.stages.first { $0.id == id }?.title ?? id }
            // Time in each stage: the gap after each event belongs to that event's stage (idle
            // gaps over half an hour are not call time).
            var spent: [String: Double] = [:]
            var previous: (stage: String?, at: Double?)?
            for entry in entries {
                let at = TranscriptClock.seconds(entry.at)
                if let previous, let stage = previous.stage, let from = previous.at, let at, at >= from, at - from <= 1_800 {
                    spent[stage, default: 0] += at - from
                }
                previous = (entry.stage, at)
            }
            for (stage, seconds) in spent { stageSeconds[stage, default: Mean()].add(seconds) }
        }
        calls.append(row)
    }

    /// What one live call added: the figures a rep's row and the week are made of.
    private struct LiveCall {
        /// Share of the qualification known at the end, when the playbook says what qualifies.
        var qualification: Double?
        var raised = 0
        var resolved = 0
        var closes = 0
        /// True won, false lost, nil no outcome.
        var won: Bool?
        var nextStep = false
        var furthest: String?
        var reading: CallReading?
    }

    /// Adds a live call to the totals and says what it added.
    private mutating func addLive(header: TranscriptHeader, entries: [TranscriptEntry], playbook: Playbook?, comments: [CoachComment] = []) -> LiveCall {
        liveCalls += 1
        if let account = header.account, !AccountMemory.key(account).isEmpty {
            var deal = Deal(calls: 1, firstDay: header.sessionDay)
            if let last = entries.last(where: { $0.type == .won || $0.type == .lost }) {
                deal.won = last.type == .won
                deal.outcomeDay = header.sessionDay
            }
            if let playbook {
                let order = Dictionary(uniqueKeysWithValues: playbook.stages.enumerated().map { ($1.id, $0) })
                for entry in entries { if let stage = entry.stage, let index = order[stage], index > deal.furthestIndex { deal.furthestIndex = index; deal.furthestStage = stage } }
            }
            deals[AccountMemory.key(account), default: Deal()].merge(deal)
        }
        if let playbook {
            for stage in playbook.stages where stageTitles[stage.id] == nil {
                stageOrder.append(stage.id)
                stageTitles[stage.id] = stage.title
            }
        }
        let stageIndex: [String: Int] = playbook.map { Dictionary(uniqueKeysWithValues: $0.stages.enumerated().map { ($1.id, $0) }) } ?? [:]
        if let playbook {
            // Read the call the way review and summary do: by replaying it.
            return addReplayed(Transcript(header: header, entries: entries).replay(on: playbook, rendering: false, comments: comments), entries: entries, stageIndex: stageIndex)
        }
        var call = LiveCall()
        var furthest: (index: Int, id: String)?
        var known: [String: Bool] = [:]
        var undo: [(field: String, was: Bool?)?] = []
        var open: [String] = []
        var lastClose: String?
        let parser = AnswerParser(today: header.day ?? CalendarDay(year: 2000, month: 1, day: 1))
        for entry in entries {
            if let stage = entry.stage {
                let index = stageIndex[stage] ?? (furthest?.index ?? 0)
                if furthest == nil || index > furthest!.index { furthest = (index, stage) }
            }
            switch entry.type {
            case .answer:
                if let step = entry.step.flatMap({ playbook?.step($0) }), let fieldID = step.record, let field = playbook?.field(fieldID) {
                    undo.append((fieldID, known[fieldID]))
                    let value = parser.parse(entry.text ?? "", for: field) != nil
                    known[fieldID] = field.type == .tags ? (value || known[fieldID] == true) : value
                } else {
                    undo.append(nil)
                }
            case .skip, .goto, .stage:
                undo.append(nil)
            case .next:
                undo.append(nil)
                nextSteps += 1
                call.nextStep = true
            case .back:
                if let last = undo.popLast(), let change = last { known[change.field] = change.was }
            case .detect, .objection:
                if let id = entry.target, !open.contains(id) {
                    open.append(id)
                    objections[id, default: Tally()].count += 1
                    call.raised += 1
                }
            case .outcome:
                if let id = open.popLast() {
                    if entry.text == "resolved" {
                        objections[id, default: Tally()].resolved += 1
                        call.resolved += 1
                    } else {
                        objections[id, default: Tally()].unresolved += 1
                    }
                }
            case .close:
                if let id = entry.target {
                    closes[id, default: Tally()].count += 1
                    call.closes += 1
                    lastClose = id
                }
            case .won:
                won += 1
                call.won = true
                if let id = lastClose { closes[id, default: Tally()].won += 1 }
            case .lost:
                lost += 1
                call.won = false
                if let id = lastClose { closes[id, default: Tally()].lost += 1 }
                let reason = (entry.text ?? "").lowercased().trimmingCharacters(in: .whitespaces)
                if !reason.isEmpty { lostReasons[String(reason.prefix(60)), default: 0] += 1 }
            default:
                break
            }
        }
        if let furthest {
            lastStage[furthest.id, default: 0] += 1
            if call.won == nil { stopped[furthest.id, default: 0] += 1 }
        }
        call.furthest = furthest?.id
        return call
    }

    /// Totals from a call replayed through the conversation: objections as the call ended
    /// (undone ones gone, false alarms dismissed), closes, outcome, next step, qualification.
    private mutating func addReplayed(_ conversation: Conversation, entries: [TranscriptEntry], stageIndex: [String: Int]) -> LiveCall {
        let playbook = conversation.playbook
        let profile = conversation.profile
        var furthest: (index: Int, id: String)?
        for entry in entries {
            guard let stage = entry.stage else { continue }
            let index = stageIndex[stage] ?? (furthest?.index ?? 0)
            if furthest == nil || index > furthest!.index { furthest = (index, stage) }
        }
        if let furthest {
            lastStage[furthest.id, default: 0] += 1
            // A stop: the call ended before the last stage, with no outcome.
            if profile.outcome == nil, furthest.index < playbook.stages.count - 1 { stopped[furthest.id, default: 0] += 1 }
        }
        var call = LiveCall(furthest: furthest?.id, reading: CallReading(conversation))
        for raised in profile.objections {
            // Carried open from an earlier call (turn 0): counted where it was raised; here
            // only how it ended.
            if raised.turn > 0 {
                objections[raised.objectionID, default: Tally()].count += 1
                call.raised += 1
            }
            if raised.resolved == true {
                objections[raised.objectionID, default: Tally()].resolved += 1
                call.resolved += 1
            }
            if raised.resolved == false { objections[raised.objectionID, default: Tally()].unresolved += 1 }
        }
        for used in profile.closesUsed { closes[used.closeID, default: Tally()].count += 1 }
        call.closes = profile.closesUsed.count
        if let outcome = profile.outcome {
            call.won = outcome.won
            if outcome.won { won += 1 } else { lost += 1 }
            if let id = outcome.closeID {
                if outcome.won { closes[id, default: Tally()].won += 1 } else { closes[id, default: Tally()].lost += 1 }
            }
            let reason = (outcome.reason ?? "").lowercased().trimmingCharacters(in: .whitespaces)
            if !outcome.won, !reason.isEmpty { lostReasons[String(reason.prefix(60)), default: 0] += 1 }
        }
        if profile.nextStep != nil || playbook.followUp.map({ profile.isKnown($0.date) }) == true {
            nextSteps += 1
            call.nextStep = true
        }
        let unknown = conversation.unknownQualifications
        for element in unknown { unknownAtEnd[element, default: 0] += 1 }
        let declared = Set(playbook.fields.compactMap(\.qualifies)).count
        call.qualification = declared == 0 ? nil : Double(declared - unknown.count) / Double(declared)
        return call
    }

    /// Adds a practice session; returns its overall score when it has a valid one.
    private mutating func addPractice(header: TranscriptHeader, entries: [TranscriptEntry], playbook: Playbook?) -> Double? {
        practiceSessions += 1
        // Scores come from files: only a number from 0 to 100 counts.
        guard let saved = entries.last(where: { $0.type == .scorecard }), let overall = saved.score, overall.isFinite, (0...100).contains(overall) else { return nil }
        scores.add(overall)
        scoreBuckets[min(9, max(0, Int(overall) / 10))] += 1
        trend[header.rep ?? "(no name)", default: [:]][String(header.started.prefix(10)), default: Mean()].add(overall)
        guard let text = saved.text, let card = SavedScorecard(json: text) else { return overall }
        for field in card.missed ?? [] {
            missedFacts[playbook?.field(field)?.label ?? field, default: 0] += 1
        }
        for item in card.items ?? [] {
            guard let score = item.score, score.isFinite, (0...1).contains(score), item.applicable ?? true else { continue }
            rubricItems[item.item, default: Mean()].add(score)
        }
        return overall
    }

    public mutating func merge(_ other: TeamReport) {
        transcripts += other.transcripts
        emptySessions += other.emptySessions
        for (rep, figures) in other.reps { reps[rep, default: RepFigures()].merge(figures) }
        for (week, figures) in other.weeks { weeks[week, default: WeekFigures()].merge(figures) }
        for (trainee, weeks) in other.trendByWeek {
            for (week, mean) in weeks { trendByWeek[trainee, default: [:]][week, default: Mean()].merge(mean) }
        }
        for (stage, mean) in other.stageSeconds { stageSeconds[stage, default: Mean()].merge(mean) }
        calls += other.calls
        stopped.merge(other.stopped) { $0 + $1 }
        damaged.merge(other.damaged) { $0 + $1 }
        unreadable.merge(other.unreadable) { a, _ in a }
        for (rep, modes) in other.sessions { sessions[rep, default: [:]].merge(modes) { $0 + $1 } }
        liveCalls += other.liveCalls
        for (key, deal) in other.deals { deals[key, default: Deal()].merge(deal) }
        lastStage.merge(other.lastStage) { $0 + $1 }
        for id in other.stageOrder where stageTitles[id] == nil {
            stageOrder.append(id)
            stageTitles[id] = other.stageTitles[id]
        }
        unknownAtEnd.merge(other.unknownAtEnd) { $0 + $1 }
        for (id, t) in other.objections { objections[id, default: Tally()].add(t) }
        for (id, t) in other.closes { closes[id, default: Tally()].add(t) }
        won += other.won
        lost += other.lost
        lostReasons.merge(other.lostReasons) { $0 + $1 }
        nextSteps += other.nextSteps
        practiceSessions += other.practiceSessions
        for i in scoreBuckets.indices { scoreBuckets[i] += other.scoreBuckets[i] }
        scores.merge(other.scores)
        for (trainee, days) in other.trend {
            for (day, mean) in days { trend[trainee, default: [:]][day, default: Mean()].merge(mean) }
        }
        missedFacts.merge(other.missedFacts) { $0 + $1 }
        for (id, mean) in other.rubricItems { rubricItems[id, default: Mean()].merge(mean) }
    }

    /// Deals across calls: how many, calls per deal, won and lost, and days from the first call
    /// to the outcome (median), for accounts named with `--account`.
    /// Stage id → deals whose calls got no further than it.
    public var dealsReached: [String: Int] {
        deals.values.reduce(into: [:]) { counts, deal in if let stage = deal.furthestStage { counts[stage, default: 0] += 1 } }
    }

    public var dealFigures: (deals: Int, callsPerDeal: Double, won: Int, lost: Int, medianDaysToOutcome: Int?) {
        let all = Array(deals.values)
        let won = all.filter { $0.won == true }.count
        let lost = all.filter { $0.won == false }.count
        let days = all.compactMap(\.daysToOutcome).sorted()
        let calls = all.reduce(0) { $0 + $1.calls }
        return (all.count, all.isEmpty ? 0 : Double(calls) / Double(all.count), won, lost, days.isEmpty ? nil : days[days.count / 2])
    }

    /// Calls that reached each stage (those that stopped there or later), in playbook order.
    public var reached: [(stage: String, calls: Int)] {
        var remaining = liveCalls
        return stageOrder.map { id in
            defer { remaining -= lastStage[id] ?? 0 }
            return (id, remaining)
        }
    }
}

extension TeamReport.Tally {
    mutating func add(_ other: TeamReport.Tally) {
        count += other.count
        resolved += other.resolved
        unresolved += other.unresolved
        won += other.won
        lost += other.lost
    }
}
