import Foundation
import Testing
@testable import RapportCore

struct TeamReportTests {
    func entry(_ seq: Int, _ type: TranscriptEntry.Kind, stage: String? = nil, step: String? = nil, text: String? = nil, target: String? = nil) -> TranscriptEntry {
        TranscriptEntry(seq: seq, turn: seq, at: "2026-11-27T10:00:\(String(format: "%02d", seq % 60)).000Z", stage: stage, step: step, type: type, text: text, target: target)
    }

    @Test func theFastLineReaderAgreesWithTheFullDecoder() throws {
        let samples = [
            TranscriptEntry(seq: 1, turn: 1, at: "2026-11-27T10:00:00.000Z", stage: "qualify", step: "budget", type: .answer, text: "about $40k, \"maybe\" — ok"),
            TranscriptEntry(seq: 2, at: "2026-11-27T10:00:01.000Z", stage: nil, step: nil, type: .detect, target: "price", score: 0.734),
            TranscriptEntry(seq: 3, turn: 2, at: "x", stage: "s", step: "t", type: .note, text: "tab\there\nnew line \\ back 🚀 \u{1B}[31m é"),
            TranscriptEntry(seq: 4, turn: -1, at: "x", stage: nil, step: nil, type: .end, text: ""),
        ]
        // A fact carried from an earlier call names that call and its day: without them the
        // line is no event, and the report would replay the call without what it carried.
        var carried = TranscriptEntry(seq: 5, turn: 0, at: "2026-11-27T10:00:02.000Z", stage: nil, step: nil, type: .carry, text: "NetSuite", target: "erp")
        carried.from = "20261120T100000Z-acme.jsonl"
        carried.day = "2026-11-20"
        for sample in samples + [carried] {
            let line = Transcript.line(sample)
            let fast = Array(line.utf8).withUnsafeBufferPointer { TranscriptLineReader.entry($0) }
            #expect(fast == sample, "\(line)")
        }
        // Escaped forms other writers use: \u sequences with surrogate pairs, \/ and spaces.
        let foreign = #"{ "seq": 5, "at": "t", "type": "note", "text": "\u00e9\ud83d\ude80\/x", "turn": null, "extra": "ignored" }"#
        let parsed = Array(foreign.utf8).withUnsafeBufferPointer { TranscriptLineReader.entry($0) }
        #expect(parsed?.text == "é🚀/x")
        for broken in [#"{"seq": 1, "at": "t", "type": "nonsense"}"#, #"{"seq": 1, "at": "t""#, #"{"seq": 1, "at": {"nested": 1}, "type": "note"}"#, "", "[1]"] {
            #expect(Array(broken.utf8).withUnsafeBufferPointer { TranscriptLineReader.entry($0) } == nil, "\(broken)")
        }
    }

    @Test func liveCallsAreCountedFromTheirEvents() throws {
        let playbook = Fixtures.playbook
        let header = TranscriptHeader(mode: "live", playbook: playbook, playbookPath: "mini.yaml", rep: "Jo", account: nil,
                                      started: Date(timeIntervalSince1970: 1_790_000_000), sessionDay: Fixtures.today)
        let entries = [
            entry(1, .skip, stage: "qualify", step: "hello"),
            entry(2, .answer, stage: "qualify", step: "budget", text: "$40k"),
            entry(3, .answer, stage: "qualify", step: "signer", text: "yes"),
            entry(4, .back, stage: "discover", step: "pain"),
            entry(5, .answer, stage: "qualify", step: "signer", text: "not sure"),
            entry(6, .detect, stage: "discover", step: "pain", target: "price"),
            entry(7, .objection, stage: "discover", step: "pain", target: "price"),
            entry(8, .outcome, stage: "discover", step: "pain", text: "resolved"),
            entry(9, .close, target: "trial"),
            entry(10, .lost, text: "Chose Acme"),
        ]
        var report = TeamReport()
        report.add(header: header, entries: entries, damagedLines: 2, file: "a.jsonl", playbook: playbook)
        #expect(report.liveCalls == 1)
        #expect(report.lastStage == ["discover": 1])
        #expect(report.reached.map(\.calls) == [1, 1])
        // Authority was answered, undone by back, then answered unclearly: still unknown.
        #expect(report.unknownAtEnd[.authority] == 1)
        #expect(report.unknownAtEnd[.budget] == nil)
        #expect(report.objections["price"] == TeamReport.Tally(count: 1, resolved: 1), "an open objection is not counted twice")
        #expect(report.closes["trial"]?.lost == 1)
        #expect(report.lostReasons == ["chose acme": 1])
        #expect(report.damaged == ["a.jsonl": 2])
        var other = TeamReport()
        other.add(header: header, entries: entries, damagedLines: 0, file: "b.jsonl", playbook: playbook)
        report.merge(other)
        #expect(report.liveCalls == 2 && report.objections["price"]?.count == 2 && report.sessions["Jo"]?["live"] == 2)
    }

    /// The team store adds up each call's figures instead of reading its events: added up,
    /// they must give the report the calls themselves give, call by call and in every total.
    @Test func aCallsFiguresAddUpToWhatTheCallAddsToTheReport() throws {
        let playbook = Fixtures.playbook
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        func header(_ mode: SessionMode, _ rep: String?, account: String? = nil, minutes: Double = 0) -> TranscriptHeader {
            var header = TranscriptHeader(mode: mode, playbook: playbook, playbookPath: "mini.yaml", rep: rep, account: account,
                                          started: start.addingTimeInterval(minutes * 60), sessionDay: Fixtures.today)
            if mode == "practice" { header.persona = "dana" }
            return header
        }
        let scorecard = TranscriptEntry(seq: 3, at: "2026-11-27T10:05:00.000Z", stage: nil, step: nil, type: .scorecard,
                                        text: #"{"missed":["budget"],"items":[{"item":"discovery","score":0.5},{"item":"close","score":1,"applicable":true}]}"#, score: 64)
        let calls: [(TranscriptHeader, [TranscriptEntry], Int, Playbook?, [CoachComment])] = [
            (header("live", "Jo", account: "Acme"), [entry(1, .skip, stage: "qualify", step: "hello"), entry(2, .answer, stage: "qualify", step: "budget", text: "$40k"),
                                                    entry(6, .detect, stage: "discover", step: "pain", target: "price"), entry(9, .close, target: "trial"), entry(10, .lost, text: "Chose Acme")],
             2, playbook, [CoachComment(turn: 2, coach: "Ana", at: "2026-11-27T11:00:00.000Z", text: "Ask why")]),
            (header("live", "Jo", account: "acme ", minutes: 90), [entry(1, .skip, stage: "qualify", step: "hello"), entry(2, .next, stage: "discover", step: "pain", text: "demo Tuesday")], 0, playbook, []),
            (header("live", nil, minutes: 5), [entry(1, .detect, stage: "qualify", step: "hello", target: "price"), entry(2, .outcome, text: "resolved"), entry(3, .won)], 0, nil, []),
            (header("live", "Sam", minutes: 7), [], 0, playbook, []),
            (header("practice", "Lee", minutes: 3), [entry(1, .say, text: "hi"), entry(2, .say, text: "what's your budget?"), scorecard], 1, playbook, []),
        ]
        var direct = TeamReport()
        var added = TeamReport()
        for (index, (header, entries, damaged, playbook, comments)) in calls.enumerated() {
            direct.add(header: header, entries: entries, damagedLines: damaged, file: "\(index).jsonl", playbook: playbook, comments: comments)
            var one = TeamReport()
            one.add(header: header, entries: entries, damagedLines: damaged, file: "\(index).jsonl", playbook: playbook, comments: comments)
            added.add(try #require(CallFigures(one, header: header, file: "\(index).jsonl")))
        }
        // Comments are the store's to add (its own and the sidecars'): compare without them.
        for index in direct.calls.indices { direct.calls[index].comments = [] }
        #expect(direct.liveCalls == 3 && direct.emptySessions == 1 && direct.practiceSessions == 1 && direct.deals.count == 1)
        let (a, d) = (try ReportDocument.jsonText(added), try ReportDocument.jsonText(direct))
        #expect(a == d, "\(zip(a.split(separator: "\n"), d.split(separator: "\n")).filter { $0 != $1 }.prefix(4))")
        #expect(ReportDocument.text(added) == ReportDocument.text(direct))
        #expect(CallFigures(direct, header: calls[0].0, file: "0.jsonl") == nil, "figures are of one call")
        // Written in small pieces, as `report --format json` writes a large report: the same
        // text, and every piece but the last ends after a whole row of the calls list.
        var pieces: [String] = []
        try ReportDocument.writeJSON(direct, every: 64) { pieces.append($0) }
        #expect(pieces.joined() == d)
        #expect(pieces.count > 3)
        for piece in pieces.dropFirst().dropLast() { #expect(piece.hasSuffix("}"), "\(piece.suffix(20))") }
    }

    @Test func filtersByModeRepAndDay() {
        let header = TranscriptHeader(mode: "live", playbook: Fixtures.playbook, playbookPath: "x", rep: "Jo", account: nil,
                                      started: Date(timeIntervalSince1970: 1_790_000_000), sessionDay: Fixtures.today)
        #expect(TeamReport.Filter(rep: "jo").admits(header))
        #expect(!TeamReport.Filter(rep: "sam").admits(header))
        #expect(!TeamReport.Filter(mode: "practice").admits(header))
        #expect(TeamReport.Filter(since: CalendarDay(year: 2026, month: 9, day: 1)).admits(header))
        #expect(!TeamReport.Filter(since: CalendarDay(year: 2026, month: 10, day: 1)).admits(header))
    }

    @Test func stopsAreCallsThatEndedEarlyWithNoOutcomeAndEmptySessionsAreLeftOut() throws {
        let playbook = Fixtures.playbook
        let start = Date(timeIntervalSince1970: try #require(TranscriptClock.seconds("2026-11-27T10:00:00.000Z")))
        func header(_ rep: String) -> TranscriptHeader {
            TranscriptHeader(mode: "live", playbook: playbook, playbookPath: "mini.yaml", rep: rep, account: nil, started: start, sessionDay: Fixtures.today)
        }
        var report = TeamReport()
        // Stopped in qualifying, no outcome: a stop.
        report.add(header: header("Jo"), entries: [entry(1, .skip, stage: "qualify", step: "hello"), entry(31, .answer, stage: "qualify", step: "budget", text: "$40k")],
                   damagedLines: 0, file: "stop.jsonl", playbook: playbook)
        // Lost in qualifying: an outcome, not a stop.
        report.add(header: header("Jo"), entries: [entry(1, .skip, stage: "qualify", step: "hello"), entry(2, .lost, stage: "qualify", step: "budget", text: "no budget")],
                   damagedLines: 0, file: "lost.jsonl", playbook: playbook)
        // Reached the last stage: finished, not a stop.
        report.add(header: header("Sam"), entries: [entry(1, .skip, stage: "qualify", step: "hello"), entry(2, .goto, stage: "qualify", step: "hello", target: "pain"),
                                                     entry(3, .answer, stage: "discover", step: "pain", text: "manual work")],
                   damagedLines: 0, file: "done.jsonl", playbook: playbook)
        // Opened and closed: left out of every figure.
        report.add(header: header("Sam"), entries: [], damagedLines: 0, file: "empty.jsonl", playbook: playbook, comments: [])
        #expect(report.stopped == ["qualify": 1], "\(report.stopped)")
        #expect(report.emptySessions == 1 && report.liveCalls == 3 && report.calls.count == 3)
        #expect(report.reps["Jo"]?.calls == 2 && report.reps["Jo"]?.lost == 1 && report.reps["Sam"]?.calls == 1)
        // The first call lasted 31 seconds, all of it in qualifying.
        let stop = try #require(report.calls.first { $0.file == "stop.jsonl" })
        #expect(stop.seconds == 31 && stop.outcome == nil && stop.reached == "Qualify")
        #expect(abs((report.stageSeconds["qualify"]?.sum ?? 0) - 33) < 1e-6, "the gaps between events, by the stage they were in: \(report.stageSeconds)")
        #expect(report.stageSeconds["discover"] == nil, "no time after a call's last event")
        #expect(report.weeks["2026-W48"]?.calls == 3 && report.weeks["2026-W48"]?.lost == 1)
        var merged = TeamReport()
        merged.merge(report)
        merged.merge(report)
        #expect(merged.stopped == ["qualify": 2] && merged.emptySessions == 2 && merged.calls.count == 6 && merged.reps["Jo"]?.calls == 4)
    }

    @Test func timestampsAndWeeksAreReadByHand() {
        #expect(TranscriptClock.seconds("2026-11-27T10:00:00.000Z") == TranscriptClock.parse("2026-11-27T10:00:00.000Z")?.timeIntervalSince1970)
        let base = TranscriptClock.seconds("2026-11-27T10:00:00.000Z") ?? 0
        #expect(TranscriptClock.seconds("2026-11-27T10:00:01.250Z") == base + 1.25)
        #expect(TranscriptClock.seconds("2026-11-27T10:00:01Z") == base + 1)
        for bad in ["", "x", "2026-11-27 10:00:00Z", "2026-13-27T10:00:00Z", "2026-11-27T10:00:0xZ", "2026-11-27T10:00:00.1a2Z"] {
            #expect(TranscriptClock.seconds(bad) == nil, "\(bad)")
        }
        #expect(CalendarDay(year: 2026, month: 11, day: 27).isoWeek == "2026-W48")
        #expect(CalendarDay(year: 2027, month: 1, day: 1).isoWeek == "2026-W53")
        #expect(CalendarDay(year: 2024, month: 12, day: 30).isoWeek == "2025-W01")
        #expect(CalendarDay(year: 2026, month: 1, day: 1).isoWeek == "2026-W01")
    }
}

/// The team store's sum of call figures, in Swift: what its SQL adds up, kept here as the
/// reference the figures are checked against (every total of a call must be in its figures).
extension TeamReport {
    mutating func add(_ figures: CallFigures) {
        transcripts += 1
        let row = figures.row
        if figures.damagedLines > 0 { damaged[row.file, default: 0] += figures.damagedLines }
        if figures.empty {
            emptySessions += 1
            return
        }
        let rep = row.rep
        sessions[rep ?? "(no rep)", default: [:]][row.mode.rawValue, default: 0] += 1
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
        reps[rep ?? "(no rep)", default: RepFigures()].merge(figures.call)
        weeks[figures.week, default: WeekFigures()].merge(WeekFigures(calls: 1, nextSteps: figures.call.nextSteps, won: figures.call.won, lost: figures.call.lost))
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

/// The generator behind `rapport generate` and the benchmarks.
struct SyntheticCallsTests {
    @Test func generatedTranscriptsAreTheSameForTheSameSeedAndReadBackWhole() throws {
        let playbook = try Fixtures.defaultPlaybook()
        func generate(_ seed: UInt64) -> [[String]] {
            var random = SeededGenerator(seed: seed)
            return (0..<24).map { SyntheticCalls.transcript(playbook, index: $0, path: "/p/default.yaml", practice: 0.3, random: &random) }
        }
        let first = generate(5)
        #expect(first == generate(5))
        #expect(first != generate(6))
        var modes: Set<SessionMode> = []
        for lines in first {
            let transcript = try Transcript.parse(lines.joined(separator: "\n") + "\n")
            #expect(transcript.problems.isEmpty)
            #expect(transcript.entries.last?.type == .end, "every generated session ends")
            modes.insert(transcript.header.mode)
        }
        #expect(modes == [.live, .practice])
    }
}

/// Transcript bytes read as `report` reads a file, and the concurrent fold.
struct TranscriptBytesTests {
    static func generated(_ count: Int) throws -> (Playbook, [Data]) {
        let playbook = try Fixtures.defaultPlaybook()
        var random = SeededGenerator(seed: 11)
        return (playbook, (0..<count).map { Data((SyntheticCalls.transcript(playbook, index: $0, path: "/p.yaml", practice: 0.3, random: &random) + [""]).joined(separator: "\n").utf8) })
    }

    @Test func notATranscriptIsNamedAndAnOversizedLineCountsAsDamaged() throws {
        var report = TeamReport()
        #expect(TranscriptBytes.add(Data("hello\n".utf8), file: "notes.txt", to: &report, filter: .init(), playbook: { _ in nil }, comments: { [] }) == nil)
        #expect(report.unreadable["notes.txt"] == "not a Rapport transcript")
        let (playbook, files) = try Self.generated(1)
        var text = String(decoding: files[0], as: UTF8.self)
        text += String(repeating: "x", count: TranscriptBytes.maximumLineBytes + 10) + "\n{\"not\": \"an event\"}\n"
        var read = TeamReport()
        let header = TranscriptBytes.add(Data(text.utf8), file: "a.jsonl", to: &read, filter: .init(), playbook: { _ in playbook }, comments: { [] })
        #expect(header != nil && read.transcripts == 1)
        #expect(read.damaged.values.reduce(0, +) == 2, "the oversized line and the unreadable one")
    }

    @Test func theFoldGivesTheSameReportWhateverTheNumberOfWorkers() throws {
        let (playbook, files) = try Self.generated(30)
        func fold(_ workers: Int) -> String {
            let report = TranscriptBytes.fold(count: files.count, workers: workers, state: { 0 }) { index, report, _ in
                TranscriptBytes.add(files[index], file: "f\(index).jsonl", to: &report, filter: .init(), playbook: { _ in playbook }, comments: { [] })
            }
            return (try? ReportDocument.jsonText(report)) ?? ""
        }
        let one = fold(1)
        #expect(!one.isEmpty && one == fold(4))
        #expect(TranscriptBytes.fold(count: files.count, workers: 3, state: { 0 }) { index, report, _ in
            TranscriptBytes.add(files[index], file: "f\(index).jsonl", to: &report, filter: .init(), playbook: { _ in playbook }, comments: { [] })
        }.transcripts == 30)
    }
}

/// The HTML pages come from templates that escape every value.
struct HTMLTemplateTests {
    static let hostile = "<b onmouseover=x>{{title}}</b> & 'quotes' \u{1B}[31mred\u{07}"

    @Test func everyValueReachesTheReportAsTextNeverAsMarkupOrTemplate() throws {
        let (playbook, files) = try TranscriptBytesTests.generated(3)
        var report = TeamReport()
        for (index, data) in files.enumerated() {
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var header = try JSONDecoder().decode(TranscriptHeader.self, from: Data(lines[0].utf8))
            header.rep = Self.hostile
            lines[0] = Transcript.line(header)
            let text = lines.joined(separator: "\n")
            TranscriptBytes.add(Data(text.utf8), file: "call-\(index).jsonl", to: &report, filter: .init(), playbook: { _ in playbook },
                                comments: { [CoachComment(turn: 1, coach: Self.hostile, at: "2026-11-27T00:00:00Z", text: Self.hostile)] })
        }
        let html = ReportDocument.html(report, generated: Self.hostile, links: ["call-0.jsonl": "reviews/\"x\".html"])
        #expect(report.transcripts == 3)
        #expect(!html.contains("<b onmouseover"))
        #expect(html.contains("&lt;b onmouseover=x&gt;{{title}}&lt;/b&gt; &amp; &#39;quotes&#39;"), "escaped, and {{…}} in a value is left as typed")
        #expect(!html.contains("\u{1B}") && !html.contains("\u{07}"))
        #expect(html.contains("href=\"reviews/&quot;x&quot;.html\""))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<title>Rapport team report</title>") && html.hasSuffix("</html>\n"))
    }
}
