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
        let home = env["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? RegularFile.home
        return (home as NSString).appendingPathComponent(".config/rapport/config.yaml")
    }

    /// The settings, read when a command starts.
    static func load() throws -> RepSettings {
        let path = path()
        let bytes: [UInt8]
        switch RegularFile.read(path, limit: 64 * 1024) {
        case .missing:
            return RepSettings()
        case .failed(let why):
            printError("rapport: \(path): cannot read the settings file: \(why). Fix its permissions or move it away.")
            throw ExitCode(78)
        case .notRegular:
            // A pipe or a device would hang or flood the read.
            printError("rapport: \(path): the settings file is not a regular file; replace it with a YAML file of `key: value` lines.")
            throw ExitCode(78)
        case .bytes(let read):
            bytes = read
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
    return RegularFile.home + path.dropFirst()
}
