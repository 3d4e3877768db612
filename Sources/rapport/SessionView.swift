import RapportCore

/// How the live session looks: the step, what was recorded, the profile, cards and closes.
/// Everything typed by a person passes through `safe` before it is shown.
struct SessionView {
    let style: Style
    let playbook: Playbook

    func step(_ prompt: StepPrompt) -> String {
        var lines = [""]
        lines.append(style.cyan(prompt.badge) + " " + style.bold(safe(prompt.stageTitle)) + style.dim("  (stage \(prompt.stageNumber)/\(prompt.stageCount))"))
        lines.append("  " + style.bold("Say: ") + safe(prompt.line))
        if let hint = prompt.hint { lines.append("  " + style.dim("Hint: " + safe(hint))) }
        if let field = prompt.recordsInto.flatMap(playbook.field) {
            lines.append("  " + style.dim("Records: \(field.label) (\(field.type.rawValue))"))
        }
        if !prompt.unknownQualifications.isEmpty {
            lines.append("  " + style.yellow("Still unknown: " + prompt.unknownQualifications.map(\.label).joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }

    func action(_ action: ConversationAction, profile: NeedsProfile) -> String? {
        switch action {
        case .show(let prompt): return step(prompt)
        case .recorded(let fieldID, _):
            guard let field = playbook.field(fieldID) else { return nil }
            return "  " + style.green("✓ \(field.label) = \(safe(LineTemplate.display(field, profile[fieldID]) ?? ""))")
        case .keptUnclear(let fieldID, let raw):
            let label = playbook.field(fieldID)?.label ?? fieldID
            let type = playbook.field(fieldID)?.type.rawValue ?? "value"
            return "  " + style.yellow("? \(label): kept your words \"\(safe(raw))\" but could not read a \(type); /back to retype, or go on")
        case .noted(let quote): return "  " + style.dim("✎ noted (turn \(quote.turn))")
        case .finished:
            return "\n" + style.bold("End of the playbook.") + " /summary to read back the value proposition, /back to change an answer, /quit to end."
        case .rejected(let message): return "  " + style.red(message)
        case .objectionDetected(let match):
            return "  " + style.yellow("Sounds like \(match.objectionID.uppercased()) — /obj for the card")
        case .objectionRaised: return nil  // the card follows
        case .objectionSettled(let raised):
            let outcome = raised.resolved == true ? style.green("resolved") : style.yellow("unresolved")
            return "  \(raised.objectionID.uppercased()) \(outcome) (raised at turn \(raised.turn))"
        }
    }

    func profile(_ conversation: Conversation) -> String {
        let profile = conversation.profile
        var lines = [style.bold("Needs profile")]
        for field in playbook.fields {
            guard let entry = profile[field.id] else { continue }
            let value = entry.isUnclear ? style.yellow("unclear") : safe(LineTemplate.display(field, entry) ?? "")
            var line = "  \(field.label): \(value)"
            if entry.isUnclear || entry.value?.description != entry.raw {
                line += style.dim("  \"\(safe(entry.raw))\" (turn \(entry.turn))")
            }
            lines.append(line)
        }
        let unknown = playbook.fields.filter { profile[$0.id] == nil }
        if !unknown.isEmpty {
            lines.append(style.dim("  Not yet known: " + unknown.map(\.label).joined(separator: ", ")))
        }
        let declared = Qualification.allCases.filter { q in playbook.fields.contains { $0.qualifies == q } }
        if !declared.isEmpty {
            lines.append(style.bold("Qualification"))
            let missing = Set(conversation.unknownQualifications)
            for element in declared {
                lines.append("  " + (missing.contains(element) ? style.yellow("[ ] ") : style.green("[x] ")) + element.label)
            }
        }
        if !profile.objections.isEmpty {
            lines.append(style.bold("Objections"))
            for raised in profile.objections {
                let status = raised.resolved == true ? style.green("resolved") : raised.resolved == false ? style.yellow("unresolved") : style.yellow("open")
                lines.append("  \(raised.objectionID) (turn \(raised.turn)): \(status)")
            }
        }
        if !profile.notes.isEmpty {
            lines.append(style.bold("Notes"))
            for note in profile.notes { lines.append("  \(note.turn). \(safe(note.text))") }
        }
        return lines.joined(separator: "\n")
    }

    func objectionList() -> String {
        var lines = [style.bold("Objections") + style.dim("  (/obj ID, /obj the customer's words; /obj alone opens the last one detected)")]
        for objection in playbook.objections {
            lines.append("  \(objection.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(safe(objection.title))")
        }
        return lines.joined(separator: "\n")
    }

    /// The card with technique `leading` (0-based) shown first, the others numbered after it.
    func card(_ objection: Objection, profile: NeedsProfile, score: Double?, leading: Int = 0) -> String {
        func fill(_ text: String) -> String { safe(LineTemplate.render(text, playbook: playbook, profile: profile)) }
        var lines = [style.bold(objection.id.uppercased()) + " — " + safe(objection.title) + (score.map { style.dim(String(format: "  (match %.2f)", $0)) } ?? "")]
        let order = [leading] + objection.rebuttals.indices.filter { $0 != leading }
        for index in order {
            let rebuttal = objection.rebuttals[index]
            if index == leading {
                if let a = rebuttal.acknowledge { lines.append("  " + style.bold("Acknowledge: ") + fill(a)) }
                if let e = rebuttal.explore { lines.append("  " + style.bold("Explore:     ") + fill(e)) }
                if let r = rebuttal.respond { lines.append("  " + style.bold("Respond:     ") + fill(r)) }
                if let l = rebuttal.line { lines.append("  " + style.bold("\(rebuttal.technique): ") + fill(l)) }
                if objection.rebuttals.count > 1 { lines.append(style.dim("  Other techniques:")) }
            } else {
                let text = rebuttal.line ?? [rebuttal.acknowledge, rebuttal.explore, rebuttal.respond].compactMap { $0 }.joined(separator: " ")
                lines.append("  \(index + 1). \(style.cyan(rebuttal.technique)): \(fill(text))")
            }
        }
        return lines.joined(separator: "\n")
    }

    func closes(_ conversation: Conversation) -> String {
        let fitting = playbook.closes.filter { $0.condition?.holds(on: conversation.profile) ?? true }
        guard !fitting.isEmpty else {
            let missing = conversation.unknownQualifications.map(\.label).joined(separator: ", ")
            return style.yellow("No closing technique fits yet.") + (missing.isEmpty ? "" : " Still unknown: \(missing).")
        }
        var lines = [style.bold("Closes that fit now")]
        for (index, close) in fitting.enumerated() {
            lines.append("  \(index + 1). \(style.cyan(close.name)): \(safe(LineTemplate.render(close.line, playbook: playbook, profile: conversation.profile)))")
            if let hint = close.hint { lines.append("     " + style.dim(safe(hint))) }
        }
        return lines.joined(separator: "\n")
    }

    static let help = """
        Type the customer's answer and press Enter (an empty line moves on without one).
          /skip              move on without an answer
          /back              undo the last answer or move, restoring the profile
          /goto STEP         jump to a step          /stage STAGE   jump to a stage
          /note TEXT         take a note (never moves the conversation)
          /obj [TEXT|ID|N]   the rebuttal card: for the words or id given, else the last one; N picks technique N
          /resolved          the open objection was resolved      /unresolved   it was not
          /close             closing techniques that fit now
          /profile           what is known, what is not, qualification checklist
          /summary           the value-proposition summary so far
          /help              this list            /quit          end the session (or Ctrl-D)
        Start a line with // to record an answer that begins with a slash.
        """
}
