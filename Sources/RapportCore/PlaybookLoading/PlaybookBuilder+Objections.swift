import Mustache
import Yams

/// Objections with their rebuttals, closes, and battle cards.
extension PlaybookBuilder {
    mutating func readObjections(_ node: Node?) -> [Objection] {
        var seen: Set<String> = []
        return reader.list(node, "objections").compactMap { item in
            guard let map = reader.mapping(item, "an objection", known: ["id", "title", "phrases", "rebuttals"], required: ["id", "title", "phrases", "rebuttals"]),
                let id = reader.identifier(map["id"], "objection id")
            else { return nil }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate objection id '\(id)'") }
            let phrases = reader.lines(map["phrases"], "phrases")
            if phrases.isEmpty, map["phrases"] != nil, map["phrases"]?.scalar?.style == .literal || map["phrases"]?.sequence != nil { reader.error(map["phrases"], .incompleteObjection, "objection '\(id)' needs at least one phrase customers use") }
            let rebuttals: [Rebuttal] = reader.list(map["rebuttals"], "rebuttals").compactMap { r in
                guard let rm = reader.mapping(r, "a rebuttal", known: ["technique", "acknowledge", "explore", "respond", "check", "line"], required: ["technique"]),
                    let technique = reader.identifier(rm["technique"], "technique")
                else { return nil }
                let rebuttal = Rebuttal(technique: technique, acknowledge: rm["acknowledge"].flatMap { reader.string($0, "acknowledge") },
                                        explore: rm["explore"].flatMap { reader.string($0, "explore") },
                                        respond: rm["respond"].flatMap { reader.string($0, "respond") },
                                        check: rm["check"].flatMap { reader.string($0, "check") },
                                        line: rm["line"].flatMap { reader.string($0, "line") })
                if rebuttal.line == nil && rebuttal.respond == nil {
                    reader.error(r, .incompleteObjection, "a rebuttal needs a 'line', or 'acknowledge', 'explore' and 'respond' (LAER)")
                }
                for key in ["acknowledge", "explore", "respond", "check", "line"] {
                    if let n = rm[key], let text = n.scalar?.string { templates.append((text, n, "rebuttal of '\(id)'")) }
                }
                return rebuttal
            }
            if rebuttals.isEmpty, case .sequence? = map["rebuttals"] { reader.error(map["rebuttals"], .incompleteObjection, "objection '\(id)' needs at least one rebuttal") }
            return Objection(id: id, title: reader.string(map["title"], "title") ?? id, phrases: phrases, rebuttals: rebuttals, location: reader.location(item))
        }
    }

    mutating func readCloses(_ node: Node?) -> [Close] {
        var seen: Set<String> = []
        var closes: [Close] = []
        for item in reader.list(node, "closes") {
            guard let map = reader.mapping(item, "a close", known: ["id", "name", "when", "line", "hint"], required: ["id", "name", "line"]),
                let id = reader.identifier(map["id"], "close id")
            else { continue }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate close id '\(id)'") }
            let line = reader.string(map["line"], "line") ?? ""
            if let n = map["line"] { templates.append((line, n, "close '\(id)'")) }
            let when = map["when"].flatMap { reader.string($0, "when") }
            if let when, let n = map["when"] { pendingCloses.append((closes.count, when, n)) }
            closes.append(Close(id: id, name: reader.string(map["name"], "name") ?? id, condition: nil, conditionSource: when,
                                line: line, hint: map["hint"].flatMap { reader.string($0, "hint") }, location: reader.location(item)))
        }
        return closes
    }

    mutating func readCompetitors(_ node: Node?) -> [Competitor] {
        var seen: Set<String> = []
        var names: [String: String] = [:]
        var competitors: [Competitor] = []
        for item in reader.list(node, "competitors") {
            guard let map = reader.mapping(item, "a competitor", known: ["id", "name", "aliases", "we_win", "they_win", "trap"], required: ["id", "name"]),
                let id = reader.identifier(map["id"], "competitor id")
            else { continue }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate competitor id '\(id)'") }
            let name = reader.string(map["name"], "name") ?? id
            let aliases = reader.strings(map["aliases"], "aliases")
            for spelling in [name] + aliases {
                let key = CompetitorSpotter.key(spelling)
                if key.isEmpty {
                    reader.error(map["name"], .competitor, "competitor '\(id)': '\(spelling)' has no letters or digits to recognise")
                } else if let other = names[key], other != id {
                    reader.error(map["aliases"] ?? map["name"], .competitor, "competitor '\(id)': '\(spelling)' already names competitor '\(other)'")
                } else {
                    names[key] = id
                }
            }
            let weWin = reader.strings(map["we_win"], "we_win")
            let theyWin = reader.strings(map["they_win"], "they_win")
            let trap = map["trap"].flatMap { reader.string($0, "trap") }
            if weWin.isEmpty && trap == nil {
                reader.error(item, .competitor, "competitor '\(id)' needs 'we_win' points or a 'trap' question, or the card has nothing to say")
            }
            for key in ["we_win", "they_win", "trap"] {
                guard let n = map[key] else { continue }
                if let text = n.scalar?.string { templates.append((text, n, "card of '\(id)'")) }
                if case .sequence(let items) = n {
                    for entry in items { if let text = entry.scalar?.string { templates.append((text, entry, "card of '\(id)'")) } }
                }
            }
            competitors.append(Competitor(id: id, name: name, aliases: aliases, weWin: weWin, theyWin: theyWin, trap: trap, location: reader.location(item)))
        }
        return competitors
    }
}
