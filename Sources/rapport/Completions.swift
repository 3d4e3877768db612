import Foundation
import RapportCore

/// Completions that come from the playbook in use: the one after `--playbook` on the command
/// line, else the default one.
enum Completions {
    @Sendable static func personas(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        (playbook(words)?.personas.map(\.id) ?? []).filter { $0.hasPrefix(prefix) }
    }

    static func playbook(_ words: [String]) -> Playbook? {
        var path = PlaybookFile.defaultPath()
        if let at = words.firstIndex(of: "--playbook"), at + 1 < words.count { path = words[at + 1] }
        guard let source = try? PlaybookFile.read(path) else { return nil }
        return try? PlaybookLoader.load(source: source, file: path)
    }
}
