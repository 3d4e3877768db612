import Foundation
import PostgresNIO
import RapportCore

/// `report --database`: the team report added up in SQL from each call's stored figures
/// (`rapport_call_figures`), never from events. For the same calls it holds what
/// `report DIR` builds from the files, and the same documents render it.
public struct StoredReport {
    let store: StoreConnection

    public init(store: StoreConnection) {
        self.store = store
    }

    /// The calls a filter admits, as `TeamReport.Filter.admits` reads a header.
    static let scope = """
        ($1 = '' OR lower(coalesce(f.rep, '')) = lower($1)) AND ($2 = '' OR f.mode = $2) \
        AND ($3 = '' OR f.since_day IS NULL OR f.since_day >= nullif($3, '')::date)
        """
    static let live = "f.mode <> 'practice' AND NOT f.empty"
    static let practice = "f.mode = 'practice'"

    public func report(_ filter: TeamReport.Filter) async throws -> TeamReport {
        try await store.requireCurrentSchema()
        let binds: PostgresBindings = {
            var b = PostgresBindings()
            b.append(filter.rep ?? "")
            b.append(filter.mode?.rawValue ?? "")
            b.append(filter.since?.description ?? "")
            return b
        }()
        func rows(_ sql: String) async throws -> [PostgresRow] {
            try await store.run(PostgresQuery(unsafeSQL: sql.replacingOccurrences(of: "SCOPE", with: Self.scope), binds: binds))
        }
        var r = TeamReport()

        for row in try await rows("""
            SELECT count(*), count(*) FILTER (WHERE f.empty AND f.mode <> 'practice'),
                   count(*) FILTER (WHERE \(Self.live)), count(*) FILTER (WHERE \(Self.practice)),
                   coalesce(sum(f.won) FILTER (WHERE \(Self.live)), 0), coalesce(sum(f.lost) FILTER (WHERE \(Self.live)), 0),
                   coalesce(sum(f.next_steps) FILTER (WHERE \(Self.live)), 0),
                   coalesce(sum(f.practice_score) FILTER (WHERE \(Self.practice)), 0), count(f.practice_score) FILTER (WHERE \(Self.practice))
            FROM rapport_call_figures f WHERE SCOPE
            """) {
            let (transcripts, empty, live, practice, won, lost, next, scoreSum, scoreCount) = try row.decode((Int, Int, Int, Int, Int, Int, Int, Double, Int).self)
            (r.transcripts, r.emptySessions, r.liveCalls, r.practiceSessions) = (transcripts, empty, live, practice)
            (r.won, r.lost, r.nextSteps) = (won, lost, next)
            r.scores = TeamReport.Mean(sum: scoreSum, count: scoreCount)
        }
        for row in try await rows("SELECT f.file, sum(f.damaged) FROM rapport_call_figures f WHERE SCOPE AND f.damaged > 0 GROUP BY f.file") {
            let (file, lines) = try row.decode((String, Int).self)
            r.damaged[file] = lines
        }
        for row in try await rows("SELECT coalesce(f.rep, '(no rep)'), f.mode, count(*) FROM rapport_call_figures f WHERE SCOPE AND NOT (f.empty AND f.mode <> 'practice') GROUP BY 1, 2") {
            let (rep, mode, count) = try row.decode((String, String, Int).self)
            r.sessions[rep, default: [:]][mode] = count
        }
        for row in try await rows("""
            SELECT coalesce(f.rep, '(no rep)'), count(*), coalesce(sum(f.seconds), 0), count(f.seconds), coalesce(sum(f.qualification), 0), count(f.qualification),
                   sum(f.raised), sum(f.resolved), sum(f.closes_used), sum(f.call_won), sum(f.call_lost), count(*) FILTER (WHERE f.next_step)
            FROM rapport_call_figures f WHERE SCOPE AND \(Self.live) GROUP BY 1
            """) {
            let (rep, calls, seconds, timed, qualification, qualified, raised, resolved, closes, won, lost, next)
                = try row.decode((String, Int, Double, Int, Double, Int, Int, Int, Int, Int, Int, Int).self)
            r.reps[rep] = TeamReport.RepFigures(calls: calls, length: .init(sum: seconds, count: timed), qualification: .init(sum: qualification, count: qualified),
                                                objectionsRaised: raised, objectionsResolved: resolved, closesUsed: closes, won: won, lost: lost, nextSteps: next)
        }
        for row in try await rows("""
            SELECT f.week, count(*) FILTER (WHERE \(Self.live)), count(*) FILTER (WHERE \(Self.live) AND f.next_step),
                   coalesce(sum(f.call_won) FILTER (WHERE \(Self.live)), 0), coalesce(sum(f.call_lost) FILTER (WHERE \(Self.live)), 0),
                   coalesce(sum(f.practice_score) FILTER (WHERE \(Self.practice)), 0), count(f.practice_score) FILTER (WHERE \(Self.practice))
            FROM rapport_call_figures f WHERE SCOPE AND (\(Self.live) OR (\(Self.practice) AND f.practice_score IS NOT NULL)) GROUP BY 1
            """) {
            let (week, calls, next, won, lost, scoreSum, scores) = try row.decode((String, Int, Int, Int, Int, Double, Int).self)
            r.weeks[week] = TeamReport.WeekFigures(calls: calls, nextSteps: next, won: won, lost: lost, practice: .init(sum: scoreSum, count: scores))
        }
        for row in try await rows("""
            SELECT 'week', coalesce(f.rep, '(no name)'), f.week, sum(f.practice_score), count(*)
            FROM rapport_call_figures f WHERE SCOPE AND \(Self.practice) AND f.practice_score IS NOT NULL GROUP BY 2, 3
            UNION ALL
            SELECT 'day', coalesce(f.rep, '(no name)'), f.day, sum(f.practice_score), count(*)
            FROM rapport_call_figures f WHERE SCOPE AND \(Self.practice) AND f.practice_score IS NOT NULL GROUP BY 2, 3
            UNION ALL
            SELECT 'bucket', '', least(9, greatest(0, floor(f.practice_score / 10)))::int::text, 0, count(*)
            FROM rapport_call_figures f WHERE SCOPE AND \(Self.practice) AND f.practice_score IS NOT NULL GROUP BY 3
            """) {
            let (kind, trainee, key, sum, count) = try row.decode((String, String, String, Double, Int).self)
            switch kind {
            case "week": r.trendByWeek[trainee, default: [:]][key] = TeamReport.Mean(sum: sum, count: count)
            case "day": r.trend[trainee, default: [:]][key] = TeamReport.Mean(sum: sum, count: count)
            default: if let bucket = Int(key), r.scoreBuckets.indices.contains(bucket) { r.scoreBuckets[bucket] = count }
            }
        }
        for row in try await rows("""
            SELECT s.key, sum(s.value::float8), count(*) FROM rapport_call_figures f, jsonb_each_text(f.stage_seconds) s
            WHERE SCOPE AND \(Self.live) GROUP BY 1
            """) {
            let (stage, sum, count) = try row.decode((String, Double, Int).self)
            r.stageSeconds[stage] = TeamReport.Mean(sum: sum, count: count)
        }
        for row in try await rows("SELECT 'last', f.last_stage, count(*) FROM rapport_call_figures f WHERE SCOPE AND \(Self.live) AND f.last_stage IS NOT NULL GROUP BY 2 "
                                  + "UNION ALL SELECT 'stopped', f.stopped, count(*) FROM rapport_call_figures f WHERE SCOPE AND \(Self.live) AND f.stopped IS NOT NULL GROUP BY 2") {
            let (kind, stage, count) = try row.decode((String, String, Int).self)
            if kind == "last" { r.lastStage[stage] = count } else { r.stopped[stage] = count }
        }
        for row in try await rows("""
            SELECT u.value, count(*) FROM rapport_call_figures f, jsonb_array_elements_text(f.unknown_at_end) u WHERE SCOPE AND \(Self.live) GROUP BY 1
            """) {
            let (element, count) = try row.decode((String, Int).self)
            if let qualification = Qualification(rawValue: element) { r.unknownAtEnd[qualification] = count }
        }
        for row in try await rows("""
            SELECT 'objection', o.key, sum((o.value->>0)::int), sum((o.value->>1)::int), sum((o.value->>2)::int)
            FROM rapport_call_figures f, jsonb_each(f.objections) o WHERE SCOPE AND \(Self.live) GROUP BY 2
            UNION ALL
            SELECT 'close', c.key, sum((c.value->>0)::int), sum((c.value->>1)::int), sum((c.value->>2)::int)
            FROM rapport_call_figures f, jsonb_each(f.closes) c WHERE SCOPE AND \(Self.live) GROUP BY 2
            """) {
            let (kind, id, a, b, c) = try row.decode((String, String, Int, Int, Int).self)
            if kind == "objection" {
                r.objections[id] = TeamReport.Tally(count: a, resolved: b, unresolved: c)
            } else {
                r.closes[id] = TeamReport.Tally(count: a, won: b, lost: c)
            }
        }
        for row in try await rows("""
            SELECT 'lost', l.key, sum(l.value::int)::float8, 0 FROM rapport_call_figures f, jsonb_each_text(f.lost_reasons) l WHERE SCOPE AND \(Self.live) GROUP BY 2
            UNION ALL
            SELECT 'missed', m.key, sum(m.value::int)::float8, 0 FROM rapport_call_figures f, jsonb_each_text(f.missed_facts) m WHERE SCOPE AND \(Self.practice) GROUP BY 2
            UNION ALL
            SELECT 'rubric', i.key, sum((i.value->>0)::float8), sum((i.value->>1)::float8)::int
            FROM rapport_call_figures f, jsonb_each(f.rubric_items) i WHERE SCOPE AND \(Self.practice) GROUP BY 2
            """) {
            let (kind, key, sum, count) = try row.decode((String, String, Double, Int).self)
            switch kind {
            case "lost": r.lostReasons[key] = Int(sum)
            case "missed": r.missedFacts[key] = Int(sum)
            default: r.rubricItems[key] = TeamReport.Mean(sum: sum, count: count)
            }
        }
        // Stage order: each playbook's stages, playbooks in the order of their first file.
        for row in try await rows("SELECT f.stages::text FROM rapport_call_figures f WHERE SCOPE AND \(Self.live) GROUP BY f.stages ORDER BY min(f.file)") {
            let text = try row.decode(String.self)
            guard let stages = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String]] else { continue }
            for stage in stages where stage.count == 2 && r.stageTitles[stage[0]] == nil {
                r.stageOrder.append(stage[0])
                r.stageTitles[stage[0]] = stage[1]
            }
        }
        // Deals: one row per account, its latest outcome and furthest stage.
        for row in try await rows("""
            SELECT f.deal_key, count(*), min(f.deal_first_day),
                   (array_agg(f.deal_won ORDER BY f.deal_outcome_day DESC) FILTER (WHERE f.deal_outcome_day IS NOT NULL))[1],
                   max(f.deal_outcome_day), max(f.deal_furthest_index),
                   (array_agg(f.deal_furthest_stage ORDER BY f.deal_furthest_index DESC) FILTER (WHERE f.deal_furthest_stage IS NOT NULL))[1]
            FROM rapport_call_figures f WHERE SCOPE AND \(Self.live) AND f.deal_key IS NOT NULL GROUP BY 1
            """) {
            let (key, calls, firstDay, won, outcomeDay, furthestIndex, furthestStage) = try row.decode((String, Int, String?, Bool?, String?, Int?, String?).self)
            r.deals[key] = TeamReport.Deal(calls: calls, firstDay: firstDay, won: won, outcomeDay: outcomeDay,
                                           furthestIndex: furthestIndex ?? -1, furthestStage: (furthestIndex ?? -1) >= 0 ? furthestStage : nil)
        }
        // The calls list, with every comment on each call.
        var comments: [String: [CoachComment]] = [:]
        for row in try await rows("""
            SELECT m.call_id, m.turn, m.coach, to_char(m.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), m.text, m.false_alarm
            FROM rapport_comments m JOIN rapport_call_figures f ON f.call_id = m.call_id WHERE SCOPE ORDER BY m.turn, m.at, m.id
            """) {
            let (id, turn, coach, at, text, falseAlarm) = try row.decode((String, Int, String?, String, String, String?).self)
            comments[id, default: []].append(CoachComment(turn: turn, coach: coach, at: at, text: text, falseAlarm: falseAlarm))
        }
        for row in try await rows("""
            SELECT f.call_id, f.file, f.started, f.mode, f.rep, f.account, f.outcome, f.reached, f.next_step, f.score, f.seconds, f.reading
            FROM rapport_call_figures f WHERE SCOPE AND NOT (f.empty AND f.mode <> 'practice')
            """) {
            let (id, file, started, mode, rep, account, outcome, reached, next, score, seconds, reading)
                = try row.decode((String, String, String, String, String?, String?, String?, String?, Bool, Int?, Double?, String?).self)
            var call = TeamReport.CallRow(file: file, started: started, mode: SessionMode(rawValue: mode), rep: rep, account: account)
            call.outcome = outcome
            call.reached = reached
            call.nextStep = next
            call.score = score
            call.seconds = seconds
            call.comments = comments[id] ?? []
            // Kept as the calls list writes it: passed through, not parsed and written again.
            call.readingJSON = reading
            r.calls.append(call)
        }
        return r
    }
}
