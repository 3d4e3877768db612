import Foundation

/// A validated playbook: the product, the needs-profile schema, the stages and steps of the
/// conversation, objections with rebuttals and closing techniques. Built by `PlaybookLoader`.
public struct Playbook: Sendable {
    public var id: String
    public var version: String
    public var title: String
    /// A digest of the source text, so a transcript can tell whether its playbook changed.
    public var contentHash: String
    public var product: Product
    public var pains: [Pain]
    public var fields: [Field] { didSet { noteCueHeads = Self.cueHeads(fields) } }
    public var stages: [Stage]
    public var objections: [Objection] { didSet { phraseKey = Self.phraseKey(objections, ordinary) } }
    public var closes: [Close]
    /// Ordinary buyer talk of this playbook's world, added to `OrdinaryTalk`: what objection
    /// detection decides against.
    public var ordinary: [String] = [] { didSet { phraseKey = Self.phraseKey(objections, ordinary) } }
    /// The phrase banks' identity (objections and ordinary talk), kept up to date as they
    /// change: calls on the same banks share one objection matcher, and a report replaying
    /// thousands of calls does not hash every phrase again for each.
    private(set) var phraseKey = 0
    /// Every token that can start a cue of a field read from notes (tags fields are read by
    /// their tags, not cues), with the plural forms notes use: a note segment with none of
    /// them holds no cue. Kept up to date as the fields change.
    public private(set) var noteCueHeads: Set<String> = []
    /// Rivals the customer may name, each with a battle card.
    public var competitors: [Competitor] = []
    /// The fields the agreed next step and its date go into (`/next` writes them).
    public var followUp: FollowUpFields?
    /// Price, authority, concessions and walk-away (`negotiation:`), when the playbook negotiates.
    public var negotiation: Negotiation?
    /// Who is worth calling (`ideal_customer:`): what makes a lead fit, and what rules one out.
    public var idealCustomer: IdealCustomer?
    /// Buyers the program plays in practice.
    public var personas: [Persona] = []
    /// How practice sessions are scored.
    public var rubric: Rubric = .standard
    /// The value-proposition template (Mustache, plain text); nil means the built-in one.
    public var summaryTemplate: String?
    public var location: SourceLocation

    private var fieldIndex: [String: Int] = [:]
    private var stepIndex: [String: StepPath] = [:]

    /// Where a step sits: its stage and its position inside that stage.
    public struct StepPath: Sendable, Hashable {
        public var stage: Int
        public var step: Int
    }

    public init(
        id: String, version: String, title: String, contentHash: String, product: Product,
        pains: [Pain], fields: [Field], stages: [Stage], objections: [Objection], closes: [Close],
        summaryTemplate: String?, location: SourceLocation
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.contentHash = contentHash
        self.product = product
        self.pains = pains
        self.fields = fields
        self.stages = stages
        self.objections = objections
        self.closes = closes
        self.summaryTemplate = summaryTemplate
        self.location = location
        for (index, field) in fields.enumerated() where fieldIndex[field.id] == nil {
            fieldIndex[field.id] = index
        }
        phraseKey = Self.phraseKey(objections, ordinary)
        noteCueHeads = Self.cueHeads(fields)
        for (stageIndex, stage) in stages.enumerated() {
            for (index, step) in stage.steps.enumerated() where stepIndex[step.id] == nil {
                stepIndex[step.id] = StepPath(stage: stageIndex, step: index)
            }
        }
    }

    static func phraseKey(_ objections: [Objection], _ ordinary: [String]) -> Int {
        var hasher = Hasher()
        for objection in objections {
            hasher.combine(objection.id)
            hasher.combine(objection.title)
            hasher.combine(objection.phrases)
        }
        hasher.combine(ordinary)
        return hasher.finalize()
    }

    static func cueHeads(_ fields: [Field]) -> Set<String> {
        var heads: Set<String> = []
        for field in fields where field.isReadFromNotes && field.type != .tags {
            for cue in field.cueTokens {
                guard let head = cue.first else { continue }
                heads.insert(head)
                heads.insert(head + "s")
                if head.hasSuffix("s") { heads.insert(String(head.dropLast())) }
            }
        }
        return heads
    }

    public func field(_ id: String) -> Field? { fieldIndex[id].map { fields[$0] } }
    public func path(ofStep id: String) -> StepPath? { stepIndex[id] }
    public func step(_ id: String) -> Step? { stepIndex[id].map { stages[$0.stage].steps[$0.step] } }
    public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }
    public func objection(_ id: String) -> Objection? { objections.first { $0.id == id } }
    public func pain(_ id: String) -> Pain? { pains.first { $0.id == id } }
    public func close(_ id: String) -> Close? { closes.first { $0.id == id } }
    public func competitor(_ id: String) -> Competitor? { competitors.first { $0.id == id } }
    public func persona(_ id: String) -> Persona? { personas.first { $0.id == id } }

    /// The first step of the first stage that has one.
    public var firstStepID: String? { stages.lazy.compactMap(\.steps.first).first?.id }

    /// The step after `id` in document order, crossing into the next stage; nil after the last.
    public func stepFollowing(_ id: String) -> String? {
        guard let path = stepIndex[id] else { return nil }
        let stage = stages[path.stage]
        if path.step + 1 < stage.steps.count { return stage.steps[path.step + 1].id }
        for later in stages[(path.stage + 1)...] where !later.steps.isEmpty {
            return later.steps[0].id
        }
        return nil
    }

}
