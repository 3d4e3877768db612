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

public struct Product: Sendable {
    public var name: String
    public var tagline: String?
    public var features: [Feature]
}

public struct Feature: Sendable {
    public var id: String
    public var name: String
    /// What the feature does for the customer, in their terms.
    public var benefit: String
    /// Ids of the pains it solves.
    public var solves: [String]
    public var proof: String?
    /// A line (template) quantifying the impact; shown only when every field it names is known.
    public var impact: String?
    public var location: SourceLocation
}

/// A problem customers have, which features solve and answers can be tagged with.
public struct Pain: Sendable {
    public var id: String
    public var label: String
    public var keywords: [String]
    public var location: SourceLocation
}

/// The qualification element a field serves (BANT and MEDDICC).
public enum Qualification: String, Sendable, CaseIterable, Codable {
    case budget, authority, need, timeline
    case metrics
    case economicBuyer = "economic-buyer"
    case decisionCriteria = "decision-criteria"
    case decisionProcess = "decision-process"
    case paperProcess = "paper-process"
    case pain, champion, competition

    public var label: String {
        switch self {
        case .budget: "Budget"
        case .authority: "Authority"
        case .need: "Need"
        case .timeline: "Timeline"
        case .metrics: "Metrics"
        case .economicBuyer: "Economic buyer"
        case .decisionCriteria: "Decision criteria"
        case .decisionProcess: "Decision process"
        case .paperProcess: "Paper process"
        case .pain: "Pain"
        case .champion: "Champion"
        case .competition: "Competition"
        }
    }

    /// The elements a buyer hears as the same question: who decides (authority, the economic
    /// buyer and how the decision is made) and why change (need and pain). A buyer asked about
    /// one answers with what they know of its kin.
    public var kin: Set<Qualification> {
        switch self {
        case .authority, .economicBuyer, .decisionProcess: [.authority, .economicBuyer, .decisionProcess]
        case .need, .pain: [.need, .pain]
        default: [self]
        }
    }
}

public enum FieldType: String, Sendable, CaseIterable, Codable {
    case text, number, money, yesno, choice, tags, date
}

/// One typed entry of the needs profile.
public struct Field: Sendable {
    public var id: String
    public var label: String
    public var type: FieldType
    public var qualifies: Qualification?
    /// For `choice` fields: the options, each with its synonyms.
    public var choices: [Option]
    /// For `tags` fields: the tags, each with the keywords that set it.
    public var tags: [Option]
    /// Where the summary lists this field.
    public var section: SummarySection = .situation
    /// Words that mark this field in a note typed at any step ("ppl", "team of", "budget"):
    /// a field with cues is read from every answer, not only at its own step. Tags fields
    /// add their tags' keywords. Empty: only its own step fills it.
    public var cues: [String] = [] {
        didSet { cueTokens = cues.map(NoteReading.cueTokens) }
    }
    /// Questions that ask for this field, in several voices: how a practice buyer hears which
    /// fact a trainee is asking about.
    public var questions: [String] = []
    /// The cues as note tokens, computed once.
    var cueTokens: [[String]] = []
    /// True when any answer may fill this field.
    public var isReadFromNotes: Bool { !cues.isEmpty }
    public var location: SourceLocation

    /// `situation`: where the customer is today; `outcome`: what was agreed in the call;
    /// `omit`: kept in the profile but left out of the summary.
    public enum SummarySection: String, Sendable, CaseIterable {
        case situation, outcome, omit
    }

    public struct Option: Sendable {
        public let id: String
        public let label: String
        public let synonyms: [String]
        /// Id, label and synonyms as answers are compared with them: normalised words, and
        /// (for tags) word stems. Computed once, not for every answer.
        let names: [String]
        let nameWords: [[String]]
        /// Only for tags, which are matched by word stems (stemming every choice would slow start-up).
        let stemmedNames: [[String]]

        public init(id: String, label: String, synonyms: [String], tag: Bool = false) {
            self.id = id
            self.label = label
            self.synonyms = synonyms
            nameWords = ([id, label] + synonyms).map { AnswerParser.normalisedWords($0) }
            names = nameWords.map { $0.joined(separator: " ") }
            stemmedNames = tag ? ([id.replacingOccurrences(of: "-", with: " "), label] + synonyms).map {
                AnswerParser.normalisedWords($0).map(Stemmer.stem)
            } : []
        }
    }
}

public struct Stage: Sendable {
    public var id: String
    public var title: String
    public var steps: [Step]
    public var location: SourceLocation
}

public struct Step: Sendable {
    public var id: String
    public var stageID: String
    /// The line to say or ask; may interpolate profile fields (`{{budget}}`).
    public var say: String
    public var hint: String?
    /// The field the customer's answer is recorded into.
    public var record: String?
    /// Conditional branches, tried in order.
    public var branches: [Branch]
    /// Where to go when no branch holds: a step id, `end`, or nil for the next step in order.
    public var defaultNext: Target?
    public var location: SourceLocation
    /// Where its `record:` is written, for diagnostics about the field it names.
    public var recordLocation: SourceLocation?
}

public enum Target: Sendable, Hashable {
    case step(String)
    case end
}

public struct Branch: Sendable {
    public var condition: Condition
    public var source: String
    public var target: Target
    public var location: SourceLocation
}

public struct Objection: Sendable {
    public var id: String
    public var title: String
    /// Ways customers voice it, used to recognise it.
    public var phrases: [String]
    public var rebuttals: [Rebuttal]
    public var location: SourceLocation
}

/// One way to answer an objection. LAER-shaped rebuttals have acknowledge/explore/respond and
/// a check that the answer landed; others have a single line.
public struct Rebuttal: Sendable {
    public var technique: String
    public var acknowledge: String?
    public var explore: String?
    public var respond: String?
    /// "Does that answer it?": asked after the response, so the objection is settled, not assumed.
    public var check: String? = nil
    public var line: String?
}

public struct Close: Sendable {
    public var id: String
    public var name: String
    /// When this technique fits; nil means always.
    public var condition: Condition?
    public var conditionSource: String?
    public var line: String
    public var hint: String?
    public var location: SourceLocation
}

/// A rival product and the battle card for it: where we win, where they win, and a question
/// that moves the conversation onto our strengths.
public struct Competitor: Sendable {
    public var id: String
    public var name: String
    /// Other ways customers name it (product names, misspellings); the name itself always counts.
    public var aliases: [String]
    public var weWin: [String]
    public var theyWin: [String]
    /// The trap-setting question to ask when they are mentioned.
    public var trap: String?
    public var location: SourceLocation
}

/// Which profile fields hold the agreed next step (text) and its date (date).
public struct FollowUpFields: Sendable {
    public var nextStep: String
    public var date: String
}
