import Foundation

/// What one transcript adds to a `TeamReport`, as flat values and small maps: the team store
/// keeps one of these per call (computed when the call is synced, by the same reading `report`
/// does) and adds them up in SQL, so a report over the store reads every call exactly as a
/// report over the files does. `TeamReport.add(_:)` is the same sum in Swift.
public struct CallFigures: Sendable, Equatable {
    /// The call as the calls list shows it (its comments are the store's to add).
    public var row: TeamReport.CallRow

    /// A live session with no events: counted as a transcript and an empty session, nothing else.
    public var empty = false
    public var damagedLines = 0
    /// ISO week of the start (`unknown` when it has no date), and the start's first ten characters.
    public var week: String
    public var day: String

    // A live call's row in its rep's and its week's figures.
    public var qualification: Double?
    public var objectionsRaised = 0
    public var objectionsResolved = 0
    public var closesUsed = 0
    public var callWon = 0
    public var callLost = 0

    // Totals (a call without its playbook may count several next steps or outcomes).
    public var won = 0
    public var lost = 0
    public var nextSteps = 0
    public var lastStage: String?
    public var stopped: String?
    public var stageSeconds: [String: Double] = [:]
    public var unknownAtEnd: [String] = []
    /// Objection id → [raised, resolved, unresolved]; close id → [used, won, lost].
    public var objections: [String: [Int]] = [:]
    public var closes: [String: [Int]] = [:]
    public var lostReasons: [String: Int] = [:]
    /// The account's key and what this call adds to its deal.
    public var dealKey: String?
    public var deal: TeamReport.Deal?
    /// The playbook's stages in order (id, title), for presenting drop-off.
    public var stages: [[String]] = []

    // Practice.
    public var practiceScore: Double?
    public var missedFacts: [String: Int] = [:]
    /// Rubric item → [sum, count].
    public var rubricItems: [String: [Double]] = [:]

    /// The figures of a report that holds exactly this one transcript; nil for any other.
    public init?(_ one: TeamReport, header: TranscriptHeader, file: String) {
        guard one.transcripts == 1 else { return nil }
        row = one.calls.first ?? TeamReport.CallRow(file: file, started: header.started, mode: header.mode, rep: header.rep, account: header.account)
        row.comments = []
        week = CalendarDay(iso: header.started.prefix(10))?.isoWeek ?? "unknown"
        day = String(header.started.prefix(10))
        empty = one.emptySessions == 1
        damagedLines = one.damaged.values.reduce(0, +)
        if let figures = one.reps.values.first {
            qualification = figures.qualification.count > 0 ? figures.qualification.value : nil
            objectionsRaised = figures.objectionsRaised
            objectionsResolved = figures.objectionsResolved
            closesUsed = figures.closesUsed
            callWon = figures.won
            callLost = figures.lost
        }
        won = one.won
        lost = one.lost
        nextSteps = one.nextSteps
        lastStage = one.lastStage.keys.first
        stopped = one.stopped.keys.first
        stageSeconds = one.stageSeconds.mapValues(\.sum)
        unknownAtEnd = one.unknownAtEnd.keys.map(\.rawValue).sorted()
        objections = one.objections.mapValues { [$0.count, $0.resolved, $0.unresolved] }
        closes = one.closes.mapValues { [$0.count, $0.won, $0.lost] }
        lostReasons = one.lostReasons
        if let (key, deal) = one.deals.first {
            dealKey = key
            self.deal = deal
        }
        stages = one.stageOrder.map { [$0, one.stageTitles[$0] ?? $0] }
        practiceScore = one.scores.count > 0 ? one.scores.sum : nil
        missedFacts = one.missedFacts
        rubricItems = one.rubricItems.mapValues { [$0.sum, Double($0.count)] }
    }

    /// The small maps as JSON text, for a `jsonb` column.
    public static func json(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension TeamReport {
    /// Adds one call's figures: the same totals `add(header:entries:…)` made of that call.
    public mutating func add(_ figures: CallFigures) {
        transcripts += 1
        let row = figures.row
        if figures.damagedLines > 0 { damaged[row.file, default: 0] += figures.damagedLines }
        if figures.empty {
            emptySessions += 1
            return
        }
        let rep = row.rep
        sessions[rep ?? "(no rep)", default: [:]][row.mode, default: 0] += 1
        calls.append(row)
        if row.mode == "practice" {
            practiceSessions += 1
            if let overall = figures.practiceScore {
                scores.add(overall)
                scoreBuckets[min(9, max(0, Int(overall) / 10))] += 1
                trend[rep ?? "(no name)", default: [:]][figures.day, default: Mean()].add(overall)
                weeks[figures.week, default: WeekFigures()].practice.add(overall)
                trendByWeek[rep ?? "(no name)", default: [:]][figures.week, default: Mean()].add(overall)
            }
            missedFacts.merge(figures.missedFacts) { $0 + $1 }
            for (id, sum) in figures.rubricItems where sum.count == 2 {
                rubricItems[id, default: Mean()].merge(Mean(sum: sum[0], count: Int(sum[1])))
            }
            return
        }
        liveCalls += 1
        var rf = RepFigures(calls: 1, objectionsRaised: figures.objectionsRaised, objectionsResolved: figures.objectionsResolved,
                            closesUsed: figures.closesUsed, won: figures.callWon, lost: figures.callLost, nextSteps: row.nextStep ? 1 : 0)
        if let seconds = row.seconds { rf.length.add(seconds) }
        if let qualification = figures.qualification { rf.qualification.add(qualification) }
        reps[rep ?? "(no rep)", default: RepFigures()].merge(rf)
        weeks[figures.week, default: WeekFigures()].merge(WeekFigures(calls: 1, nextSteps: rf.nextSteps, won: rf.won, lost: rf.lost))
        won += figures.won
        lost += figures.lost
        nextSteps += figures.nextSteps
        if let stage = figures.lastStage { lastStage[stage, default: 0] += 1 }
        if let stage = figures.stopped { stopped[stage, default: 0] += 1 }
        for (stage, seconds) in figures.stageSeconds { stageSeconds[stage, default: Mean()].add(seconds) }
        for element in figures.unknownAtEnd { if let q = Qualification(rawValue: element) { unknownAtEnd[q, default: 0] += 1 } }
        for (id, t) in figures.objections where t.count == 3 { objections[id, default: Tally()].add(Tally(count: t[0], resolved: t[1], unresolved: t[2])) }
        for (id, t) in figures.closes where t.count == 3 { closes[id, default: Tally()].add(Tally(count: t[0], won: t[1], lost: t[2])) }
        lostReasons.merge(figures.lostReasons) { $0 + $1 }
        if let key = figures.dealKey, let deal = figures.deal { deals[key, default: Deal()].merge(deal) }
        for stage in figures.stages where stage.count == 2 && stageTitles[stage[0]] == nil {
            stageOrder.append(stage[0])
            stageTitles[stage[0]] = stage[1]
        }
    }
}
