import Foundation
import Testing

/// A deal over three calls with one account: what each call learnt carries into the next,
/// each transcript stands alone, and a won deal's next call starts at the follow-up.
struct AccountMemoryTests {
    static let playbook = RapportProcess.repositoryRoot.appendingPathComponent("playbooks/default.yaml").path

    func call(_ lines: [String], account: String, in folder: URL) throws -> (stdout: String, transcript: URL) {
        let before = Set(((try? RapportProcess.transcripts(in: folder.appendingPathComponent("t"))) ?? []).map(\.path))
        let result = try RapportProcess.run(["live", "--playbook", Self.playbook, "--transcripts", "t", "--account", account], lines: lines, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let made = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first { !before.contains($0.path) })
        // A second later, so the next call's file name sorts after this one.
        usleep(1_100_000)
        return (result.stdout, made)
    }

    @Test func whatOneCallLearntCarriesIntoTheNext() throws {
        let folder = try RapportProcess.temporaryFolder()
        // 1. Discovery: a dense note and a price objection, a demo agreed.
        let first = try call(["12 ppl, netsuite + excel, close takes 9 days", "controller",
                              "it's way too expensive honestly", "/next demo with the CFO next Tuesday"], account: "Acme Freight", in: folder)
        #expect(!first.stdout.contains("earlier call"))

        // 2. The demo: the brief, the carried profile, past the known steps; the objection settled, the deal won.
        let second = try call(["/profile", "/obj price", "/resolved", "/won"], account: "ACME freight", in: folder)
        #expect(second.stdout.contains("Acme Freight: 1 earlier call"), "\(second.stdout)")
        #expect(second.stdout.contains("Still open: It costs too much"))
        #expect(second.stdout.contains("Agreed on Friday 27 November: demo with the CFO on Tuesday 1 December") || second.stdout.contains("demo with the CFO on Tuesday 1 December"))
        #expect(second.stdout.contains("Finance team size: 12  \"12 ppl, netsuite + excel, close takes 9 days\" (from the call of") || second.stdout.contains("(from the call of"), "\(second.stdout)")
        #expect(!second.stdout.contains("[qualify 1/6]"), "the call starts past what is known:\n\(second.stdout)")
        let json = try RapportProcess.run(["summary", second.transcript.path, "--format", "json"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let profile = try #require(document["profile"] as? [[String: Any]])
        let teamSize = try #require(profile.first { $0["field"] as? String == "team_size" })
        #expect(teamSize["value"] as? Double == 12)
        #expect((teamSize["carriedFrom"] as? [String: Any])?["call"] as? String == first.transcript.deletingPathExtension().lastPathComponent,
                "the transcript says where the value came from: \(teamSize)")
        let objections = try #require(document["objections"] as? [[String: Any]])
        #expect(objections.contains { $0["objection"] as? String == "price" && $0["outcome"] as? String == "resolved" }, "\(objections)")

        // 3. After the win: the check-in starts at the follow-up stage.
        let third = try call(["kickoff on the 8th of December", "/quit"], account: "acme-freight", in: folder)
        #expect(third.stdout.contains("Acme Freight: 2 earlier calls"), "the account matched whatever its case and dashes: \(third.stdout)")
        #expect(third.stdout.contains("The deal was won"))
        #expect(third.stdout.contains("[follow-up "), "\(third.stdout)")
        #expect(!third.stdout.contains("Still open: It costs too much"), "settled in the second call")

        // The deal's timeline: three calls, the profile with where each value came from.
        let account = try RapportProcess.run(["account", "acme freight", "--transcripts", "t", "--format", "json"], in: folder)
        #expect(account.status == 0, "\(account.stderr)")
        let timeline = try #require(try JSONSerialization.jsonObject(with: Data(account.stdout.utf8)) as? [String: Any])
        #expect((timeline["calls"] as? [[String: Any]])?.map { $0["outcome"] as? String } == [nil, "won", nil], "\(timeline)")
        let known = try #require(timeline["profile"] as? [[String: Any]])
        #expect(known.contains { $0["field"] as? String == "team_size" && $0["from"] as? String == first.transcript.deletingPathExtension().lastPathComponent })
        let text = try RapportProcess.run(["account", "ACME-FREIGHT", "--transcripts", "t"], in: folder)
        #expect(text.stdout.contains("· 3 calls") && text.stdout.contains("It costs too much: carried, resolved"), "\(text.stdout)")
        let list = try RapportProcess.run(["accounts", "--transcripts", "t"], in: folder)
        #expect(list.stdout.contains("Acme Freight — 3 calls") && list.stdout.contains("won;"), "\(list.stdout)")

        // Reports count the deal as well as its calls.
        let report = try RapportProcess.run(["report", "t", "--format", "json"], in: folder)
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let deals = try #require((figures["live"] as? [String: Any])?["deals"] as? [String: Any] ?? figures["deals"] as? [String: Any], "\(report.stdout.prefix(600))")
        #expect(deals["count"] as? Int == 1 && deals["callsPerDeal"] as? Double == 3 && deals["won"] as? Int == 1, "\(deals)")
        #expect(deals["medianDaysToOutcome"] as? Int == 0)
        #expect(deals["reached"] as? [String: Int] == ["follow-up": 1], "\(deals)")

        // The whole account in one summary: what is known now, from every call.
        let whole = try RapportProcess.run(["summary", "--account", "ACME Freight", "--transcripts", "t", "--format", "json"], in: folder)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stdout.contains("\"team_size\"") && whole.stdout.contains("carriedFrom"), "\(whole.stdout)")

        // Each transcript alone rebuilds its call: with the others gone, the second and third
        // read exactly as they did beside them.
        let secondBefore = try RapportProcess.run(["summary", second.transcript.path, "--format", "json"], in: folder).stdout
        let thirdBefore = try RapportProcess.run(["summary", third.transcript.path, "--format", "json"], in: folder).stdout
        try FileManager.default.removeItem(at: first.transcript)
        #expect(try RapportProcess.run(["summary", second.transcript.path, "--format", "json"], in: folder).stdout == secondBefore)
        try FileManager.default.removeItem(at: second.transcript)
        let alone = try RapportProcess.run(["summary", third.transcript.path, "--format", "json"], in: folder)
        #expect(alone.status == 0)
        #expect(alone.stdout.contains("\"team_size\""), "the carried facts are in the third call's own transcript")
        #expect(alone.stdout == thirdBefore)
    }
}

/// Negotiation in a live call: /price, /give traded and not, and the terms in every summary.
struct NegotiationCallTests {
    @Test func concessionsAreLedgeredWarnedAndSummarised() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme"],
                                            lines: ["12 ppl", "/price", "/give quarterly for the annual agreement signed this month", "/give discount 15%", "/quit"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("= $36,000 a year"), "\(result.stdout)")
        #expect(result.stdout.contains("✓ Gave: quarterly billing, for the annual agreement signed this month"))
        #expect(result.stdout.contains("! nothing asked in return: ask for a two- or three-year term"))
        #expect(result.stdout.contains("! 15% in all is above your authority (10%): a manager must approve"))
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let json = try RapportProcess.run(["summary", transcript.path, "--format", "json"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let terms = try #require(document["terms"] as? [[String: Any]])
        #expect(terms.map { $0["concession"] as? String } == ["quarterly", "discount"])
        #expect((terms[1]["warnings"] as? [String])?.count == 2 && terms[1]["percent"] as? Double == 15)
        let csv = try RapportProcess.run(["summary", transcript.path, "--format", "csv"], in: folder)
        #expect(csv.stdout.contains("terms_given") && csv.stdout.contains("15% discount on the annual price"))
        let email = try RapportProcess.run(["summary", transcript.path, "--format", "email"], in: folder)
        #expect(email.stdout.contains("The terms we discussed:") && !email.stdout.contains("authority"), "the customer sees the terms, never the warnings")
    }
}
