import ArgumentParser
import Foundation
import RapportCore

/// Writes realistic synthetic transcripts for tests and benchmarks: live calls driven through
/// the real conversation state machine with answers of the right kinds (some unclear, some
/// objections, notes, backs, closes, outcomes, calls that stop early), and practice sessions
/// played against the real personas with a mix of good and poor moves.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write N synthetic transcripts (for tests and benchmarks).", shouldDisplay: false)

    @Option(help: "How many transcripts.")
    var count: Int = 100

    @Option(help: "Folder to write them to (created owner-only).")
    var out: String

    @Option(help: "The playbook (default: playbooks/default.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: "Seed for every random choice.")
    var seed: UInt64 = 1

    @Option(help: "Share of practice sessions, 0 to 1.")
    var practice: Double = 0.3

    func run() throws {
        let path = playbook ?? PlaybookFile.defaultPath()
        let loaded = try PlaybookFile.loadOrExit(path)
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var random = SeededGenerator(seed: seed)
        for index in 0..<count {
            let lines = SyntheticCalls.transcript(loaded, index: index, path: absolute, practice: practice, random: &random) + [""]
            let file = (out as NSString).appendingPathComponent(String(format: "synthetic-%06d.jsonl", index))
            guard FileManager.default.createFile(atPath: file, contents: Data(lines.joined(separator: "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
                printError("rapport: cannot write \(file)")
                throw ExitCode(73)
            }
        }
        printError("Wrote \(count) transcripts to \(out).")
    }
}
