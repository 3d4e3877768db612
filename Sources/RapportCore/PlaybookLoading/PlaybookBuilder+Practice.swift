import Mustache
import Yams

/// Practice: personas and the scoring rubric.
extension PlaybookBuilder {
    /// A line or a list of variant lines.
    mutating func variants(_ node: Node?, _ what: String) -> [String] {
        guard let node else { return [] }
        if case .sequence = node { return reader.strings(node, what) }
        return reader.string(node, what).map { [$0] } ?? []
    }

    /// The day a persona's facts are read against when the playbook is checked: they are only
    /// checked to read as their field's kind of value, so a fixed day makes a playbook check the
    /// same whenever it is loaded (the buyer reads them against the session's own day).
    static let checkingDay = CalendarDay(year: 2026, month: 1, day: 1)

    mutating func readPersonas(_ node: Node?, playbook: Playbook) -> [Persona] {
        var seen: Set<String> = []
        let parser = AnswerParser(today: Self.checkingDay)
        var personas: [Persona] = []
        for item in reader.list(node, "personas") {
            guard let map = reader.mapping(item, "a persona", known: ["id", "name", "role", "company", "difficulty", "temperament", "trust", "opening", "facts", "replies", "objections", "accepts", "negotiates"],
                                           required: ["id", "name", "role", "company", "difficulty", "opening", "facts", "accepts"]),
                let id = reader.identifier(map["id"], "persona id")
            else { continue }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate persona id '\(id)'") }
            var difficulty = Persona.Difficulty.medium
            if let text = reader.string(map["difficulty"], "difficulty") {
                if let parsed = Persona.Difficulty(rawValue: text) { difficulty = parsed } else {
                    reader.error(map["difficulty"], .persona, "difficulty must be easy, medium or hard, not '\(text)'")
                }
            }
            var trust = difficulty.startingTrust
            if let node = map["trust"] {
                if let text = reader.string(node, "trust"), let value = Int(text), (1...100).contains(value) { trust = value } else {
                    reader.error(node, .persona, "trust must be a whole number from 1 to 100")
                }
            }
            var facts: [PersonaFact] = []
            var factFields: Set<String> = []
            for factNode in reader.list(map["facts"], "facts") {
                guard let f = reader.mapping(factNode, "a fact", known: ["field", "value", "topics", "say", "volunteer"], required: ["field", "value", "topics", "say"]),
                    let fieldID = reader.identifier(f["field"], "field")
                else { continue }
                guard let field = playbook.field(fieldID) else {
                    reader.error(f["field"], .persona, "persona '\(id)': fact for unknown field '\(fieldID)'\(suggest(fieldID, Set(playbook.fields.map(\.id))))")
                    continue
                }
                if !factFields.insert(fieldID).inserted { reader.error(f["field"], .persona, "persona '\(id)' has two facts for '\(fieldID)'") }
                let value = reader.string(f["value"], "value") ?? ""
                if !value.isEmpty, field.type != .text, parser.parse(value, for: field) == nil {
                    reader.error(f["value"], .persona, "persona '\(id)': '\(value)' does not read as \(field.type.rawValue) for field '\(fieldID)'")
                }
                let topics = reader.strings(f["topics"], "topics")
                if topics.isEmpty { reader.error(f["topics"], .persona, "persona '\(id)': the fact for '\(fieldID)' needs topics, the words of questions that reveal it") }
                var volunteer = false
                if let v = f["volunteer"] {
                    switch reader.string(v, "volunteer") {
                    case "true", "yes": volunteer = true
                    case "false", "no": volunteer = false
                    default: reader.error(v, .persona, "volunteer must be true or false")
                    }
                }
                facts.append(PersonaFact(field: fieldID, value: value, topics: topics, say: variants(f["say"], "say"), volunteer: volunteer,
                                         location: reader.location(factNode)))
            }
            if facts.isEmpty, map["facts"] != nil { reader.error(map["facts"], .persona, "persona '\(id)' needs at least one fact to discover") }
            var replies = Persona.Replies(
                unknown: ["I'm not sure what you mean. Can you ask that another way?", "Sorry, I'm not following. What exactly do you want to know?",
                          "Can you put that differently? I'm not sure what you're asking."],
                // A closed question that asks about nothing the buyer knows gets no answer that
                // could be untrue ("Have you had other quotes?" is never a "yes" they did not give).
                closed: ["Depends what you mean.", "Hard to say — why do you ask?", "In what way?"],
                pitch: ["Okay. I'm not sure yet how that applies to us.", "Maybe. I'd need to see how that fits the way we work."],
                refuse: ["I'm not ready to commit to anything yet.", "Not yet — I'm not there."],
                walkAway: ["I don't think this is going anywhere. I have to go — thanks for your time."],
                neutral: ["Okay.", "Right.", "Go on."],
                monologue: ["Sorry — that was a lot. What is it you want to know?"])
            if let r = map["replies"], let rm = reader.mapping(r, "replies", known: ["unknown", "closed", "pitch", "refuse", "walk_away", "neutral", "monologue",
                                                                                 "agenda", "small_talk", "summary_agreed", "concern_again", "ask_day", "repeat_fact", "clarify", "no_fact", "implication", "need_payoff",
                                                                                 "reaction", "reaction_guarded", "reaction_so_far"]) {
                func take(_ key: String, _ keyPath: WritableKeyPath<Persona.Replies, [String]>) {
                    let lines = variants(rm[key], key)
                    if !lines.isEmpty { replies[keyPath: keyPath] = lines }
                }
                take("unknown", \.unknown)
                take("agenda", \.agenda)
                take("small_talk", \.smallTalk)
                take("summary_agreed", \.summaryAgreed)
                take("concern_again", \.concernAgain)
                take("ask_day", \.askDay)
                take("repeat_fact", \.repeatFact)
                take("implication", \.implication)
                take("need_payoff", \.needPayoff)
                take("reaction", \.reaction)
                take("reaction_guarded", \.reactionGuarded)
                take("reaction_so_far", \.reactionSoFar)
                take("clarify", \.clarify)
                take("no_fact", \.noFact)
                take("closed", \.closed)
                take("pitch", \.pitch)
                take("refuse", \.refuse)
                take("walk_away", \.walkAway)
                take("neutral", \.neutral)
                take("monologue", \.monologue)
            }
            var objections: [PersonaObjection] = []
            for objectionNode in reader.list(map["objections"], "objections") {
                guard let o = reader.mapping(objectionNode, "a persona objection", known: ["objection", "when", "say", "detail"], required: ["objection", "when", "say", "detail"]),
                    let objectionID = reader.identifier(o["objection"], "objection")
                else { continue }
                if playbook.objection(objectionID) == nil {
                    reader.error(o["objection"], .unknownObjection, "persona '\(id)' raises unknown objection '\(objectionID)'\(suggest(objectionID, Set(playbook.objections.map(\.id))))")
                }
                guard let when = reader.string(o["when"], "when") else { continue }
                let words = when.split(separator: " ").map(String.init)
                var trigger: PersonaObjection.Trigger?
                switch (words.first, words.count) {
                case ("pitch", 1): trigger = .pitch
                case ("price", 1): trigger = .price
                case ("close", 1): trigger = .close
                case ("early-close", 1): trigger = .earlyClose
                case ("monologue", 1): trigger = .monologue
                case ("revealed", 2):
                    if factFields.contains(words[1]) { trigger = .revealed(words[1]) } else {
                        reader.error(o["when"], .persona, "persona '\(id)': 'revealed \(words[1])' names no fact of this persona")
                        continue
                    }
                case ("turn", 2):
                    if let n = Int(words[1]), n > 0 { trigger = .turn(n) }
                default: break
                }
                guard let trigger else {
                    reader.error(o["when"], .persona, "when must be pitch, price, close, early-close, monologue, 'revealed FIELD' or 'turn N', not '\(when)'")
                    continue
                }
                objections.append(PersonaObjection(objection: objectionID, trigger: trigger, say: reader.string(o["say"], "say") ?? "",
                                                   detail: reader.string(o["detail"], "detail") ?? "", location: reader.location(objectionNode)))
            }
            var acceptance = CloseAcceptance(facts: max(1, facts.count / 2), requires: [], trust: 50, say: ["Alright, let's do it."], askDate: "When would we do that?")
            if let a = map["accepts"], let am = reader.mapping(a, "accepts", known: ["facts", "requires", "trust", "say", "ask_date"], required: ["say"]) {
                if let n = am["facts"] {
                    if let text = reader.string(n, "facts"), let value = Int(text), value >= 0, value <= facts.count { acceptance.facts = value } else {
                        reader.error(n, .persona, "accepts.facts must be a whole number from 0 to the number of facts (\(facts.count))")
                    }
                }
                if let n = am["trust"] {
                    if let text = reader.string(n, "trust"), let value = Int(text), (0...100).contains(value) { acceptance.trust = value } else {
                        reader.error(n, .persona, "accepts.trust must be a whole number from 0 to 100")
                    }
                }
                let requires = reader.list(am["requires"], "requires").compactMap { node -> String? in
                    guard let field = reader.identifier(node, "required fact") else { return nil }
                    if !factFields.contains(field) { reader.error(node, .persona, "persona '\(id)' requires fact '\(field)' but has no fact for it") }
                    return field
                }
                acceptance.requires = requires
                acceptance.say = variants(am["say"], "say")
                if let ask = am["ask_date"].flatMap({ reader.string($0, "ask_date") }) { acceptance.askDate = ask }
            }
            var bargaining: PersonaBargaining?
            if let n = map["negotiates"], let nm = reader.mapping(n, "negotiates", known: ["ask", "wants", "traded", "given", "held", "press"], required: ["ask", "wants"]) {
                var b = PersonaBargaining(ask: variants(nm["ask"], "ask"), wants: 10)
                if let text = nm["wants"].flatMap({ reader.string($0, "wants") }), let value = Double(text.replacingOccurrences(of: "%", with: "")), (0...100).contains(value) {
                    b.wants = value
                } else {
                    reader.error(nm["wants"], .persona, "persona '\(id)': negotiates.wants must be a discount in percent, 0 to 100")
                }
                if nm["traded"] != nil { b.traded = variants(nm["traded"], "traded") }
                if nm["given"] != nil { b.given = variants(nm["given"], "given") }
                if nm["held"] != nil { b.held = variants(nm["held"], "held") }
                if nm["press"] != nil { b.press = variants(nm["press"], "press") }
                bargaining = b
            }
            var persona = Persona(
                id: id, name: reader.string(map["name"], "name") ?? id, role: reader.string(map["role"], "role") ?? "",
                company: reader.string(map["company"], "company") ?? "", difficulty: difficulty,
                temperament: map["temperament"].flatMap { reader.string($0, "temperament") } ?? "", trust: trust,
                opening: reader.string(map["opening"], "opening") ?? "", facts: facts, replies: replies, objections: objections,
                acceptance: acceptance, location: reader.location(item))
            persona.bargaining = bargaining
            personas.append(persona)
        }
        return personas
    }

    mutating func readRubric(_ node: Node?) -> Rubric? {
        guard let node else { return nil }
        guard let map = reader.mapping(node, "rubric", known: Rubric.Item.allCases.map(\.rawValue)) else { return nil }
        var weights: [Rubric.Item: Int] = [:]
        for item in Rubric.Item.allCases {
            guard let n = map[item.rawValue] else { continue }
            if let text = reader.string(n, item.rawValue), let value = Int(text), value >= 0 { weights[item] = value } else {
                reader.error(n, .rubric, "rubric weight '\(item.rawValue)' must be a whole number of points, 0 or more")
            }
        }
        // Negotiation counts only in calls where the buyer bargains, on top of the hundred.
        let total = weights.filter { $0.key != .negotiation }.values.reduce(0, +)
        if total != 100 {
            reader.error(node, .rubric, "rubric weights must add up to 100, but they add up to \(total) (the item for bargaining, which counts only when the buyer bargains, aside)")
            return nil
        }
        if weights[.negotiation] == nil { weights[.negotiation] = Rubric.standard.weight(.negotiation) }
        return Rubric(weights: weights)
    }
}
