import RapportCore

/// How the live session looks: the step, what was recorded, the profile, cards and closes.
/// Everything typed by a person passes through `safe` before it is shown.
struct SessionView {
    let style: Style
    let playbook: Playbook

    /// One line that puts the rep back on the step after a card, a list or the summary.
    func reminder(_ prompt: StepPrompt?) -> String {
        guard let prompt else { return "" }
        return "\n" + style.dim("↳ still on ") + style.cyan(prompt.badge) + style.dim(" — ") + style.bold("Say: ") + safe(prompt.line)
    }

    func step(_ prompt: StepPrompt, showUnknown: Bool = true) -> String {
        var lines = [""]
        lines.append(style.cyan(prompt.badge) + " " + style.bold(safe(prompt.stageTitle)) + style.dim("  (stage \(prompt.stageNumber)/\(prompt.stageCount))"))
        lines.append("  " + style.bold("Say: ") + safe(prompt.line))
        if let hint = prompt.hint { lines.append("  " + style.dim("Hint: " + safe(hint))) }
        if let field = prompt.recordsInto.flatMap(playbook.field) {
            lines.append("  " + style.dim("Records: \(field.label) (\(field.type.rawValue))"))
        }
        if showUnknown, !prompt.unknownQualifications.isEmpty {
            // The three this part of the call should learn; /profile shows every one.
            let first = prompt.pressingUnknowns.isEmpty ? prompt.unknownQualifications : prompt.pressingUnknowns
            let more = first.count > 3 ? " (+\(first.count - 3) more: /profile)" : ""
            lines.append("  " + style.yellow("Still unknown: " + first.prefix(3).map(\.label).joined(separator: ", ") + more))
        }
        return lines.joined(separator: "\n")
    }

    func action(_ action: ConversationAction, profile: NeedsProfile) -> String? {
        switch action {
        case .show(let prompt): return step(prompt)
        case .recorded(let fieldID, _): return recorded([(fieldID, nil)], profile: profile)
        case .changed: return nil  // shown with the value recorded
        case .differs(let fieldID, let value, let words):
            guard let field = playbook.field(fieldID) else { return nil }
            let shown = LineTemplate.display(field, FieldEntry(value: value, quotes: [])) ?? value.description
            let step = playbook.stages.flatMap(\.steps).first { $0.record == fieldID }.map { " (/goto \($0.id) to change it)" } ?? ""
            return "  " + style.yellow("? \(field.label): \"\(safe(words))\" says \(safe(shown)); kept \(safe(LineTemplate.display(field, profile[fieldID]) ?? ""))\(step)")
        case .passedOver(let steps):
            return "  " + style.dim("Passed over \(steps.joined(separator: ", ")): already known (/goto STEP to ask anyway)")
        case .keptUnclear(let fieldID, let raw):
            let label = playbook.field(fieldID)?.label ?? fieldID
            let type = playbook.field(fieldID)?.type.rawValue ?? "value"
            return "  " + style.yellow("? \(label): kept your words \"\(safe(raw))\" but could not read a \(type); /back to retype, or go on")
        case .noted(let quote): return "  " + style.dim("✎ noted (turn \(quote.turn))")
        case .finished:
            return "\n" + style.bold("End of the playbook.") + " /summary to read back the value proposition, /back to change an answer, /quit to end."
        case .rejected(let message): return "  " + style.red(message)
        case .objectionDetected(let match):
            return "  " + style.yellow("Sounds like \(match.objectionID.uppercased()) — /obj for the card, /obj no if not")
        case .objectionRaised: return nil  // the card follows
        case .objectionDismissed(let raised):
            return "  " + style.dim("\(raised.objectionID.uppercased()) dismissed as a false alarm (detected at turn \(raised.turn))")
        case .stayed(let stepID):
            return "  " + style.dim("Still on \(stepID): that sounded like an objection, not an answer. /obj for the card, /obj no if it was an answer.")
        case .stillAsking(let stepID):
            return "  " + style.dim("Still on \(stepID): that answered another question. Type this one's answer, or press Enter to move on.")
        case .objectionSettled(let raised):
            let outcome = raised.resolved == true ? style.green("resolved") : style.yellow("unresolved")
            return "  \(raised.objectionID.uppercased()) \(outcome) (raised at turn \(raised.turn))"
        case .competitorMentioned(let id):
            let name = playbook.competitor(id)?.name ?? id
            return "  " + style.yellow("Mentions \(safe(name)) — /card \(id) for the battle card")
        case .closeUsed: return nil  // the line follows
        case .dealClosed(let outcome):
            if outcome.won { return "  " + style.green("✓ Won") + style.dim(" (turn \(outcome.turn)). /next to agree the kickoff, /summary to read back.") }
            return "  " + style.yellow("Lost: \(safe(outcome.reason ?? "no reason given"))") + style.dim(" (turn \(outcome.turn)). /summary keeps what was learned.")
        case .carriedOver:
            return nil  // the account's brief says it all at once
        case .conceded(let term):
            var lines = ["  " + style.green("✓ Gave: \(safe(term.words))")]
            for warning in term.warnings { lines.append("  " + style.yellow("! " + safe(warning))) }
            return lines.joined(separator: "\n")
        case .outcomeReplaced(let earlier):
            let was = earlier.won ? "won" : "lost" + (earlier.reason.map { " (\(safe($0)))" } ?? "")
            return "  " + style.yellow("This replaces the outcome recorded at turn \(earlier.turn): \(was).") + style.dim(" /won or /lost again to change it.")
        case .nextStepAgreed(let step):
            return "  " + style.green("✓ Next step: \(safe(step.what)) on \(step.day.longDescription)") + style.dim(" (\"\(safe(step.dateWords))\")")
        }
    }

    /// `✓ Role = CFO · Team size = 12 · Budget = $40k–60k (was $25k)`: every field one note filled.
    func recorded(_ facts: [(field: String, was: FieldValue?)], profile: NeedsProfile) -> String {
        let parts = facts.compactMap { fact -> String? in
            guard let field = playbook.field(fact.field) else { return nil }
            var part = "\(field.label) = \(safe(LineTemplate.display(field, profile[fact.field]) ?? ""))"
            if let was = fact.was { part += " (was \(safe(LineTemplate.display(field, FieldEntry(value: was, quotes: [])) ?? was.description)))" }
            return part
        }
        return "  " + style.green("✓ " + parts.joined(separator: " · "))
    }

    func battleCard(_ competitor: Competitor, profile: NeedsProfile) -> String {
        func fill(_ text: String) -> String { safe(LineTemplate.render(text, playbook: playbook, profile: profile)) }
        var lines = [style.bold("vs \(safe(competitor.name))") + style.dim("  battle card")]
        if !competitor.weWin.isEmpty {
            lines.append("  " + style.green("Where we win"))
            lines += competitor.weWin.map { "    + " + fill($0) }
        }
        if !competitor.theyWin.isEmpty {
            lines.append("  " + style.yellow("Where they win"))
            lines += competitor.theyWin.map { "    - " + fill($0) }
        }
        if let trap = competitor.trap { lines.append("  " + style.bold("Ask: ") + fill(trap)) }
        return lines.joined(separator: "\n")
    }

    func competitorList() -> String {
        guard !playbook.competitors.isEmpty else { return style.yellow("This playbook has no battle cards (add 'competitors:' to it).") }
        var lines = [style.bold("Battle cards") + style.dim("  (/card NAME; /card alone opens the last one mentioned)")]
        for competitor in playbook.competitors {
            let aliases = competitor.aliases.isEmpty ? "" : style.dim("  also: " + competitor.aliases.map(safe).joined(separator: ", "))
            lines.append("  \(competitor.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(safe(competitor.name))\(aliases)")
        }
        return lines.joined(separator: "\n")
    }

    func profile(_ conversation: Conversation) -> String {
        let profile = conversation.profile
        var lines = [style.bold("Needs profile")]
        for field in playbook.fields {
            guard let entry = profile[field.id] else { continue }
            let value = entry.isUnclear ? style.yellow("unclear") : safe(LineTemplate.display(field, entry) ?? "")
            var line = "  \(field.label): \(value)"
            let source = profile.carried[field.id].map { $0.from == CarriedFact.leadImport ? "from the lead import" : "from the call of \($0.day)" } ?? "turn \(entry.turn)"
            if entry.isUnclear || entry.value?.description != entry.raw {
                line += style.dim("  \"\(safe(entry.raw))\" (\(source))")
            } else if profile.carried[field.id] != nil {
                line += style.dim("  (\(source))")
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
                lines.append("  \(raised.objectionID) (\(raised.turn == 0 ? "from an earlier call" : "turn \(raised.turn)")): \(status)")
            }
        }
        if !profile.terms.isEmpty {
            lines.append(style.bold("Terms given"))
            for term in profile.terms { lines.append("  " + termLine(term)) }
        }
        if !profile.competitors.isEmpty {
            lines.append(style.bold("Competitors named") + " " + profile.competitors.map { playbook.competitor($0.competitorID)?.name ?? $0.competitorID }.map(safe).joined(separator: ", "))
        }
        for used in profile.closesUsed {
            lines.append(style.bold("Close used: ") + (playbook.close(used.closeID)?.name ?? used.closeID) + style.dim(" (turn \(used.turn))"))
        }
        if let outcome = profile.outcome {
            lines.append(style.bold("Outcome: ") + outcome.label + (outcome.reason.map { " — " + safe($0) } ?? ""))
        }
        if let next = profile.nextStep {
            lines.append(style.bold("Next step: ") + safe(next.what) + " on " + next.day.longDescription)
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
                if let c = rebuttal.check { lines.append("  " + style.bold("Check:       ") + fill(c)) }
                if let l = rebuttal.line { lines.append("  " + style.bold("\(rebuttal.technique): ") + fill(l)) }
                if objection.rebuttals.count > 1 { lines.append(style.dim("  Other techniques:")) }
            } else {
                let text = rebuttal.line ?? [rebuttal.acknowledge, rebuttal.explore, rebuttal.respond].compactMap { $0 }.joined(separator: " ")
                lines.append("  \(index + 1). \(style.cyan(rebuttal.technique)): \(fill(text))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `/close`: readiness, then the closes ranked, the fitting ones with the line to say.
    func closes(_ conversation: Conversation) -> String {
        let advisor = CloseAdvisor(playbook: playbook)
        let profile = conversation.profile
        guard !playbook.closes.isEmpty else { return style.yellow("This playbook has no closing techniques.") }
        let readiness = advisor.readiness(profile)
        var header = style.bold("Closing") + style.dim("  qualified \(readiness.qualified)%")
        if !readiness.unknown.isEmpty { header += style.dim(" · unknown: " + readiness.unknown.map(\.label).joined(separator: ", ")) }
        var lines = [header]
        if !readiness.openObjections.isEmpty {
            lines.append("  " + style.yellow("Open objection\(readiness.openObjections.count == 1 ? "" : "s"): \(readiness.openObjections.joined(separator: ", ")) — settle it with /resolved before asking, or choose a close that answers it"))
        }
        let ranked = advisor.rank(profile)
        let fitting = ranked.filter(\.fits)
        for (index, suggestion) in ranked.enumerated() where suggestion.fits && index < 3 {
            guard let close = playbook.close(suggestion.closeID) else { continue }
            lines.append("  \(index + 1). \(style.cyan(close.name)) \(style.dim("\(suggestion.score)%  /close \(close.id)"))")
            lines.append("     " + safe(suggestion.line))
            if let hint = close.hint { lines.append("     " + style.dim(safe(hint))) }
        }
        if fitting.isEmpty { lines.append("  " + style.yellow("No closing technique fits yet; nearest first:")) }
        let rest = ranked.enumerated().filter { !$0.element.fits || $0.offset >= 3 }.prefix(fitting.isEmpty ? 3 : 4)
        if !rest.isEmpty {
            if !fitting.isEmpty { lines.append(style.dim("  Others:")) }
            for (index, suggestion) in rest {
                let name = playbook.close(suggestion.closeID)?.name ?? suggestion.closeID
                let needs = suggestion.fits ? "fits" : "needs " + Prose.list(suggestion.missingInWords.map(safe))
                lines.append(style.dim("  \(index + 1). \(name) \(suggestion.score)% — \(needs)"))
            }
        }
        lines.append(style.dim("  /close N or /close ID uses it and records it; then /won, /lost REASON or /next STEP DATE."))
        return lines.joined(separator: "\n")
    }

    /// The close the rep chose: its line, filled, to read out.
    func closeLine(_ close: Close, profile: NeedsProfile) -> String {
        var lines = [style.bold(close.name) + style.dim("  (recorded)"),
                     "  " + style.bold("Say: ") + safe(LineTemplate.render(close.line, playbook: playbook, profile: profile))]
        if let hint = close.hint { lines.append("  " + style.dim(safe(hint))) }
        return lines.joined(separator: "\n")
    }

    /// A concession given, its turn and what is wrong with it.
    private func termLine(_ term: AgreedTerm) -> String {
        "\(safe(term.words)) (turn \(term.turn))" + (term.warnings.isEmpty ? "" : style.yellow("  ! " + term.warnings.map(safe).joined(separator: "; ")))
    }

    /// `/price`: the price for this customer, the lines to say, the concessions with what to ask
    /// back, the rep's authority, where to walk away, and the ledger so far.
    func negotiation(_ conversation: Conversation) -> String {
        guard let negotiation = playbook.negotiation else {
            return style.yellow("This playbook has no negotiation section (price, concessions, authority): see playbooks/README.md.")
        }
        let profile = conversation.profile
        let (total, units) = negotiation.price(for: profile)
        var lines = [style.bold("Negotiation")]
        let per = negotiation.unit.map { " per \($0)" } ?? ""
        let count = units.map { " × \(FieldValue.number($0).description)" } ?? (negotiation.countField.map { " (\(playbook.field($0)?.label ?? $0) unknown: one \(negotiation.unit ?? "unit"))" } ?? "")
        let period = negotiation.period.said
        lines.append("  Price: \(negotiation.money(negotiation.amount))\(per)\(period)\(count) = \(style.bold(negotiation.money(total)))\(period)")
        func fill(_ text: String) -> String { safe(LineTemplate.render(text, playbook: playbook, profile: profile)) }
        if let anchor = negotiation.anchor { lines.append("  " + style.bold("Anchor: ") + fill(anchor)) }
        if let best = negotiation.bestPrice { lines.append("  " + style.bold("\"Best price?\": ") + fill(best)) }
        lines.append("  Concessions (trade, never give):")
        for concession in negotiation.concessions {
            lines.append("    \(concession.id)  \(safe(concession.label)) — ask for \(safe(concession.ask))")
        }
        let pct = { (value: Double) in FieldValue.number(value).description + "%" }
        lines.append("  Authority: you up to \(pct(negotiation.repAuthority)) off; a manager up to \(pct(negotiation.managerAuthority)); walk away past \(pct(negotiation.walkAwayDiscount))")
        for reason in negotiation.walkAwayWhen { lines.append("  Walk away when: \(safe(reason))") }
        if !profile.terms.isEmpty {
            lines.append("  Given so far:")
            for term in profile.terms { lines.append("    " + termLine(term)) }
        }
        return lines.joined(separator: "\n")
    }

    static let help = SessionCommand.help(SessionCommand.live, intro: "Type the customer's answer and press Enter (an empty line moves on without one).",
                                          outro: "Start a line with // to record an answer that begins with a slash.")
}
