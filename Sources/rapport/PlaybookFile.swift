import ArgumentParser
import Foundation
import LineEditor
import RapportCore

/// Finding, reading and loading playbook files, with errors a rep can act on.
enum PlaybookFile {
    static let defaultRelativePath = "playbooks/default.yaml"

    /// `playbooks/default.yaml` in the current folder; else the installed one
    /// (`PREFIX/share/rapport/playbooks/default.yaml` beside `PREFIX/bin/rapport`); else the one
    /// in the repository a `swift build` ran in.
    static func defaultPath() -> String {
        if FileManager.default.fileExists(atPath: defaultRelativePath) { return defaultRelativePath }
        var url = executableFolder()
        let installed = url.deletingLastPathComponent().appendingPathComponent("share/rapport").appendingPathComponent(defaultRelativePath).path
        if FileManager.default.fileExists(atPath: installed) { return installed }
        for _ in 0..<5 {
            let candidate = url.appendingPathComponent(defaultRelativePath).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return defaultRelativePath
    }

    /// The folder of the running executable, however it was started (a bare `rapport` found on
    /// the PATH included): /proc/self/exe on Linux; elsewhere (macOS, where the first argument
    /// is only the name typed) the path the system gives Foundation; else the first argument.
    static func executableFolder() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        if let url = Bundle.main.executableURL {
            return url.resolvingSymlinksInPath().deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    enum ReadFailure: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(String, String)
        case tooLarge(String, Int)
        case notText(String)

        var description: String {
            switch self {
            case .missing(let path): return "\(path): error: no such playbook file (pass --playbook FILE, or run from the folder that holds playbooks/)"
            case .unreadable(let path, let why): return "\(path): error: cannot read the playbook: \(why)"
            case .tooLarge(let path, let size): return "\(path):1:1: error: playbook is \(size) bytes; the limit is \(PlaybookLoader.maximumBytes)"
            case .notText(let path): return "\(path):1:1: error: the playbook is not UTF-8 text"
            }
        }
    }

    static func read(_ path: String) throws(ReadFailure) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path) }
        if isDirectory.boolValue { throw .unreadable(path, "it is a folder; name a .yaml file inside it") }
        // The size of what is read, not of a link to it: open, fstat, and never read past the
        // limit (a link to a 600 MB file, or a pipe, is refused at once).
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) > PlaybookLoader.maximumBytes { throw .tooLarge(path, Int(info.st_size)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { SystemCall.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > PlaybookLoader.maximumBytes { throw .tooLarge(path, bytes.count) }
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else { throw .notText(path) }
        return text
    }

    /// Loads a playbook for a session, or prints every problem and exits 65 (data error).
    static func loadOrExit(_ path: String) throws -> Playbook {
        let source: String
        do {
            source = try read(path)
        } catch {
            printError(error.description)
            throw ExitCode(66)
        }
        do {
            return try PlaybookLoader.load(source: source, file: path)
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.rendered(source: source)) }
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("rapport: the playbook has \(count) error\(count == 1 ? "" : "s"); fix \(count == 1 ? "it" : "them") (rapport lint \(path)) and run the command again.")
            throw ExitCode(65)
        }
    }
}
