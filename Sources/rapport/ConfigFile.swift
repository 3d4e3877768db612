import ArgumentParser
import Foundation
import RapportCore

/// The rep's settings file: `$XDG_CONFIG_HOME/rapport/config.yaml`, else
/// `~/.config/rapport/config.yaml`. Missing is fine (nothing set); a file that cannot be read
/// or does not parse stops the command with a message naming the file, the line and the fix,
/// rather than silently running with settings the rep did not mean.
enum ConfigFile {
    static func path(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let config = env["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return (config as NSString).appendingPathComponent("rapport/config.yaml")
        }
        let home = env["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".config/rapport/config.yaml")
    }

    /// The settings, read once per process.
    static func load() throws -> RepSettings {
        let path = path()
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return RepSettings() }
            printError("rapport: \(path): cannot read the settings file: \(String(cString: strerror(errno))). Fix its permissions or move it away.")
            throw ExitCode(78)
        }
        defer { close(fd) }
        var info = stat()
        // A regular file only: a pipe or a device would hang or flood the read.
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            printError("rapport: \(path): the settings file is not a regular file; replace it with a YAML file of `key: value` lines.")
            throw ExitCode(78)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while bytes.count <= 64 * 1024 {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            printError("rapport: \(path): the settings file is not UTF-8 text.")
            throw ExitCode(78)
        }
        do {
            var settings = try RepSettings.parse(text)
            // "~/calls" is the home folder's, as in a shell.
            settings.playbook = settings.playbook.map(expandingHome)
            settings.transcripts = settings.transcripts.map(expandingHome)
            return settings
        } catch {
            printError("rapport: \(path): \(error.description)")
            throw ExitCode(78)
        }
    }
}

func expandingHome(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let env = ProcessInfo.processInfo.environment
    let home = env["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
    return home + path.dropFirst()
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the settings file is and what it sets.",
        discussion: """
            The settings file is $XDG_CONFIG_HOME/rapport/config.yaml (else \
            ~/.config/rapport/config.yaml), one `key: value` a line: rep (your name), email, \
            signature (lines under your name in follow-up e-mails), playbook, transcripts (the \
            folder), colour (auto or never), date_order (dmy: 8/12 is 8 December; mdy: \
            August 12) and history (commands, everything or off). Flags on a command override \
            the file.
            """)

    func run() throws {
        let path = ConfigFile.path()
        let settings = try ConfigFile.load()
        let exists = FileManager.default.fileExists(atPath: path)
        print("Settings file: \(safe(path))\(exists ? "" : " (not there: nothing set; create it to set these)")")
        func row(_ key: String, _ value: String?, _ fallback: String) {
            print("  \(key.padding(toLength: 12, withPad: " ", startingAt: 0)) \(value.map { safe($0) } ?? fallback)")
        }
        row("rep", settings.rep, "(not set: transcripts and e-mails carry no name)")
        row("email", settings.email, "(not set)")
        row("signature", settings.signature?.replacingOccurrences(of: "\n", with: " / "), "(not set)")
        row("playbook", settings.playbook, "(not set: \(PlaybookFile.defaultPath()))")
        row("transcripts", settings.transcripts, "(not set: ./transcripts)")
        row("colour", settings.colour.map { $0 ? "auto" : "never" }, "(not set: auto)")
        row("date_order", settings.dateOrder?.rawValue, "(not set: from the locale, LC_ALL/LC_TIME/LANG)")
        row("history", settings.history?.rawValue, "(not set: commands — answers are never kept in the history)")
    }
}
