import Foundation
import Testing

/// A real PostgreSQL server for the team store's tests: the one `.ci/run` started
/// (`RAPPORT_TEST_DATABASE_URL`), else a throwaway one started here by
/// `scripts/test-postgres.sh` and stopped when the tests end. Each test gets its own database.
enum TestServer {
    nonisolated(unsafe) static var startedFolder: String?

    static let url: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let url = environment["RAPPORT_TEST_DATABASE_URL"], !url.isEmpty { return url }
        let script = RapportProcess.repositoryRoot.appendingPathComponent("scripts/test-postgres.sh").path
        guard let output = try? shell(["sh", script, "start"]), output.status == 0 else { return nil }
        var found: String?
        for line in output.stdout.split(separator: "\n") {
            if line.hasPrefix("RAPPORT_TEST_DATABASE_URL=") { found = String(line.dropFirst("RAPPORT_TEST_DATABASE_URL=".count)) }
            if line.hasPrefix("RAPPORT_TEST_DATABASE_DIR=") { startedFolder = String(line.dropFirst("RAPPORT_TEST_DATABASE_DIR=".count)) }
        }
        atexit {
            if let folder = TestServer.startedFolder {
                let script = RapportProcess.repositoryRoot.appendingPathComponent("scripts/test-postgres.sh").path
                _ = try? TestServer.shell(["sh", script, "stop", folder])
            }
        }
        return found
    }()

    static var available: Bool { url != nil }

    /// The server's folder, when this run may restart it (one it started, or `.ci/run`'s).
    static var folder: String? {
        _ = url
        return startedFolder ?? ProcessInfo.processInfo.environment["RAPPORT_TEST_DATABASE_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The server URL with another user, password and database.
    static func url(user: String, password: String, database: String) -> String {
        var components = URLComponents(string: url!)!
        components.user = user
        components.password = password
        components.path = "/" + database
        return components.string!
    }

    /// A fresh database, and the admin URL for it.
    static func freshDatabase() throws -> (name: String, admin: String) {
        let name = "rapport_test_" + UUID().uuidString.prefix(8).lowercased()
        _ = try sql("CREATE DATABASE \(name)")
        var components = URLComponents(string: url!)!
        components.path = "/" + name
        return (name, components.string!)
    }

    /// Runs SQL with psql as the given URL (default: the server's admin); throws on failure.
    @discardableResult
    static func sql(_ statement: String, as url: String? = nil) throws -> String {
        let result = try shell(["psql", url ?? self.url!, "-v", "ON_ERROR_STOP=1", "-Atqc", statement])
        guard result.status == 0 else { throw SQLFailure(message: result.stderr) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct SQLFailure: Error { var message: String }

    /// Runs a command with output in files and waits for it with waitpid. Not Foundation's
    /// Process: a server the command starts inherits whatever it was given, and Process's
    /// own bookkeeping is not safe inside the lazy start of this server.
    static func shell(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-shell-\(UUID().uuidString)").path
        let (outPath, errPath) = (base + ".out", base + ".err")
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw SQLFailure(message: "cannot run \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), stdout, stderr)
    }
}

@Suite(.serialized, .enabled(if: TestServer.available, "no PostgreSQL server could be started (install postgresql, or set RAPPORT_TEST_DATABASE_URL)"))
struct TeamStoreTests {
    /// A folder holding copies of the shipped example transcripts (and one comment sidecar).
    static func examples() throws -> (folder: URL, transcripts: URL, events: Int, calls: Int) {
        let folder = try RapportProcess.temporaryFolder()
        let transcripts = folder.appendingPathComponent("t")
        try FileManager.default.createDirectory(at: transcripts, withIntermediateDirectories: true)
        let source = RapportProcess.repositoryRoot.appendingPathComponent("transcripts/examples")
        var events = 0
        var calls = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".jsonl") {
            let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            events += text.split(separator: "\n").count - 1
            calls += 1
            try text.write(to: transcripts.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return (folder, transcripts, events, calls)
    }

    @Test func initCreatesTheSchemaOnceEvenWhenRunTwiceAtOnce() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let folder = try RapportProcess.temporaryFolder()
        // Two at once: the advisory lock lets one apply the migration and the other find it done.
        let group = DispatchGroup()
        nonisolated(unsafe) var results: [RapportProcess.Result] = []
        let lock = NSLock()
        for _ in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                let result = try? RapportProcess.run(["db", "init", "--database", admin], in: folder)
                lock.lock(); if let result { results.append(result) }; lock.unlock()
                group.leave()
            }
        }
        group.wait()
        #expect(results.count == 2 && results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
        #expect(results.contains { $0.stdout.contains("applied 1, 2") }, "\(results.map(\.stdout))")
        let again = try RapportProcess.run(["db", "init", "--database", admin], in: folder)
        #expect(again.status == 0 && again.stdout.contains("up to date (schema version 2)"), "\(again.stdout) \(again.stderr)")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_schema", as: admin) == "2")
        #expect(!again.stdout.contains(TestServer.url!.split(separator: ":")[2].split(separator: "@")[0]), "the password is never printed")
    }

    @Test func aSecondSyncSendsNothingAndAHalfWrittenLineWaits() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, events, calls) = try Self.examples()
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        let first = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Sent \(calls) new calls, \(events) events"), "\(first.stdout)")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_events", as: admin) == "\(events)")
        let second = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(second.stdout.contains("Sent 0 new calls, 0 events and 0 comments") && second.stdout.contains("\(calls) already up to date"), "\(second.stdout)")

        // A line being written (no newline yet) is left for the next sync; once whole, it is sent.
        let file = transcripts.appendingPathComponent("live-short.jsonl")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lastSeq = text.split(separator: "\n").count - 1
        let line = #"{"at":"2026-11-27T13:20:00.000Z","seq":\#(lastSeq + 1),"text":"a note typed late","turn":99,"type":"note"}"#
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data(line.prefix(30).utf8))
        let partial = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(partial.stdout.contains("0 events"), "\(partial.stdout)")
        handle.write(Data((line.dropFirst(30) + "\n").utf8))
        try handle.close()
        let whole = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(whole.stdout.contains("Sent 0 new calls, 1 event and 0 comments"), "\(whole.stdout)")
        #expect(try TestServer.sql("SELECT seq FROM rapport_events WHERE body->>'text' = 'a note typed late'", as: admin) == "\(lastSeq + 1)")

        // A comment added to the sidecar is sent once.
        let comment = try RapportProcess.run(["comment", file.path, "2", "Good opener", "--coach", "Ana"], in: folder)
        #expect(comment.status == 0, "\(comment.stderr)")
        let withComment = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(withComment.stdout.contains("0 events and 1 comment"), "\(withComment.stdout)")
        let after = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(after.stdout.contains("0 events and 0 comments"), "\(after.stdout)")
        #expect(try TestServer.sql("SELECT coach || ': ' || text FROM rapport_comments", as: admin) == "Ana: Good opener")
    }

    @Test func aSyncKilledAtRandomAndRunAgainLeavesNoDuplicateAndNoGap() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let folder = try RapportProcess.temporaryFolder()
        let transcripts = folder.appendingPathComponent("g")
        let generated = try RapportProcess.run(["generate", "--count", "200", "--out", transcripts.path, "--playbook", RapportProcess.defaultPlaybook, "--seed", "7"], in: folder)
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = RapportProcess.executable
            process.arguments = ["sync", transcripts.path, "--database", admin]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 50_000...400_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let finish = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(finish.status == 0, "\(finish.stderr)")
        var fileEvents = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: transcripts.path) where name.hasSuffix(".jsonl") {
            fileEvents += try String(contentsOf: transcripts.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").count - 1
        }
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_calls", as: admin) == "200")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_events", as: admin) == "\(fileEvents)")
        // No gap: every call's events run 1…max without a hole.
        #expect(try TestServer.sql("SELECT count(*) FROM (SELECT call_id FROM rapport_events GROUP BY call_id HAVING count(*) <> max(seq)) AS holes", as: admin) == "0")
        let again = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(again.stdout.contains("Sent 0 new calls, 0 events"), "\(again.stdout)")
    }

    @Test func aWrongPasswordAnUnreachableServerAndAMissingOrNewerSchemaSayWhatToDo() throws {
        let (name, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, _) = try Self.examples()
        let wrong = TestServer.url(user: "postgres", password: "not-the-password", database: name)
        let refused = try RapportProcess.run(["sync", transcripts.path, "--database", wrong], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refused the password for postgres"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("not-the-password") && !refused.stdout.contains("not-the-password"), "the password is masked")

        let unreachable = try RapportProcess.run(["sync", transcripts.path, "--database", "postgres://rep@127.0.0.1:1/rapport?sslmode=disable"], in: folder)
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("cannot reach the team store at postgres://rep@127.0.0.1:1/rapport"), "\(unreachable.stderr)")

        let noSchema = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(noSchema.status == 1 && noSchema.stderr.contains("rapport db init"), "\(noSchema.stderr)")

        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        try TestServer.sql("INSERT INTO rapport_schema (version) VALUES (99)", as: admin)
        let newer = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(newer.status == 1 && newer.stderr.contains("newer than this rapport"), "\(newer.stderr)")

        let unconfigured = try RapportProcess.run(["sync", transcripts.path], in: folder, environment: ["RAPPORT_DATABASE_URL": ""])
        #expect(unconfigured.status != 0 && unconfigured.stderr.contains("no team store is configured"), "\(unconfigured.stderr)")
    }

    @Test func aRepSeesAndWritesOnlyTheirOwnCallsAndACoachReadsThemAll() throws {
        let (name, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, _) = try Self.examples()
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        let suffix = UUID().uuidString.prefix(6).lowercased()
        let (alice, bob, carol) = ("alice_\(suffix)", "bob_\(suffix)", "carol_\(suffix)")
        for (user, group) in [(alice, "rapport_rep"), (bob, "rapport_rep"), (carol, "rapport_coach")] {
            try TestServer.sql("CREATE ROLE \(user) LOGIN PASSWORD 'pw-\(user)' IN ROLE \(group)")
        }
        func url(_ user: String) -> String { TestServer.url(user: user, password: "pw-\(user)", database: name) }
        let mine = folder.appendingPathComponent("alice")
        let theirs = folder.appendingPathComponent("bob")
        for (target, file) in [(mine, "live-won.jsonl"), (theirs, "live-lost.jsonl")] {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: transcripts.appendingPathComponent(file), to: target.appendingPathComponent(file))
        }
        #expect(try RapportProcess.run(["sync", mine.path, "--database", url(alice)], in: folder).stdout.contains("Sent 1 new call"))
        #expect(try RapportProcess.run(["sync", theirs.path, "--database", url(bob)], in: folder).stdout.contains("Sent 1 new call"))
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_calls", as: url(alice)) == "1", "a rep reads only their own calls")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_events WHERE call_id NOT IN (SELECT id FROM rapport_calls)", as: url(alice)) == "0")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_calls", as: url(carol)) == "2", "a coach reads every call")

        // Bob cannot upload Alice's call as his, nor write a call in her name.
        let stolen = try RapportProcess.run(["sync", mine.path, "--database", url(bob)], in: folder)
        #expect(stolen.stdout.contains("Skipped") && stolen.stdout.contains("another"), "\(stolen.stdout) \(stolen.stderr)")
        #expect(throws: TestServer.SQLFailure.self) {
            try TestServer.sql("INSERT INTO rapport_calls (id, owner, mode, playbook, header) VALUES ('forged', '\(alice)', 'live', 'closewise', '{}')", as: url(bob))
        }
        #expect(throws: TestServer.SQLFailure.self) {
            try TestServer.sql("INSERT INTO rapport_events (call_id, seq, type, body) SELECT id, 999, 'note', '{}' FROM rapport_calls LIMIT 1", as: url(carol))
        }
        // A coach comments on any call, as themselves.
        try TestServer.sql("INSERT INTO rapport_comments (call_id, turn, at, coach, text) SELECT id, 2, now(), 'Carol', 'Nice' FROM rapport_calls WHERE owner = '\(bob)'", as: url(carol))
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_comments", as: url(bob)) == "1", "the rep reads comments on their call")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_comments", as: url(alice)) == "0")
        // Reports from the store: a rep's counts only their own calls, a coach's every one, and a
        // rep cannot write figures for another's call.
        let aliceReport = try Self.report(["--database", url(alice)], in: folder)
        let aliceFiles = try Self.report([mine.path], in: folder)
        #expect(aliceReport["transcripts"] as? Int == 1 && aliceReport == aliceFiles, "\(Self.differences(aliceReport, aliceFiles))")
        #expect(try Self.report(["--database", url(carol)], in: folder)["transcripts"] as? Int == 2)
        #expect(try TestServer.sql("UPDATE rapport_call_figures SET won = 99", as: url(bob)) == "")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_call_figures WHERE won = 99", as: admin) == "1", "only Bob's own row changed")
    }

    @Test func aSessionSendsItselfWhenItEndsAndAnUnreachableStoreCostsOneLine() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let folder = try RapportProcess.temporaryFolder()
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        let lines = ["", "I'm the controller", "/quit"]
        let live = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: lines, in: folder,
                                          environment: ["RAPPORT_DATABASE_URL": admin])
        #expect(live.status == 0, "\(live.stderr)")
        #expect(live.stdout.contains("Sent to the team store at postgres://postgres:***@"), "\(live.stdout)")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_calls WHERE mode = 'live'", as: admin) == "1")
        let again = try RapportProcess.run(["sync", "t", "--database", admin], in: folder)
        #expect(again.stdout.contains("Sent 0 new calls, 0 events"), "\(again.stdout)")

        let offline = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: lines, in: folder,
                                             environment: ["RAPPORT_DATABASE_URL": "postgres://rep@127.0.0.1:1/rapport?sslmode=disable"])
        #expect(offline.status == 0, "the call ends normally: \(offline.stderr)")
        let notices = offline.stdout.split(separator: "\n").filter { $0.contains("team store") }
        #expect(notices.count == 1 && notices[0].contains("Not sent to the team store") && notices[0].contains("rapport sync"), "\(notices)")
        let later = try RapportProcess.run(["sync", "t", "--database", admin], in: folder)
        #expect(later.stdout.contains("Sent 1 new call"), "the next sync catches up: \(later.stdout)")
    }

    @Test func reviewAndCommentWorkAgainstTheStoreAsOnTheFilesAndOnlyForCallsYouMaySee() throws {
        let (name, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, calls) = try Self.examples()
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        #expect(try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder).status == 0)
        let listed = try RapportProcess.run(["calls", "--database", admin], in: folder)
        let rows = listed.stdout.split(separator: "\n")
        #expect(rows.count == calls, "\(listed.stdout)")

        // The same call read from the file and from the store reads the same.
        let file = transcripts.appendingPathComponent("live-won.jsonl")
        let header = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")[0]
        let id = try #require(rows.first { $0.contains("Acme Freight") }.map { String($0.split(separator: " ")[0]) }, "\(header)")
        func reading(_ arguments: [String]) throws -> [String: Any] {
            let result = try RapportProcess.run(arguments + ["--format", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        }
        let fromFile = try reading(["review", file.path])
        let fromStore = try reading(["review", "--database", admin, id])
        #expect(NSDictionary(dictionary: fromFile["reading"] as? [String: Any] ?? [:]).isEqual(to: fromStore["reading"] as? [String: Any] ?? ["x": 1]))
        #expect((fromFile["highlights"] as? [String]) == (fromStore["highlights"] as? [String]))

        // A coach's comment written to the store shows under its turn for the rep; a rep cannot
        // read, or comment on, another rep's call.
        let suffix = UUID().uuidString.prefix(6).lowercased()
        let (rep, coach) = ("rep_\(suffix)", "coach_\(suffix)")
        try TestServer.sql("CREATE ROLE \(rep) LOGIN PASSWORD 'pw' IN ROLE rapport_rep")
        try TestServer.sql("CREATE ROLE \(coach) LOGIN PASSWORD 'pw' IN ROLE rapport_coach")
        let coachURL = TestServer.url(user: coach, password: "pw", database: name)
        let repURL = TestServer.url(user: rep, password: "pw", database: name)
        let commented = try RapportProcess.run(["comment", "--database", coachURL, id, "2", "Ask about the board next time", "--coach", "Carol"], in: folder)
        #expect(commented.status == 0 && commented.stdout.contains("Comment saved on turn 2"), "\(commented.stderr)")
        let review = try RapportProcess.run(["review", "--database", admin, id], in: folder)
        #expect(review.stdout.contains("Ask about the board next time"), "\(review.stdout)")
        let hidden = try RapportProcess.run(["review", "--database", repURL, id], in: folder)
        #expect(hidden.status == 66 && hidden.stderr.contains("no call \(id) that you may see"), "\(hidden.stderr)")
        let refused = try RapportProcess.run(["comment", "--database", repURL, id, "2", "sneaky"], in: folder)
        #expect(refused.status != 0)
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_comments WHERE text = 'sneaky'", as: admin) == "0")
        #expect(try RapportProcess.run(["calls", "--database", repURL], in: folder).stdout.contains("No calls"))

        // --list numbers every comment (the synced sidecar's and the coach's); --delete removes
        // only one the login wrote to the store.
        #expect(try RapportProcess.run(["comment", file.path, "2", "From the file", "--coach", "Ana"], in: folder).status == 0)
        #expect(try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder).stdout.contains("1 comment"))
        let listing = try RapportProcess.run(["comment", "--database", coachURL, id, "--list"], in: folder)
        let numbered = listing.stdout.split(separator: "\n")
        let mine = try #require(numbered.firstIndex { $0.contains("Ask about the board next time") }, "\(listing.stdout)")
        #expect(numbered.count >= 2, "the sidecar's comments are listed too: \(listing.stdout)")
        let other = numbered.indices.first { $0 != mine }!
        let notMine = try RapportProcess.run(["comment", "--database", coachURL, id, "--delete", "\(other + 1)"], in: folder)
        #expect(notMine.status != 0 && notMine.stderr.contains("nothing was deleted"), "\(notMine.stderr)")
        let deleted = try RapportProcess.run(["comment", "--database", coachURL, id, "--delete", "\(mine + 1)"], in: folder)
        #expect(deleted.status == 0 && deleted.stdout.contains("Deleted comment \(mine + 1)"), "\(deleted.stderr)")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_comments WHERE text = 'Ask about the board next time'", as: admin) == "0")
    }

    @Test func theServerRestartedMidSyncCostsOneClearErrorAndTheNextSyncFinishesTheJob() throws {
        let folderOfServer = try #require(TestServer.folder, "a server this run may restart")
        let (_, admin) = try TestServer.freshDatabase()
        let folder = try RapportProcess.temporaryFolder()
        let transcripts = folder.appendingPathComponent("g")
        #expect(try RapportProcess.run(["generate", "--count", "300", "--out", transcripts.path, "--playbook", RapportProcess.defaultPlaybook, "--seed", "9"], in: folder).status == 0)
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        let out = folder.appendingPathComponent("sync.out")
        let err = folder.appendingPathComponent("sync.err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = RapportProcess.executable
        process.arguments = ["sync", transcripts.path, "--database", admin]
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        usleep(150_000)
        let restart = try TestServer.shell(["sh", RapportProcess.repositoryRoot.appendingPathComponent("scripts/test-postgres.sh").path, "restart", folderOfServer])
        #expect(restart.status == 0, "\(restart.stderr)")
        process.waitUntilExit()
        let stderr = try String(contentsOf: err, encoding: .utf8)
        if process.terminationStatus != 0 {
            // Cut off mid-sync: one sentence naming the store, nothing about a password.
            #expect(stderr.contains("team store") && !stderr.contains(":" + (URLComponents(string: admin)?.password ?? "?") + "@"), "\(stderr)")
        }
        let finish = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_calls", as: admin) == "300")
        #expect(try TestServer.sql("SELECT count(*) FROM (SELECT call_id FROM rapport_events GROUP BY call_id HAVING count(*) <> max(seq)) AS holes", as: admin) == "0")
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_call_figures", as: admin) == "300", "every call's figures went with its events")
        let again = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(again.stdout.contains("Sent 0 new calls, 0 events"), "\(again.stdout)")
    }

    /// `report --format json` read as a value: the calls list in file order (its order among
    /// calls started at the same moment is not part of the report).
    static func report(_ arguments: [String], in folder: URL) throws -> NSDictionary {
        let result = try RapportProcess.run(["report"] + arguments + ["--format", "json"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        var object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        object["calls"] = (object["calls"] as? [[String: Any]] ?? []).sorted { ($0["file"] as? String ?? "") < ($1["file"] as? String ?? "") }
        return NSDictionary(dictionary: object)
    }

    /// The keys whose values differ, for a readable failure.
    static func differences(_ a: NSDictionary, _ b: NSDictionary) -> [String] {
        Set((a.allKeys + b.allKeys).compactMap { $0 as? String }).filter { key in
            !((a[key] as? NSObject)?.isEqual(b[key]) ?? (b[key] == nil))
        }.sorted()
    }

    @Test func theStoreReportAddsUpInSQLWhatTheFileReportReadsForTheSameCalls() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, _) = try Self.examples()
        #expect(try RapportProcess.run(["comment", transcripts.appendingPathComponent("live-won.jsonl").path, "3", "Good opener", "--coach", "Ana"], in: folder).status == 0)
        let generated = folder.appendingPathComponent("g")
        #expect(try RapportProcess.run(["generate", "--count", "150", "--out", generated.path, "--playbook", RapportProcess.defaultPlaybook, "--seed", "21"], in: folder).status == 0)
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        #expect(try RapportProcess.run(["sync", transcripts.path, generated.path, "--database", admin], in: folder).status == 0)
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_call_figures", as: admin) == "\(150 + (try FileManager.default.contentsOfDirectory(atPath: transcripts.path).filter { $0.hasSuffix(".jsonl") }.count))")
        let someRep = try TestServer.sql("SELECT rep FROM rapport_calls WHERE rep IS NOT NULL ORDER BY id LIMIT 1", as: admin)
        for filter in [[], ["--rep", someRep.uppercased()], ["--mode", "practice"], ["--mode", "live"], ["--since", "2026-09-25"]] {
            let files = try Self.report([transcripts.path, generated.path] + filter, in: folder)
            let store = try Self.report(["--database", admin] + filter, in: folder)
            #expect(files == store, "\(filter): \(Self.differences(files, store))")
            #expect((files["calls"] as? [Any])?.isEmpty == false, "\(filter) admits some calls")
        }
        let text = try RapportProcess.run(["report", "--database", admin], in: folder)
        #expect(text.status == 0 && text.stdout.contains("TEAM REPORT") && text.stdout.contains("Good opener"), "\(text.stdout.prefix(400)) \(text.stderr)")
        let both = try RapportProcess.run(["report", transcripts.path, "--database", admin], in: folder)
        #expect(both.status != 0 && both.stderr.contains("give no folders"), "\(both.stderr)")
    }

    @Test func aFalseAlarmMarkedInTheStoreCountsInItsReportAtOnceAndADeletedOneComesBack() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, _) = try Self.examples()
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        #expect(try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder).status == 0)
        let file = transcripts.appendingPathComponent("live-won.jsonl")
        let review = try RapportProcess.run(["review", file.path, "--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any] ?? [:]
        // The first objection detected in the call, as review shows it ("objection detected: price (0.71)").
        let items = (object["sections"] as? [[String: Any]] ?? []).flatMap { $0["items"] as? [[String: Any]] ?? [] }
        let detection = try #require(items.lazy.compactMap { item -> (Int, String)? in
            guard let turn = item["turn"] as? Int, let detail = (item["details"] as? [String] ?? []).first(where: { $0.hasPrefix("objection detected: ") }) else { return nil }
            return (turn, String(detail.dropFirst("objection detected: ".count).prefix { $0 != " " }))
        }.first, "live-won has a detection")
        let (turn, objection) = detection
        let id = try TestServer.sql("SELECT id FROM rapport_calls WHERE account = 'Acme Freight'", as: admin)
        func raised(_ report: NSDictionary) -> Int { ((report["objections"] as? [String: Any])?[objection] as? [String: Any])?["raised"] as? Int ?? 0 }
        let before = raised(try Self.report(["--database", admin], in: folder))

        let marked = try RapportProcess.run(["comment", "--database", admin, id, "\(turn)", "--false-alarm", objection], in: folder)
        #expect(marked.status == 0 && marked.stdout.contains("False alarm marked"), "\(marked.stdout) \(marked.stderr)")
        #expect(raised(try Self.report(["--database", admin], in: folder)) == before - 1, "the store's report leaves the false alarm out at once")
        // The same mark in the file's comments gives the same report from the files.
        #expect(try RapportProcess.run(["comment", file.path, "\(turn)", "--false-alarm", objection], in: folder).status == 0)
        let files = try Self.report([transcripts.path], in: folder)
        var store = try Self.report(["--database", admin], in: folder)
        let withoutComments = { (report: NSDictionary) -> NSDictionary in
            let copy = report.mutableCopy() as! NSMutableDictionary
            copy["calls"] = (report["calls"] as? [[String: Any]] ?? []).map { call -> [String: Any] in var call = call; call["comments"] = nil; return call }
            return copy
        }
        #expect(withoutComments(files) == withoutComments(store), "\(Self.differences(withoutComments(files), withoutComments(store)))")
        // A sync after it sends the sidecar's mark and leaves the figures as they are; deleting
        // the store's mark keeps the sidecar's.
        #expect(try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder).status == 0)
        #expect(raised(try Self.report(["--database", admin], in: folder)) == before - 1)
        let listing = try RapportProcess.run(["comment", "--database", admin, id, "--list"], in: folder).stdout.split(separator: "\n")
        let storeMark = try #require(listing.firstIndex { $0.contains("false alarm") }, "\(listing)")
        let deleted = try RapportProcess.run(["comment", "--database", admin, id, "--delete", "\(storeMark + 1)"], in: folder)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        store = try Self.report(["--database", admin], in: folder)
        #expect(raised(store) == before - 1, "the sidecar's mark still holds")
        // A mark on a turn with no such detection is refused and changes nothing.
        let wrong = try RapportProcess.run(["comment", "--database", admin, id, "1", "--false-alarm", objection], in: folder)
        #expect(wrong.status != 0 && wrong.stderr.contains("Nothing was saved"), "\(wrong.stderr)")
    }

    @Test func aNoteWithANulCharacterIsStoredAndDoesNotStopTheSync() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, calls) = try Self.examples()
        // PostgreSQL stores no NUL; a pasted note can carry one, in an answer or the rep's name.
        let file = transcripts.appendingPathComponent("live-won.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[0] = lines[0].replacingOccurrences(of: "\"rep\":\"", with: "\"rep\":\"N\\u0000")
        if let answer = lines.firstIndex(where: { $0.contains("\"type\":\"answer\"") }) {
            lines[answer] = lines[answer].replacingOccurrences(of: "\"text\":\"", with: "\"text\":\"a\\u0000b \\\\u0000 ")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try RapportProcess.run(["comment", file.path, "3", "nul \u{0} here", "--coach", "Ana"], in: folder).status == 0)
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        let sync = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(sync.status == 0 && sync.stdout.contains("Sent \(calls) new calls"), "\(sync.stdout) \(sync.stderr)")
        #expect(try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder).stdout.contains("Sent 0 new calls, 0 events"))
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_calls WHERE rep = 'N\u{FFFD}' || substr(rep, 3)", as: admin) == "1")
        // A literal backslash-u0000 typed in a note is kept as typed.
        #expect(try TestServer.sql("SELECT count(*) FROM rapport_events WHERE body->>'text' LIKE 'a\u{FFFD}b \\\\u0000 %'", as: admin) == "1")
        let report = try Self.report(["--database", admin], in: folder)
        #expect(report["transcripts"] as? Int == calls)
    }

    /// Values PostgreSQL refuses (a key too long to index, a day that does not exist, a
    /// sequence number past its integers, a time that is not one) must not stop every sync.
    @Test func aHeaderWithAnImplausibleCallIDIsKnownByAnIDDerivedFromItAndTheRestStillGo() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, calls) = try Self.examples()
        // 9,000 random letters: too long for an index key; it would stop every sync.
        let file = transcripts.appendingPathComponent("live-won.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let hostile = String((0..<9_000).map { _ in letters.randomElement(using: &generator)! })
        if lines[0].contains("\"call\":") {
            lines[0] = lines[0].replacingOccurrences(of: #""call":"[^"]*""#, with: "\"call\":\"\(hostile)\"", options: .regularExpression)
        } else {
            lines[0] = "{\"call\":\"\(hostile)\"," + lines[0].dropFirst()
        }
        #expect(lines[0].contains(hostile))
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let other = transcripts.appendingPathComponent("live-lost.jsonl")
        var damaged = try String(contentsOf: other, encoding: .utf8).split(separator: "\n").map(String.init)
        damaged[0] = damaged[0].replacingOccurrences(of: #""started":"[^"]*""#, with: #""started":"2026-02-31T00:00:00.000Z""#, options: .regularExpression)
            .replacingOccurrences(of: #""sessionDay":"[^"]*""#, with: #""sessionDay":"0000-01-01""#, options: .regularExpression)
        damaged[2] = damaged[2].replacingOccurrences(of: #""at":"[^"]*""#, with: #""at":"garbage""#, options: .regularExpression)
        damaged.append(damaged[damaged.count - 1].replacingOccurrences(of: #""seq":[0-9]+"#, with: #""seq":3000000000"#, options: .regularExpression))
        try (damaged.joined(separator: "\n") + "\n").write(to: other, atomically: true, encoding: .utf8)
        try (#"{"turn":2,"at":"not a time","text":"x"}"# + "\n").write(to: URL(fileURLWithPath: other.path + ".comments"), atomically: true, encoding: .utf8)
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        let sync = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(sync.status == 0 && sync.stdout.contains("Sent \(calls) new calls"), "\(sync.stdout) \(sync.stderr)")
        #expect(try TestServer.sql("SELECT max(length(id)) FROM rapport_calls", as: admin).count <= 3)
        #expect(try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder).stdout.contains("Sent 0 new calls, 0 events"))
    }

    @Test func aStoreOnTheOlderSchemaIsUpgradedAndTheNextSyncReadsTheCallsItAlreadyHas() throws {
        let (_, admin) = try TestServer.freshDatabase()
        let (folder, transcripts, _, _) = try Self.examples()
        #expect(try RapportProcess.run(["db", "init", "--database", admin], in: folder).status == 0)
        #expect(try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder).status == 0)
        // As a store made by the version before figures: schema 1, calls and events, no figures.
        try TestServer.sql("DROP TABLE rapport_call_figures; DELETE FROM rapport_schema WHERE version = 2", as: admin)
        let older = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(older.status == 1 && older.stderr.contains("schema version 1; this rapport needs 2") && older.stderr.contains("rapport db init"), "\(older.stderr)")
        let report = try RapportProcess.run(["report", "--database", admin], in: folder)
        #expect(report.status == 1 && report.stderr.contains("rapport db init"), "\(report.stderr)")
        let upgraded = try RapportProcess.run(["db", "init", "--database", admin], in: folder)
        #expect(upgraded.status == 0 && upgraded.stdout.contains("applied 2"), "\(upgraded.stdout) \(upgraded.stderr)")
        let sync = try RapportProcess.run(["sync", transcripts.path, "--database", admin], in: folder)
        #expect(sync.stdout.contains("Sent 0 new calls, 0 events"), "nothing sent twice: \(sync.stdout)")
        let (files, store) = (try Self.report([transcripts.path], in: folder), try Self.report(["--database", admin], in: folder))
        #expect(files == store, "the calls it had are read: \(Self.differences(files, store))")
    }
}
