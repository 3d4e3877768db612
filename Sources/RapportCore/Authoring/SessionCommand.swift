/// One slash command of a session: its name, the short forms it also answers to, what it takes,
/// what it does, and what Tab completes after it. The tables below are the only place commands
/// are listed: reading a line (`SessionInput`), Tab completion and `/help` in both the live and
/// the practice session are made from them, so none can know a command another does not.
public struct SessionCommand: Sendable, Hashable {
    /// What Tab offers after the command.
    public enum Completion: Sendable, Hashable { case nothing, steps, stages, objections, closes, competitors }

    public var name: String
    public var aliases: [String]
    /// What follows the name in `/help` ("STEP", "[N|ID]").
    public var arguments: String
    public var does: String
    public var completes: Completion
    /// Other ways of calling it worth their own line in `/help` ("/obj no"): usage, then what it does.
    public var variants: [[String]] = []

    public init(_ name: String, _ aliases: [String], arguments: String = "", completes: Completion = .nothing, _ does: String) {
        self.name = name
        self.aliases = aliases
        self.arguments = arguments
        self.does = does
        self.completes = completes
    }

    public init(_ name: String, arguments: String = "", completes: Completion = .nothing, _ does: String) {
        self.init(name, [], arguments: arguments, completes: completes, does)
    }

    func with(_ variant: [String]) -> SessionCommand {
        var copy = self
        copy.variants.append(variant)
        return copy
    }

    /// Every word that calls this command.
    public var words: [String] { [name] + aliases }

    /// The commands of a live call, in the order `/help` lists them.
    public static let live: [SessionCommand] = [
        SessionCommand("skip", ["s"], "move on without an answer"),
        SessionCommand("back", ["b", "undo"], "undo the last answer or move, restoring the profile"),
        SessionCommand("goto", ["g"], arguments: "STEP", completes: .steps, "jump to a step"),
        SessionCommand("stage", arguments: "STAGE", completes: .stages, "jump to a stage"),
        SessionCommand("note", ["n"], arguments: "TEXT", "take a note (never moves the conversation)"),
        SessionCommand("obj", ["o"], arguments: "[TEXT|ID|N]", completes: .objections,
                       "the rebuttal card: for the words or id given, else the last one; N picks technique N")
            .with(["/obj no", "the last \"Sounds like …\" was a false alarm (an answer held back is then recorded)"]),
        SessionCommand("resolved", "the open objection was resolved"),
        SessionCommand("unresolved", "the open objection was not resolved"),
        SessionCommand("close", ["c"], arguments: "[N|ID]", completes: .closes, "closing techniques ranked for this customer; N or ID uses one and records it"),
        SessionCommand("won", "the deal is won"),
        SessionCommand("lost", arguments: "REASON", "the deal is lost, and why"),
        SessionCommand("next", arguments: "STEP DATE", "the agreed next step and its date: /next demo for the CFO next Tuesday"),
        SessionCommand("price", "the price for this customer and the negotiation card (concessions, what to ask back, authority)"),
        SessionCommand("give", arguments: "WHAT [N%] for GET", "a concession, traded: /give discount 10% for a two-year term"),
        SessionCommand("card", arguments: "[NAME]", completes: .competitors, "the battle card for a competitor (the last one named, or the list)"),
        SessionCommand("profile", ["p"], "what is known, what is not, qualification checklist"),
        SessionCommand("summary", "the value-proposition summary so far"),
        SessionCommand("help", ["h", "?"], "this list"),
        SessionCommand("quit", ["q", "exit"], "end the session (or Ctrl-D)"),
    ]

    /// The commands of a practice call.
    public static let practice: [SessionCommand] = [
        SessionCommand("hint", ["h"], "the next good move (coached practice only)"),
        SessionCommand("rubric", "what you are scored on"),
        SessionCommand("score", "the scorecard so far"),
        SessionCommand("end", ["quit", "q", "exit"], "finish the call and see the scorecard"),
        SessionCommand("help", ["?"], "this list"),
    ]

    /// The command a typed word calls (lowercased first), if any.
    public static func named(_ word: String, in table: [SessionCommand]) -> SessionCommand? {
        let word = word.lowercased()
        return table.first { $0.words.contains(word) }
    }

    /// For an unknown word: the command it most likely meant (a prefix, else one typo away).
    public static func suggestion(for word: String, in table: [SessionCommand]) -> String? {
        let names = table.map(\.name)
        return names.first { $0.hasPrefix(word) } ?? Spelling.closest(word, in: names)
    }

    /// `/help`: one line per command, its name and arguments, then what it does.
    public static func help(_ table: [SessionCommand], intro: String, outro: String) -> String {
        let usages = table.map { "/" + $0.name + ($0.arguments.isEmpty ? "" : " " + $0.arguments) }
        let width = min(24, (usages.map(\.count).max() ?? 0) + 2)
        var lines = [intro]
        for (command, usage) in zip(table, usages) {
            let aliases = command.aliases.filter { $0.count <= 2 }.map { "/" + $0 }
            let also = aliases.isEmpty ? "" : " (also " + aliases.joined(separator: ", ") + ")"
            lines.append("  " + usage.padding(toLength: max(width, usage.count + 1), withPad: " ", startingAt: 0) + command.does + also)
            for variant in command.variants where variant.count == 2 {
                lines.append("  " + variant[0].padding(toLength: max(width, variant[0].count + 1), withPad: " ", startingAt: 0) + variant[1])
            }
        }
        lines.append(outro)
        return lines.joined(separator: "\n")
    }

    /// What Tab offers for the text before the cursor: command names after a lone slash, then
    /// the playbook's ids the command takes.
    public static func completions(after before: String, in table: [SessionCommand], playbook: Playbook) -> [String] {
        let words = before.split(separator: " ", omittingEmptySubsequences: false)
        if words.count <= 1 { return before.hasPrefix("/") ? table.map { "/" + $0.name } : [] }
        guard words.count == 2, words[0].hasPrefix("/"), let command = named(String(words[0].dropFirst()), in: table) else { return [] }
        switch command.completes {
        case .nothing: return []
        case .steps: return playbook.stages.flatMap { $0.steps.map(\.id) }
        case .stages: return playbook.stages.map(\.id)
        case .objections: return playbook.objections.map(\.id)
        case .closes: return playbook.closes.map(\.id)
        case .competitors: return playbook.competitors.map(\.id)
        }
    }
}
