import Foundation

/// A `TeamReport` as text, JSON-ready values, or one self-contained HTML page with inline SVG
/// charts (bars for objections and drop-off, a line per trainee for score over time).
public enum ReportDocument {
    static func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "–" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%" }

    static func objectionRows(_ r: TeamReport) -> [(String, TeamReport.Tally)] {
        r.objections.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
    }

    static func closeRows(_ r: TeamReport) -> [(String, TeamReport.Tally)] {
        r.closes.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
    }

    static func unknownRows(_ r: TeamReport) -> [(Qualification, Int)] {
        r.unknownAtEnd.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
    }

    static func top(_ counts: [String: Int], _ n: Int) -> [(String, Int)] {
        Array(counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(n))
    }

    public static func text(_ r: TeamReport) -> String {
        let safe = { (s: String) in TerminalText.neutralised(s) }
        var out = ["TEAM REPORT — \(r.transcripts) transcript\(r.transcripts == 1 ? "" : "s"): \(r.liveCalls) live, \(r.practiceSessions) practice"]
        if !r.damaged.isEmpty {
            out.append("Damaged lines skipped: " + r.damaged.sorted { $0.key < $1.key }.map { "\(safe(($0.key as NSString).lastPathComponent)) \($0.value)" }.joined(separator: ", "))
        }
        for (file, why) in r.unreadable.sorted(by: { $0.key < $1.key }) { out.append("Not read: \(safe(file)): \(safe(why))") }
        out += ["", "Sessions by rep", "  " + "rep".padding(toLength: 24, withPad: " ", startingAt: 0) + "   live  practice"]
        for (rep, modes) in r.sessions.sorted(by: { $0.key < $1.key }) {
            out.append("  " + safe(rep).padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: " %6d %9d", modes["live"] ?? 0, modes["practice"] ?? 0))
        }
        if r.liveCalls > 0 {
            out += ["", "Live calls: stages reached (where calls stop)"]
            for (stage, calls) in r.reached {
                let stopped = r.lastStage[stage] ?? 0
                out.append("  " + safe(r.stageTitles[stage] ?? stage).padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%6d reached %6d stopped here (%@)", calls, stopped, percent(stopped, r.liveCalls)))
            }
            out += ["", "Qualification most often left unknown"]
            for (element, count) in unknownRows(r).prefix(8) { out.append("  " + element.label.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%6d calls (%@)", count, percent(count, r.liveCalls))) }
            out += ["", "Objections: raised, resolution rate"]
            for (id, t) in objectionRows(r) {
                out.append("  " + safe(id).padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%6d raised  %@ resolved  %d unresolved  %d open", t.count, percent(t.resolved, t.count), t.unresolved, t.count - t.resolved - t.unresolved))
            }
            out += ["", "Closes used and results"]
            for (id, t) in closeRows(r) { out.append("  " + safe(id).padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%6d used  %d won  %d lost", t.count, t.won, t.lost)) }
            out.append(String(format: "  outcomes: %d won, %d lost; next steps agreed in %d of %d calls (%@)", r.won, r.lost, r.nextSteps, r.liveCalls, percent(r.nextSteps, r.liveCalls)))
            let d = r.dealFigures
            if d.deals > 0 {
                out.append(String(format: "  deals (calls with --account): %d, %.1f calls per deal, %d won, %d lost", d.deals, d.callsPerDeal, d.won, d.lost)
                           + (d.medianDaysToOutcome.map { "; median \($0) days from first call to outcome" } ?? ""))
                let reached = r.stageOrder.compactMap { id in r.dealsReached[id].map { "\(r.stageTitles[id] ?? id) \($0)" } }
                if !reached.isEmpty { out.append("  deals reached (furthest stage of any call): " + reached.map(safe).joined(separator: ", ")) }
            }
            if !r.lostReasons.isEmpty { out.append("  lost because: " + top(r.lostReasons, 5).map { "\(safe($0.0)) (\($0.1))" }.joined(separator: "; ")) }
        }
        if r.practiceSessions > 0 {
            out += ["", String(format: "Practice: %d sessions, mean score %.0f", r.practiceSessions, r.scores.value)]
            out.append("  score distribution: " + r.scoreBuckets.enumerated().map { "\($0.offset * 10)s:\($0.element)" }.joined(separator: " "))
            out.append("  trend by trainee (mean score per day):")
            for (trainee, days) in r.trend.sorted(by: { $0.key < $1.key }) {
                let points = days.sorted { $0.key < $1.key }
                out.append("    " + safe(trainee).padding(toLength: 18, withPad: " ", startingAt: 0) + points.suffix(8).map { "\($0.key.suffix(5)) \(Int($0.value.value.rounded()))" }.joined(separator: "  "))
            }
            if !r.missedFacts.isEmpty { out.append("  most missed facts: " + top(r.missedFacts, 6).map { "\(safe($0.0)) (\($0.1))" }.joined(separator: ", ")) }
            let weakest = r.rubricItems.sorted { $0.value.value < $1.value.value }.prefix(3)
            if !weakest.isEmpty { out.append("  weakest rubric items: " + weakest.map { "\(Rubric.Item(rawValue: $0.key)?.title ?? $0.key) \(Int(($0.value.value * 100).rounded()))%" }.joined(separator: ", ")) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ r: TeamReport) -> [String: Any] {
        [
            "transcripts": r.transcripts, "liveCalls": r.liveCalls, "practiceSessions": r.practiceSessions,
            "damagedLines": r.damaged, "unreadable": r.unreadable, "sessions": r.sessions,
            "stages": r.reached.map { ["stage": $0.stage, "title": r.stageTitles[$0.stage] ?? $0.stage, "reached": $0.calls, "stopped": r.lastStage[$0.stage] ?? 0] as [String: Any] },
            "unknownQualification": Dictionary(uniqueKeysWithValues: r.unknownAtEnd.map { ($0.key.rawValue, $0.value) }),
            "objections": Dictionary(uniqueKeysWithValues: r.objections.map { ($0.key, ["raised": $0.value.count, "resolved": $0.value.resolved, "unresolved": $0.value.unresolved]) }),
            "closes": Dictionary(uniqueKeysWithValues: r.closes.map { ($0.key, ["used": $0.value.count, "won": $0.value.won, "lost": $0.value.lost]) }),
            "won": r.won, "lost": r.lost, "lostReasons": r.lostReasons, "nextSteps": r.nextSteps,
            "deals": ["count": r.dealFigures.deals, "callsPerDeal": r.dealFigures.callsPerDeal, "won": r.dealFigures.won, "lost": r.dealFigures.lost,
                      "medianDaysToOutcome": r.dealFigures.medianDaysToOutcome.map { $0 as Any } ?? NSNull(), "reached": r.dealsReached],
            "practice": [
                "meanScore": (r.scores.value * 10).rounded() / 10, "scoreBuckets": r.scoreBuckets, "missedFacts": r.missedFacts,
                "rubricItems": r.rubricItems.mapValues { ($0.value * 1000).rounded() / 1000 },
                "trend": r.trend.mapValues { days in days.sorted { $0.key < $1.key }.map { ["day": $0.key, "score": ($0.value.value * 10).rounded() / 10, "sessions": $0.value.count] as [String: Any] } },
            ] as [String: Any],
        ]
    }

    // MARK: HTML

    static let palette = ["#2f6fde", "#e07a10", "#2a9d5b", "#c2410c", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"]

    /// Horizontal bars, one per row, labelled, with the value at the end.
    static func bars(_ rows: [(label: String, value: Int, note: String)], color: String) -> String {
        guard let maximum = rows.map(\.value).max(), maximum > 0 else { return "<p class=\"muted\">Nothing to show yet.</p>" }
        let rowHeight = 24, labelWidth = 230, barWidth = 280, height = rows.count * rowHeight + 8
        var svg = "<svg role=\"img\" width=\"100%\" viewBox=\"0 0 \(labelWidth + barWidth + 150) \(height)\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            let width = max(2, Int(Double(barWidth) * Double(row.value) / Double(maximum)))
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLPage.escaped(row.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\" rx=\"2\" fill=\"\(color)\"><title>\(HTMLPage.escaped(row.label)): \(row.value)</title></rect>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(row.value)\(row.note.isEmpty ? "" : " · " + HTMLPage.escaped(row.note))</text>"
        }
        return svg + "</svg>"
    }

    /// One line per trainee: mean score per day over time, with a legend.
    static func trendChart(_ trend: [String: [String: TeamReport.Mean]]) -> String {
        let days = Set(trend.values.flatMap(\.keys)).sorted()
        guard !days.isEmpty else { return "<p class=\"muted\">No practice sessions yet.</p>" }
        let width = 640, height = 260, left = 40, right = 20, top = 12, bottom = 40
        let plotW = width - left - right, plotH = height - top - bottom
        func x(_ day: String) -> Int { days.count == 1 ? left + plotW / 2 : left + plotW * days.firstIndex(of: day)! / (days.count - 1) }
        func y(_ score: Double) -> Int { top + plotH - Int(Double(plotH) * min(100, max(0, score)) / 100) }
        var svg = "<svg role=\"img\" width=\"100%\" viewBox=\"0 0 \(width + 170) \(height)\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"
        for tick in stride(from: 0, through: 100, by: 25) {
            svg += "<line x1=\"\(left)\" x2=\"\(left + plotW)\" y1=\"\(y(Double(tick)))\" y2=\"\(y(Double(tick)))\" stroke=\"#eceff3\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y(Double(tick)) + 4)\" text-anchor=\"end\">\(tick)</text>"
        }
        let labelled = days.count <= 8 ? days : stride(from: 0, to: days.count, by: max(1, days.count / 6)).map { days[$0] }
        for day in labelled { svg += "<text x=\"\(x(day))\" y=\"\(height - 14)\" text-anchor=\"middle\">\(day.suffix(5))</text>" }
        for (index, (trainee, points)) in trend.sorted(by: { $0.key < $1.key }).enumerated() {
            let color = palette[index % palette.count]
            let sorted = points.sorted { $0.key < $1.key }
            let path = sorted.map { "\(x($0.key)),\(y($0.value.value))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\" points=\"\(path)\"/>"
            for point in sorted {
                svg += "<circle cx=\"\(x(point.key))\" cy=\"\(y(point.value.value))\" r=\"3.5\" fill=\"\(color)\"><title>\(HTMLPage.escaped(trainee)) \(point.key): \(Int(point.value.value.rounded()))</title></circle>"
            }
            svg += "<rect x=\"\(width + 10)\" y=\"\(top + index * 20)\" width=\"12\" height=\"12\" fill=\"\(color)\"/><text x=\"\(width + 28)\" y=\"\(top + index * 20 + 11)\">\(HTMLPage.escaped(trainee))</text>"
        }
        return svg + "</svg>"
    }

    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var html = "<table><tr>" + headers.enumerated().map { "<th\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\(HTMLPage.escaped($0.element))</th>" }.joined() + "</tr>"
        for row in rows {
            html += "<tr>" + row.enumerated().map { "<td\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\(HTMLPage.escaped($0.element))</td>" }.joined() + "</tr>"
        }
        return html + "</table>"
    }

    public static func html(_ r: TeamReport, generated: String) -> String {
        var body = "<h1>Team report</h1><p class=\"muted\">\(r.transcripts) transcripts · \(r.liveCalls) live calls · \(r.practiceSessions) practice sessions · generated \(HTMLPage.escaped(generated))</p>"
        if !r.damaged.isEmpty {
            body += "<p class=\"muted\">Damaged lines skipped: " + r.damaged.sorted { $0.key < $1.key }.map { "\(HTMLPage.escaped(($0.key as NSString).lastPathComponent)) (\($0.value))" }.joined(separator: ", ") + "</p>"
        }
        body += "<h2>Sessions by rep</h2>" + table(["Rep", "Live", "Practice"], r.sessions.sorted { $0.key < $1.key }.map { [$0.key, "\($0.value["live"] ?? 0)", "\($0.value["practice"] ?? 0)"] }, numeric: [1, 2])
        if r.liveCalls > 0 {
            body += "<h2>Live calls</h2><div class=\"grid\"><div class=\"card\"><h3>Where calls stop</h3>"
            body += bars(r.stageOrder.map { (r.stageTitles[$0] ?? $0, r.lastStage[$0] ?? 0, percent(r.lastStage[$0] ?? 0, r.liveCalls)) }, color: "#c2410c")
            body += "</div><div class=\"card\"><h3>Objections raised</h3>"
            body += bars(objectionRows(r).prefix(12).map { ($0.0, $0.1.count, "\(percent($0.1.resolved, $0.1.count)) resolved") }, color: "#2f6fde")
            body += "</div></div>"
            body += "<h3>Stages reached</h3>" + table(["Stage", "Reached", "Stopped here"], r.reached.map { [r.stageTitles[$0.stage] ?? $0.stage, "\($0.calls)", "\(r.lastStage[$0.stage] ?? 0)"] }, numeric: [1, 2])
            body += "<h3>Objection resolution</h3>" + table(["Objection", "Raised", "Resolved", "Unresolved", "Rate"], objectionRows(r).map { [$0.0, "\($0.1.count)", "\($0.1.resolved)", "\($0.1.unresolved)", percent($0.1.resolved, $0.1.count)] }, numeric: [1, 2, 3, 4])
            body += "<h3>Qualification most often left unknown</h3>" + table(["Element", "Calls", "Share"], unknownRows(r).map { [$0.0.label, "\($0.1)", percent($0.1, r.liveCalls)] }, numeric: [1, 2])
            body += "<h3>Closes and results</h3>" + table(["Close", "Used", "Won", "Lost"], closeRows(r).map { [$0.0, "\($0.1.count)", "\($0.1.won)", "\($0.1.lost)"] }, numeric: [1, 2, 3])
            body += "<p>Outcomes: \(r.won) won, \(r.lost) lost. Next steps agreed in \(r.nextSteps) of \(r.liveCalls) calls (\(percent(r.nextSteps, r.liveCalls))).</p>"
            let d = r.dealFigures
            if d.deals > 0 {
                body += "<p>Deals (calls with an account): \(d.deals), \(String(format: "%.1f", d.callsPerDeal)) calls per deal, \(d.won) won, \(d.lost) lost"
                    + (d.medianDaysToOutcome.map { "; median \($0) days from first call to outcome" } ?? "") + ".</p>"
            }
        }
        if r.practiceSessions > 0 {
            body += "<h2>Practice</h2><p>\(r.practiceSessions) sessions, mean score \(Int(r.scores.value.rounded()))/100.</p><div class=\"card\"><h3>Score over time, by trainee</h3>" + trendChart(r.trend) + "</div><div class=\"grid\">"
            body += "<div class=\"card\"><h3>Score distribution</h3>" + bars(r.scoreBuckets.enumerated().map { ("\($0.offset * 10)–\($0.offset == 9 ? 100 : $0.offset * 10 + 9)", $0.element, "") }, color: "#2a9d5b") + "</div></div>"
            body += "<h3>Most missed facts</h3>" + table(["Fact", "Sessions"], top(r.missedFacts, 10).map { [$0.0, "\($0.1)"] }, numeric: [1])
            body += "<h3>Rubric items, weakest first</h3>" + table(["Item", "Mean score"], r.rubricItems.sorted { $0.value.value < $1.value.value }.map { [Rubric.Item(rawValue: $0.key)?.title ?? $0.key, "\(Int(($0.value.value * 100).rounded()))%"] }, numeric: [1])
        }
        return HTMLPage.page(title: "Rapport team report", body: body)
    }
}
