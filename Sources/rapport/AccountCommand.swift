import ArgumentParser
import Foundation
import RapportCore

struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "One account's deal across its calls: each call, what is known and where it came from, objections over time.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    @Argument(help: "The account, as typed with --account (case, accents and dashes aside).")
    var name: String

    @Option(help: "The transcripts folder (default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?

    @Option(help: "The playbook to read the calls with (default: the one the latest call names).", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: "text, markdown or json.")
    var format: Format = .text

    func run() throws {
        let settings = try ConfigFile.load()
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        let entries = AccountCalls.entries(in: folder, account: name)
        let playbook = try PlaybookFile.loadOrExit(self.playbook ?? settings.playbook ?? AccountCalls.playbookPath(of: entries))
        let calls = AccountCalls.load(entries, playbook: playbook)
        guard !calls.isEmpty else {
            printError("rapport: no live calls with the account '\(safe(name))' in \(safe(folder)). `rapport accounts` lists the accounts there.")
            throw ExitCode(66)
        }
        let report = AccountReport(memory: AccountMemory(calls: calls, playbook: playbook), playbook: playbook)
        switch format {
        case .text: print(TerminalText.neutralised(report.text, keepNewlines: true), terminator: "")
        case .markdown: print(report.markdown, terminator: "")
        case .json:
            let data = try JSONSerialization.data(withJSONObject: report.json, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
