import RapportCore

/// How a practice call looks: the briefing, the buyer's lines, coaching cues, the rubric and
/// the scorecard. Everything typed by a person passes through `safe`.
struct PracticeView {
    let style: Style
    let playbook: Playbook
    let persona: Persona
    let coached: Bool

    func briefing() -> String {
        var lines = [style.bold("Practice") + " — you are selling \(safe(playbook.product.name)) to \(safe(persona.name)), \(safe(persona.role)) at \(safe(persona.company)).",
                     style.dim("Difficulty: \(persona.difficulty.rawValue)" + (persona.temperament.isEmpty ? "" : " · \(safe(persona.temperament))"))]
        if coached {
            lines.append(rubric())
            lines.append(style.dim("Type what you would say. /hint suggests the next move, /score shows the scorecard so far, /end finishes."))
        } else {
            lines.append(style.dim("Exam: no hints. Type what you would say; /rubric, /score, /end."))
        }
        return lines.joined(separator: "\n")
    }

    func buyer(_ text: String) -> String {
        style.cyan(safe(persona.name.split(separator: " ").first.map(String.init) ?? persona.name) + ":") + " " + safe(text)
    }

    /// The coaching cue under a reply: trust and its change, facts uncovered, an objection raised.
    func cue(_ exchange: RolePlay.Exchange, before: Int) -> String? {
        guard coached else {
            if let raised = exchange.raised { return style.yellow("  (objection: \(raised))") }
            return nil
        }
        var parts: [String] = []
        let change = exchange.trust - before
        parts.append("trust \(exchange.trust)" + (change == 0 ? "" : change > 0 ? " (+\(change))" : " (\(change))"))
        if !exchange.revealed.isEmpty {
            parts.append("uncovered: " + exchange.revealed.map { playbook.field($0)?.label ?? $0 }.joined(separator: ", "))
        }
        var line = style.dim("  " + parts.joined(separator: " · "))
        if let raised = exchange.raised {
            line += "\n" + style.yellow("  Objection: \(raised.uppercased()) — acknowledge it, explore it with a question, then answer (/hint)")
        }
        return line
    }

    func rubric() -> String {
        var lines = [style.bold("Rubric") + style.dim("  (points out of 100)")]
        for item in Rubric.Item.allCases where playbook.rubric.weight(item) > 0 {
            lines.append(String(format: "  %3d  ", playbook.rubric.weight(item)) + item.title + style.dim(" — " + item.criterion))
        }
        return lines.joined(separator: "\n")
    }

    func scorecard(_ card: Scorecard, final: Bool) -> String {
        var lines = [style.bold(final ? "Scorecard" : "Scorecard so far")]
        for line in card.lines where line.weight > 0 {
            let points = line.pointsLabel
            let evidence = line.evidence.isEmpty ? "" : style.dim("  turns " + line.evidence.prefix(12).map(String.init).joined(separator: ", ") + (line.evidence.count > 12 ? ", …" : ""))
            lines.append("  \(points) \(line.item.title): \(safe(line.detail))\(evidence)")
        }
        lines.append(style.bold("Overall: \(card.overall)/100"))
        if !card.advice.isEmpty {
            lines.append(style.bold("Do differently"))
            for (index, advice) in card.advice.enumerated() { lines.append("  \(index + 1). \(safe(advice.text))") }
        }
        return lines.joined(separator: "\n")
    }

    static func list(_ playbook: Playbook) -> String {
        guard !playbook.personas.isEmpty else { return "This playbook has no personas: add 'personas:' to practise with it (see playbooks/README.md)." }
        var lines = ["Personas in \(playbook.id):"]
        for p in playbook.personas {
            lines.append("  \(p.id.padding(toLength: 10, withPad: " ", startingAt: 0)) \(p.difficulty.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(p.name), \(p.role) at \(p.company)")
        }
        return lines.joined(separator: "\n")
    }
}
