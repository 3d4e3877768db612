import ArgumentParser
import Foundation
import RapportCore

struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "The accounts with live calls in a folder: last call, how far it got, outcome and next step; overdue next steps first.")

    @Option(help: "The transcripts folder (default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?

    func run() throws {
        let settings = try ConfigFile.load()
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        let byKey = AccountCalls.byAccount(in: folder)
        guard !byKey.isEmpty else {
            print("No live calls with an account in \(safe(folder)). Start one with: rapport live --account NAME")
            return
        }
        let today = CalendarDay(Date())
        var rows: [(overdue: Bool, next: CalendarDay?, line: String)] = []
        for (_, entries) in byKey {
            guard let account = entries.first?.header.account else { continue }
            let playbook = try PlaybookFile.loadOrExit(AccountCalls.playbookPath(of: entries))
            let memory = AccountMemory(calls: AccountCalls.load(entries, playbook: playbook), playbook: playbook)
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
}
