import Foundation
import Testing

/// Drives `rapport` on a real pseudo-terminal through tmux: what a rep sees and types.
final class TmuxPane {
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { tmux != nil }

    let name = "rapport-test-\(UUID().uuidString.prefix(8))"
    let socket: String

    /// The tmux server's process, so `close` can make sure it is gone.
    private var serverPID: pid_t?

    init(command: String, folder: URL) throws {
        // A server per pane: a second pane in the same folder never meets the first one's
        // server while it shuts down.
        socket = folder.appendingPathComponent("\(name).sock").path
        try tmux(["new-session", "-d", "-s", name, "-x", "160", "-y", "50", command])
        serverPID = pid_t(try tmux(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs tmux with posix_spawn and waitpid: Foundation's Process never saw the client exit
    /// here, because the server it forks inherits the client's descriptors.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outURL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([TmuxPane.tmux!, "-S", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, TmuxPane.tmux!, &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }
    func screen(escapes: Bool = false) throws -> String { try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : [])) }

    /// Waits until the screen satisfies `condition`; returns the last screen either way.
    @discardableResult
    func wait(timeout: TimeInterval = 15, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        return last
    }

    /// Ends the server and everything in it. Here kill-server can leave the server running
    /// (it inherits the test runner's signal state), so one still running after a moment is
    /// killed; its pane loses its terminal and ends too.
    func close() {
        _ = try? tmux(["kill-server"])
        guard let pid = serverPID, pid > 0 else { return }
        for _ in 0..<10 where Self.isRunning(pid) { usleep(20_000) }
        if Self.isRunning(pid) { Foundation.kill(pid, SIGKILL) }
    }

    /// Whether a process still runs: an exited server nobody has reaped yet (a zombie, which
    /// happens where nothing reaps orphans) counts as gone.
    static func isRunning(_ pid: pid_t) -> Bool {
        // /proc files report size 0, so they are read with read(2), not Foundation's readers.
        let fd = open("/proc/\(pid)/stat", O_RDONLY)
        guard fd >= 0 else { return Foundation.kill(pid, 0) == 0 }
        defer { Glibc.close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return Foundation.kill(pid, 0) == 0 }
        let stat = String(decoding: buffer[0..<count], as: UTF8.self)
        guard let end = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: end)...].split(separator: " ").first != "Z"
    }
}

@Suite(.serialized, .enabled(if: TmuxPane.available, "tmux is not installed: the terminal path (libedit, Tab, Ctrl-C, history) is not tested"))
struct TerminalTests {
    func command(_ folder: URL, extra: String = "") -> String {
        "cd \(folder.path) && env -u NO_COLOR XDG_STATE_HOME=\(folder.path)/state XDG_CONFIG_HOME=\(folder.path)/config TERM=xterm-256color \(extra) \(RapportProcess.executable.path) live --playbook \(RapportProcess.defaultPlaybook) --transcripts t; sleep 30"
    }

    @Test func tabCompletionCtrlCAndHistoryOnARealTerminal() throws {
        let folder = try RapportProcess.temporaryFolder()
        let pane = try TmuxPane(command: command(folder), folder: folder)
        defer { pane.close() }
        var screen = try pane.wait { $0.contains("[qualify 1/6] >") }
        #expect(screen.contains("[qualify 1/6] >"), "no prompt:\n\(screen)")

        // Tab completes a command, then a step id.
        try pane.type("/go")
        try pane.keys("Tab")
        // capture-pane trims the trailing space Tab added; the next word proves it was there.
        screen = try pane.wait { $0.contains("> /goto") }
        #expect(screen.contains("> /goto"), "Tab did not complete /goto:\n\(screen)")
        try pane.type("bud")
        try pane.keys("Tab")
        screen = try pane.wait { $0.contains("/goto budget") }
        #expect(screen.contains("/goto budget"))
        try pane.keys("Enter")
        screen = try pane.wait { $0.contains("[discovery 9/17] >") }
        #expect(screen.contains("[discovery 9/17] >"))

        // Ctrl-C drops the half-typed line and the session goes on. The keys wait for the words
        // to be echoed: only then is libedit reading with its terminal settings in place (a ^C
        // sent earlier can arrive as a plain byte under load).
        try pane.type("half typed words")
        try pane.wait { $0.contains("> half typed words") }
        try pane.keys("C-c")
        screen = try pane.wait { $0.contains("^C") }
        #expect(screen.contains("^C"))
        try pane.type("about 40k, non-ASCII: café")
        try pane.keys("Enter")
        screen = try pane.wait { $0.contains("✓ Budget = $40,000") }
        #expect(screen.contains("✓ Budget = $40,000"), "after Ctrl-C:\n\(screen)")

        // Colour on a terminal (polled: capture-pane may catch the screen mid-redraw).
        var coloured = false
        for _ in 0..<40 where !coloured {
            coloured = try pane.screen(escapes: true).contains("\u{1B}[")
            if !coloured { usleep(50_000) }
        }
        #expect(coloured)

        // Ctrl-D ends cleanly and saves history, owner-only.
        try pane.keys("C-d")
        screen = try pane.wait { $0.contains("Saved t/") }
        #expect(screen.contains("Saved t/"))
        let history = folder.appendingPathComponent("state/rapport/history").path
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_"))
        #expect(saved.contains("/goto\\040budget"), "libedit encodes spaces as \\040:\n\(saved)")
        #expect(!saved.contains("half typed"))
        #expect(!saved.contains("40k") && !saved.contains("caf"), "answers (personal data) never go into the history:\n\(saved)")
        #expect(try RapportProcess.permissions(history) == 0o600)

        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let events = try RapportProcess.events(transcript)
        #expect(events.map { $0["type"] as? String } == ["goto", "answer", "end"])
        #expect(events[1]["text"] as? String == "about 40k, non-ASCII: café")
    }

    @Test func aNotePastedOverSeveralLinesIsOneAnswer() throws {
        let folder = try RapportProcess.temporaryFolder()
        let pane = try TmuxPane(command: command(folder), folder: folder)
        defer { pane.close() }
        try pane.wait { $0.contains("[qualify 1/6] >") }
        try pane.keys("Enter")
        try pane.wait { $0.contains("[qualify 2/11] >") }
        // tmux pastes with the terminal's bracketed-paste markers when the program asked for them.
        try pane.tmux(["set-buffer", "-b", "note", "cfo\n12 ppl\nnetsuite"])
        try pane.tmux(["paste-buffer", "-p", "-b", "note", "-t", pane.name])
        var screen = try pane.wait { $0.contains("> cfo; 12 ppl; netsuite") }
        #expect(screen.contains("> cfo; 12 ppl; netsuite"), "the paste is not one line:\n\(screen)")
        try pane.keys("Enter")
        screen = try pane.wait { $0.contains("Passed over") }
        #expect(screen.contains("✓ Contact's role = CFO · Finance team size = 12 · ERP = NetSuite"), "\(screen)")
        try pane.keys("C-d")
        try pane.wait { $0.contains("Saved t/") }
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let answers = try RapportProcess.events(transcript).filter { $0["type"] as? String == "answer" }
        #expect(answers.compactMap { $0["text"] as? String } == ["cfo; 12 ppl; netsuite"], "one answer, not three")
    }

    @Test func historyIsRecalledInTheNextSessionAndNoColorIsHonoured() throws {
        let folder = try RapportProcess.temporaryFolder()
        let state = folder.appendingPathComponent("state/rapport")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        // A first session leaves a line in history.
        let first = try TmuxPane(command: command(folder, extra: "NO_COLOR=1"), folder: folder)
        try first.wait { $0.contains("[qualify 1/6] >") }
        try first.type("/note remembered line")
        try first.keys("Enter")
        try first.wait { $0.contains("noted") }
        #expect(!(try first.screen(escapes: true)).contains("\u{1B}[1m"), "NO_COLOR must turn colour off")
        try first.type("/quit")
        try first.keys("Enter")
        try first.wait { $0.contains("Saved t/") }
        first.close()

        let second = try TmuxPane(command: command(folder), folder: folder)
        defer { second.close() }
        try second.wait { $0.contains("[qualify 1/6] >") }
        try second.keys("Up")
        try second.wait { $0.contains("> /quit") }
        try second.keys("Up")
        let screen = try second.wait { $0.contains("> /note remembered line") }
        #expect(screen.contains("> /note remembered line"), "Up did not recall history:\n\(screen)")
    }
}
