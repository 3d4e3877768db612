/// The value proposition for one customer, built from their profile: their pains in their own
/// words, the features that answer those pains (most pains first), impact where numbers are
/// known, and where qualification stands.
public struct ValueProposition: Sendable {
    public struct PainStatement: Sendable, Hashable {
        public var painID: String
        public var label: String
        /// The customer's words that named this pain.
        public var quotes: [Quote]
    }

    public struct FeatureMatch: Sendable, Hashable {
        public var featureID: String
        public var name: String
        public var benefit: String
        public var proof: String?
        /// Labels of the customer's pains this feature answers.
        public var answers: [String]
        /// The quantified impact line, when every field it names is known.
        public var impact: String?
    }

    public struct FieldLine: Sendable, Hashable {
        public var fieldID: String
        public var label: String
        public var value: String?
        public var raw: String
        public var turn: Int
        public var unclear: Bool
    }

    public struct QualificationLine: Sendable, Hashable {
        public var element: Qualification
        public var field: String
        public var label: String
        /// known, unclear or unknown
        public var status: String
        public var value: String?
        public var raw: String?
    }

    public var situation: [FieldLine]
    /// What was agreed or learned at the end of the call (fields with `summary: outcome`).
    public var outcomes: [FieldLine]
    public var pains: [PainStatement]
    public var features: [FeatureMatch]
    public var qualification: [QualificationLine]
    public var notes: [Quote]

    public init(playbook: Playbook, profile: NeedsProfile) {
        let painIDs = Set(playbook.pains.map(\.id))
        let painFields = playbook.fields.filter { $0.type == .tags && !$0.tags.isEmpty && $0.tags.allSatisfy { painIDs.contains($0.id) } }
        // Pains named, in the order the customer named them, with the words that named each.
        var statements: [PainStatement] = []
        for field in painFields {
            guard let entry = profile[field.id], case .tags(let ids)? = entry.value else { continue }
            for id in ids where !statements.contains(where: { $0.painID == id }) {
                let option = field.tags.first { $0.id == id }
                let quotes = entry.quotes.filter { AnswerParser.tags($0.text, among: option.map { [$0] } ?? []).contains(id) }
                statements.append(PainStatement(painID: id, label: playbook.pain(id)?.label ?? id, quotes: quotes))
            }
        }
        pains = statements
        let named = Set(statements.map(\.painID))
        let rank = Dictionary(uniqueKeysWithValues: statements.enumerated().map { ($1.painID, $0) })
        features = playbook.product.features
            .filter { !Set($0.solves).isDisjoint(with: named) }
            .enumerated()
            .sorted { a, b in
                let ca = a.element.solves.filter(named.contains).count, cb = b.element.solves.filter(named.contains).count
                if ca != cb { return ca > cb }
                // Then the feature answering the pain named first.
                let fa = a.element.solves.compactMap { rank[$0] }.min() ?? .max
                let fb = b.element.solves.compactMap { rank[$0] }.min() ?? .max
                return fa != fb ? fa < fb : a.offset < b.offset
            }
            .map { _, feature in
                let impact = feature.impact.flatMap { template -> String? in
                    let names = LineTemplate.variables(in: template).filter { playbook.field($0) != nil }
                    guard names.allSatisfy(profile.isKnown) else { return nil }
                    return LineTemplate.render(template, playbook: playbook, profile: profile)
                }
                return FeatureMatch(featureID: feature.id, name: feature.name, benefit: feature.benefit, proof: feature.proof,
                                    answers: statements.filter { feature.solves.contains($0.painID) }.map(\.label), impact: impact)
            }
        let painFieldIDs = Set(painFields.map(\.id))
        func lines(_ section: Field.SummarySection) -> [FieldLine] {
            playbook.fields.filter { !painFieldIDs.contains($0.id) && $0.qualifies == nil && $0.section == section }.compactMap { field in
                guard let entry = profile[field.id] else { return nil }
                return FieldLine(fieldID: field.id, label: field.label, value: entry.value == nil ? nil : LineTemplate.display(field, entry),
                                 raw: entry.raw, turn: entry.turn, unclear: entry.isUnclear)
            }
        }
        situation = lines(.situation)
        outcomes = lines(.outcome)
        qualification = playbook.fields.compactMap { field in
            guard let element = field.qualifies else { return nil }
            let entry = profile[field.id]
            let status = entry == nil ? "unknown" : entry!.isUnclear ? "unclear" : "known"
            return QualificationLine(element: element, field: field.id, label: field.label, status: status,
                                     value: entry?.isUnclear == false ? LineTemplate.display(field, entry) : nil, raw: entry?.raw)
        }
        notes = profile.notes
    }
}
