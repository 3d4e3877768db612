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
}
