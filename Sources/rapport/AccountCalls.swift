import Foundation
import RapportCore

/// Finds the earlier live calls with an account in a transcripts folder and replays each on
/// the playbook in use. A file that cannot be read is passed over with a note: the new call
/// starts anyway.
enum AccountCalls {
    /// Transcripts larger than this are not read for an account's memory (a call is a few KB).
    static let maximumBytes = 16 * 1_048_576

    /// A live transcript in a folder, known by its header (its first line) alone.
    struct Entry {
        var name: String
        var path: String
        var header: TranscriptHeader
    }

    /// The live transcripts in a folder, one scan, first lines only; with `account`, that
    /// account's (matched case, accents and dashes aside).
    static func entries(in folder: String, account: String? = nil) -> [Entry] {
        let key = account.map(AccountMemory.key)
        guard key?.isEmpty != true, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().compactMap { name -> Entry? in
            guard name.hasSuffix(".jsonl"), !name.hasPrefix(".") else { return nil }
            let path = (folder as NSString).appendingPathComponent(name)
            guard let header = firstLine(path).flatMap(header(_:)), header.mode == .live else { return nil }
            if let key, header.account.map(AccountMemory.key) != key { return nil }
            return Entry(name: String(name.dropLast(".jsonl".count)), path: path, header: header)
        }
    }

    /// The live transcripts with an account, grouped by the account's key.
    static func byAccount(in folder: String) -> [String: [Entry]] {
        var byKey: [String: [Entry]] = [:]
        for entry in entries(in: folder) {
            guard let account = entry.header.account else { continue }
            let key = AccountMemory.key(account)
            if !key.isEmpty { byKey[key, default: []].append(entry) }
        }
        return byKey
    }

    /// The playbook the latest of the entries names (resolved as `summary` resolves it), else the default.
    static func playbookPath(of entries: [Entry]) -> String {
        entries.max { $0.header.started < $1.header.started }.map { TranscriptFile.resolveQuietly($0.header.playbook.path) } ?? PlaybookFile.defaultPath()
    }

    static func load(folder: String, account: String, playbook: Playbook) -> [AccountMemory.Call] {
        load(entries(in: folder, account: account), playbook: playbook)
    }

    /// Each entry read whole and replayed on `playbook`.
    static func load(_ entries: [Entry], playbook: Playbook) -> [AccountMemory.Call] {
        entries.compactMap { entry in
            guard let text = whole(entry.path), let transcript = try? Transcript.parse(text) else {
                printError("rapport: note: \(safe(entry.path)) could not be read; it is left out.")
                return nil
            }
            let conversation = transcript.replay(on: playbook)
            return AccountMemory.Call(name: entry.name, header: transcript.header, profile: conversation.profile, lastStage: transcript.entries.last?.stage)
        }
    }

    private static func header(_ line: String) -> TranscriptHeader? {
        guard let header = try? JSONDecoder().decode(TranscriptHeader.self, from: Data(line.utf8)), header.format == TranscriptHeader.formatName else { return nil }
        return header
    }

    /// The first line of a regular file, read without following the rest of it.
    private static func firstLine(_ path: String) -> String? {
        guard case .bytes(let bytes) = RegularFile.read(path, limit: 65_536, followLinks: false) else { return nil }
        return String(bytes: bytes.prefix { $0 != UInt8(ascii: "\n") }, encoding: .utf8)
    }

    private static func whole(_ path: String) -> String? {
        guard case .bytes(let bytes) = RegularFile.read(path, limit: maximumBytes, followLinks: false), bytes.count <= maximumBytes else { return nil }
        return String(bytes: bytes, encoding: .utf8)
    }
}
