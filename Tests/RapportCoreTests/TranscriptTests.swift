import Foundation
import Testing
@testable import RapportCore

struct TranscriptTests {
    func makeTranscript(_ events: [ConversationEvent]) -> String {
        let header = TranscriptHeader(mode: "live", playbook: Fixtures.playbook, playbookPath: "/p/mini.yaml", rep: "Jo", account: "Acme",
                                      started: Date(timeIntervalSince1970: 1_800_000_000), sessionDay: Fixtures.today)
        var lines = [Transcript.line(header)]
        var conversation = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        for (index, event) in events.enumerated() {
            let prompt = conversation.prompt
            _ = conversation.handle(event)
            let (kind, text, target) = TranscriptEntry.fields(for: event)
            lines.append(Transcript.line(TranscriptEntry(seq: index + 1, turn: conversation.turn, at: "2027-01-15T10:00:00.000Z",
                                                         stage: prompt?.stageID, step: prompt?.stepID, type: kind, text: text, target: target)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func roundTripReplaysToTheSameConversation() throws {
        let text = makeTranscript(ConversationTests.script)
        let transcript = try Transcript.parse(text)
        #expect(transcript.problems.isEmpty)
        #expect(transcript.header.account == "Acme")
        #expect(transcript.header.playbook.hash == Fixtures.playbook.contentHash)
        var direct = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        for event in ConversationTests.script { _ = direct.handle(event) }
        #expect(transcript.replay(on: Fixtures.playbook) == direct)
    }

    @Test func aLineCutByACrashIsReportedAndIgnored() throws {
        var text = makeTranscript([.skipped, .answered("$40k"), .answered("yes")])
        text += "{\"at\":\"2027-01-15T10:00:00.000Z\",\"seq\":4,\"type\":\"ans"
        let transcript = try Transcript.parse(text)
        #expect(transcript.entries.count == 3)
        #expect(transcript.problems == [Transcript.Problem(line: 5, message: "cut short (the session was interrupted while writing it); ignored")])
        #expect(transcript.replay(on: Fixtures.playbook).profile.value("signer") == .yesNo(true))
    }

    @Test func damagedMiddleLineIsSkipped() throws {
        var lines = makeTranscript([.skipped, .answered("$40k"), .answered("yes")]).split(separator: "\n").map(String.init)
        lines.insert("\u{1B}[31mnot json", at: 2)
        let transcript = try Transcript.parse(lines.joined(separator: "\n") + "\n")
        #expect(transcript.entries.count == 3)
        #expect(transcript.problems.map(\.line) == [3])
    }

    @Test func notATranscript() {
        #expect(throws: Transcript.Failure.self) { try Transcript.parse("") }
        #expect(throws: Transcript.Failure.self) { try Transcript.parse("{\"hello\": 1}\n") }
        #expect(throws: Transcript.Failure.self) { try Transcript.parse("id: mini\nversion: 1\n") }
    }

    @Test func controlCharactersAreNeutralised() {
        #expect(TerminalText.neutralised("a\u{1B}[2Jb\u{7}c\u{0}d") == "a^[[2Jb^Gc^@d")
        #expect(TerminalText.neutralised("x\u{9B}y") == "x\\u{9b}y")
        #expect(TerminalText.neutralised("line1\nline2", keepNewlines: true) == "line1\nline2")
        #expect(TerminalText.neutralised("héllo — ok") == "héllo — ok")
    }
}

struct JSONTextTests {
    @Test(arguments: ["plain", "quote \" and \\ backslash", "new\nline\ttab\r", "\u{0}\u{1B}[31m", "héllo — ✓", "\u{2028}"])
    func quotedStringsReadBackExactly(text: String) throws {
        let data = Data(("[" + JSONText.quoted(text) + "]").utf8)
        let decoded = try JSONSerialization.jsonObject(with: data) as? [String]
        #expect(decoded == [text])
    }

    @Test func numbers() {
        #expect(JSONText.number(1) == "1")
        #expect(JSONText.number(0.8367) == "0.837")
        #expect(JSONText.number(0) == "0")
    }
}

struct CRLFTranscriptTests {
    @Test func aTranscriptWithCRLFEndingsReadsLikeOneWithLF() throws {
        var conversation = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        _ = conversation.handle(.skipped)
        let header = TranscriptHeader(mode: "live", playbook: Fixtures.playbook, playbookPath: "p.yaml", rep: nil, account: nil,
                                      started: Date(timeIntervalSince1970: 1_795_736_880), sessionDay: Fixtures.today)
        let entry = TranscriptEntry(seq: 1, turn: 1, at: "2026-11-27T00:00:00.000Z", stage: "qualify", step: "hello", type: .skip)
        let lf = Transcript.line(header) + "\n" + Transcript.line(entry) + "\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let read = try Transcript.parse(crlf)
        #expect(read.problems.isEmpty)
        #expect(read.entries == (try Transcript.parse(lf)).entries)
    }
}

struct SessionModeTests {
    @Test func aModeIsWrittenAsItsPlainNameAndAnUnknownOneIsKeptAsWritten() throws {
        let header = TranscriptHeader(mode: .practice, playbook: Fixtures.playbook, playbookPath: "p.yaml", rep: nil, account: nil,
                                      started: Date(timeIntervalSince1970: 1_795_736_880), sessionDay: Fixtures.today)
        let line = Transcript.line(header)
        #expect(line.contains("\"mode\":\"practice\""))
        #expect(try Transcript.parse(line).header.mode.isPractice)
        // A transcript from elsewhere naming another kind of session still reads, and its mode
        // is written back unchanged; it is counted as a live call, not as practice.
        let other = line.replacingOccurrences(of: "\"mode\":\"practice\"", with: "\"mode\":\"coaching\"")
        let read = try Transcript.parse(other).header
        #expect(read.mode.rawValue == "coaching" && !read.mode.isPractice && read.mode != .live)
        #expect(Transcript.line(read).contains("\"mode\":\"coaching\""))
        #expect(!TeamReport.Filter(mode: .practice).admits(read))
    }
}

/// The shipped examples are what a new user reviews first: recorded with the shipped playbook,
/// they review without "has changed since this transcript was recorded" and name the playbook
/// from the repository root.
struct ShippedExampleTests {
    @Test func theExamplesWereRecordedWithTheShippedPlaybook() throws {
        let playbook = try Fixtures.defaultPlaybook()
        let folder = Fixtures.repositoryRoot.appendingPathComponent("transcripts/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        #expect(files.count == 6)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let transcript = try Transcript.parse(text)
            #expect(transcript.header.playbook.hash == playbook.contentHash, "\(file): re-record the examples with sh transcripts/examples/record.sh")
            #expect(transcript.header.playbook.path == "playbooks/default.yaml", "\(file)")
            #expect(transcript.problems.isEmpty, "\(file)")
        }
    }
}
