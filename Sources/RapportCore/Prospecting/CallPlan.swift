import Foundation

/// What a rep needs before calling an account: who they are, why they fit, what is already
/// known (from the import and from earlier calls), the few things this call must learn (the
/// qualification fields still unknown, in the playbook's order), an opener built from the
/// trigger, and the objections a lead like this is likely to raise with the first line for each.
public struct CallPlan: Sendable {
    public var account: String
    /// "Dana Reyes, Controller" or what the lead has of it.
    public var who: String?
    public var fit: Int?
    public var reasons: [String]
    /// What is known: label and value, the import's attributes first, then what calls learnt.
    public var known: [(label: String, value: String)]
    /// Labels of what this call must learn, with the question the playbook asks for each.
    public var toLearn: [(label: String, question: String)]
    public var opener: String
    /// Objection titles with the first line to say.
    public var objections: [(title: String, line: String)]

    /// `entry`: the lead's place on the call list (nil when ruled out or not imported);
    /// `carried`: what earlier calls learnt, as `AccountMemory` carries it.
    public init(lead: Lead, entry: CallList.Entry?, carried: [CarriedFact], playbook: Playbook, today: CalendarDay) {
        account = lead.account
        let person = [lead["contact"], lead["title"]].compactMap { $0 }
        who = person.isEmpty ? nil : person.joined(separator: ", ")
        fit = entry?.fit
        reasons = entry?.reasons ?? []
        var known: [(label: String, value: String)] = []
        for (attribute, label) in [("industry", "Industry"), ("employees", "Employees"), ("finance_team", "Finance team"), ("erp", "ERP"),
                                   ("source", "Source"), ("last_touch", "Last touch"), ("trigger", "Trigger")] {
            if let value = lead[attribute] { known.append((label, value)) }
        }
        var learnt = Set(lead.facts(for: playbook, today: today).map(\.field))
        for fact in carried {
            guard case .field(let id, let words) = fact.item, let field = playbook.field(id) else { continue }
            learnt.insert(id)
            known.append((field.label, words))
        }
        self.known = known
        // What a call must learn: the qualification elements still unknown, the most basic first.
        var toLearn: [(label: String, question: String)] = []
        var elements = Set<Qualification>()
        for step in playbook.stages.flatMap(\.steps) {
            guard let id = step.record, !learnt.contains(id), let field = playbook.field(id), let element = field.qualifies,
                  elements.insert(element).inserted
            else { continue }
            toLearn.append((field.label, step.say))
            if toLearn.count == 3 { break }
        }
        self.toLearn = toLearn
        opener = Self.opener(for: lead, playbook: playbook)
        var ids = entry?.likelyObjections ?? []
        if ids.isEmpty, let first = playbook.objections.first { ids = [first.id] }
        objections = ids.compactMap { id in
            guard let objection = playbook.objection(id), let rebuttal = objection.rebuttals.first, let line = rebuttal.acknowledge ?? rebuttal.line else { return nil }
            return (objection.title, line)
        }
    }

    /// The playbook's opener with the lead's words in it, or one made from the product: why we
    /// call now (the trigger) and what the product does, as its tagline says it.
    static func opener(for lead: Lead, playbook: Playbook) -> String {
        let name = lead["contact"].map { $0.split(separator: " ").first.map(String.init) ?? $0 } ?? "there"
        let trigger = lead["trigger"].map(asClause)
        if let template = playbook.idealCustomer?.opener {
            return template.replacingOccurrences(of: "{contact}", with: name).replacingOccurrences(of: "{trigger}", with: trigger ?? "your news")
                .replacingOccurrences(of: "{account}", with: lead.account).replacingOccurrences(of: "{industry}", with: lead["industry"]?.lowercased() ?? "your industry")
        }
        let product = playbook.product.name
        let what = playbook.product.tagline.map { tagline -> String in
            let text = tagline.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".!"))
            return "\(product) helps teams like yours " + (text.first.map { $0.lowercased() + text.dropFirst() } ?? text) + "."
        } ?? "\(product) may be able to help."
        if let trigger {
            return "Hi \(name), I saw \(trigger). \(what) Is that on your radar right now?"
        }
        return "Hi \(name), I'm calling from \(product). \(what) Could I ask how things work for you today?"
    }

    /// "New CFO in October, audit finding" → "the new CFO in October": the first thing the
    /// trigger says, lower-cased at its start.
    static func asClause(_ trigger: String) -> String {
        let first = trigger.split(whereSeparator: { ",;.\n".contains($0) }).first.map(String.init) ?? trigger
        let text = first.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        guard let first = text.first else { return "your news" }
        let lowered = first.lowercased() + text.dropFirst()
        return lowered.hasPrefix("new ") || lowered.hasPrefix("recent ") ? "the " + lowered : lowered
    }
}
