/// Stable codes for playbook diagnostics, so a team can look one up, grep for it or discuss
/// it. Each has a title, an example of what triggers it and the fix (documented in
/// playbooks/README.md). Errors stop a playbook from loading; warnings do not, but
/// `rapport lint --strict` fails on them too.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Codable {
    case yamlSyntax = "RP001"
    case tooLarge = "RP002"
    case unknownKey = "RP003"
    case missingKey = "RP004"
    case wrongType = "RP005"
    case badIdentifier = "RP006"
    case duplicateID = "RP007"
    case reservedWord = "RP008"
    case badValue = "RP009"
    case unknownStep = "RP010"
    case unknownField = "RP011"
    case unknownPain = "RP012"
    case unknownObjection = "RP013"
    case unknownOption = "RP014"
    case conditionSyntax = "RP020"
    case conditionType = "RP021"
    case templateSyntax = "RP030"
    case templateField = "RP031"
    case incompleteObjection = "RP040"
    case branchOrder = "RP041"
    case emptyPart = "RP042"
    case persona = "RP050"
    case rubric = "RP051"
    case competitor = "RP052"
    case followUp = "RP053"
    case negotiation = "RP054"
    case idealCustomer = "RP055"
    case unreachableStep = "RP201"
    case neverEnds = "RP202"
    case shadowedBranch = "RP203"
    case neverTrue = "RP204"
    case qualificationNeverAsked = "RP205"
    case duplicatePhrase = "RP206"
    case closeNeverFits = "RP207"
    case ambiguousCue = "RP208"
    case sharedQuestion = "RP209"
    case codeInWords = "RP210"

    public var title: String {
        switch self {
        case .yamlSyntax: "YAML syntax error"
        case .tooLarge: "playbook too large"
        case .unknownKey: "unknown key"
        case .missingKey: "missing required key"
        case .wrongType: "wrong kind of value"
        case .badIdentifier: "invalid id"
        case .duplicateID: "duplicate id"
        case .reservedWord: "reserved word used as an id"
        case .badValue: "value not one of the allowed ones"
        case .unknownStep: "unknown step"
        case .unknownField: "unknown field"
        case .unknownPain: "unknown pain"
        case .unknownObjection: "unknown objection"
        case .unknownOption: "unknown choice or tag"
        case .conditionSyntax: "condition does not parse"
        case .conditionType: "condition compares the wrong type"
        case .templateSyntax: "template does not parse"
        case .templateField: "template names an unknown field"
        case .incompleteObjection: "objection without phrases or rebuttals"
        case .branchOrder: "unconditional branch before others"
        case .emptyPart: "empty playbook part"
        case .persona: "invalid persona"
        case .rubric: "invalid rubric"
        case .competitor: "invalid battle card"
        case .followUp: "invalid follow-up fields"
        case .negotiation: "invalid negotiation"
        case .idealCustomer: "invalid ideal customer profile"
        case .unreachableStep: "unreachable step"
        case .neverEnds: "step that never reaches the end"
        case .shadowedBranch: "branch that can never be taken"
        case .neverTrue: "condition that can never be true"
        case .qualificationNeverAsked: "qualification field no step records"
        case .duplicatePhrase: "phrase shared by two objections"
        case .closeNeverFits: "close that can never fit"
        case .ambiguousCue: "cue that cannot tell fields apart"
        case .sharedQuestion: "question that asks for two fields"
        case .codeInWords: "line to say that reads as code"
        }
    }

    public var severity: PlaybookDiagnostic.Severity { rawValue.hasPrefix("RP2") ? .warning : .error }

    /// The code of a condition that does not parse, by the kind of failure.
    init(condition kind: ConditionParser.Failure.Kind) {
        switch kind {
        case .syntax: self = .conditionSyntax
        case .type: self = .conditionType
        case .unknownField: self = .unknownField
        case .unknownOption: self = .unknownOption
        }
    }
}
