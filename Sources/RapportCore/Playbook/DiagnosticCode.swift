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

    /// The code of an error from the loader, by what its message says.
    static func classify(_ message: String) -> DiagnosticCode {
        func has(_ text: String) -> Bool { message.contains(text) }
        if has("YAML syntax") || has("cannot read YAML") { return .yamlSyntax }
        if has("the limit is") || has("YAML nodes") { return .tooLarge }
        if has("bad condition:") {
            if has("compare it with") || has("can only be compared") || has("is a number") || has("'contains' needs") || has("is tested with") { return .conditionType }
            if has("unknown field") { return .unknownField }
            if has("has no choice") || has("has no tag") { return .unknownOption }
            return .conditionSyntax
        }
        if has("template does not parse") { return .templateSyntax }
        if has("template names unknown field") { return .templateField }
        if has("unknown key '") { return .unknownKey }
        if has("is missing the required key") { return .missingKey }
        if has("reserved") { return .reservedWord }
        if has("must start with a lowercase letter") { return .badIdentifier }
        if has("duplicate ") { return .duplicateID }
        if has("unknown step") { return .unknownStep }
        if has("unknown objection") { return .unknownObjection }
        if has("unknown pain") || has("declares no pains") { return .unknownPain }
        if has("persona '") || has("difficulty must") || has("accepts.") || has("when must be") || has("volunteer must") || has("trust must") { return .persona }
        if has("follow_up") { return .followUp }
        if has("negotiation") { return .negotiation }
        if has("unknown field type") || has("unknown qualification") || has("unknown summary section") { return .badValue }
        if has("unknown field") { return .unknownField }
        if has("has no choice") || has("has no tag") { return .unknownOption }
        if has("rubric") { return .rubric }
        if has("competitor '") { return .competitor }
        if has("needs at least one phrase") || has("needs at least one rebuttal") || has("a rebuttal needs") { return .incompleteObjection }
        if has("branch without 'if'") { return .branchOrder }
        if has("has no steps") || has("is empty: start from") || has("needs at least one") || has("the playbook has no steps") { return .emptyPart }
        if has("unknown field type") || has("unknown qualification") || has("unknown summary section") || has("tags must be") || has("only choice fields") || has("only tags fields") || has("needs choices") || has("needs tags") { return .badValue }
        return .wrongType
    }
}
