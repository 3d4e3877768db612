import Foundation
import Testing

@Suite struct PrivacyTests {
    @Test func umaskDoesNotOpenTranscripts() throws {
        let folder = try RapportProcess.temporaryFolder()
        let shell = URL(fileURLWithPath: "/bin/sh")
        let command = "umask 000; exec \"\(RapportProcess.executable.path)\" live --playbook \"\(RapportProcess.defaultPlaybook)\" --transcripts t --account Acme"
        let result = try RapportProcess.run(["-c", command], input: Data("hello\n/quit\n".utf8), in: folder, executable: shell)
        #expect(result.status == 0, "\(result.stderr)")
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        #expect(try RapportProcess.permissions(transcript.path) == 0o600)
        #expect(try RapportProcess.permissions(folder.appendingPathComponent("t").path) == 0o700)
        let comment = try RapportProcess.run(["-c", "umask 000; exec \"\(RapportProcess.executable.path)\" comment \"\(transcript.path)\" 1 note"],
                                             in: folder, executable: shell)
        #expect(comment.status == 0, "\(comment.stderr)")
        #expect(try RapportProcess.permissions(transcript.path + ".comments") == 0o600)
    }

    @Test func redactMasksPersonalDataInEveryTool() throws {
        let folder = try RapportProcess.temporaryFolder()
        var lines = Script.fullCall
        if let index = lines.firstIndex(of: "Maria Lopez, CFO") { lines[index] = "Maria Lopez, CFO, maria@acme.example, +1 415 555 0142" }
        lines.append("/note card on file 4111 1111 1111 1111")
        lines.append("/lost call jo.doe@acme.example about it")
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--rep", "Jo"], lines: lines, in: folder)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let plain = try RapportProcess.run(["summary", transcript.path], in: folder).stdout
        #expect(plain.contains("maria@acme.example"), "without --redact the summary is complete")
        for arguments in [["summary", transcript.path], ["summary", transcript.path, "--format", "json"], ["summary", transcript.path, "--format", "csv"],
                          ["review", transcript.path], ["review", transcript.path, "--format", "html"], ["report", "t"], ["report", "t", "--format", "json"]] {
            let result = try RapportProcess.run(arguments + ["--redact"], in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            for secret in ["maria@acme.example", "555 0142", "4111 1111 1111 1111", "jo.doe@acme.example"] {
                #expect(!result.stdout.contains(secret), "\(arguments) leaks \(secret)")
            }
            #expect(result.stdout.contains("[email]"), "\(arguments) shows where an address was")
        }
        let review = try RapportProcess.run(["review", transcript.path, "--redact"], in: folder).stdout
        #expect(review.contains("[email]") && review.contains("[phone]") && review.contains("[card]"))
        #expect(review.contains("$30,000–$50,000") && review.contains("2027-01-12"), "amounts and dates are kept")
    }
}
