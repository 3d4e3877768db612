/// What a line typed in a live session means for the conversation: an answer, a skip, or a
/// command that changes it (`/back`, `/goto`, `/obj`, `/close`, `/next`…). Commands that only
/// show something (`/profile`, `/summary`, `/help`, `/card`) mean no event. The live session
/// reads its lines through this, and conversation tests replay scripted sessions with it, so
/// both understand exactly the same commands.
public enum SessionInput {
    public enum Reading: Sendable, Hashable {
        case event(ConversationEvent)
        /// A command that shows something and changes nothing.
        case display
        /// Not usable as typed: what to type instead.
        case invalid(String)
        /// A slash command that does not exist (its name, lowercased).
        case unknownCommand(String)
    }

    /// What follows `/obj` to mark the last detection a false alarm.
    public static let dismissals: Set<String> = ["no", "x", "dismiss", "false", "false alarm", "not", "none", "wrong"]

    public static func read(_ line: String, conversation: inout Conversation) -> Reading {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//") { return .event(.answered(String(trimmed.dropFirst()))) }
        guard trimmed.hasPrefix("/") else { return .event(trimmed.isEmpty ? .skipped : .answered(trimmed)) }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let command = parts.first.map { $0.lowercased() } ?? ""
        let argument = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
        guard let known = SessionCommand.named(command, in: SessionCommand.live) else { return .unknownCommand(command) }
        switch known.name {
        case "skip": return .event(.skipped)
        case "back": return .event(.wentBack)
        case "goto": return argument.isEmpty ? .invalid("Usage: /goto STEP (Tab lists the steps)") : .event(.wentToStep(argument))
        case "stage":
            let stages = conversation.playbook.stages.map(\.id).joined(separator: ", ")
            return argument.isEmpty ? .invalid("Usage: /stage STAGE: " + stages) : .event(.wentToStage(argument))
        case "note": return argument.isEmpty ? .invalid("Usage: /note TEXT") : .event(.noteTaken(argument))
        case "obj":
            if argument.isEmpty || Int(argument) != nil { return .display }
            if SessionInput.dismissals.contains(argument.lowercased()) { return .event(.objectionDismissed) }
            if let objection = conversation.playbook.objection(argument.lowercased()) { return .event(.objectionRaised(objection.id)) }
            guard let best = conversation.matcher.nearest(argument) else { return .invalid("no objection matches '\(argument)'") }
            return .event(.objectionRaised(best.objectionID))
        case "resolved": return .event(.objectionOutcome(resolved: true))
        case "unresolved": return .event(.objectionOutcome(resolved: false))
        case "close":
            if argument.isEmpty { return .display }
            let playbook = conversation.playbook
            if let rank = Int(argument) {
                let ranked = CloseAdvisor(playbook: playbook).rank(conversation.profile)
                guard ranked.indices.contains(rank - 1) else {
                    return .invalid("There are \(ranked.count) closes: /close 1 to /close \(ranked.count), or /close alone to list them.")
                }
                return .event(.closeUsed(ranked[rank - 1].closeID))
            }
            // By id or by name; an unknown one is refused by the conversation with a suggestion.
            let id = playbook.close(argument.lowercased())?.id
                ?? playbook.closes.first { $0.name.lowercased() == argument.lowercased() }?.id
                ?? argument
            return .event(.closeUsed(id))
        case "won": return .event(.dealClosed(won: true, reason: argument.isEmpty ? nil : argument))
        case "lost": return argument.isEmpty ? .invalid("Usage: /lost REASON, as in /lost chose FloQast on price") : .event(.dealClosed(won: false, reason: argument))
        case "next": return argument.isEmpty ? .invalid("Usage: /next STEP DATE, as in /next demo for the CFO next Tuesday") : .event(.nextStepAgreed(argument))
        case "give": return argument.isEmpty ? .invalid("Usage: /give CONCESSION [PERCENT] for WHAT YOU GET, as in /give discount 10% for a two-year term") : .event(.conceded(argument))
        // The rest only show something: the session shows it.
        default: return .display
        }
    }
}
