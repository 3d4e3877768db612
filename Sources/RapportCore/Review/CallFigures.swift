import Foundation

/// What one transcript adds to a `TeamReport`, as flat values and small maps: the team store
/// keeps one of these per call (computed when the call is synced, by the same reading `report`
/// does) and adds them up in SQL, so a report over the store reads every call exactly as a
/// report over the files does.
public struct CallFigures: Sendable, Equatable {
    /// The call as the calls list shows it (its comments are the store's to add).
    public var row: TeamReport.CallRow

    /// A live session with no events: counted as a transcript and an empty session, nothing else.
    public var empty = false
    public var damagedLines = 0
    /// ISO week of the start (`unknown` when it has no date), and the start's first ten characters.
    public var week: String
    public var day: String

    /// A live call's line in its rep's figures (and its week's); all zero for any other session.
    public var call = TeamReport.RepFigures()

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
        if let figures = one.reps.values.first { call = figures }
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
