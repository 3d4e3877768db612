import Foundation

/// Patterns across many transcripts, kept as aggregates only: add one transcript at a time
/// (its header and events), merge partial reports built in parallel, read the results.
/// Live calls are scanned without replaying the conversation: stages from each event's stage,
/// fields from answers read with the field's type (undone by `back`), objections, closes,
/// outcomes and next steps from their events. Practice sessions contribute their saved scorecard.
public struct TeamReport: Sendable {
    public struct Filter: Sendable {
        public var since: CalendarDay?
        public var rep: String?
        public var mode: String?

        public init(since: CalendarDay? = nil, rep: String? = nil, mode: String? = nil) {
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
    }

    public struct Mean: Sendable, Hashable {
        public var sum = 0.0
        public var count = 0
        public var value: Double { count == 0 ? 0 : sum / Double(count) }
        mutating func add(_ x: Double) { sum += x; count += 1 }
        mutating func merge(_ other: Mean) { sum += other.sum; count += other.count }
    }

    /// Transcripts read, and per file the damaged lines skipped.
    public var transcripts = 0
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
    public mutating func add(header: TranscriptHeader, entries: [TranscriptEntry], damagedLines: Int, file: String, playbook: Playbook?) {
        transcripts += 1
        if damagedLines > 0 { damaged[file] = damagedLines }
        sessions[header.rep ?? "(no rep)", default: [:]][header.mode, default: 0] += 1
        if header.mode == "practice" {
            addPractice(header: header, entries: entries, playbook: playbook)
        } else {
            addLive(header: header, entries: entries, playbook: playbook)
        }
    }

    private mutating func addLive(header: TranscriptHeader, entries: [TranscriptEntry], playbook: Playbook?) {
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
            addReplayed(Transcript(header: header, entries: entries).replay(on: playbook), entries: entries, stageIndex: stageIndex)
            return
        }
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
            case .back:
                if let last = undo.popLast(), let change = last { known[change.field] = change.was }
            case .detect, .objection:
                if let id = entry.target, !open.contains(id) {
                    open.append(id)
                    objections[id, default: Tally()].count += 1
                }
            case .outcome:
                if let id = open.popLast() {
                    if entry.text == "resolved" { objections[id, default: Tally()].resolved += 1 } else { objections[id, default: Tally()].unresolved += 1 }
                }
            case .close:
                if let id = entry.target {
                    closes[id, default: Tally()].count += 1
                    lastClose = id
                }
            case .won:
                won += 1
                if let id = lastClose { closes[id, default: Tally()].won += 1 }
            case .lost:
                lost += 1
                if let id = lastClose { closes[id, default: Tally()].lost += 1 }
                let reason = (entry.text ?? "").lowercased().trimmingCharacters(in: .whitespaces)
                if !reason.isEmpty { lostReasons[String(reason.prefix(60)), default: 0] += 1 }
            default:
                break
            }
        }
        if let furthest { lastStage[furthest.id, default: 0] += 1 }
        if let playbook {
            if let followUp = playbook.followUp, entries.contains(where: { $0.type == .answer && $0.step.flatMap { playbook.step($0)?.record } == followUp.date }),
                !entries.contains(where: { $0.type == .next }), known[followUp.date] == true
            {
                nextSteps += 1
            }
            let declared = Set(playbook.fields.compactMap(\.qualifies))
            let covered = Set(playbook.fields.filter { $0.qualifies != nil && known[$0.id] == true }.compactMap(\.qualifies))
            for element in declared.subtracting(covered) { unknownAtEnd[element, default: 0] += 1 }
        }
    }

    /// Totals from a call replayed through the conversation: objections as the call ended
    /// (undone ones gone, false alarms dismissed), closes, outcome, next step, qualification.
    private mutating func addReplayed(_ conversation: Conversation, entries: [TranscriptEntry], stageIndex: [String: Int]) {
        let playbook = conversation.playbook
        let profile = conversation.profile
        var furthest: (index: Int, id: String)?
        for entry in entries {
            guard let stage = entry.stage else { continue }
            let index = stageIndex[stage] ?? (furthest?.index ?? 0)
            if furthest == nil || index > furthest!.index { furthest = (index, stage) }
        }
        if let furthest { lastStage[furthest.id, default: 0] += 1 }
        for raised in profile.objections {
            // Carried open from an earlier call (turn 0): counted where it was raised; here
            // only how it ended.
            if raised.turn > 0 { objections[raised.objectionID, default: Tally()].count += 1 }
            if raised.resolved == true { objections[raised.objectionID, default: Tally()].resolved += 1 }
            if raised.resolved == false { objections[raised.objectionID, default: Tally()].unresolved += 1 }
        }
        for used in profile.closesUsed { closes[used.closeID, default: Tally()].count += 1 }
        if let outcome = profile.outcome {
            if outcome.won { won += 1 } else { lost += 1 }
            if let id = outcome.closeID {
                if outcome.won { closes[id, default: Tally()].won += 1 } else { closes[id, default: Tally()].lost += 1 }
            }
            let reason = (outcome.reason ?? "").lowercased().trimmingCharacters(in: .whitespaces)
            if !outcome.won, !reason.isEmpty { lostReasons[String(reason.prefix(60)), default: 0] += 1 }
        }
        if profile.nextStep != nil || playbook.followUp.map({ profile.isKnown($0.date) }) == true { nextSteps += 1 }
        for element in conversation.unknownQualifications { unknownAtEnd[element, default: 0] += 1 }
    }

    private mutating func addPractice(header: TranscriptHeader, entries: [TranscriptEntry], playbook: Playbook?) {
        practiceSessions += 1
        // Scores come from files: only a number from 0 to 100 counts.
        guard let saved = entries.last(where: { $0.type == .scorecard }), let overall = saved.score, overall.isFinite, (0...100).contains(overall) else { return }
        scores.add(overall)
        scoreBuckets[min(9, max(0, Int(overall) / 10))] += 1
        trend[header.rep ?? "(no name)", default: [:]][String(header.started.prefix(10)), default: Mean()].add(overall)
        guard let text = saved.text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return }
        for field in object["missed"] as? [String] ?? [] {
            missedFacts[playbook?.field(field)?.label ?? field, default: 0] += 1
        }
        for item in object["items"] as? [[String: Any]] ?? [] {
            guard let id = item["item"] as? String, let score = item["score"] as? Double, score.isFinite, (0...1).contains(score),
                item["applicable"] as? Bool ?? true
            else { continue }
            rubricItems[id, default: Mean()].add(score)
        }
    }

    public mutating func merge(_ other: TeamReport) {
        transcripts += other.transcripts
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
