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
