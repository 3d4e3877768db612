import Foundation
import Testing

struct StorageFaultTests {
    /// With a file-size limit the transcript stops growing mid-call; every answer must still
    /// reach the user somewhere: the transcript, a rescue copy, or stderr.
    @Test func aFullDiskMidCallLosesNoAnswer() throws {
        let folder = try RapportProcess.temporaryFolder()
        let answers = (1...60).map { "answer number \($0) with enough words to fill the small disk quickly" }
        try (answers.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        let command = "ulimit -f 8; exec \(RapportProcess.executable.path) live --playbook \(RapportProcess.defaultPlaybook) --transcripts t < in.txt"
        let result = try RapportProcess.run(["-c", command], in: folder, environment: ["HOME": folder.path, "TMPDIR": folder.path],
                                            executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("could not save turn"), "the rep must be told at once")
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        var everything = String(decoding: try Data(contentsOf: transcript), as: UTF8.self) + result.stderr
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("rapport-rescue-") {
            everything += try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)
        }
        for answer in answers {
            #expect(everything.contains(answer), "lost: \(answer)")
        }
        #expect(try Data(contentsOf: transcript).count <= 8 * 1024)
    }

    /// A rescue copy is never overwritten and never written through a planted link: a resume
    /// that cannot write (the file is over the size limit) rescues to a new, numbered name.
    @Test func aRescueNeverOverwritesAnotherOrFollowsALink() throws {
        let folder = try RapportProcess.temporaryFolder()
        let first = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"],
                                           lines: ["", "I'm the controller", "about 12 people"], in: folder)
        #expect(first.status == 0)
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let stem = "rapport-rescue-" + transcript.deletingPathExtension().lastPathComponent
        let victim = folder.appendingPathComponent("victim.txt")
        try "keep me".write(to: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(stem + ".jsonl").path, withDestinationPath: victim.path)
        try "an earlier rescue".write(to: folder.appendingPathComponent(stem + "-2.jsonl"), atomically: true, encoding: .utf8)
        try "we're on netsuite\nyeah definitely\n".write(to: folder.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        let command = "ulimit -f 1; exec \(RapportProcess.executable.path) live --resume \(transcript.path) < in.txt"
        let result = try RapportProcess.run(["-c", command], in: folder, environment: ["HOME": folder.path, "TMPDIR": folder.path],
                                            executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me", "a planted link is never followed")
        #expect(try String(contentsOf: folder.appendingPathComponent(stem + "-2.jsonl"), encoding: .utf8) == "an earlier rescue")
        // Under the size limit the rescue copy cannot be written whole either: the unsaved lines
        // then go to stderr, the last place they can survive, and no cut copy is left behind.
        var everything = result.stderr + (try String(contentsOf: transcript, encoding: .utf8))
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix(stem) && !name.hasSuffix("-2.jsonl") {
            let path = folder.appendingPathComponent(name).path
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil else { continue }
            everything += try String(contentsOfFile: path, encoding: .utf8)
            #expect(try RapportProcess.permissions(path) == 0o600)
        }
        #expect(everything.contains("we're on netsuite") && everything.contains("yeah definitely"), "\(result.stderr)")
    }
}
