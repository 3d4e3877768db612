import Mustache
import Yams

/// Builds a `Playbook` from a composed YAML tree: reads each part, then checks every
/// reference (steps, fields, pains, choices, tags, template variables) and every condition.
/// Each part is read in its own file (`PlaybookBuilder+Fields`, `+Stages`, `+Objections`,
/// `+Deals`, `+Practice`); the checks made once all are read are in `+Checks`.
struct PlaybookBuilder {
    var reader: YAMLReader
    let source: String

    /// Conditions are parsed once all fields are known.
    var pendingBranches: [(stage: Int, step: Int, source: String, node: Node, target: Target, targetNode: Node?)] = []
    var pendingCloses: [(index: Int, source: String, node: Node)] = []
    var templates: [(text: String, node: Node, what: String)] = []
    var tagsFromPains: [(field: Int, node: Node)] = []

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

    mutating func readPains(_ node: Node?) -> [Pain] {
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

    mutating func readProduct(_ node: Node?) -> Product {
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
}
