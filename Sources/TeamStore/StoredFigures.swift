import Foundation
import PostgresNIO
import RapportCore

/// Each call's figures in the team store (`rapport_call_figures`): what the call adds to a
/// report, read the way `report` reads its file, written by `sync` when a call's events or its
/// false alarms change, so `report --database` adds them up in SQL without reading events.
public struct StoredFigures {
    /// What the store's figures of one call were made from: its last event, and its false alarms.
    public struct Basis: Sendable, Equatable {
        public var seq: Int
        public var alarms: String
    }

    let store: StoreConnection

    public init(store: StoreConnection) {
        self.store = store
    }

    /// The false alarms among comments, as one comparable key (`turn:objection`, sorted).
    public static func alarmsKey(_ comments: [CoachComment]) -> String {
        CoachComment.falseAlarms(comments).map { "\($0.turn):\($0.objection)" }.sorted().joined(separator: ",")
    }

    /// The basis of every call's figures this role can see.
    func bases() async throws -> [String: Basis] {
        var bases: [String: Basis] = [:]
        for row in try await store.run("SELECT call_id, seq, alarms FROM rapport_call_figures") {
            let (id, seq, alarms) = try row.decode((String, Int, String).self)
            bases[id] = Basis(seq: seq, alarms: alarms)
        }
        return bases
    }

    /// False alarms marked in the store (not from comment files), by call.
    func storeAlarms() async throws -> [String: [CoachComment]] {
        var alarms: [String: [CoachComment]] = [:]
        for row in try await store.run("""
            SELECT call_id, turn, coach, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), text, false_alarm
            FROM rapport_comments WHERE source = 'store' AND false_alarm IS NOT NULL
            """) {
            let (id, turn, coach, at, text, falseAlarm) = try row.decode((String, Int, String?, String, String, String?).self)
            alarms[id, default: []].append(CoachComment(turn: turn, coach: coach, at: at, text: text, falseAlarm: falseAlarm))
        }
        return alarms
    }

    /// Writes (or replaces) calls' figures: (call id, figures, basis).
    static func upsert(_ rows: [(id: String, figures: CallFigures, basis: Basis)], store: StoreConnection) async throws {
        guard !rows.isEmpty else { return }
        let objects = rows.map { Self.columns($0.figures, id: $0.id, basis: $0.basis) }
        let json = StoreText.json(CallFigures.json(objects))
        let names = Self.columnNames.filter { $0 != "call_id" }
        try await store.run(PostgresQuery(unsafeSQL: """
            INSERT INTO rapport_call_figures SELECT * FROM jsonb_populate_recordset(NULL::rapport_call_figures, $1::jsonb)
            ON CONFLICT (call_id) DO UPDATE SET \(names.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", "))
            """, binds: { var b = PostgresBindings(); b.append(json); return b }()))
    }

    /// Replaces one call's figures (after a false alarm was marked or deleted in the store).
    public func replace(_ id: String, figures: CallFigures, basis: Basis) async throws {
        try await Self.upsert([(id, figures, basis)], store: store)
    }

    /// The transcript file a call's figures were read from (nil when it has none yet).
    public func file(of id: String) async throws -> String? {
        try await store.run("SELECT file FROM rapport_call_figures WHERE call_id = \(id)").first?.decode(String.self)
    }

    /// The figures of a call as it is now in the store: its events' last seq, and the alarms of every comment on it.
    public func basis(of id: String, comments: [CoachComment]) async throws -> Basis {
        let rows = try await store.run("SELECT coalesce(max(seq), 0) FROM rapport_events WHERE call_id = \(id)")
        return Basis(seq: try rows.first?.decode(Int.self) ?? 0, alarms: Self.alarmsKey(comments))
    }

    static let columnNames = [
        "call_id", "seq", "alarms", "file", "started", "mode", "rep", "account", "since_day", "week", "day", "empty", "damaged",
        "outcome", "reached", "next_step", "score", "seconds", "reading", "qualification", "raised", "resolved", "closes_used",
        "call_won", "call_lost", "won", "lost", "next_steps", "last_stage", "stopped", "stage_seconds", "unknown_at_end",
        "objections", "closes", "lost_reasons", "deal_key", "deal_first_day", "deal_won", "deal_outcome_day",
        "deal_furthest_index", "deal_furthest_stage", "stages", "practice_score", "missed_facts", "rubric_items",
    ]

    /// One row as a JSON object named by column (`jsonb_populate_recordset` reads it).
    static func columns(_ f: CallFigures, id: String, basis: Basis) -> [String: Any] {
        func optional(_ value: Any?) -> Any { value ?? NSNull() }
        let row = f.row
        return [
            "call_id": id, "seq": basis.seq, "alarms": basis.alarms, "file": row.file, "started": row.started, "mode": row.mode.rawValue,
            "rep": optional(row.rep), "account": optional(row.account),
            "since_day": optional(CalendarDay(iso: row.started.prefix(10)).flatMap { (1...9999).contains($0.year) ? $0.description : nil }), "week": f.week, "day": f.day,
            "empty": f.empty, "damaged": f.damagedLines, "outcome": optional(row.outcome), "reached": optional(row.reached),
            "next_step": row.nextStep, "score": optional(row.score), "seconds": optional(row.seconds), "reading": optional(row.readingJSON),
            "qualification": optional(f.call.qualification.count > 0 ? f.call.qualification.value : nil), "raised": f.call.objectionsRaised,
            "resolved": f.call.objectionsResolved, "closes_used": f.call.closesUsed, "call_won": f.call.won, "call_lost": f.call.lost, "won": f.won, "lost": f.lost,
            "next_steps": f.nextSteps, "last_stage": optional(f.lastStage), "stopped": optional(f.stopped),
            "stage_seconds": f.stageSeconds, "unknown_at_end": f.unknownAtEnd, "objections": f.objections, "closes": f.closes,
            "lost_reasons": f.lostReasons, "deal_key": optional(f.dealKey), "deal_first_day": optional(f.deal?.firstDay),
            "deal_won": optional(f.deal?.won), "deal_outcome_day": optional(f.deal?.outcomeDay),
            "deal_furthest_index": optional(f.deal?.furthestIndex), "deal_furthest_stage": optional(f.deal?.furthestStage),
            "stages": f.stages, "practice_score": optional(f.practiceScore), "missed_facts": f.missedFacts, "rubric_items": f.rubricItems,
        ]
    }
}
