import Foundation
import PostgresNIO
import RapportCore

/// Uploads transcripts and their comment sidecars to the team store, incrementally and
/// idempotently. A call is known by its id (`TranscriptHeader.callID`), an event by the call and
/// its sequence number: each file sends only the events past the last one the store has, in one
/// transaction per call, so a sync killed at any moment leaves whole calls or nothing of them,
/// and the next sync carries on without duplicates or gaps. A partly written last line is left
/// for the next sync. The files are never changed.
public struct TranscriptSync {
    public struct Totals: Sendable {
        public var calls = 0
        public var events = 0
        public var comments = 0
        /// Files read that needed nothing sent.
        public var upToDate = 0
        /// Files that are not transcripts, or could not be read, with why.
        public var skipped: [(file: String, why: String)] = []
    }

    /// One transcript file as read from disk.
    struct CallFile {
        var id: String
        var header: TranscriptHeader
        var headerJSON: String
        /// The complete event lines past the store's last one: (seq, type, at, the line).
        var events: [(seq: Int, type: String, at: String, line: String)]
        var comments: [CoachComment]
        /// The bytes read, for the call's figures to be read from the same state of the file.
        var data: Data
    }

    let store: StoreConnection
    /// Reads a transcript file's bytes as `report` does, with these comments: what the call adds
    /// to a report (nil when it is not a transcript). Without it, sync sends no figures.
    public typealias Summarise = @Sendable (_ path: String, _ data: Data, _ comments: [CoachComment]) -> CallFigures?
    let summarise: Summarise?
    /// Events per INSERT (and about per transaction): large enough to be quick, small enough
    /// to keep memory flat.
    static let batch = 5_000

    public init(store: StoreConnection, summarise: Summarise? = nil) {
        self.store = store
        self.summarise = summarise
    }

    /// Reads a transcript file: nil with why when it is not one.
    /// Only the events after `stored(id)` are parsed, read from the end back: a file the store
    /// already has costs its header and its last line.
    static func read(_ path: String, stored: (String) -> Int = { _ in 0 }) -> (CallFile?, String?) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return (nil, "not a regular file") }
        guard let data = FileManager.default.contents(atPath: path) else { return (nil, "cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { return (nil, "is not UTF-8 text") }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The last piece follows the last newline: empty when the file ends cleanly, a line
        // still being written otherwise. Either way it waits for the next sync.
        lines.removeLast()
        guard let first = lines.first,
              let header = try? JSONDecoder().decode(TranscriptHeader.self, from: Data(first.utf8)),
              header.format == TranscriptHeader.formatName
        else { return (nil, "has no Rapport transcript header") }
        let id = header.callID(headerLine: first)
        let have = stored(id)
        var events: [(Int, String, String, String)] = []
        var below = Int.max
        for line in lines.dropFirst().reversed() where !line.isEmpty {
            // A sequence number the store can keep (a line claiming seq 3,000,000,000 is damaged).
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  let seq = object["seq"] as? Int, (1...Int(Int32.max)).contains(seq), let type = object["type"] as? String, seq < below
            else { continue }
            if seq <= have { break }
            below = seq
            events.append((seq, type, object["at"] as? String ?? "", String(line)))
        }
        events.reverse()
        var comments: [CoachComment] = []
        let sidecar = CoachComment.sidecarPath(for: path)
        var sidecarInfo = stat()
        if lstat(sidecar, &sidecarInfo) == 0, (sidecarInfo.st_mode & S_IFMT) == S_IFREG, sidecarInfo.st_size < 16 << 20,
           let sidecarText = try? String(contentsOfFile: sidecar, encoding: .utf8) {
            // A comment whose time is damaged cannot be kept (the store needs its time): left in the file.
            comments = CoachComment.parse(sidecarText).comments.filter { !StoreText.time($0.at).isEmpty }
        }
        let file = CallFile(id: id, header: header, headerJSON: String(first), events: events, comments: comments, data: data)
        return (file, nil)
    }

    /// Sends what the store does not have yet.
    public func run(_ files: [String]) async throws -> Totals {
        try await store.requireCurrentSchema()
        // What the store already has, in two queries: the last event of each call this role
        // can see, and the comments that came from sidecars.
        var stored: [String: Int] = [:]
        for row in try await store.run("SELECT call_id, max(seq) FROM rapport_events GROUP BY call_id") {
            let (id, seq) = try row.decode((String, Int).self)
            stored[id] = seq
        }
        var storedComments: [String: Set<String>] = [:]
        for row in try await store.run("SELECT call_id, turn, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), text, coalesce(false_alarm, '') FROM rapport_comments WHERE source = 'file'") {
            let (id, turn, at, text, falseAlarm) = try row.decode((String, Int, String, String, String).self)
            storedComments[id, default: []].insert(Self.commentKey(turn: turn, at: at, text: text, falseAlarm: falseAlarm))
        }
        let figures = StoredFigures(store: store)
        let bases = summarise == nil ? [:] : try await figures.bases()
        let storeAlarms = summarise == nil ? [:] : try await figures.storeAlarms()
        var totals = Totals()
        var pending: [Outgoing] = []
        var pendingEvents = 0
        for path in files {
            let (read, why) = Self.read(path) { stored[$0] ?? 0 }
            guard let file = read else {
                totals.skipped.append((path, why ?? "unreadable"))
                continue
            }
            let fresh = file.events
            let commentKeys = Set(file.comments.map { Self.commentKey(turn: $0.turn, at: Self.normalisedTime($0.at), text: $0.text, falseAlarm: $0.falseAlarm ?? "") })
            let commentsChanged = commentKeys != (storedComments[file.id] ?? [])
            // The figures are read again when the call has new events or its false alarms changed.
            let alarms = file.comments + (storeAlarms[file.id] ?? [])
            let basis = StoredFigures.Basis(seq: fresh.last?.seq ?? stored[file.id] ?? 0, alarms: StoredFigures.alarmsKey(alarms))
            let refigure = summarise != nil && bases[file.id] != basis
            if fresh.isEmpty && !commentsChanged && !refigure {
                totals.upToDate += 1
                continue
            }
            pending.append(Outgoing(path: path, file: file, fresh: fresh, commentsChanged: commentsChanged, isNew: stored[file.id] == nil,
                                    figures: refigure ? (alarms, basis) : nil))
            pendingEvents += fresh.count
            if pending.count >= Self.callsPerTransaction || pendingEvents >= Self.batch {
                try await send(pending, into: &totals)
                pending = []
                pendingEvents = 0
            }
        }
        if !pending.isEmpty { try await send(pending, into: &totals) }
        return totals
    }

    /// A call with what it still has to send.
    struct Outgoing {
        var path: String
        var file: CallFile
        var fresh: [(seq: Int, type: String, at: String, line: String)]
        var commentsChanged: Bool
        var isNew: Bool
        /// When the call's figures are to be (re)written: the comments to read it with, and their basis.
        var figures: (comments: [CoachComment], basis: StoredFigures.Basis)?
    }

    /// Calls per transaction: whole calls go in together, so a kill loses at most one batch
    /// of work and never part of a call.
    static let callsPerTransaction = 100

    /// Sends calls in one transaction; when the store refuses one (another rep's call), each
    /// is sent alone so the others still go and the refused one is named.
    private func send(_ calls: [Outgoing], into totals: inout Totals) async throws {
        // Figures are read on every core before the transaction opens.
        let figured = Self.figures(of: calls, summarise: summarise)
        do {
            try await store.transaction { store in
                try await Self.insert(calls, store: store)
                try await StoredFigures.upsert(figured, store: store)
            }
        } catch let error as StoreError where error.isRefusal && calls.count > 1 {
            for call in calls { try await send([call], into: &totals) }
            return
        } catch let error as StoreError where error.isRefusal {
            totals.skipped.append((calls[0].path, "the store has this call (\(calls[0].file.id)) as another rep's; it was not sent"))
            return
        }
        for call in calls {
            if call.isNew { totals.calls += 1 }
            totals.events += call.fresh.count
            if call.commentsChanged { totals.comments += call.file.comments.count }
        }
    }

    /// The figures of the calls that need them, read in parallel.
    static func figures(of calls: [Outgoing], summarise: Summarise?) -> [(id: String, figures: CallFigures, basis: StoredFigures.Basis)] {
        guard let summarise else { return [] }
        let wanted = calls.filter { $0.figures != nil }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var rows: [(id: String, figures: CallFigures, basis: StoredFigures.Basis)] = []
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: wanted.count) { index in
            let call = wanted[index]
            guard let (comments, basis) = call.figures, let figures = summarise(call.path, call.file.data, comments) else { return }
            results.lock.lock()
            results.rows.append((call.file.id, figures, basis))
            results.lock.unlock()
        }
        return results.rows
    }

    private static func insert(_ calls: [Outgoing], store: StoreConnection) async throws {
        let headers = calls.map(\.file.header)
        let ids = calls.map(\.file.id)
        let reps = headers.map { StoreText.plain($0.rep ?? "") }
        let accounts = headers.map { StoreText.plain($0.account ?? "") }
        let modes = headers.map { StoreText.plain($0.mode.rawValue) }
        let playbooks = headers.map { StoreText.plain($0.playbook.id) }
        let starts = headers.map { StoreText.time($0.started) }
        let days = headers.map { StoreText.day($0.sessionDay) }
        let headerJSON = calls.map { StoreText.json($0.file.headerJSON) }
        try await store.run("""
            INSERT INTO rapport_calls (id, rep, account, mode, playbook, started, session_day, header)
            SELECT c.id, nullif(c.rep, ''), nullif(c.account, ''), c.mode, c.playbook, nullif(c.started, '')::timestamptz,
                   nullif(c.day, '')::date, c.header::jsonb
            FROM unnest(\(ids)::text[], \(reps)::text[], \(accounts)::text[], \(modes)::text[], \(playbooks)::text[],
                        \(starts)::text[], \(days)::text[], \(headerJSON)::text[]) AS c(id, rep, account, mode, playbook, started, day, header)
            ON CONFLICT (id) DO NOTHING
            """)
        var events: [(id: String, seq: Int, type: String, at: String, line: String)] = []
        for call in calls {
            for event in call.fresh { events.append((call.file.id, event.seq, StoreText.plain(event.type), StoreText.time(event.at), StoreText.json(event.line))) }
        }
        var start = 0
        while start < events.count {
            let chunk = events[start..<min(start + Self.batch, events.count)]
            let callIDs = chunk.map(\.id)
            let seqs = chunk.map(\.seq)
            let types = chunk.map(\.type)
            let times = chunk.map(\.at)
            let bodies = chunk.map(\.line)
            try await store.run("""
                INSERT INTO rapport_events (call_id, seq, type, at, body)
                SELECT e.call_id, e.seq, e.type, nullif(e.at, '')::timestamptz, e.body::jsonb
                FROM unnest(\(callIDs)::text[], \(seqs)::bigint[], \(types)::text[], \(times)::text[], \(bodies)::text[]) AS e(call_id, seq, type, at, body)
                ON CONFLICT (call_id, seq) DO NOTHING
                """)
            start += Self.batch
        }
        for call in calls where call.commentsChanged {
            let id = call.file.id
            try await store.run("DELETE FROM rapport_comments WHERE call_id = \(id) AND source = 'file'")
            for comment in call.file.comments {
                try await store.run("""
                    INSERT INTO rapport_comments (call_id, turn, at, coach, text, false_alarm, source)
                    VALUES (\(id), \(comment.turn), \(StoreText.plain(comment.at))::timestamptz, \(StoreText.plain(comment.coach)), \(StoreText.plain(comment.text)),
                            \(StoreText.plain(comment.falseAlarm)), 'file')
                    """)
            }
        }
    }

    static func commentKey(turn: Int, at: String, text: String, falseAlarm: String) -> String {
        "\(turn)\u{1F}\(at)\u{1F}\(text)\u{1F}\(falseAlarm)"
    }

    /// Sidecar times are ISO 8601 UTC; with or without milliseconds they compare as the store writes them.
    static func normalisedTime(_ at: String) -> String {
        guard at.hasSuffix("Z") else { return at }
        if at.count == 20 { return String(at.dropLast()) + ".000Z" }
        return at
    }
}
