import Foundation
import Testing

/// A call where the customer pushes back in their own words, the rep uses the cards, closes,
/// and agrees a next step; the transcript and every summary format must show all of it.
@Suite struct ClosingCallTests {
    /// The full call with the rep's in-the-moment commands inserted after the answers that
    /// prompt them.
    static let script: [String] = {
        var lines: [String] = []
        for line in Script.fullCall {
            switch line {
            case "we looked at FloQast":
                lines += [line, "/card"]
            case "price is the worry":
                lines += [line, "/obj", "/obj 2", "/resolved",
                          "/obj honestly our CFO would have to sign off on something like this", "/unresolved"]
            case "yes" where lines.contains("8"):
                lines += [line, "/close", "/close 1", "/won"]
            case "2027-01-12":
                lines += [line, "/next pilot kickoff with Maria and Dana, on 2027-01-14"]
            default:
                lines.append(line)
            }
        }
        return lines
    }()

    @Test func detectionsCardsOutcomesAndClosesAreRecordedAndSummarised() throws {
        let folder = try RapportProcess.temporaryFolder()
        let live = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme, Inc.", "--rep", "Jo"],
                                          lines: Self.script, in: folder)
        #expect(live.status == 0, "\(live.stderr)")
        #expect(live.stderr.isEmpty, "\(live.stderr)")
        // What the rep saw at each moment.
        #expect(live.stdout.contains("Mentions FloQast — /card floqast for the battle card"))
        #expect(live.stdout.contains("vs FloQast  battle card\n  Where we win\n"))
        #expect(live.stdout.contains("Sounds like PRICE — /obj for the card"))
        #expect(live.stdout.contains("PRICE — It costs too much\n  Acknowledge:"))
        #expect(live.stdout.contains("PRICE — It costs too much\n  roi:"), "/obj 2 leads with the second technique")
        #expect(live.stdout.contains("AUTHORITY — "), "the customer's words open the authority card")
        #expect(live.stdout.contains("Closing  qualified 100%"))
        #expect(live.stdout.contains("Open objection: authority"))
        // Every qualification element is known and the numbers are in: the ROI close, whose
        // conditions hold and whose line is complete, comes first; those needing no open
        // objection wait while authority is unresolved.
        #expect(live.stdout.contains("1. Return-on-investment close 100%  /close roi\n     At 120 hours a month,"))
        #expect(live.stdout.contains("Summary close 65% — needs no open objections"), "conditions in words, not code")
        #expect(live.stdout.contains("Return-on-investment close  (recorded)\n  Say: At 120 hours a month,"))
        #expect(live.stdout.contains("✓ Won"))
        #expect(live.stdout.contains("✓ Next step: pilot kickoff with Maria and Dana on Thursday 14 January 2027"))

        // What the transcript kept.
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let all = try RapportProcess.events(transcript, detections: true)
        func entries(_ type: String) -> [[String: Any]] { all.filter { $0["type"] as? String == type } }
        #expect(entries("detect").contains { $0["target"] as? String == "price" })
        #expect(entries("mention").compactMap { $0["target"] as? String }.contains("floqast"))
        #expect(entries("objection").compactMap { $0["target"] as? String } == ["authority"])
        #expect(entries("outcome").compactMap { $0["text"] as? String } == ["resolved", "unresolved"])
        #expect(entries("close").compactMap { $0["target"] as? String } == ["roi"])
        #expect(entries("won").count == 1)
        #expect(entries("next").compactMap { $0["text"] as? String } == ["pilot kickoff with Maria and Dana, on 2027-01-14"])

        func summary(_ format: String) throws -> String {
            let result = try RapportProcess.run(["summary", transcript.path, "--format", format], in: folder)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            return result.stdout
        }
        let text = try summary("text")
        #expect(text.contains("Next step: pilot kickoff with Maria and Dana on 2027-01-14"))
        #expect(text.contains("Outcome: won"))
        #expect(text.contains("Closes used: Return-on-investment close (turn"))
        #expect(text.contains("Competitors named: Spreadsheets, FloQast"))
        #expect(text.contains("It costs too much (turn") && text.contains("): resolved"))
        #expect(text.contains("): unresolved"))

        let markdown = try summary("markdown")
        #expect(markdown.contains("**Outcome:** won"))
        #expect(markdown.contains("**Next step:** pilot kickoff with Maria and Dana on Thursday 14 January 2027"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(try summary("json").utf8)) as? [String: Any])
        #expect((json["outcome"] as? [String: Any])?["result"] as? String == "won")
        #expect((json["outcome"] as? [String: Any])?["close"] as? String == "roi")
        #expect((json["nextStep"] as? [String: Any])?["date"] as? String == "2027-01-14")
        #expect((json["closesUsed"] as? [[String: Any]])?.first?["close"] as? String == "roi")
        // Authority was noticed early ("I pick, then the CFO signs"); /obj in the customer's words
        // reopened its card, and /unresolved marked it.
        let outcomes = (json["objections"] as? [[String: Any]] ?? []).reduce(into: [String: String]()) { $0[$1["objection"] as? String ?? ""] = $1["outcome"] as? String }
        #expect(outcomes == ["price": "resolved", "authority": "unresolved"])

        let message = try summary("email")
        #expect(message.contains("\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"), "an RFC 5322 message with CRLF lines")
        #expect(!message.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends CRLF")
        // Read as a mail client shows it: folded headers joined, plain line ends.
        let email = message.replacingOccurrences(of: "\r\n ", with: " ").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(email.hasPrefix("Subject: Closewise for Acme, Inc.: pilot kickoff with Maria and Dana on 14 January\n"))
        // The rep's notes are not the customer's words: their pains are named, never quoted.
        #expect(email.contains("the hardest parts today are spreadsheet sprawl, no visibility into the close and manual reconciliation."), "\(email)")
        #expect(!email.contains("\"reconciling everything by hand in excel\""), "a rep's shorthand is never quoted back")
        #expect(email.contains("As agreed, the next step is the pilot kickoff with Maria and Dana on 14 January."))
        #expect(!email.contains(".."), "no double full stops")
        #expect(email.hasSuffix("Best regards,\nJo\n"))
        #expect(!email.contains("unresolved") && !email.contains("turn "), "nothing internal goes to the customer")

        let ics = try summary("ics")
        #expect(ics.contains("\r\nDTSTART;VALUE=DATE:20270114\r\n"))
        #expect(ics.replacingOccurrences(of: "\r\n ", with: "").contains("\r\nSUMMARY:pilot kickoff with Maria and Dana — Acme\\, Inc.\r\n"))
        #expect(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })

        let csv = try summary("csv")
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("account,rep,date,playbook,outcome,lost_reason,closes_used,agreed_next_step,agreed_next_step_date,"))
        #expect(rows[1].hasPrefix("\"Acme, Inc.\",Jo,"))
        #expect(rows[1].contains(",won,,roi,pilot kickoff with Maria and Dana,2027-01-14,spreadsheets; floqast,authority,price,"))
    }

    @Test func icsWithoutANextStepIsRefusedClearly() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: ["", "/quit"], in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let result = try RapportProcess.run(["summary", transcript.path, "--format", "ics"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("has no next step with a date"))
        #expect(result.stderr.contains("/next STEP DATE"))
    }

    @Test func lostNeedsAReasonAndNextNeedsADate() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"],
                                            lines: ["/lost", "/next a demo", "/lost chose a cheaper tool", "/quit"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Usage: /lost REASON"))
        #expect(result.stdout.contains("Give the next step and its date"))
        #expect(result.stdout.contains("Lost: chose a cheaper tool"))
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let lost = try RapportProcess.events(transcript).filter { $0["type"] as? String == "lost" }
        #expect(lost.compactMap { $0["text"] as? String } == ["chose a cheaper tool"])
    }
}
