import Foundation
import Testing
@testable import RapportCore

/// The ICS and CSV exports: what calendar apps and spreadsheets require of them.
struct ExportTests {
    @Test func icsLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        let long = "Kickoff — " + String(repeating: "é", count: 60) + " with 🚀 everyone"
        let invite = CalendarInvite(summary: long, description: "line one\nline two", day: CalendarDay(year: 2026, month: 12, day: 31),
                                    uid: "abc@rapport", stamp: "20261127T000000Z")
        let text = invite.text
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") }, "only CRLF ends lines")
        for line in lines { #expect(line.utf8.count <= 75, "\(line)") }
        // Unfolding (remove CRLF + one space) gives the escaped value back, whole characters intact.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:" + long + "\r\n"))
        #expect(unfolded.contains("DESCRIPTION:line one\\nline two\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"), "an all-day event ends the next day")
        for required in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:", "BEGIN:VEVENT", "UID:abc@rapport", "DTSTAMP:20261127T000000Z", "END:VEVENT", "END:VCALENDAR"] {
            #expect(unfolded.contains(required))
        }
    }

    @Test func icsTextValuesAreEscaped() {
        #expect(CalendarInvite.escaped("a,b;c\\d") == "a\\,b\\;c\\\\d")
        #expect(CalendarInvite.escaped("one\r\ntwo\nthree") == "one\\ntwo\\nthree")
        #expect(CalendarInvite.escaped("bell\u{07}\u{1B}[31mred") == "bell[31mred", "control characters are not allowed in TEXT")
    }

    @Test func icsForASessionUsesItsNextStepAndIsStable() throws {
        var c = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        #expect(CalendarInvite(playbook: Fixtures.playbook, profile: c.profile, account: "Acme", rep: nil, started: "2026-11-27T10:00:00.000Z") == nil)
        _ = c.handle(.nextStepAgreed("security review, with IT; bring the SOC 2 report on 2027-01-12"))
        let invite = try #require(CalendarInvite(playbook: Fixtures.playbook, profile: c.profile, account: "Acme", rep: "Jo", started: "2026-11-27T10:00:00.000Z"))
        #expect(invite.day == CalendarDay(year: 2027, month: 1, day: 12))
        #expect(invite.stamp == "20261127T100000Z")
        #expect(invite.text.replacingOccurrences(of: "\r\n ", with: "").contains("SUMMARY:security review\\, with IT\\; bring the SOC 2 report — Acme\r\n"))
        let again = CalendarInvite(playbook: Fixtures.playbook, profile: c.profile, account: "Acme", rep: "Jo", started: "2026-11-27T10:00:00.000Z")
        #expect(again?.uid == invite.uid, "re-exporting the same call updates the same event")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(CRMRecord.cell("plain") == "plain")
        #expect(CRMRecord.cell("a, b") == "\"a, b\"")
        #expect(CRMRecord.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CRMRecord.cell("two\nlines") == "\"two\nlines\"")
        #expect(CRMRecord.cell("crlf\r\nend") == "\"crlf\r\nend\"")
        #expect(CRMRecord.cell(" padded") == "\" padded\"")
        #expect(CRMRecord.cell("") == "")
    }

    @Test func csvDefusesFormulasButNotNumbers() {
        #expect(CRMRecord.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CRMRecord.cell("+1 555 0100") == "'+1 555 0100")
        #expect(CRMRecord.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CRMRecord.cell("-5") == "-5")
    }

    @Test func csvRowHasOneValuePerColumnInTheHeaderOrder() {
        var c = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        _ = c.handle(.skipped)
        _ = c.handle(.answered("30-50k"))
        _ = c.handle(.answered("yes"))
        _ = c.handle(.answered("manual work, and \"no visibility\""))
        _ = c.handle(.noteTaken("Acme came up twice"))
        _ = c.handle(.dealClosed(won: false, reason: "went with Acme, cheaper"))
        let record = CRMRecord(playbook: Fixtures.playbook, profile: c.profile, account: "Acme, Inc.", rep: "Jo", date: "2026-11-27")
        #expect(record.columns.count == record.values.count)
        #expect(Array(record.columns.prefix(5)) == ["account", "rep", "date", "playbook", "outcome"])
        #expect(record.columns.suffix(Fixtures.playbook.fields.count) == Fixtures.playbook.fields.map(\.id)[...])
        func value(_ column: String) -> String? { record.columns.firstIndex(of: column).map { record.values[$0] } }
        #expect(value("budget") == "$30,000–$50,000")
        #expect(value("signer") == "yes")
        #expect(value("pains") == "Manual work; No visibility")
        #expect(value("lost_reason") == "went with Acme, cheaper")
        #expect(value("competitors_named") == "acme")
        let lines = record.text.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty, "header, row, final CRLF")
        #expect(lines[1].hasPrefix("\"Acme, Inc.\",Jo,2026-11-27,mini,lost,\"went with Acme, cheaper\","))
    }
}

struct LongGraphemeFoldingTests {
    /// A letter under hundreds of combining marks is one grapheme of 400 octets: the calendar
    /// line is still folded at 75 octets, between scalars, and unfolds to the same text.
    @Test func aHugeGraphemeIsFoldedBetweenItsScalars() {
        let zalgo = "e" + String(repeating: "\u{0301}", count: 200)
        let line = "SUMMARY:" + zalgo + " demo"
        let folded = CalendarInvite.folded(line)
        // Folding is by octets (RFC 5545), so the check is too.
        var bytes = Array(folded.utf8)
        var parts: [[UInt8]] = [[]]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { parts.append([]); i += 2; continue }
            parts[parts.count - 1].append(bytes[i])
            i += 1
        }
        for part in parts { #expect(part.count <= 75, "\(part.count) octets") }
        bytes = parts.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
        #expect(bytes == Array(line.utf8), "unfolds to the same text")
    }
}

/// `summary --format json`: the keys and values scripts read, with absent values as null.
struct ProfileExportTests {
    @Test func theProfileExportKeepsTheKeysScriptsReadAndWritesAbsentValuesAsNull() throws {
        let playbook = try Fixtures.defaultPlaybook()
        var conversation = Conversation(playbook: playbook, today: Fixtures.today)
        _ = conversation.handle(.skipped)
        _ = conversation.handle(.answered("cfo, 12 ppl, close takes 9 days, budget maybe 40-60k, uses netsuite"))
        _ = conversation.handle(.conceded("discount 10% for a two-year term"))
        _ = conversation.handle(.nextStepAgreed("demo on the 8th of December"))
        let header = TranscriptHeader(mode: .live, playbook: playbook, playbookPath: "default.yaml", rep: "Avery", account: nil,
                                      started: Date(timeIntervalSince1970: 1_795_736_880), sessionDay: Fixtures.today)
        let json = try ProfileExport(conversation: conversation, header: header, summary: "the summary").json()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["account"] is NSNull, "an absent account is null, not left out")
        #expect(document["outcome"] is NSNull)
        #expect(document["rep"] as? String == "Avery" && document["summary"] as? String == "the summary")
        let profile = try #require(document["profile"] as? [[String: Any]])
        let byField = Dictionary(uniqueKeysWithValues: profile.map { ($0["field"] as! String, $0) })
        #expect(byField["team_size"]?["value"] as? Double == 12)
        #expect(byField["team_size"]?["raw"] as? String != nil && byField["team_size"]?["turn"] as? Int == byField["erp"]?["turn"] as? Int, "the note's turn")
        let budget = try #require(byField["budget"]?["value"] as? [String: Any])
        #expect(budget["amount"] as? Double == 40_000 && budget["upTo"] as? Double == 60_000 && budget["currency"] as? String == "USD")
        #expect(byField["erp"]?["value"] as? String == "netsuite")
        let terms = try #require(document["terms"] as? [[String: Any]])
        #expect(terms.first?["concession"] as? String == "discount" && terms.first?["percent"] as? Double == 10)
        let next = try #require(document["nextStep"] as? [String: Any])
        #expect(next["date"] as? String == "2026-12-08")
        let reading = try #require(document["reading"] as? [String: Any])
        #expect(reading["outcome"] is NSNull && (reading["fields"] as? [String: String])?["erp"] != nil)
        #expect(json.contains("\"unknownQualifications\" : ["), "keys sorted and indented as before")
    }
}
