import Mustache
import Yams

/// Builds a `Playbook` from a composed YAML tree: reads each part, then checks every
/// reference (steps, fields, pains, choices, tags, template variables) and every condition.
struct PlaybookBuilder {
    var reader: YAMLReader
    let source: String

    /// Conditions are parsed once all fields are known.
    private var pendingBranches: [(stage: Int, step: Int, source: String, node: Node, target: Target, targetNode: Node?)] = []
    private var pendingCloses: [(index: Int, source: String, node: Node)] = []
    private var templates: [(text: String, node: Node, what: String)] = []
    private var tagsFromPains: [(field: Int, node: Node)] = []

    init(reader: YAMLReader, source: String) {
        self.reader = reader
        self.source = source
    }

    static let topKeys = ["id", "version", "title", "product", "pains", "fields", "stages", "objections", "closes", "competitors", "follow_up", "personas", "rubric", "summary", "ordinary", "negotiation", "ideal_customer"]

    mutating func build(_ root: Node) -> Playbook? {
        guard let top = reader.mapping(root, "the playbook", known: Self.topKeys, required: ["id", "version", "product", "fields", "stages"]) else {
            return nil
        }
        let id = reader.identifier(top["id"], "playbook id") ?? "playbook"
        let version = reader.string(top["version"], "version") ?? "0"
        let title = top["title"].flatMap { reader.string($0, "title") } ?? id
        let pains = readPains(top["pains"])
        let product = readProduct(top["product"])
        var fields = readFields(top["fields"])
        for (index, node) in tagsFromPains {
            if pains.isEmpty { reader.error(node, .unknownPain, "field '\(fields[index].id)' takes its tags from pains, but the playbook declares no pains") }
            fields[index].tags = pains.map { Field.Option(id: $0.id, label: $0.label, synonyms: $0.keywords, tag: true) }
        }
        let stages = readStages(top["stages"])
        let objections = readObjections(top["objections"])
        var closes = readCloses(top["closes"])
        let competitors = readCompetitors(top["competitors"])
        let summary = top["summary"].flatMap { reader.string($0, "summary template") }
        if let summary, let node = top["summary"] { templates.append((summary, node, "summary template")) }

        var playbook = Playbook(
            id: id, version: version, title: title, contentHash: PlaybookLoader.contentHash(source),
            product: product, pains: pains, fields: fields, stages: stages, objections: objections,
            closes: closes, summaryTemplate: summary, location: reader.location(root))
        playbook.competitors = competitors
        playbook.ordinary = top["ordinary"].map { reader.lines($0, "ordinary") } ?? []
        playbook.followUp = readFollowUp(top["follow_up"], fields: fields)
        playbook.negotiation = readNegotiation(top["negotiation"], fields: fields)
        playbook.idealCustomer = readIdealCustomer(top["ideal_customer"], objections: Set(playbook.objections.map(\.id)))
        playbook.personas = readPersonas(top["personas"], playbook: playbook)
        if let rubric = readRubric(top["rubric"]) { playbook.rubric = rubric }
        checkReferences(&playbook, painIDs: Set(pains.map(\.id)))
        for pending in pendingCloses {
            closes[pending.index].condition = parseCondition(pending.source, at: pending.node, playbook: playbook)
        }
        playbook.closes = closes
        for pending in pendingBranches {
            guard let condition = parseCondition(pending.source, at: pending.node, playbook: playbook) else { continue }
            playbook.stages[pending.stage].steps[pending.step].branches.append(
                Branch(condition: condition, source: pending.source, target: pending.target, location: reader.location(pending.node)))
        }
        checkTemplates(playbook)
        if playbook.firstStepID == nil, top["stages"] != nil {
            reader.error(top["stages"], .emptyPart, "the playbook has no steps: add at least one stage with one step")
        }
        return playbook
    }

    // MARK: parts

    private mutating func readPains(_ node: Node?) -> [Pain] {
        var seen: Set<String> = []
        return reader.list(node, "pains").compactMap { item in
            guard let map = reader.mapping(item, "a pain", known: ["id", "label", "keywords"], required: ["id", "label"]),
                let id = reader.identifier(map["id"], "pain id")
            else { return nil }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate pain id '\(id)'") }
            return Pain(id: id, label: reader.string(map["label"], "pain label") ?? id,
                        keywords: reader.strings(map["keywords"], "keywords"), location: reader.location(item))
        }
    }

    private mutating func readProduct(_ node: Node?) -> Product {
        guard let node, let map = reader.mapping(node, "product", known: ["name", "tagline", "features"], required: ["name", "features"]) else {
            return Product(name: "", tagline: nil, features: [])
        }
        var seen: Set<String> = []
        let features: [Feature] = reader.list(map["features"], "features").compactMap { item in
            guard let f = reader.mapping(item, "a feature", known: ["id", "name", "benefit", "solves", "proof", "impact"], required: ["id", "name", "benefit"]),
                let id = reader.identifier(f["id"], "feature id")
            else { return nil }
            if !seen.insert(id).inserted { reader.error(f["id"], .duplicateID, "duplicate feature id '\(id)'") }
            if let impact = f["impact"], let text = reader.string(impact, "impact") { templates.append((text, impact, "impact of feature '\(id)'")) }
            return Feature(
                id: id, name: reader.string(f["name"], "feature name") ?? id,
                benefit: reader.string(f["benefit"], "benefit") ?? "",
                solves: reader.list(f["solves"], "solves").compactMap { reader.identifier($0, "pain id") },
                proof: f["proof"].flatMap { reader.string($0, "proof") },
                impact: f["impact"].flatMap { reader.string($0, "impact") },
                location: reader.location(item))
        }
        return Product(name: reader.string(map["name"], "product name") ?? "",
                       tagline: map["tagline"].flatMap { reader.string($0, "tagline") }, features: features)
    }

    private mutating func readFields(_ node: Node?) -> [Field] {
        var seen: Set<String> = []
        var fields: [Field] = []
        for item in reader.list(node, "fields") {
            guard let map = reader.mapping(item, "a field", known: ["id", "label", "type", "qualifies", "choices", "tags", "summary", "cues", "questions"], required: ["id", "type"]),
                let id = reader.identifier(map["id"], "field id")
            else { continue }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate field id '\(id)'") }
            if ["known", "unknown", "and", "or", "not", "contains", "is", "end"].contains(id) || Condition.Measure(rawValue: id) != nil {
                reader.error(map["id"], .reservedWord, "'\(id)' is a reserved word in conditions: choose another field id")
            }
            var type = FieldType.text
            if let text = reader.string(map["type"], "field type") {
                if let parsed = FieldType(rawValue: text) {
                    type = parsed
                } else {
                    reader.error(map["type"], .badValue, "unknown field type '\(text)'; use one of: \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            var qualifies: Qualification?
            if let q = map["qualifies"], let text = reader.string(q, "qualifies") {
                qualifies = Qualification(rawValue: text)
                if qualifies == nil {
                    reader.error(q, .badValue, "unknown qualification element '\(text)'; use one of: \(Qualification.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            var field = Field(id: id, label: map["label"].flatMap { reader.string($0, "label") } ?? id, type: type,
                              qualifies: qualifies, choices: [], tags: [], location: reader.location(item))
            if let node = map["summary"], let text = reader.string(node, "summary") {
                if let section = Field.SummarySection(rawValue: text) {
                    field.section = section
                } else {
                    reader.error(node, .badValue, "unknown summary section '\(text)'; use one of: \(Field.SummarySection.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            field.questions = reader.lines(map["questions"], "questions")
            if let cues = map["cues"] {
                field.cues = reader.strings(cues, "cues").filter { !NoteReading.cueTokens($0).isEmpty }
                if field.cues.isEmpty { reader.error(cues, .wrongType, "'cues' lists the words that mark this field in a note, e.g. [budget, spend]; it is empty") }
            }
            if let choices = map["choices"] {
                if type != .choice { reader.error(map.key("choices"), .badValue, "only choice fields have choices; '\(id)' is \(type.rawValue)") }
                field.choices = readOptions(choices, what: "choice")
            } else if type == .choice {
                reader.error(map["type"], .wrongType, "choice field '\(id)' needs a 'choices' list")
            }
            if let tags = map["tags"] {
                if type != .tags { reader.error(map.key("tags"), .badValue, "only tags fields have tags; '\(id)' is \(type.rawValue)") }
                if case .scalar(let scalar) = tags {
                    if scalar.string == "pains" {
                        tagsFromPains.append((fields.count, tags))
                    } else {
                        reader.error(tags, .badValue, "tags must be a list of tags, or 'pains' to use the playbook's pains")
                    }
                } else {
                    field.tags = readOptions(tags, what: "tag")
                }
            } else if type == .tags {
                reader.error(map["type"], .wrongType, "tags field '\(id)' needs 'tags': a list, or 'pains'")
            }
            fields.append(field)
        }
        return fields
    }

    private mutating func readOptions(_ node: Node, what: String) -> [Field.Option] {
        var seen: Set<String> = []
        return reader.list(node, "\(what)s").compactMap { item in
            // A bare word is an option with no synonyms.
            if case .scalar = item {
                guard let id = reader.identifier(item, "\(what) id") else { return nil }
                if !seen.insert(id).inserted { reader.error(item, .duplicateID, "duplicate \(what) '\(id)'") }
                return Field.Option(id: id, label: id, synonyms: [], tag: what == "tag")
            }
            guard let map = reader.mapping(item, "a \(what)", known: ["id", "label", "synonyms", "keywords"], required: ["id"]),
                let id = reader.identifier(map["id"], "\(what) id")
            else { return nil }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate \(what) '\(id)'") }
            return Field.Option(id: id, label: map["label"].flatMap { reader.string($0, "label") } ?? id,
                                synonyms: reader.strings(map["synonyms"], "synonyms") + reader.strings(map["keywords"], "keywords"), tag: what == "tag")
        }
    }

    private mutating func readStages(_ node: Node?) -> [Stage] {
        var stageIDs: Set<String> = []
        var stepIDs: Set<String> = []
        var stages: [Stage] = []
        for item in reader.list(node, "stages") {
            guard let map = reader.mapping(item, "a stage", known: ["id", "title", "steps"], required: ["id", "steps"]),
                let id = reader.identifier(map["id"], "stage id")
            else { continue }
            if !stageIDs.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate stage id '\(id)'") }
            var steps: [Step] = []
            for stepNode in reader.list(map["steps"], "steps") {
                guard let s = reader.mapping(stepNode, "a step", known: ["id", "say", "hint", "record", "next"], required: ["id", "say"]),
                    let stepID = reader.identifier(s["id"], "step id")
                else { continue }
                if stepID == "end" { reader.error(s["id"], .reservedWord, "'end' is reserved for 'next: end': choose another step id") }
                if !stepIDs.insert(stepID).inserted { reader.error(s["id"], .duplicateID, "duplicate step id '\(stepID)': step ids must be unique across all stages") }
                let say = reader.string(s["say"], "say") ?? ""
                if let sayNode = s["say"] { templates.append((say, sayNode, "step '\(stepID)'")) }
                var step = Step(id: stepID, stageID: id, say: say, hint: s["hint"].flatMap { reader.string($0, "hint") },
                                record: s["record"].flatMap { reader.identifier($0, "record") }, branches: [],
                                defaultNext: nil, location: reader.location(stepNode))
                step.recordLocation = s["record"].map { reader.location($0) }
                if let next = s["next"] { readNext(next, into: &step, stage: stages.count, step: steps.count) }
                steps.append(step)
            }
            if steps.isEmpty, map["steps"] != nil { reader.error(map["steps"], .emptyPart, "stage '\(id)' has no steps") }
            stages.append(Stage(id: id, title: map["title"].flatMap { reader.string($0, "title") } ?? id, steps: steps, location: reader.location(item)))
        }
        return stages
    }

    private mutating func readNext(_ node: Node, into step: inout Step, stage: Int, step index: Int) {
        if case .scalar = node {
            step.defaultNext = target(node)
            return
        }
        let items = reader.list(node, "next")
        for (position, item) in items.enumerated() {
            guard let map = reader.mapping(item, "a branch", known: ["if", "goto"], required: ["goto"]) else { continue }
            let goto = map["goto"].flatMap { target($0) }
            if let condition = map["if"] {
                guard let text = reader.string(condition, "condition"), let goto else { continue }
                pendingBranches.append((stage, index, text, condition, goto, map["goto"]))
            } else {
                step.defaultNext = goto
                if position != items.count - 1 {
                    reader.error(item, .branchOrder, "a branch without 'if' always applies, so the branches after it can never be taken: move it last")
                }
            }
        }
    }

    private mutating func target(_ node: Node) -> Target? {
        guard let text = reader.identifier(node, "next step") else { return nil }
        return text == "end" ? .end : .step(text)
    }

    private mutating func readObjections(_ node: Node?) -> [Objection] {
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

    private mutating func readCloses(_ node: Node?) -> [Close] {
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

    private mutating func readCompetitors(_ node: Node?) -> [Competitor] {
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

    private mutating func readFollowUp(_ node: Node?, fields: [Field]) -> FollowUpFields? {
        guard let node else { return nil }
        guard let map = reader.mapping(node, "follow_up", known: ["next_step", "date"], required: ["next_step", "date"]),
            let step = reader.identifier(map["next_step"], "next_step field"),
            let date = reader.identifier(map["date"], "date field")
        else { return nil }
        var valid = true
        for (id, type, key) in [(step, FieldType.text, "next_step"), (date, FieldType.date, "date")] {
            guard let field = fields.first(where: { $0.id == id }) else {
                reader.error(map[key], .followUp, "follow_up names unknown field '\(id)'\(suggest(id, Set(fields.map(\.id))))")
                valid = false
                continue
            }
            if field.type != type {
                reader.error(map[key], .followUp, "follow_up \(key) must be a \(type.rawValue) field, but '\(id)' is \(field.type.rawValue)")
                valid = false
            }
        }
        return valid ? FollowUpFields(nextStep: step, date: date) : nil
    }

    private mutating func readIdealCustomer(_ node: Node?, objections: Set<String>) -> IdealCustomer? {
        guard let node, let map = reader.mapping(node, "ideal_customer", known: ["fits", "disqualify", "opener"], required: ["fits"]) else { return nil }
        func criteria(_ key: String, weighted: Bool) -> [IdealCustomer.Criterion] {
            reader.list(map[key], "ideal_customer \(key)").compactMap { item in
                guard let c = reader.mapping(item, "an ideal_customer \(key) entry", known: ["attribute", "any", "contains", "between", "below", "above", "weight", "reason", "objections"],
                                             required: weighted ? ["attribute", "weight", "reason"] : ["attribute", "reason"]),
                      let attribute = reader.string(c["attribute"], "attribute"), let reason = reader.string(c["reason"], "reason")
                else { return nil }
                let tests = ["any", "contains", "between", "below", "above"].filter { c[$0] != nil }
                guard tests.count == 1 else {
                    reader.error(item, .idealCustomer, "ideal_customer entry for '\(attribute)' needs exactly one test: any, contains, between, below or above")
                    return nil
                }
                func number(_ node: Node?) -> Double? {
                    guard let node, let text = reader.string(node, "a number") else { return nil }
                    guard let value = IdealCustomer.number(text) else {
                        reader.error(node, .idealCustomer, "ideal_customer: '\(text)' is not a number")
                        return nil
                    }
                    return value
                }
                let test: IdealCustomer.Criterion.Test
                switch tests[0] {
                case "any": test = .anyOf(reader.strings(c["any"], "any"))
                case "contains": test = .contains(reader.strings(c["contains"], "contains"))
                case "below": test = .between(nil, number(c["below"]).map { $0 - 0.000_001 })
                case "above": test = .between(number(c["above"]).map { $0 + 0.000_001 }, nil)
                default:
                    let ends = reader.list(c["between"], "between")
                    guard ends.count == 2 else {
                        reader.error(c["between"], .idealCustomer, "ideal_customer between needs two numbers, as in [5, 50]")
                        return nil
                    }
                    test = .between(number(ends[0]), number(ends[1]))
                }
                var weight = 0
                if weighted {
                    guard let text = reader.string(c["weight"], "weight"), let value = Int(text), value > 0, value <= 1000 else {
                        reader.error(c["weight"], .idealCustomer, "ideal_customer weight must be a whole number of points from 1 to 1000")
                        return nil
                    }
                    weight = value
                }
                let named = reader.strings(c["objections"], "objections")
                for id in named where !objections.contains(id) {
                    reader.error(c["objections"], .unknownObjection, "ideal_customer names unknown objection '\(id)'")
                }
                return IdealCustomer.Criterion(attribute: attribute, test: test, weight: weight, reason: reason, objections: named.filter(objections.contains))
            }
        }
        return IdealCustomer(fits: criteria("fits", weighted: true), disqualifiers: criteria("disqualify", weighted: false),
                             opener: map["opener"].flatMap { reader.string($0, "ideal_customer opener") })
    }

    private mutating func readNegotiation(_ node: Node?, fields: [Field]) -> Negotiation? {
        guard let node else { return nil }
        guard let map = reader.mapping(node, "negotiation", known: ["price", "authority", "walk_away", "concessions", "anchor", "best_price"],
                                       required: ["price", "authority", "concessions"])
        else { return nil }
        func number(_ node: Node?, _ what: String) -> Double? {
            guard let node else { return nil }
            guard let text = reader.string(node, what), let value = Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")),
                value >= 0, value.isFinite
            else {
                reader.error(node, .negotiation, "negotiation \(what) must be a number, 0 or more")
                return nil
            }
            return value
        }
        var negotiation = Negotiation(amount: 0, currency: "USD", unit: nil, countField: nil, repAuthority: 0, managerAuthority: 0,
                                      walkAwayDiscount: 100, walkAwayWhen: [], concessions: [], anchor: nil, bestPrice: nil)
        if let price = map["price"], let p = reader.mapping(price, "negotiation price", known: ["amount", "currency", "per", "count", "period"], required: ["amount"]) {
            negotiation.amount = number(p["amount"], "price amount") ?? 0
            if let currency = p["currency"].flatMap({ reader.string($0, "currency") }) {
                if currency.count == 3, currency.allSatisfy(\.isUppercase) { negotiation.currency = currency } else {
                    reader.error(p["currency"], .negotiation, "negotiation currency must be a three-letter code such as USD, EUR or GBP")
                }
            }
            negotiation.unit = p["per"].flatMap { reader.string($0, "per") }
            if let node = p["period"], let period = reader.string(node, "period") {
                if let known = Negotiation.Period(rawValue: period) { negotiation.period = known } else {
                    reader.error(node, .negotiation, "negotiation price period must be year, month or once, not '\(period)'")
                }
            }
            if let count = p["count"], let id = reader.identifier(count, "count field") {
                if let field = fields.first(where: { $0.id == id }) {
                    if field.type == .number { negotiation.countField = id } else {
                        reader.error(count, .negotiation, "negotiation price count must be a number field, but '\(id)' is \(field.type.rawValue)")
                    }
                } else {
                    reader.error(count, .negotiation, "negotiation price counts unknown field '\(id)'\(suggest(id, Set(fields.map(\.id))))")
                }
            }
        }
        if let authority = map["authority"], let a = reader.mapping(authority, "negotiation authority", known: ["rep", "manager"], required: ["rep"]) {
            negotiation.repAuthority = number(a["rep"], "authority rep (a discount in percent)") ?? 0
            negotiation.managerAuthority = number(a["manager"], "authority manager (a discount in percent)") ?? negotiation.repAuthority
            if negotiation.managerAuthority < negotiation.repAuthority {
                reader.error(a["manager"], .negotiation, "negotiation authority: a manager may give no less than a rep (\(negotiation.managerAuthority)% < \(negotiation.repAuthority)%)")
            }
        }
        if let walk = map["walk_away"], let w = reader.mapping(walk, "negotiation walk_away", known: ["discount", "when"]) {
            if let discount = number(w["discount"], "walk_away discount (in percent)") {
                negotiation.walkAwayDiscount = discount
                if discount < negotiation.managerAuthority {
                    reader.error(w["discount"], .negotiation, "negotiation walk_away discount (\(discount)%) is below what a manager may give (\(negotiation.managerAuthority)%)")
                }
            }
            negotiation.walkAwayWhen = w["when"].map { reader.strings($0, "walk_away when") } ?? []
        }
        var seen: Set<String> = []
        for item in reader.list(map["concessions"], "negotiation concessions") {
            guard let c = reader.mapping(item, "a concession", known: ["id", "label", "ask", "discount"], required: ["id", "label", "ask"]),
                let id = reader.identifier(c["id"], "concession id")
            else { continue }
            if !seen.insert(id).inserted { reader.error(c["id"], .duplicateID, "duplicate concession id '\(id)' in negotiation") }
            let discount = c["discount"].flatMap { reader.string($0, "discount") }
            if let discount, !["true", "false", "yes", "no"].contains(discount) {
                reader.error(c["discount"], .negotiation, "negotiation concession discount must be true or false")
            }
            negotiation.concessions.append(Negotiation.Concession(
                id: id, label: reader.string(c["label"], "concession label") ?? id, ask: reader.string(c["ask"], "concession ask") ?? "",
                discount: discount == "true" || discount == "yes", location: reader.location(item)))
        }
        if negotiation.concessions.isEmpty { reader.error(map["concessions"], .negotiation, "negotiation needs at least one concession (what you may give, and what to ask in return)") }
        for (key, keyPath) in [("anchor", \Negotiation.anchor), ("best_price", \Negotiation.bestPrice)] {
            guard let line = map[key], let text = reader.string(line, key) else { continue }
            negotiation[keyPath: keyPath] = text
            templates.append((text, line, "negotiation \(key)"))
        }
        return negotiation
    }

    /// A line or a list of variant lines.
    private mutating func variants(_ node: Node?, _ what: String) -> [String] {
        guard let node else { return [] }
        if case .sequence = node { return reader.strings(node, what) }
        return reader.string(node, what).map { [$0] } ?? []
    }

    private mutating func readPersonas(_ node: Node?, playbook: Playbook) -> [Persona] {
        var seen: Set<String> = []
        let parser = AnswerParser(today: CalendarDay(year: 2026, month: 1, day: 1))
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
                unknown: ["I'm not sure what you mean. Can you ask that another way?"],
                closed: ["Yes.", "I suppose so.", "Mostly, yes."],
                pitch: ["Okay. I'm not sure yet how that applies to us."],
                refuse: ["I'm not ready to commit to anything yet."],
                walkAway: ["I don't think this is going anywhere. I have to go — thanks for your time."],
                neutral: ["Okay.", "Right.", "Go on."],
                monologue: ["Sorry — that was a lot. What is it you want to know?"])
            if let r = map["replies"], let rm = reader.mapping(r, "replies", known: ["unknown", "closed", "pitch", "refuse", "walk_away", "neutral", "monologue",
                                                                                 "agenda", "small_talk", "summary_agreed", "concern_again", "ask_day", "repeat_fact", "clarify", "no_fact", "implication"]) {
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

    private mutating func readRubric(_ node: Node?) -> Rubric? {
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

    // MARK: checks

    private mutating func checkReferences(_ playbook: inout Playbook, painIDs: Set<String>) {
        for feature in playbook.product.features {
            for pain in feature.solves where !painIDs.contains(pain) {
                reader.error(at: feature.location, .unknownPain, "feature '\(feature.id)' solves unknown pain '\(pain)'\(suggest(pain, painIDs))")
            }
        }
        let fieldIDs = Set(playbook.fields.map(\.id))
        for stage in playbook.stages {
            for step in stage.steps {
                if let record = step.record, playbook.field(record) == nil {
                    reader.error(at: step.recordLocation ?? step.location, .unknownField, "step '\(step.id)' records into unknown field '\(record)'\(suggest(record, fieldIDs))")
                }
                if case .step(let target)? = step.defaultNext, playbook.step(target) == nil {
                    reader.error(at: step.location, .unknownStep, "step '\(step.id)' goes to unknown step '\(target)'\(suggest(target, allStepIDs(playbook)))")
                }
            }
        }
        for pending in pendingBranches {
            if case .step(let target) = pending.target, playbook.step(target) == nil {
                reader.error(pending.targetNode, .unknownStep, "branch goes to unknown step '\(target)'\(suggest(target, allStepIDs(playbook)))")
            }
        }
    }

    private func allStepIDs(_ playbook: Playbook) -> Set<String> {
        Set(playbook.stages.flatMap { $0.steps.map(\.id) })
    }

    private func suggest(_ word: String, _ known: Set<String>) -> String {
        Spelling.closest(word, in: known.sorted()).map { "; did you mean '\($0)'?" } ?? ""
    }

    private mutating func parseCondition(_ text: String, at node: Node, playbook: Playbook) -> Condition? {
        var parser = ConditionParser(fields: { playbook.field($0) })
        do {
            return try parser.parse(text)
        } catch {
            reader.error(at: expressionLocation(node, offset: error.offset), DiagnosticCode(condition: error.kind), "bad condition: \(error.message)")
            return nil
        }
    }

    /// The location of a character inside a scalar; quoted scalars start one column later.
    private func expressionLocation(_ node: Node, offset: Int) -> SourceLocation {
        let base = reader.location(node)
        let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
        return base.advanced(by: offset + (quoted ? 1 : 0))
    }

    private mutating func checkTemplates(_ playbook: Playbook) {
        let known = Set(playbook.fields.map(\.id)).union(LineTemplate.builtInNames)
        for (text, node, what) in templates where LineTemplate.isTemplate(text) {
            // Compiling costs ~0.1 ms a template, so only templates with sections are compiled;
            // for plain `{{name}}` lines, balanced braces are all that can go wrong.
            let hasSections = LineTemplate.hasSections(text)
            let balanced = LineTemplate.isBalanced(text)
            if LineTemplate.sectionDepth(text) > LineTemplate.maximumSectionDepth {
                reader.error(node, .templateSyntax, "\(what): the template's sections nest deeper than \(LineTemplate.maximumSectionDepth) levels; flatten them")
                continue
            }
            if !balanced || (hasSections && (try? MustacheTemplate(string: text)) == nil) {
                reader.error(node, .templateSyntax, "\(what): the template does not parse (check that every {{ has a matching }} and sections are closed)")
                continue
            }
            for name in LineTemplate.variables(in: text) where !known.contains(name) && !(what == "summary template") {
                reader.error(node, .templateField, "\(what): template names unknown field '\(name)'\(suggest(name, Set(playbook.fields.map(\.id))))")
            }
        }
    }
}
