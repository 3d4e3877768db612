import Foundation

/// A `CallTimeline` as plain text that fits a width, or as Markdown. Everything a person typed
/// is neutralised: a transcript can never drive the reader's terminal.
public enum TimelineText {
    public static func plain(_ timeline: CallTimeline, width: Int) -> String {
        let width = max(50, width)
        var out: [String] = []
        out += wrap(title(timeline), width: width, indent: "")
        if !timeline.highlights.isEmpty { out += wrap(timeline.highlights.map(safe).joined(separator: " · "), width: width, indent: "") }
        if timeline.damagedLines > 0 { out.append("(\(timeline.damagedLines) damaged line\(timeline.damagedLines == 1 ? "" : "s") of the transcript skipped)") }
        for section in timeline.sections {
            out.append("")
            var heading = "── \(safe(section.title))" + (section.stageID.map { " (\(safe($0)))" } ?? "") + (section.seconds.map { " · " + duration($0) } ?? "") + " "
            if heading.count < width { heading += String(repeating: "─", count: width - heading.count) }
            out.append(heading)
            for item in section.items {
                let number = item.turn.map { String($0) } ?? ""
                let gutter = number.padding(toLength: 4, withPad: " ", startingAt: 0)
                let label = (item.speaker == .system ? "" : who(item.speaker, timeline) + ":").padding(toLength: 11, withPad: " ", startingAt: 0)
                let lines = wrap(safe(item.text), width: width - 15, indent: "")
                for (index, line) in lines.enumerated() {
                    out.append((index == 0 ? gutter + label : String(repeating: " ", count: 15)) + line)
                }
                for detail in item.details {
                    out += wrap("→ " + safe(detail), width: width - 15, indent: "  ").map { String(repeating: " ", count: 15) + $0 }
                }
                for comment in item.comments {
                    out += wrap("✎ \(safe(comment.coach ?? "coach")): \(safe(comment.text))", width: width - 6, indent: "  ").map { "      " + $0 }
                }
            }
        }
        if !timeline.orphanComments.isEmpty {
            out.append("")
            out.append("Comments on turns not in this transcript:")
            for comment in timeline.orphanComments { out += wrap("turn \(comment.turn) ✎ \(safe(comment.coach ?? "coach")): \(safe(comment.text))", width: width - 2, indent: "  ").map { "  " + $0 } }
        }
        if let card = timeline.scorecard {
            out.append("")
            out.append("Scorecard")
            for line in card.lines where line.weight > 0 {
                // Every turn, once and in order: a coach must never miss one.
                let turns = Array(Set(line.evidence)).sorted()
                let evidence = turns.isEmpty ? "" : " [turn\(turns.count == 1 ? "" : "s") " + turns.map(String.init).joined(separator: ", ") + "]"
                out += wrap("\(line.pointsLabel) \(line.item.title): \(safe(line.detail))\(evidence)", width: width - 2, indent: "           ").map { "  " + $0 }
            }
            out.append("Overall: \(card.overall)/100")
            for (index, advice) in card.advice.enumerated() { out += wrap("\(index + 1). \(safe(advice.text))", width: width - 2, indent: "   ").map { "  " + $0 } }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ timeline: CallTimeline) -> String {
        var out = ["# " + markdownEscaped(title(timeline)), ""]
        if !timeline.highlights.isEmpty { out += ["*" + timeline.highlights.map(markdownEscaped).joined(separator: " · ") + "*", ""] }
        for section in timeline.sections {
            out.append("## " + markdownEscaped(section.title) + (section.seconds.map { " (\(duration($0)))" } ?? ""))
            out.append("")
            for item in section.items {
                let number = item.turn.map { "**\($0)** " } ?? ""
                out.append("- \(number)*\(who(item.speaker, timeline))*: \(markdownEscaped(item.text))")
                for detail in item.details { out.append("  - → \(markdownEscaped(detail))") }
                for comment in item.comments { out.append("  - ✎ **\(markdownEscaped(comment.coach ?? "coach"))**: \(markdownEscaped(comment.text))") }
            }
            out.append("")
        }
        if let card = timeline.scorecard {
            out += ["## Scorecard", "", "| Item | Points | Detail | Turns |", "| --- | --- | --- | --- |"]
            for line in card.lines where line.weight > 0 {
                let points = line.applicable ? String(format: "%.1f / %d", line.points, line.weight) : "n/a"
                out.append("| \(line.item.title) | \(points) | \(markdownEscaped(line.detail)) | \(line.evidence.map(String.init).joined(separator: ", ")) |")
            }
            out += ["", "**Overall: \(card.overall)/100**", ""]
            for (index, advice) in card.advice.enumerated() { out.append("\(index + 1). \(markdownEscaped(advice.text))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func html(_ timeline: CallTimeline) -> String {
        let text = HTMLTemplates.text
        var values: [String: Any] = [
            "title": text(title(timeline)),
            "hasHighlights": !timeline.highlights.isEmpty,
            "highlights": text(timeline.highlights.joined(separator: " · ")),
            "sections": timeline.sections.map { section -> [String: Any] in
                [
                    "title": text(section.title), "hasDuration": section.seconds != nil, "duration": section.seconds.map(duration) ?? "",
                    "items": section.items.map { item -> [String: Any] in
                        ["turn": item.turn.map(String.init) ?? "", "who": who(item.speaker, timeline), "text": text(item.text),
                         "details": item.details.map(text),
                         "comments": item.comments.map { ["coach": text($0.coach ?? "coach"), "text": text($0.text)] }]
                    },
                ]
            },
            "hasScorecard": timeline.scorecard != nil,
        ]
        if let card = timeline.scorecard {
            values["overall"] = card.overall
            values["lines"] = card.lines.filter { $0.weight > 0 }.map { line -> [String: Any] in
                ["item": text(line.item.title), "points": line.applicable ? String(format: "%.1f / %d", line.points, line.weight) : "n/a",
                 "detail": text(line.detail), "turns": line.evidence.map(String.init).joined(separator: ", ")]
            }
            values["advice"] = card.advice.map { text($0.text) }
        }
        return HTMLPage.page(title: title(timeline), body: HTMLTemplates.render("timeline", values))
    }

    static func title(_ timeline: CallTimeline) -> String {
        let h = timeline.header
        var parts = [h.mode == .practice ? "Practice call" + (h.practice.map { " (\($0))" } ?? "") : "Live call"]
        if h.mode != .practice, let account = h.account { parts.append(safe(account)) }
        if let rep = h.rep { parts.append((h.mode == .practice ? "trainee " : "rep ") + safe(rep)) }
        parts.append(String(h.started.prefix(16)).replacingOccurrences(of: "T", with: " ") + " UTC")
        parts.append("playbook \(safe(h.playbook.id)) \(safe(h.playbook.version))")
        if let seed = h.seed { parts.append("seed \(seed)") }
        return "REVIEW — " + parts.joined(separator: " · ")
    }

    static func who(_ speaker: CallTimeline.Speaker, _ timeline: CallTimeline) -> String {
        switch speaker {
        case .rep: return "Rep"
        case .customer: return "Customer"
        case .trainee: return "Trainee"
        case .buyer: return "Buyer"
        case .note: return "Note"
        case .system: return "Event"
        }
    }

    static func safe(_ text: String) -> String { TerminalText.neutralised(text) }

    static func markdownEscaped(_ text: String) -> String { OutputText.markdown.safe(text) }

    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 1e12 else { return "?" }
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m \(total % 60)s" }
        return "\(total / 3600)h \(total % 3600 / 60)m"
    }

    /// Greedy word wrap; words longer than the width are cut.
    public static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        let width = max(10, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            // A word longer than the line is cut into pieces in one pass (counting a Substring
            // again for every piece made a 1 MB word take seconds).
            if word.utf8.count > width - indent.count, word.count > width - indent.count {
                if !current.isEmpty { lines.append(current); current = "" }
                let characters = Array(word)
                var start = 0
                while characters.count - start > width - indent.count {
                    let cut = width - (lines.isEmpty ? 0 : indent.count)
                    lines.append((lines.isEmpty ? "" : indent) + String(characters[start..<(start + cut)]))
                    start += cut
                }
                word = Substring(String(characters[start...]))
            }
            let prefix = current.isEmpty ? (lines.isEmpty ? "" : indent) : current + " "
            if (prefix + word).count > width && !current.isEmpty {
                lines.append(current)
                current = indent + word
            } else {
                current = prefix + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
