import Foundation

/// One account's deal across its calls, for `rapport account`: each call (day, rep, how far it
/// got, outcome, next step agreed), the profile as it stands with the call each value came
/// from, and the objections over time. Text, Markdown or JSON; pure.
public struct AccountReport: Sendable {
    public let memory: AccountMemory
    public let playbook: Playbook

    public init(memory: AccountMemory, playbook: Playbook) {
        self.memory = memory
        self.playbook = playbook
    }

    struct Row {
        var call: AccountMemory.Call
        var stage: String
        var outcome: String
        var next: String
    }

    var rows: [Row] {
        memory.calls.map { call in
            let stage = call.lastStage.flatMap { playbook.stage($0)?.title } ?? (call.lastStage ?? "finished")
            let outcome = call.profile.outcome.map { $0.won ? "won" : "lost" + ($0.reason.map { " (\($0))" } ?? "") } ?? "—"
            let next = call.profile.nextStep.map { "\($0.what) on \($0.day)" } ?? "—"
            return Row(call: call, stage: stage, outcome: outcome, next: next)
        }
    }

    /// Each known field: label, value as read, the words, and the call and day it came from.
    var facts: [(label: String, value: String, words: String, from: String, day: String)] {
        memory.carried.compactMap { fact in
            guard case .field(let id, let words) = fact.item, let field = playbook.field(id) else { return nil }
            let value = AnswerParser(today: CalendarDay(iso: fact.day) ?? CalendarDay(year: 2000, month: 1, day: 1)).parse(words, for: field)
            let shown = value.flatMap { LineTemplate.display(field, FieldEntry(value: $0, quotes: [Quote(text: words, turn: 0)])) } ?? words
            return (field.label, shown, words, fact.from, fact.day)
        }
    }

    /// Every objection raised in a call (not carried), with how that call left it.
    var objections: [(day: String, title: String, status: String)] {
        memory.calls.flatMap { call in
            call.profile.objections.map { raised in
                (call.header.sessionDay, playbook.objection(raised.objectionID)?.title ?? raised.objectionID,
                 (raised.turn == 0 ? "carried, " : "") + (raised.resolved == true ? "resolved" : raised.resolved == false ? "unresolved" : "open"))
            }
        }
    }

    public var text: String {
        let account = memory.name ?? "account"
        var lines = ["ACCOUNT — \(account) · \(memory.calls.count) call\(memory.calls.count == 1 ? "" : "s")", "", "Calls"]
        for row in rows {
            lines.append("  \(row.call.header.sessionDay)  \(row.call.header.rep ?? "(no rep)") · reached \(row.stage) · outcome \(row.outcome) · next \(row.next)")
        }
        lines += ["", "What is known (and where it came from)"]
        for fact in facts { lines.append("  \(fact.label): \(fact.value)  — \(fact.day), \(fact.from)") }
        if facts.isEmpty { lines.append("  nothing yet") }
        if !objections.isEmpty {
            lines += ["", "Objections over time"]
            for objection in objections { lines.append("  \(objection.day)  \(objection.title): \(objection.status)") }
        }
        if let (step, call) = memory.nextStep { lines += ["", "Next step: \(step.what) on \(step.day) (agreed \(call.header.sessionDay))"] }
        return lines.joined(separator: "\n") + "\n"
    }

    public var markdown: String {
        let account = OutputText.markdown.safe(memory.name ?? "account")
        func md(_ text: String) -> String { OutputText.markdown.safe(text) }
        var lines = ["# Account: \(account)", "", "## Calls", "", "| Day | Rep | Reached | Outcome | Next step |", "| --- | --- | --- | --- | --- |"]
        for row in rows {
            lines.append("| \(row.call.header.sessionDay) | \(md(row.call.header.rep ?? "—")) | \(md(row.stage)) | \(md(row.outcome)) | \(md(row.next)) |")
        }
        lines += ["", "## What is known", ""]
        for fact in facts { lines.append("- **\(md(fact.label)):** \(md(fact.value)) (\(fact.day), \(md(fact.from)))") }
        if !objections.isEmpty {
            lines += ["", "## Objections over time", ""]
            for objection in objections { lines.append("- \(objection.day) \(md(objection.title)): \(objection.status)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public var json: [String: Any] {
        [
            "account": memory.name ?? NSNull(),
            "calls": rows.map { row -> [String: Any] in
                ["transcript": row.call.name, "day": row.call.header.sessionDay, "rep": row.call.header.rep ?? NSNull(),
                 "reached": row.call.lastStage ?? NSNull(),
                 "outcome": row.call.profile.outcome.map { $0.won ? "won" : "lost" } ?? NSNull(),
                 "nextStep": row.call.profile.nextStep.map { ["what": $0.what, "date": $0.day.description] } ?? NSNull()]
            },
            "profile": memory.carried.compactMap { fact -> [String: Any]? in
                guard case .field(let id, let words) = fact.item else { return nil }
                return ["field": id, "raw": words, "from": fact.from, "day": fact.day]
            },
            "openObjections": memory.carried.compactMap { fact -> String? in
                if case .objection(let id) = fact.item { return id }
                return nil
            },
            "objections": objections.map { ["day": $0.day, "title": $0.title, "status": $0.status] },
        ]
    }
}
