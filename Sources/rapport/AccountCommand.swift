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

    @Option(help: "The transcripts folder (default: the settings file's, else ./transcripts).")
    var transcripts: String?

    @Option(help: "The playbook to read the calls with (default: the one the latest call names).")
    var playbook: String?

    @Option(help: "text, markdown or json.")
    var format: Format = .text

    func run() throws {
        let settings = try ConfigFile.load()
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        let playbook = try AccountCommand.playbook(for: name, folder: folder, given: playbook ?? settings.playbook)
        let calls = AccountCalls.load(folder: folder, account: name, playbook: playbook)
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

    /// The playbook named by the account's latest call, unless one is given.
    static func playbook(for name: String, folder: String, given: String?) throws -> Playbook {
        if let given { return try PlaybookFile.loadOrExit(given) }
        let key = AccountMemory.key(name)
        var latest: TranscriptHeader?
        for header in AccountsCommand.headers(in: folder) where header.account.map(AccountMemory.key) == key {
            if latest == nil || header.started > latest!.started { latest = header }
        }
        return try PlaybookFile.loadOrExit(latest.map { TranscriptFile.resolveQuietly($0.playbook.path) } ?? PlaybookFile.defaultPath())
    }
}

struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "The accounts with live calls in a folder: last call, how far it got, outcome and next step; overdue next steps first.")

    @Option(help: "The transcripts folder (default: the settings file's, else ./transcripts).")
    var transcripts: String?

    func run() throws {
        let settings = try ConfigFile.load()
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        var byKey: [String: [TranscriptHeader]] = [:]
        for header in AccountsCommand.headers(in: folder) {
            guard let account = header.account, !AccountMemory.key(account).isEmpty else { continue }
            byKey[AccountMemory.key(account), default: []].append(header)
        }
        guard !byKey.isEmpty else {
            print("No live calls with an account in \(safe(folder)). Start one with: rapport live --account NAME")
            return
        }
        let today = CalendarDay(Date())
        var rows: [(overdue: Bool, next: CalendarDay?, line: String)] = []
        for (_, headers) in byKey {
            guard let latest = headers.max(by: { $0.started < $1.started }), let account = latest.account else { continue }
            let playbook = try PlaybookFile.loadOrExit(TranscriptFile.resolveQuietly(latest.playbook.path))
            let memory = AccountMemory(calls: AccountCalls.load(folder: folder, account: account, playbook: playbook), playbook: playbook)
            guard let last = memory.calls.last else { continue }
            let outcome = memory.outcome.map { $0.won ? "won" : "lost" } ?? "open"
            let stage = last.lastStage.flatMap { playbook.stage($0)?.title } ?? "finished"
            let next = memory.nextStep?.step
            let overdue = next.map { $0.day < today } ?? false
            let nextText = next.map { "\($0.what) on \($0.day)\($0.day < today ? " (overdue)" : "")" } ?? "no next step"
            rows.append((overdue, next?.day, "\(safe(memory.name ?? account)) — \(memory.calls.count) call\(memory.calls.count == 1 ? "" : "s"), last \(last.header.sessionDay), reached \(stage), \(outcome); next: \(safe(nextText))"))
        }
        rows.sort { a, b in
            if a.overdue != b.overdue { return a.overdue }
            switch (a.next, b.next) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.line < b.line
            }
        }
        for row in rows { print(row.line) }
    }

    /// The headers of the live transcripts in a folder (first lines only).
    static func headers(in folder: String) -> [TranscriptHeader] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().compactMap { name -> TranscriptHeader? in
            guard name.hasSuffix(".jsonl"), !name.hasPrefix("."),
                let header = AccountCalls.header(atPath: (folder as NSString).appendingPathComponent(name)), header.mode == "live"
            else { return nil }
            return header
        }
    }
}
