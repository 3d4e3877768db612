import Foundation
import RapportCore
import Testing

/// `review`, `comment` and `report` over transcripts recorded by real scripted sessions.
@Suite struct ReviewReportTests {
    static let hostile = "we use \u{1B}]0;pwned\u{07}\u{1B}[2Jexcel <script>alert(1)</script>"

    /// A live call (with an answer full of escape sequences and markup) and a practice session,
    /// recorded by the built rapport into `folder/t`.
    func record(in folder: URL) throws -> (live: URL, practice: URL) {
        var lines = ClosingCallTests.script
        if let index = lines.firstIndex(of: "we're on netsuite") { lines[index] = Self.hostile }
        let live = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme", "--rep", "Jo"],
                                          lines: lines, in: folder)
        #expect(live.status == 0, "\(live.stderr)")
        let practice = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--persona", "priya", "--seed", "3", "--rep", "Kim", "--transcripts", "t"],
                                              lines: PracticeTests.goodRep, in: folder)
        #expect(practice.status == 0, "\(practice.stderr)")
        let files = try RapportProcess.transcripts(in: folder.appendingPathComponent("t"))
        let parsed = try files.map { ($0, try Transcript.parse(String(contentsOf: $0, encoding: .utf8)).header.mode) }
        return (try #require(parsed.first { $0.1 == "live" }?.0), try #require(parsed.first { $0.1 == "practice" }?.0))
    }

    @Test func reviewShowsTheCallByStageWithTypedTextNeutralised() throws {
        let folder = try RapportProcess.temporaryFolder()
        let (live, _) = try record(in: folder)
        let review = try RapportProcess.run(["review", live.path, "--width", "80"], in: folder)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(!review.stdout.contains("\u{1B}") && !review.stdout.contains("\u{07}"), "nothing typed can drive the terminal")
        #expect(review.stdout.contains("^[]0;pwned^G^[[2Jexcel"))
        #expect(review.stdout.hasPrefix("REVIEW — Live call · Acme · rep Jo"))
        #expect(review.stdout.contains("Outcome: won"))
        #expect(review.stdout.contains("── Prospecting and qualifying (qualify)"))
        #expect(review.stdout.contains("── Closing (closing)"))
        #expect(review.stdout.contains("→ Budget = $30,000–$50,000"))
        #expect(review.stdout.contains("→ objection detected: price"))
        #expect(review.stdout.contains("close used: Return-on-investment close"))
        #expect(review.stdout.contains("→ next step: pilot kickoff with Maria and Dana on 2027-01-14"))
        #expect(review.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits the width")

        let html = try RapportProcess.run(["review", live.path, "--format", "html"], in: folder).stdout
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>"))
        let markdown = try RapportProcess.run(["review", live.path, "--format", "markdown"], in: folder).stdout
        #expect(markdown.contains("## Closing"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(RapportProcess.run(["review", live.path, "--format", "json"], in: folder).stdout.utf8)) as? [String: Any])
        #expect(json["mode"] as? String == "live")
        #expect((json["sections"] as? [[String: Any]])?.count ?? 0 >= 6)
    }

    @Test func commentsArePinnedBesideTheTranscriptWhichIsNeverChanged() throws {
        let folder = try RapportProcess.temporaryFolder()
        let (live, practice) = try record(in: folder)
        let before = try Data(contentsOf: live)
        let saved = try RapportProcess.run(["comment", live.path, "15", "Ask what the range is based on.", "--coach", "Morgan"], in: folder)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try Data(contentsOf: live) == before, "the transcript itself is untouched")
        let sidecar = live.path + ".comments"
        #expect(try RapportProcess.permissions(sidecar) == 0o600)
        let refused = try RapportProcess.run(["comment", live.path, "999", "nope"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("has no turn 999"))
        #expect(try String(contentsOfFile: sidecar, encoding: .utf8).split(separator: "\n").count == 1, "a refused comment is not saved")
        let review = try RapportProcess.run(["review", live.path, "--width", "120"], in: folder).stdout
        let lines = review.split(separator: "\n").map(String.init)
        let customer = try #require(lines.firstIndex { $0.hasPrefix("15  Customer:") })
        #expect(lines[customer...].prefix(4).contains { $0.contains("✎ Morgan: Ask what the range is based on.") })

        _ = try RapportProcess.run(["comment", practice.path, "3", "Good open question."], in: folder)
        let practiceReview = try RapportProcess.run(["review", practice.path], in: folder).stdout
        #expect(practiceReview.contains("✎ coach: Good open question."))
        #expect(practiceReview.contains("Scorecard"))
        let saved2 = try Transcript.parse(String(contentsOf: practice, encoding: .utf8)).entries.last { $0.type == .scorecard }?.score
        #expect(practiceReview.contains("Overall: \(Int(saved2 ?? -1))/100"), "the review's scorecard matches the one saved")

        // Listed, numbered, and deleted one at a time; the transcript is never touched.
        _ = try RapportProcess.run(["comment", live.path, "15", "Second thought on turn 15."], in: folder)
        let listed = try RapportProcess.run(["comment", live.path, "--list"], in: folder).stdout
        #expect(listed.contains("1. turn 15 · Morgan ·") && listed.contains("2. turn 15 · ") && listed.contains("Second thought"), "\(listed)")
        let deleted = try RapportProcess.run(["comment", live.path, "--delete", "1"], in: folder)
        #expect(deleted.status == 0 && deleted.stdout.contains("Deleted comment 1"), "\(deleted.stderr)")
        let left = try RapportProcess.run(["comment", live.path, "--list"], in: folder).stdout
        #expect(!left.contains("Morgan") && left.contains("1. turn 15") && left.contains("Second thought"), "\(left)")
        #expect(try RapportProcess.permissions(sidecar) == 0o600)
        #expect(try RapportProcess.run(["comment", live.path, "--delete", "5"], in: folder).status == 64)
        #expect(try Data(contentsOf: live) == before)
    }

    @Test func aTranscriptCutMidLineByACrashIsReviewedAndReported() throws {
        let folder = try RapportProcess.temporaryFolder()
        let (live, _) = try record(in: folder)
        var bytes = try Data(contentsOf: live)
        bytes.removeLast(25)  // the last event cut in the middle, as a crash leaves it
        try bytes.write(to: live)
        let review = try RapportProcess.run(["review", live.path], in: folder)
        #expect(review.status == 0)
        #expect(review.stdout.contains("(1 damaged line of the transcript skipped)"))
        #expect(review.stderr.contains("cut short"))
        let report = try RapportProcess.run(["report", "t", "--format", "json"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect((json["damagedLines"] as? [String: Int])?.values.reduce(0, +) == 1)
        #expect(json["transcripts"] as? Int == 2)
    }

    @Test func reportCountsLiveAndPracticeAndFilters() throws {
        let folder = try RapportProcess.temporaryFolder()
        let (live, _) = try record(in: folder)
        let comment = try RapportProcess.run(["comment", live.path, "2", "Ask about the team before the ERP.", "--coach", "Morgan"], in: folder)
        #expect(comment.status == 0, "\(comment.stderr)")
        let text = try RapportProcess.run(["report", "t"], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("TEAM REPORT — 2 transcripts: 1 live, 1 practice"))
        // A call that was won is not a stop, wherever it ended.
        #expect(text.stdout.contains("Follow-up and relationship") && !text.stdout.contains("1 stopped here"), "\(text.stdout)")
        // Per rep, by week, and every call with its coach comments.
        #expect(text.stdout.contains("Live calls by rep"))
        let byRep = try #require(text.stdout.components(separatedBy: "Live calls by rep\n").last)
        let jo = try #require(byRep.split(separator: "\n").first { $0.hasPrefix("  Jo ") })
        #expect(jo.contains("1/0") && jo.hasSuffix("100%"), "one call, won, with a next step: \(jo)")
        #expect(text.stdout.contains("By week\n") && text.stdout.contains("2026-W48"))
        #expect(text.stdout.contains("Calls, most recent first"))
        #expect(text.stdout.contains("· won · next step agreed ·"))
        #expect(text.stdout.contains("turn 2 (Morgan): Ask about the team before the ERP."))
        #expect(text.stdout.contains("price") && text.stdout.contains("roi"))
        #expect(text.stdout.contains("outcomes: 1 won, 0 lost; next steps agreed in 1 of 1 calls (100%)"))
        #expect(text.stdout.contains("Practice: 1 sessions"))
        #expect(try RapportProcess.run(["report", "t", "--mode", "practice"], in: folder).stdout.hasPrefix("TEAM REPORT — 1 transcript: 0 live, 1 practice"))
        #expect(try RapportProcess.run(["report", "t", "--rep", "jo"], in: folder).stdout.hasPrefix("TEAM REPORT — 1 transcript: 1 live, 0 practice"))
        #expect(try RapportProcess.run(["report", "t", "--since", "2999-01-01"], in: folder).stdout.hasPrefix("TEAM REPORT — 0 transcripts"))
        let bad = try RapportProcess.run(["report", "t", "--since", "soon"], in: folder)
        #expect(bad.status == 64 && bad.stderr.contains("YYYY-MM-DD"))

        let html = try RapportProcess.run(["report", "t", "--format", "html", "--out", "report.html"], in: folder)
        #expect(html.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg") && page.contains("<polyline"), "bars and a trend line drawn inline")
        #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("<link"), "self-contained: nothing fetched")
        #expect(page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").range(of: "http") == nil)
        #expect(try RapportProcess.permissions(folder.appendingPathComponent("report.html").path) == 0o600)
        // Each call's review is written beside the report, and the calls list links to it.
        let links = page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count == 2, "\(links)")
        for link in links {
            let review = try String(contentsOf: folder.appendingPathComponent(link), encoding: .utf8)
            #expect(link.hasPrefix("report-reviews/") && review.hasPrefix("<!DOCTYPE html>"), "\(link)")
        }
        #expect(page.contains("Ask about the team before the ERP."), "comments shown with their call")
        #expect(page.contains("Live calls by rep") && page.contains("By week"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(RapportProcess.run(["report", "t", "--format", "json"], in: folder).stdout.utf8)) as? [String: Any])
        let reps = try #require(json["reps"] as? [String: [String: Any]])
        #expect(reps["Jo"]?["calls"] as? Int == 1 && reps["Jo"]?["won"] as? Int == 1 && reps["Jo"]?["nextSteps"] as? Int == 1)
        let calls = try #require(json["calls"] as? [[String: Any]])
        #expect(calls.count == 2 && calls.contains { ($0["comments"] as? [[String: Any]])?.first?["turn"] as? Int == 2 })
        #expect((json["weeks"] as? [String: Any])?["2026-W48"] != nil)
    }

    /// `summary`, `review` and `report` read every live call the same way: the shipped examples
    /// and a call with a detection undone by /back, a false alarm dismissed, and a field changed
    /// by /goto and a new answer.
    @Test func summaryReviewAndReportAgreeOnEveryCall() throws {
        let folder = try RapportProcess.temporaryFolder()
        let live = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme", "--rep", "Jo"],
                                          lines: ["", "controller", "12", "netsuite", "yes", "/goto budget", "honestly it is way too expensive for us", "/back", "40k",
                                                  "/goto erp", "sage intacct", "/goto problem", "just email me a brochure", "/obj no", "/quit"], in: folder)
        #expect(live.status == 0, "\(live.stderr)")
        #expect(live.stdout.contains("Sounds like PRICE") && live.stdout.contains("dismissed as a false alarm"))
        let examples = RapportProcess.repositoryRoot.appendingPathComponent("transcripts/examples")
        for name in ["live-won.jsonl", "live-lost.jsonl", "live-short.jsonl"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent("t").appendingPathComponent(name))
        }
        func object(_ arguments: [String]) throws -> [String: Any] {
            let result = try RapportProcess.run(arguments, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
        let report = try object(["report", "t", "--format", "json"])
        let calls = try #require(report["calls"] as? [[String: Any]])
        #expect(calls.count == 4)
        var checkedTheNewCall = false
        for call in calls {
            let file = try #require(call["file"] as? String)
            let fromReport = try #require(call["reading"] as? [String: Any], "\(file)")
            let fromSummary = try #require(try object(["summary", file, "--format", "json"])["reading"] as? [String: Any])
            let fromReview = try #require(try object(["review", file, "--format", "json"])["reading"] as? [String: Any])
            #expect(NSDictionary(dictionary: fromReport).isEqual(to: fromSummary), "\(file): report \(fromReport) summary \(fromSummary)")
            #expect(NSDictionary(dictionary: fromReview).isEqual(to: fromSummary), "\(file): review \(fromReview) summary \(fromSummary)")
            if file.hasSuffix("live-won.jsonl") { #expect(fromSummary["outcome"] as? String == "won") }
            if !file.contains("live-") {
                // The call above: price undone, the false alarm gone, the ERP as re-answered.
                #expect((fromSummary["objections"] as? [String: String]) == [:])
                #expect((fromSummary["fields"] as? [String: String])?["erp"] == "Sage Intacct")
                checkedTheNewCall = true
            }
        }
        #expect(checkedTheNewCall)
    }

    /// A coach marks a detection as a false alarm from the review; every reading of the call
    /// then leaves it out, and deleting the mark brings it back. The transcript is not touched.
    @Test func aFalseAlarmMarkedByACoachIsHonouredEverywhere() throws {
        let folder = try RapportProcess.temporaryFolder()
        let live = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme"],
                                          lines: ["", "controller", "12", "netsuite", "yes", "/goto budget", "honestly it is way too expensive for us", "40k", "/quit"],
                                          in: folder)
        #expect(live.stdout.contains("Sounds like PRICE"))
        let file = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first).path
        let before = try String(contentsOfFile: file, encoding: .utf8)
        func objections() throws -> (summary: [String: String], review: [String: String], report: [String: Any]) {
            func json(_ arguments: [String]) throws -> [String: Any] {
                try #require(try JSONSerialization.jsonObject(with: Data(RapportProcess.run(arguments, in: folder).stdout.utf8)) as? [String: Any])
            }
            let summary = try json(["summary", file, "--format", "json"])["reading"] as? [String: Any]
            let review = try json(["review", file, "--format", "json"])["reading"] as? [String: Any]
            let report = try json(["report", "t", "--format", "json"])["objections"] as? [String: Any]
            return (summary?["objections"] as? [String: String] ?? [:], review?["objections"] as? [String: String] ?? [:], report ?? [:])
        }
        let raised = try objections()
        #expect(raised.summary == ["price": "open"] && raised.review == raised.summary && raised.report["price"] != nil)

        let wrong = try RapportProcess.run(["comment", file, "3", "--false-alarm", "price"], in: folder)
        #expect(wrong.status == 64 && wrong.stderr.contains("detections there: price at turn 7"), "\(wrong.stderr)")
        let marked = try RapportProcess.run(["comment", file, "7", "--false-alarm", "price", "--coach", "Morgan"], in: folder)
        #expect(marked.status == 0 && marked.stdout.contains("False alarm marked: price at turn 7"), "\(marked.stderr)")
        let dismissed = try objections()
        #expect(dismissed.summary.isEmpty && dismissed.review.isEmpty && dismissed.report.isEmpty, "\(dismissed)")
        #expect(try RapportProcess.run(["comment", file, "--list"], in: folder).stdout.contains("[false alarm: price]"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before, "the transcript is never changed")

        #expect(try RapportProcess.run(["comment", file, "--delete", "1"], in: folder).status == 0)
        #expect(try objections().summary == ["price": "open"], "deleting the mark undoes it")
    }

    @Test func aPracticeTranscriptIsSummarisedAsTheCallItRehearsed() throws {
        let folder = try RapportProcess.temporaryFolder()
        let (_, practice) = try record(in: folder)
        let text = try RapportProcess.run(["summary", practice.path], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("VALUE PROPOSITION — Closewise for Keystone Outdoor"), "the persona's company, not its id: \(text.stdout.prefix(80))")
        #expect(!text.stdout.contains("No pains recorded yet"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(RapportProcess.run(["summary", practice.path, "--format", "json"], in: folder).stdout.utf8)) as? [String: Any])
        let fields = (json["profile"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
        #expect(fields.contains("pains") && fields.contains("erp"), "the facts the buyer revealed: \(fields)")
        // Nothing the buyer said is read as a new objection; only the persona's own.
        let objections = (json["objections"] as? [[String: Any]] ?? []).compactMap { $0["objection"] as? String ?? $0["id"] as? String }
        let playbook = try PlaybookLoader.load(source: String(contentsOfFile: RapportProcess.defaultPlaybook, encoding: .utf8), file: RapportProcess.defaultPlaybook)
        let persona = try #require(playbook.persona("priya"))
        #expect(Set(objections).isSubset(of: Set(persona.objections.map(\.objection))), "\(objections)")
    }

    @Test func generatedTranscriptsAreReadableAndReported() throws {
        let folder = try RapportProcess.temporaryFolder()
        let generated = try RapportProcess.run(["generate", "--count", "40", "--out", "gen", "--playbook", RapportProcess.defaultPlaybook, "--seed", "3"], in: folder)
        #expect(generated.status == 0, "\(generated.stderr)")
        let files = try RapportProcess.transcripts(in: folder.appendingPathComponent("gen"))
        #expect(files.count == 40)
        for file in files.prefix(10) {
            let transcript = try Transcript.parse(String(contentsOf: file, encoding: .utf8))
            #expect(transcript.problems.isEmpty)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(RapportProcess.run(["report", "gen", "--format", "json"], in: folder).stdout.utf8)) as? [String: Any])
        #expect(json["transcripts"] as? Int == 40)
        #expect((json["liveCalls"] as? Int ?? 0) + (json["practiceSessions"] as? Int ?? 0) == 40)
    }
}
