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

    /// `12 min`, `1 h 05 min`, `40 s`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        let minutes = total / 60
        return minutes < 60 ? "\(minutes) min" : String(format: "%d h %02d min", minutes / 60, minutes % 60)
    }

    /// Per-rep live figures, by rep name.
    static func repRows(_ r: TeamReport) -> [(rep: String, figures: TeamReport.RepFigures)] {
        r.reps.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func repColumns(_ f: TeamReport.RepFigures) -> [String] {
        ["\(f.calls)", f.length.count == 0 ? "–" : duration(f.length.value),
         f.qualification.count == 0 ? "–" : "\(Int((f.qualification.value * 100).rounded()))%",
         "\(f.objectionsRaised)", percent(f.objectionsResolved, f.objectionsRaised), "\(f.closesUsed)", "\(f.won)/\(f.lost)", percent(f.nextSteps, f.calls)]
    }
    static let repHeaders = ["Rep", "Calls", "Avg length", "Qualified", "Objections", "Resolved", "Closes", "Won/lost", "Next step"]

    static func weekRows(_ r: TeamReport) -> [(week: String, figures: TeamReport.WeekFigures)] {
        r.weeks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The calls shown in text: the most recent first.
    static let textCallLimit = 40

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
        if r.emptySessions > 0 { out.append("Empty sessions left out: \(r.emptySessions)") }
        out += ["", "Sessions by rep", "  " + "rep".padding(toLength: 24, withPad: " ", startingAt: 0) + "   live  practice"]
        for (rep, modes) in r.sessions.sorted(by: { $0.key < $1.key }) {
            out.append("  " + safe(rep).padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: " %6d %9d", modes["live"] ?? 0, modes["practice"] ?? 0))
        }
        if r.liveCalls > 0 {
            out += ["", "Live calls by rep", "  " + repHeaders.enumerated().map { $0.offset == 0 ? $0.element.padding(toLength: 18, withPad: " ", startingAt: 0) : $0.element }.joined(separator: "  ")]
            for (rep, figures) in repRows(r) {
                let columns = repColumns(figures)
                out.append("  " + safe(rep).padding(toLength: 18, withPad: " ", startingAt: 0) + "  "
                           + zip(repHeaders.dropFirst(), columns).map { header, value in String(repeating: " ", count: max(0, header.count - value.count)) + value }.joined(separator: "  "))
            }
            out += ["", "Live calls: stages reached, time spent, where calls stop (ended there with no outcome)"]
            for (stage, calls) in r.reached {
                let stopped = r.stopped[stage] ?? 0
                let time = r.stageSeconds[stage].map { $0.count == 0 ? "" : "  " + duration($0.value) + " a call" } ?? ""
                out.append("  " + safe(r.stageTitles[stage] ?? stage).padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%6d reached %6d stopped here (%@)", calls, stopped, percent(stopped, r.liveCalls)) + time)
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
        if !r.weeks.isEmpty {
            out += ["", "By week", "  week        live calls  next step  won  lost  practice (mean score)"]
            for (week, f) in weekRows(r).suffix(12) {
                out.append("  " + week.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "  %10d  %@  %3d  %4d  %@", f.calls, String(repeating: " ", count: max(0, 9 - percent(f.nextSteps, f.calls).count)) + percent(f.nextSteps, f.calls), f.won, f.lost,
                                                                                              f.practice.count == 0 ? "–" : "\(Int(f.practice.value.rounded())) (\(f.practice.count))"))
            }
        }
        if r.practiceSessions > 0 {
            out += ["", String(format: "Practice: %d sessions, mean score %.0f", r.practiceSessions, r.scores.value)]
            out.append("  score distribution: " + r.scoreBuckets.enumerated().map { "\($0.offset * 10)s:\($0.element)" }.joined(separator: " "))
            out.append("  trend by trainee (mean score per week):")
            for (trainee, weeks) in r.trendByWeek.sorted(by: { $0.key < $1.key }) {
                let points = weeks.sorted { $0.key < $1.key }
                out.append("    " + safe(trainee).padding(toLength: 18, withPad: " ", startingAt: 0) + points.suffix(8).map { "\($0.key.suffix(3)) \(Int($0.value.value.rounded()))" }.joined(separator: "  "))
            }
            if !r.missedFacts.isEmpty { out.append("  most missed facts: " + top(r.missedFacts, 6).map { "\(safe($0.0)) (\($0.1))" }.joined(separator: ", ")) }
            let weakest = weakestRubricItems(r).prefix(3)
            if !weakest.isEmpty { out.append("  weakest rubric items: " + weakest.map { "\(Rubric.Item(rawValue: $0.key)?.title ?? $0.key) \(Int(($0.value.value * 100).rounded()))%" }.joined(separator: ", ")) }
        }
        if !r.calls.isEmpty {
            let recent = r.calls.sorted { $0.started > $1.started }
            out += ["", "Calls, most recent first (review each with: rapport review FILE)"]
            for call in recent.prefix(textCallLimit) {
                out.append("  " + callLine(call).map(safe).joined(separator: " · "))
                for comment in call.comments { out.append("      turn \(comment.turn)\(comment.coach.map { " (\(safe($0)))" } ?? ""): \(safe(comment.text))") }
            }
            if recent.count > textCallLimit { out.append("  … \(recent.count - textCallLimit) more: --format json lists every call") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A call's row in words: when, who, which account or persona, how it ended, the file.
    static func callLine(_ call: TeamReport.CallRow) -> [String] {
        var parts = [call.started.prefix(16).replacingOccurrences(of: "T", with: " "), call.mode.rawValue, call.rep ?? "(no rep)"]
        if let account = call.account, account != call.reached { parts.append(account) }
        if call.mode == .practice {
            if let persona = call.reached { parts.append("with \(persona)") }
            if let score = call.score { parts.append("\(score)/100") }
        } else {
            parts.append(call.outcome ?? (call.reached.map { "stopped in \($0)" } ?? "no outcome"))
            if call.nextStep { parts.append("next step agreed") }
        }
        if let seconds = call.seconds { parts.append(duration(seconds)) }
        parts.append(call.file)
        return parts
    }

    /// The calls list, newest first, written to `out` one row at a time (a report may hold a
    /// hundred thousand calls: no array of rows, no joined copy, no sorting of dictionary
    /// keys) and handed to `flush` whenever it holds `every` bytes or more, after a whole row.
    static func writeCallsJSON(_ r: TeamReport, to out: inout String, every limit: Int, flush: (inout String) throws -> Void) rethrows {
        func q(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
        func object(_ pairs: [(String, String)]) -> String { "{" + pairs.map { "\(JSONText.quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}" }
        out += "[\n"
        for (index, call) in r.calls.sorted(by: { $0.started > $1.started }).enumerated() {
            if out.utf8.count >= limit { try flush(&out) }
            if index > 0 { out += ",\n" }
            out += "    {\"file\":" + q(call.file) + ",\"started\":" + q(call.started) + ",\"mode\":" + q(call.mode.rawValue) + ",\"rep\":" + q(call.rep)
            out += ",\"account\":" + q(call.account) + ",\"outcome\":" + q(call.outcome) + ",\"reached\":" + q(call.reached)
            out += ",\"nextStep\":" + (call.nextStep ? "true" : "false") + ",\"score\":" + (call.score.map(String.init) ?? "null")
            out += ",\"seconds\":" + (call.seconds.map { JSONText.number(ReportDocument.rounded($0, scale: 10)) } ?? "null")
            out += ",\"comments\":[" + call.comments.map { object([("turn", String($0.turn)), ("coach", q($0.coach)), ("at", q($0.at)), ("text", q($0.text))]) }.joined(separator: ",") + "]"
            out += ",\"reading\":" + (call.readingJSON ?? "null") + "}"
        }
        out += "\n  ]"
    }

    /// A call's reading as the calls list writes it (keys sorted): the team store keeps it so.
    public static func readingJSON(_ reading: CallReading) -> String {
        func q(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
        return "{\"fields\":{" + reading.fields.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ":" + q($0.value) }.joined(separator: ",")
            + "},\"objections\":{" + reading.objections.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ":" + q($0.value) }.joined(separator: ",")
            + "},\"outcome\":" + q(reading.outcome) + "}"
    }

    /// The whole report as JSON text: the figures (sorted keys) and the calls list.
    /// A mean to `1/scale`, halves rounded up even when the sum that made it came out a hair
    /// below (sums in another order, as the team store's, differ in the last bits).
    public static func rounded(_ value: Double, scale: Double) -> Double {
        (value * scale + 1e-6).rounded() / scale
    }

    public static func jsonText(_ r: TeamReport) throws -> String {
        var text = ""
        try writeJSON(r, every: Int.max) { text += $0 }
        return text
    }

    /// The whole report as JSON, handed to `write` in pieces of about `every` bytes, each ending
    /// after a whole row of the calls list: a report of many calls is never held as one text.
    public static func writeJSON(_ r: TeamReport, every limit: Int = 1 << 16, write: (String) throws -> Void) throws {
        let data = try JSONSerialization.data(withJSONObject: json(r), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        var text = String(decoding: data, as: UTF8.self)
        // The calls go in last, before the closing brace.
        guard let close = text.lastIndex(of: "}") else { return try write(text + "\n") }
        text = String(text[..<close]).trimmingCharacters(in: .whitespacesAndNewlines) + ",\n  \"calls\" : "
        if limit < Int.max { text.reserveCapacity(limit + 4096) } else { text.reserveCapacity(text.utf8.count + r.calls.count * 400) }
        try writeCallsJSON(r, to: &text, every: limit) { piece in
            try write(piece)
            piece.removeAll(keepingCapacity: true)
        }
        text += "\n}\n"
        try write(text)
    }

    public static func json(_ r: TeamReport) -> [String: Any] {
        [
            "emptySessions": r.emptySessions,
            "reps": Dictionary(uniqueKeysWithValues: r.reps.map { rep, f in
                (rep, ["calls": f.calls, "meanSeconds": ReportDocument.rounded(f.length.value, scale: 10), "qualification": ReportDocument.rounded(f.qualification.value, scale: 1000),
                       "objectionsRaised": f.objectionsRaised, "objectionsResolved": f.objectionsResolved, "closesUsed": f.closesUsed,
                       "won": f.won, "lost": f.lost, "nextSteps": f.nextSteps] as [String: Any])
            }),
            "weeks": Dictionary(uniqueKeysWithValues: r.weeks.map { week, f in
                (week, ["calls": f.calls, "nextSteps": f.nextSteps, "won": f.won, "lost": f.lost,
                        "practiceSessions": f.practice.count, "practiceMean": ReportDocument.rounded(f.practice.value, scale: 10)] as [String: Any])
            }),
            "stageSeconds": r.stageSeconds.mapValues { (ReportDocument.rounded($0.value, scale: 10)) },
            "transcripts": r.transcripts, "liveCalls": r.liveCalls, "practiceSessions": r.practiceSessions,
            "damagedLines": r.damaged, "unreadable": r.unreadable, "sessions": r.sessions,
            "stages": r.reached.map { ["stage": $0.stage, "title": r.stageTitles[$0.stage] ?? $0.stage, "reached": $0.calls, "stopped": r.stopped[$0.stage] ?? 0,
                                       "meanSeconds": r.stageSeconds[$0.stage].map { ReportDocument.rounded($0.value, scale: 10) as Any } ?? NSNull()] as [String: Any] },
            "unknownQualification": Dictionary(uniqueKeysWithValues: r.unknownAtEnd.map { ($0.key.rawValue, $0.value) }),
            "objections": Dictionary(uniqueKeysWithValues: r.objections.map { ($0.key, ["raised": $0.value.count, "resolved": $0.value.resolved, "unresolved": $0.value.unresolved]) }),
            "closes": Dictionary(uniqueKeysWithValues: r.closes.map { ($0.key, ["used": $0.value.count, "won": $0.value.won, "lost": $0.value.lost]) }),
            "won": r.won, "lost": r.lost, "lostReasons": r.lostReasons, "nextSteps": r.nextSteps,
            "deals": ["count": r.dealFigures.deals, "callsPerDeal": r.dealFigures.callsPerDeal, "won": r.dealFigures.won, "lost": r.dealFigures.lost,
                      "medianDaysToOutcome": r.dealFigures.medianDaysToOutcome.map { $0 as Any } ?? NSNull(), "reached": r.dealsReached],
            "practice": [
                "meanScore": ReportDocument.rounded(r.scores.value, scale: 10), "scoreBuckets": r.scoreBuckets, "missedFacts": r.missedFacts,
                "rubricItems": r.rubricItems.mapValues { ReportDocument.rounded($0.value, scale: 1000) },
                "trend": r.trend.mapValues { days in days.sorted { $0.key < $1.key }.map { ["day": $0.key, "score": ReportDocument.rounded($0.value.value, scale: 10), "sessions": $0.value.count] as [String: Any] } },
                "trendByWeek": r.trendByWeek.mapValues { weeks in weeks.sorted { $0.key < $1.key }.map { ["week": $0.key, "score": ReportDocument.rounded($0.value.value, scale: 10), "sessions": $0.value.count] as [String: Any] } },
            ] as [String: Any],
        ]
    }

    // MARK: HTML

    static let palette = ["#2f6fde", "#e07a10", "#2a9d5b", "#c2410c", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"]

    /// Horizontal bars, one per row, labelled, with the value at the end.
    static func bars(_ rows: [(label: String, value: Int, note: String)], color: String) -> String {
        let maximum = rows.map(\.value).max() ?? 0
        let rowHeight = 24, labelWidth = 230, barWidth = 280
        let text = HTMLTemplates.text
        return HTMLTemplates.render("bars", [
            "empty": maximum <= 0, "viewWidth": labelWidth + barWidth + 150, "height": rows.count * rowHeight + 8, "color": color,
            "rows": rows.enumerated().map { index, row -> [String: Any] in
                let y = index * rowHeight + 4
                let width = max(2, Int(Double(barWidth) * Double(row.value) / Double(max(1, maximum))))
                return ["labelX": labelWidth - 8, "textY": y + 15, "label": text(row.label), "barX": labelWidth, "rectY": y + 3, "width": width,
                        "value": row.value, "valueX": labelWidth + width + 6, "hasNote": !row.note.isEmpty, "note": text(row.note)]
            },
        ])
    }

    /// One line per trainee: mean score per day over time, with a legend.
    static func trendChart(_ trend: [String: [String: TeamReport.Mean]]) -> String {
        let days = Set(trend.values.flatMap(\.keys)).sorted()
        let width = 640, height = 260, left = 40, right = 20, top = 12, bottom = 40
        let plotW = width - left - right, plotH = height - top - bottom
        func x(_ day: String) -> Int { days.count == 1 ? left + plotW / 2 : left + plotW * days.firstIndex(of: day)! / (days.count - 1) }
        func y(_ score: Double) -> Int { top + plotH - Int(Double(plotH) * min(100, max(0, score)) / 100) }
        let labelled = days.count <= 8 ? days : stride(from: 0, to: days.count, by: max(1, days.count / 6)).map { days[$0] }
        let text = HTMLTemplates.text
        return HTMLTemplates.render("trend", [
            "empty": days.isEmpty, "viewWidth": width + 170, "height": height,
            "ticks": stride(from: 0, through: 100, by: 25).map { tick -> [String: Any] in
                ["x1": left, "x2": left + plotW, "y": y(Double(tick)), "labelX": left - 6, "labelY": y(Double(tick)) + 4, "tick": tick]
            },
            "days": labelled.map { ["x": x($0), "y": height - 14, "label": text(String($0.suffix(5)))] as [String: Any] },
            "series": trend.sorted(by: { $0.key < $1.key }).enumerated().map { index, entry -> [String: Any] in
                let sorted = entry.value.sorted { $0.key < $1.key }
                return [
                    "color": palette[index % palette.count], "trainee": text(entry.key),
                    "points": sorted.map { "\(x($0.key)),\(y($0.value.value))" }.joined(separator: " "),
                    "dots": sorted.map { ["x": x($0.key), "y": y($0.value.value), "day": text($0.key), "score": Int($0.value.value.rounded())] as [String: Any] },
                    "legendX": width + 10, "legendY": top + index * 20, "legendTextX": width + 28, "legendTextY": top + index * 20 + 11,
                ]
            },
        ])
    }

    /// Rubric items, weakest first; items with the same mean in the order of their names, so
    /// the report reads the same every time it is made.
    static func weakestRubricItems(_ r: TeamReport) -> [(key: String, value: TeamReport.Mean)] {
        r.rubricItems.sorted { $0.value.value != $1.value.value ? $0.value.value < $1.value.value : $0.key < $1.key }
    }

    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        HTMLTemplates.render("table", HTMLTemplates.tableValues(headers, rows, numeric: numeric))
    }

    /// Calls per week and the next-step rate, and practice's mean score, as a table.
    static func weekTable(_ r: TeamReport) -> String {
        table(["Week", "Live calls", "Next step", "Won", "Lost", "Practice sessions", "Practice mean"],
              weekRows(r).map { week, f in
                  [week, "\(f.calls)", percent(f.nextSteps, f.calls), "\(f.won)", "\(f.lost)", "\(f.practice.count)", f.practice.count == 0 ? "–" : "\(Int(f.practice.value.rounded()))"]
              }, numeric: [1, 2, 3, 4, 5, 6])
    }

    /// `links`: a call's file → the relative address of its review page, when written.
    public static func html(_ r: TeamReport, generated: String, links: [String: String] = [:]) -> String {
        let text = HTMLTemplates.text
        let d = r.dealFigures
        var values: [String: Any] = [
            "transcripts": r.transcripts, "liveCalls": r.liveCalls, "practiceSessions": r.practiceSessions, "generated": text(generated),
            "hasDamaged": !r.damaged.isEmpty,
            "damaged": text(r.damaged.sorted { $0.key < $1.key }.map { "\(($0.key as NSString).lastPathComponent) (\($0.value))" }.joined(separator: ", ")),
            "hasEmpty": r.emptySessions > 0, "emptySessions": r.emptySessions,
            "sessionsTable": table(["Rep", "Live", "Practice"], r.sessions.sorted { $0.key < $1.key }.map { [$0.key, "\($0.value["live"] ?? 0)", "\($0.value["practice"] ?? 0)"] }, numeric: [1, 2]),
            "hasLive": r.liveCalls > 0, "hasWeeks": !r.weeks.isEmpty, "hasPractice": r.practiceSessions > 0, "hasCalls": !r.calls.isEmpty,
            "won": r.won, "lost": r.lost, "nextSteps": r.nextSteps, "nextStepRate": percent(r.nextSteps, r.liveCalls),
            "hasDeals": d.deals > 0, "deals": d.deals, "callsPerDeal": String(format: "%.1f", d.callsPerDeal), "dealsWon": d.won, "dealsLost": d.lost,
            "hasMedian": d.medianDaysToOutcome != nil, "median": d.medianDaysToOutcome.map { "\($0)" } ?? "",
        ]
        if r.liveCalls > 0 {
            values["repsTable"] = table(repHeaders, repRows(r).map { [$0.rep] + repColumns($0.figures) }, numeric: Set(1..<repHeaders.count))
            values["stopBars"] = bars(r.stageOrder.map { (r.stageTitles[$0] ?? $0, r.stopped[$0] ?? 0, percent(r.stopped[$0] ?? 0, r.liveCalls)) }, color: "#c2410c")
            values["objectionBars"] = bars(objectionRows(r).prefix(12).map { ($0.0, $0.1.count, "\(percent($0.1.resolved, $0.1.count)) resolved") }, color: "#2f6fde")
            values["stagesTable"] = table(["Stage", "Reached", "Stopped here", "Time a call"], r.reached.map {
                [r.stageTitles[$0.stage] ?? $0.stage, "\($0.calls)", "\(r.stopped[$0.stage] ?? 0)", r.stageSeconds[$0.stage].map { duration($0.value) } ?? "–"]
            }, numeric: [1, 2, 3])
            values["objectionsTable"] = table(["Objection", "Raised", "Resolved", "Unresolved", "Rate"], objectionRows(r).map {
                [$0.0, "\($0.1.count)", "\($0.1.resolved)", "\($0.1.unresolved)", percent($0.1.resolved, $0.1.count)]
            }, numeric: [1, 2, 3, 4])
            values["unknownTable"] = table(["Element", "Calls", "Share"], unknownRows(r).map { [$0.0.label, "\($0.1)", percent($0.1, r.liveCalls)] }, numeric: [1, 2])
            values["closesTable"] = table(["Close", "Used", "Won", "Lost"], closeRows(r).map { [$0.0, "\($0.1.count)", "\($0.1.won)", "\($0.1.lost)"] }, numeric: [1, 2, 3])
        }
        if !r.weeks.isEmpty {
            values["weekBars"] = bars(weekRows(r).suffix(16).map { ($0.week, $0.figures.calls, "next step \(percent($0.figures.nextSteps, $0.figures.calls))") }, color: "#0891b2")
            values["weekTable"] = weekTable(r)
        }
        if r.practiceSessions > 0 {
            values["meanScore"] = Int(r.scores.value.rounded())
            values["trendChart"] = trendChart(r.trendByWeek)
            values["scoreBars"] = bars(r.scoreBuckets.enumerated().map { ("\($0.offset * 10)–\($0.offset == 9 ? 100 : $0.offset * 10 + 9)", $0.element, "") }, color: "#2a9d5b")
            values["missedTable"] = table(["Fact", "Sessions"], top(r.missedFacts, 10).map { [$0.0, "\($0.1)"] }, numeric: [1])
            values["rubricTable"] = table(["Item", "Mean score"], weakestRubricItems(r).map {
                [Rubric.Item(rawValue: $0.key)?.title ?? $0.key, "\(Int(($0.value.value * 100).rounded()))%"]
            }, numeric: [1])
        }
        values["calls"] = r.calls.sorted(by: { $0.started > $1.started }).map { call -> [String: Any] in
            let who = call.mode == .practice ? call.reached.map { "with " + $0 } ?? "" : call.account ?? ""
            let result = call.mode == .practice ? call.score.map { "\($0)/100" } ?? ""
                : (call.outcome ?? (call.reached.map { "stopped in " + $0 } ?? "no outcome")) + (call.nextStep ? " · next step" : "")
            return [
                "started": text(call.started.prefix(16).replacingOccurrences(of: "T", with: " ")), "mode": text(call.mode.rawValue), "rep": text(call.rep ?? ""),
                "who": text(who), "result": text(result), "length": call.seconds.map { duration($0) } ?? "–",
                "hasLink": links[call.file] != nil, "link": text(links[call.file] ?? ""), "file": text(call.file),
                "comments": call.comments.map { ["turn": $0.turn, "hasCoach": $0.coach != nil, "coach": text($0.coach ?? ""), "text": text($0.text)] as [String: Any] },
            ]
        }
        return HTMLPage.page(title: "Rapport team report", body: HTMLTemplates.render("report", values))
    }
}
