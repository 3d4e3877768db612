import Foundation
import RapportCore

/// Finds the earlier live calls with an account in a transcripts folder and replays each on
/// the playbook in use. A file that cannot be read is passed over with a note: the new call
/// starts anyway.
enum AccountCalls {
    /// Transcripts larger than this are not read for an account's memory (a call is a few KB).
    static let maximumBytes = 16 * 1_048_576

    static func load(folder: String, account: String, playbook: Playbook) -> [AccountMemory.Call] {
        let key = AccountMemory.key(account)
        guard !key.isEmpty, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var calls: [AccountMemory.Call] = []
        for name in names.sorted() where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let header = firstLine(path).flatMap(header(_:)), header.mode == "live",
                let named = header.account, AccountMemory.key(named) == key
            else { continue }
            guard let text = whole(path), let transcript = try? Transcript.parse(text) else {
                printError("rapport: note: \(safe(path)) could not be read; this call starts without it.")
                continue
            }
            let conversation = transcript.replay(on: playbook)
            calls.append(AccountMemory.Call(name: String(name.dropLast(".jsonl".count)), header: transcript.header,
                                            profile: conversation.profile, lastStage: transcript.entries.last?.stage))
        }
        return calls
    }

    /// The header of the transcript at `path`, read from its first line only.
    static func header(atPath path: String) -> TranscriptHeader? {
        firstLine(path).flatMap(header(_:))
    }

    private static func header(_ line: String) -> TranscriptHeader? {
        guard let header = try? JSONDecoder().decode(TranscriptHeader.self, from: Data(line.utf8)), header.format == TranscriptHeader.formatName else { return nil }
        return header
    }

    /// The first line of a regular file, read without following the rest of it.
    private static func firstLine(_ path: String) -> String? {
        guard let bytes = read(path, limit: 65_536) else { return nil }
        let line = bytes.prefix { $0 != UInt8(ascii: "\n") }
        return String(bytes: line, encoding: .utf8)
    }

    private static func whole(_ path: String) -> String? {
        guard let bytes = read(path, limit: maximumBytes), bytes.count < maximumBytes else { return nil }
        return String(bytes: bytes, encoding: .utf8)
    }

    /// Up to `limit` bytes of a regular file (never a pipe or a device, never blocking).
    private static func read(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }
}
