import Foundation
import PostgresNIO
import RapportCore

/// Reading calls back from the team store, as the connected role may see them (a rep their
/// own, a coach every one), and writing a coach's comment into it.
public struct StoredCalls {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var day: String
        public var rep: String?
        public var account: String?
        public var mode: String
        public var events: Int
    }

    let store: StoreConnection

    public init(store: StoreConnection) {
        self.store = store
    }

    /// Calls, newest first, filtered by rep (case-insensitive) and first day.
    public func list(rep: String?, since: String?, limit: Int = 1_000) async throws -> [Row] {
        try await store.requireCurrentSchema()
        let rows = try await store.run("""
            SELECT c.id, coalesce(to_char(c.session_day, 'YYYY-MM-DD'), ''), c.rep, c.account, c.mode,
                   (SELECT count(*) FROM rapport_events e WHERE e.call_id = c.id)
            FROM rapport_calls c
            WHERE (\(rep ?? "")::text = '' OR lower(c.rep) = lower(\(rep ?? "")))
              AND (\(since ?? "")::text = '' OR c.session_day >= nullif(\(since ?? ""), '')::date)
            ORDER BY c.started DESC NULLS LAST, c.id
            LIMIT \(limit)
            """)
        return try rows.map { row in
            let (id, day, rep, account, mode, events) = try row.decode((String, String, String?, String?, String, Int).self)
            return Row(id: id, day: day, rep: rep, account: account, mode: mode, events: events)
        }
    }

    /// The call as transcript text (header line, then its events in order), or nil when this
    /// role cannot see a call of that id.
    public func transcript(_ id: String) async throws -> String? {
        try await store.requireCurrentSchema()
        let header = try await store.run("SELECT header::text FROM rapport_calls WHERE id = \(id)")
        guard let first = header.first else { return nil }
        var lines = [try first.decode(String.self)]
        for row in try await store.run("SELECT body::text FROM rapport_events WHERE call_id = \(id) ORDER BY seq") {
            lines.append(try row.decode(String.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every comment on the call, from sidecars and written to the store, oldest first.
    public func comments(_ id: String) async throws -> [CoachComment] {
        try await numberedComments(id).map(\.comment)
    }

    /// Whether this role can see a call of that id.
    public func exists(_ id: String) async throws -> Bool {
        try await store.requireCurrentSchema()
        return try await !store.run("SELECT 1 FROM rapport_calls WHERE id = \(id)").isEmpty
    }

    /// The comments with their row keys (for `--delete N`), oldest first.
    public func numberedComments(_ id: String) async throws -> [(key: Int64, comment: CoachComment)] {
        let rows = try await store.run("""
            SELECT id, turn, coach, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), text, false_alarm
            FROM rapport_comments WHERE call_id = \(id) ORDER BY at, id
            """)
        return try rows.map { row in
            let (key, turn, coach, at, text, falseAlarm) = try row.decode((Int64, Int, String?, String, String, String?).self)
            return (key, CoachComment(turn: turn, coach: coach, at: at, text: text, falseAlarm: falseAlarm))
        }
    }

    /// Deletes a comment written to the store by this login; false when there is none such
    /// (another's comment, or one that came from a comment file and would come back at the next sync).
    public func deleteComment(key: Int64) async throws -> Bool {
        let rows = try await store.run("DELETE FROM rapport_comments WHERE id = \(key) AND source = 'store' AND author = current_user RETURNING id")
        return !rows.isEmpty
    }

    /// Adds a comment to a call this role can see; false when it cannot.
    public func add(_ comment: CoachComment, to id: String) async throws -> Bool {
        guard try await exists(id) else { return false }
        try await store.run("""
            INSERT INTO rapport_comments (call_id, turn, at, coach, text, false_alarm, source)
            VALUES (\(id), \(comment.turn), \(StoreText.plain(comment.at))::timestamptz, \(StoreText.plain(comment.coach)), \(StoreText.plain(comment.text)),
                    \(StoreText.plain(comment.falseAlarm)), 'store')
            """)
        return true
    }
}
