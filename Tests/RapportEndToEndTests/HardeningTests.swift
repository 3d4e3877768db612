import Foundation
import RapportCore
import Testing

/// Reproductions from an attack on the release build: each now gives a clear message or the
/// right behaviour.
struct HardeningTests {
    static let bash = URL(fileURLWithPath: "/bin/bash")

    @Test func aClosedStderrIsNotACrash() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["-c", "\(RapportProcess.executable.path) review /nonexistent 2>&-"], in: folder, executable: Self.bash)
        #expect(result.status == 66, "file not found, not a trap (132)")
    }

    @Test func outputCutByHeadEndsTheSessionWithItsFinalEvent() throws {
        let folder = try RapportProcess.temporaryFolder()
        let command = "(printf '\\nI am the controller\\n'; sleep 1; printf 'about 12\\n') | \(RapportProcess.executable.path) live --playbook \(RapportProcess.defaultPlaybook) --transcripts t | head -1"
        let result = try RapportProcess.run(["-c", command], in: folder, executable: Self.bash)
        #expect(result.status == 0)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let last = try RapportProcess.events(transcript, detections: true).last
        #expect(last?["type"] as? String == "end", "\(String(describing: last))")
        #expect((last?["text"] as? String)?.hasPrefix("signal") == true)
    }

    @Test func anAbsurdWidthIsClamped() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: ["", "cfo"], in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let wide = try RapportProcess.run(["review", transcript.path, "--width", "100000000000"], in: folder)
        #expect(wide.status == 0)
        #expect(wide.stdout.contains("REVIEW"))
        let columns = try RapportProcess.run(["review", transcript.path], in: folder, environment: ["COLUMNS": "9223372036854775807"])
        #expect(columns.status == 0)
    }

    @Test func anAbsurdSequenceNumberIsRefusedOnResume() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: [""], in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let handle = try FileHandle(forWritingTo: transcript)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"at":"2026-11-27T00:00:00.000Z","seq":9223372036854775807,"stage":"qualify","step":"role","text":"x","turn":2,"type":"answer"}"#.utf8 + [10]))
        try handle.close()
        let result = try RapportProcess.run(["live", "--resume", transcript.path], lines: ["about 12"], in: folder)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("is not one a session writes"))
    }

    @Test func aLineBreakInAnAccountNeverAddsAnEmailHeader() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme\nBcc: thief@example.com"],
                                   lines: ["", "cfo", "/next demo\nBcc: x@example.com next Tuesday"], in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let email = try RapportProcess.run(["summary", transcript.path, "--format", "email"], in: folder)
        #expect(!email.stdout.split(separator: "\n").contains { $0.hasPrefix("Bcc:") }, "\(email.stdout)")
    }

    @Test func aLinkToAHugeFileIsRefusedAtOnce() throws {
        let folder = try RapportProcess.temporaryFolder()
        let big = folder.appendingPathComponent("big.yaml")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 600 * 1_048_576)  // sparse: no disk used
        try handle.close()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("l.yaml").path, withDestinationPath: big.path)
        let started = Date()
        let result = try RapportProcess.run(["lint", "l.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("the limit is") || result.stderr.contains("the limit is"), "\(result.stdout)\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 5, "refused from its size, not after reading it")
        try FileManager.default.removeItem(at: big)
    }

    @Test func csvCellsCarryNoControlCharacters() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme\u{1B}]0;pwned\u{07}"],
                                   lines: ["", "cfo", "/lost \u{1B}]0;pwned\u{07} on price"], in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let csv = try RapportProcess.run(["summary", transcript.path, "--format", "csv"], in: folder)
        #expect(csv.status == 0)
        #expect(!csv.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(csv.stdout)")
        #expect(csv.stdout.contains("on price"))
    }

    @Test func markdownSummariesCarryNoMarkupFromAnswers() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"],
                                   lines: ["", "<script>alert(1)</script> | [x](javascript:alert(1)) ![i](http://evil/x.png) <img src=x onerror=alert(1)>"], in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let markdown = try RapportProcess.run(["summary", transcript.path, "--format", "markdown"], in: folder)
        #expect(markdown.status == 0)
        // Every <, [, ], | and ! from the answer is backslash-escaped: Markdown shows it as text.
        let answerLine = try #require(markdown.stdout.split(separator: "\n").first { $0.contains("alert(1)") })
        for pattern in [#"(?<!\\)<"#, #"(?<!\\)\]\("#, #"(?<!\\)!\\?\["#, #"(?<!\\)\|"#] {
            #expect(answerLine.range(of: pattern, options: .regularExpression) == nil, "\(pattern) in \(answerLine)")
        }
    }

    @Test func filesAreNeverWrittenThroughAPlantedLink() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: ["", "cfo"], in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let victim = folder.appendingPathComponent("victim.txt")
        try "keep me".write(to: victim, atomically: true, encoding: .utf8)
        chmod(victim.path, 0o644)
        try FileManager.default.createSymbolicLink(atPath: transcript.path + ".comments", withDestinationPath: victim.path)
        let comment = try RapportProcess.run(["comment", transcript.path, "2", "good"], in: folder)
        #expect(comment.status != 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("out.html").path, withDestinationPath: victim.path)
        let report = try RapportProcess.run(["report", "t", "--format", "html", "--out", "out.html"], in: folder)
        #expect(report.status != 0)
        // The JSON report is written a piece at a time, through the same guarded file.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("out.json").path, withDestinationPath: victim.path)
        let json = try RapportProcess.run(["report", "t", "--format", "json", "--out", "out.json"], in: folder)
        #expect(json.status == 73 && json.stderr.contains("symbolic link"), "\(json.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try RapportProcess.permissions(victim.path) == 0o644)
    }

    @Test func aHugeTranscriptIsReportedNotReadIntoMemory() throws {
        let folder = try RapportProcess.temporaryFolder()
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: ["", "cfo"], in: folder)
        let huge = folder.appendingPathComponent("t/huge.jsonl")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 65 << 20)  // sparse
        try handle.close()
        let report = try RapportProcess.run(["report", "t", "--format", "json"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("too large"), "\(report.stdout.prefix(600))")
        #expect(report.stdout.contains("\"liveCalls\" : 1"), "the other call is still reported")
    }

    @Test func reviewListsEveryEvidenceTurn() throws {
        let folder = try RapportProcess.temporaryFolder()
        let closed = (1...12).map { "Is it true that thing number \($0) is fine?" }
        let practice = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--persona", "dana", "--seed", "1", "--transcripts", "t"],
                                              lines: closed, in: folder)
        #expect(practice.status == 0)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let review = try RapportProcess.run(["review", transcript.path, "--width", "400"], in: folder)
        let line = try #require(review.stdout.split(separator: "\n").first { $0.contains("Open questions") })
        #expect(line.contains("11, 12"), "every closed question is evidence: \(line)")
    }
}
