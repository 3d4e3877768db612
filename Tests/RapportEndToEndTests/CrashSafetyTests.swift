import Foundation
import RapportCore
import Testing

/// A live session driven line by line, so a test can kill it between acknowledgements.
final class InteractiveSession {
    let process = Process()
    let stdin = Pipe()
    let outputURL: URL

    let errorURL: URL

    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
        outputURL = folder.appendingPathComponent("out-\(UUID().uuidString)")
        errorURL = folder.appendingPathComponent("err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".config-for-tests").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        process.executableURL = RapportProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = stdin
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
    }

    var outputSize: Int {
        ((try? FileManager.default.attributesOfItem(atPath: outputURL.path)[.size]) as? NSNumber)?.intValue ?? 0
    }

    /// Sends a line and waits until the program has printed its answer (its acknowledgement).
    func send(_ line: String, timeout: TimeInterval = 20) -> Bool {
        let before = outputSize
        stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if outputSize > before { return true }
            usleep(2_000)
        }
        return false
    }

    func sendWithoutWaiting(_ line: String) {
        stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Waits for the first prompt.
    func waitForStart(timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if outputSize > 0 { return true }
            usleep(2_000)
        }
        return false
    }

    func kill(_ signal: Int32) -> Int32 {
        Foundation.kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite(.serialized) struct CrashSafetyTests {
    static let arguments = ["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"]

    /// The profile part of `summary --format json`, for comparing sessions.
    static func profile(of transcript: URL, in folder: URL) throws -> [String] {
        let result = try RapportProcess.run(["summary", transcript.path, "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let fields = document?["profile"] as? [[String: Any]] ?? []
        // Canonical JSON per field (sorted keys), so equal profiles compare equal.
        return try fields.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
    }

    @Test(arguments: [3, 11, 17, 24, 31])
    func sigkillLosesNothingAcknowledgedAndResumeFinishesTheSameCall(killAfter: Int) throws {
        let folder = try RapportProcess.temporaryFolder()
        let session = try InteractiveSession(Self.arguments, in: folder)
        #expect(session.waitForStart())
        for line in Script.fullCall.prefix(killAfter) {
            #expect(session.send(line), "no acknowledgement for \(line)")
        }
        // One more line in flight when the kill lands: it may or may not be saved.
        session.sendWithoutWaiting(Script.fullCall[killAfter])
        #expect(session.kill(SIGKILL) == SIGKILL)

        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let events = try RapportProcess.events(transcript)
        #expect(events.count >= killAfter, "acknowledged lines were lost")
        for (index, line) in Script.fullCall.prefix(killAfter).enumerated() {
            let event = events[index]
            if line.hasPrefix("/note ") {
                #expect(event["text"] as? String == String(line.dropFirst(6)))
            } else if line.isEmpty {
                #expect(event["type"] as? String == "skip")
            } else {
                #expect(event["text"] as? String == line, "turn \(index + 1)")
            }
        }

        // Resume with what was not saved, and compare with a call that was never interrupted.
        let saved = events.filter { $0["type"] as? String != "end" }.count
        let rest = Array(Script.fullCall.dropFirst(saved))
        let resumed = try RapportProcess.run(["live", "--resume", transcript.path], lines: rest, in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resumed"))

        let cleanFolder = try RapportProcess.temporaryFolder()
        let clean = try RapportProcess.run(Self.arguments, lines: Script.fullCall, in: cleanFolder)
        #expect(clean.status == 0)
        let cleanTranscript = try #require(try RapportProcess.transcripts(in: cleanFolder.appendingPathComponent("t")).first)
        let expected = try Self.profile(of: cleanTranscript, in: cleanFolder)
        #expect(expected.count > 25)
        #expect(try Self.profile(of: transcript, in: folder) == expected)
    }

    @Test func sigtermAndSighupEndTheSessionWithAFinalEvent() throws {
        for signal in [SIGTERM, SIGHUP] {
            let folder = try RapportProcess.temporaryFolder()
            let session = try InteractiveSession(Self.arguments, in: folder)
            #expect(session.waitForStart())
            #expect(session.send(""))
            #expect(session.send("CFO"))
            usleep(50_000)
            #expect(session.kill(signal) == 128 + signal)
            let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
            let events = try RapportProcess.events(transcript)
            #expect(events.map { $0["type"] as? String } == ["skip", "answer", "end"])
            #expect(events.last?["text"] as? String == "signal \(signal)")
        }
    }

    @Test func aTranscriptRemovedMidCallIsWrittenAgainAndNothingIsLost() throws {
        let folder = try RapportProcess.temporaryFolder()
        let session = try InteractiveSession(Self.arguments, in: folder, environment: ["HOME": folder.path])
        #expect(session.waitForStart())
        for line in Script.fullCall.prefix(4) { #expect(session.send(line)) }
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        try FileManager.default.removeItem(at: transcript)
        for line in Script.fullCall[4..<8] { #expect(session.send(line)) }
        session.sendWithoutWaiting("/quit")
        session.process.waitUntilExit()
        let stderr = try String(contentsOf: session.errorURL, encoding: .utf8)
        #expect(stderr.contains("the transcript file was removed or replaced during the session; it has been written again at"), "\(stderr)")
        let saved = try RapportProcess.events(transcript).filter { $0["type"] as? String == "answer" || $0["type"] as? String == "skip" }
        #expect(saved.compactMap { $0["text"] as? String ?? "" } == Array(Script.fullCall.prefix(8)).filter { !$0.hasPrefix("/") }, "every answer typed before and after the removal")
        #expect(try RapportProcess.permissions(transcript.path) == 0o600)
        #expect(try Transcript.parse(String(contentsOf: transcript, encoding: .utf8)).problems.isEmpty)
    }

    /// An editor or `sed -i` replaces the file (a new inode at the same path): everything typed
    /// after it must still end up at the path.
    @Test func aTranscriptReplacedMidCallIsWrittenAgainAndNothingIsLost() throws {
        let folder = try RapportProcess.temporaryFolder()
        let session = try InteractiveSession(Self.arguments, in: folder, environment: ["HOME": folder.path])
        #expect(session.waitForStart())
        for line in Script.fullCall.prefix(4) { #expect(session.send(line)) }
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        // What `sed -i` does: write a changed copy, rename it over the original.
        let edited = try String(contentsOf: transcript, encoding: .utf8).replacingOccurrences(of: "controller", with: "CONTROLLER")
        let copy = folder.appendingPathComponent("t/sed-copy")
        try edited.write(to: copy, atomically: false, encoding: .utf8)
        #expect(rename(copy.path, transcript.path) == 0)
        for line in Script.fullCall[4..<10] { #expect(session.send(line)) }
        session.sendWithoutWaiting("/quit")
        session.process.waitUntilExit()
        let stderr = try String(contentsOf: session.errorURL, encoding: .utf8)
        #expect(stderr.contains("removed or replaced during the session"), "\(stderr)")
        let saved = try RapportProcess.events(transcript).filter { $0["type"] as? String == "answer" || $0["type"] as? String == "skip" }
        #expect(saved.compactMap { $0["text"] as? String ?? "" } == Script.fullCall.prefix(10).filter { !$0.hasPrefix("/") }, "every acknowledged line is at the path")
        #expect(try RapportProcess.permissions(transcript.path) == 0o600)
    }

    /// Two writers on one transcript would interleave: the second is refused, clearly.
    @Test func aSecondResumeOfARunningCallIsRefused() throws {
        let folder = try RapportProcess.temporaryFolder()
        let session = try InteractiveSession(Self.arguments, in: folder, environment: ["HOME": folder.path])
        #expect(session.waitForStart())
        for line in Script.fullCall.prefix(3) { #expect(session.send(line)) }
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let second = try RapportProcess.run(["live", "--resume", transcript.path], lines: ["about 40"], in: folder)
        #expect(second.status == 73, "\(second.stderr)")
        #expect(second.stderr.contains("another rapport session is writing it"), "\(second.stderr)")
        session.sendWithoutWaiting("/quit")
        session.process.waitUntilExit()
        let resumed = try RapportProcess.run(["live", "--resume", transcript.path], lines: ["about 40"], in: folder)
        #expect(resumed.status == 0, "once the call has ended it can be resumed: \(resumed.stderr)")
        let seqs = try RapportProcess.events(transcript, detections: true).compactMap { $0["seq"] as? Int }
        #expect(Set(seqs).count == seqs.count, "no sequence number twice")
    }
}
