import LineEditor
import RapportCore

/// The REPL's slash commands and what Tab completes after each.
enum SessionCommands {
    static let names = ["/help", "/skip", "/back", "/goto", "/stage", "/note", "/obj", "/resolved", "/unresolved", "/close", "/won", "/lost", "/next", "/price", "/give", "/card", "/profile", "/summary", "/quit"]

    static func completer(for playbook: Playbook) -> Completer {
        let steps = playbook.stages.flatMap { $0.steps.map(\.id) }
        let stages = playbook.stages.map(\.id)
        let objections = playbook.objections.map(\.id)
        let closes = playbook.closes.map(\.id)
        let competitors = playbook.competitors.map(\.id)
        return { before in
            let words = before.split(separator: " ", omittingEmptySubsequences: false)
            if words.count <= 1 { return before.hasPrefix("/") ? names : [] }
            switch words[0] {
            case "/goto": return words.count == 2 ? steps : []
            case "/stage": return words.count == 2 ? stages : []
            case "/obj": return words.count == 2 ? objections : []
            case "/close": return words.count == 2 ? closes : []
            case "/card": return words.count == 2 ? competitors : []
            default: return []
            }
        }
    }
}
