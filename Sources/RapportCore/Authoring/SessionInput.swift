/// What a line typed in a live session means for the conversation: an answer, a skip, or a
/// command that changes it (`/back`, `/goto`, `/obj`, `/close`, `/next`…). Commands that only
/// show something (`/profile`, `/summary`, `/help`, `/card`) mean no event. Used to replay
/// scripted sessions in conversation tests exactly as a rep would type them.
public enum SessionInput {
    public enum Reading: Sendable, Hashable {
        case event(ConversationEvent)
        /// A command that shows something and changes nothing.
        case display
        /// Not understood: why.
        case invalid(String)
    }

    public static func read(_ line: String, conversation: inout Conversation) -> Reading {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//") { return .event(.answered(String(trimmed.dropFirst()))) }
        guard trimmed.hasPrefix("/") else { return .event(trimmed.isEmpty ? .skipped : .answered(trimmed)) }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let command = parts.first.map { $0.lowercased() } ?? ""
        let argument = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
        switch command {
        case "skip", "s": return .event(.skipped)
        case "back", "b", "undo": return .event(.wentBack)
        case "goto", "g": return argument.isEmpty ? .invalid("/goto needs a step") : .event(.wentToStep(argument))
        case "stage": return argument.isEmpty ? .invalid("/stage needs a stage") : .event(.wentToStage(argument))
        case "note", "n": return argument.isEmpty ? .invalid("/note needs text") : .event(.noteTaken(argument))
        case "obj", "o":
            if argument.isEmpty || Int(argument) != nil { return .display }
            if let objection = conversation.playbook.objection(argument.lowercased()) { return .event(.objectionRaised(objection.id)) }
            guard let best = conversation.matcher.match(argument).best else { return .invalid("no objection matches '\(argument)'") }
            return .event(.objectionRaised(best.objectionID))
        case "resolved": return .event(.objectionOutcome(resolved: true))
        case "unresolved": return .event(.objectionOutcome(resolved: false))
        case "close", "c":
            if argument.isEmpty { return .display }
            if let rank = Int(argument) {
                let ranked = CloseAdvisor(playbook: conversation.playbook).rank(conversation.profile)
                guard ranked.indices.contains(rank - 1) else { return .invalid("there is no close \(rank)") }
                return .event(.closeUsed(ranked[rank - 1].closeID))
            }
            return .event(.closeUsed(argument.lowercased()))
        case "won": return .event(.dealClosed(won: true, reason: argument.isEmpty ? nil : argument))
        case "lost": return argument.isEmpty ? .invalid("/lost needs a reason") : .event(.dealClosed(won: false, reason: argument))
        case "next": return argument.isEmpty ? .invalid("/next needs a step and a date") : .event(.nextStepAgreed(argument))
        case "profile", "p", "summary", "help", "h", "?", "card", "quit", "q", "exit": return .display
        default: return .invalid("unknown command /\(command)")
        }
    }
}
