import Foundation
import Testing
@testable import RapportCore

/// Every diagnostic code, triggered by a small broken playbook at the right line and column.
struct LintCodeTests {
    /// Diagnostics of the fixture with `old` replaced by `new`.
    func diagnostics(_ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (source: String, found: [PlaybookDiagnostic]) {
        #expect(Fixtures.yaml.contains(old), "fixture lacks \(old)", sourceLocation: sourceLocation)
        let source = Fixtures.yaml.replacingOccurrences(of: old, with: new)
        return (source, PlaybookLinter.analyse(source: source, file: "lint.yaml").1)
    }

    func line(_ text: String, in source: String) -> Int {
        (source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) } ?? -1) + 1
    }

    /// Exactly one diagnostic with `code` (besides the fixture's own unreachable step), at `text`'s line and `column`.
    func expect(_ code: DiagnosticCode, _ old: String, _ new: String, at text: String, column: Int, lineOffset: Int = 0, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (source, found) = diagnostics(old, new, sourceLocation: sourceLocation)
        let matching = found.filter { $0.code == code && !($0.code == .unreachableStep && $0.message.contains("'never'")) }
        #expect(matching.count == 1, "\(found)", sourceLocation: sourceLocation)
        guard let diagnostic = matching.first else { return }
        #expect((diagnostic.location.line, diagnostic.location.column) == (line(text, in: source) + lineOffset, column), "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(diagnostic.severity == code.severity, sourceLocation: sourceLocation)
        #expect(diagnostic.description.hasSuffix("[\(code.rawValue)]"), sourceLocation: sourceLocation)
    }

    static let persona = "personas:\n  - id: p\n    name: P\n    role: R\n    company: C\n    difficulty: %D\n    opening: Hi\n    facts:\n      - field: budget\n        value: $1k\n        topics: [budget]\n        say: One.\n    objections:\n      - objection: %O\n        when: price\n        say: Too much.\n        detail: It is.\n    accepts:\n      say: Yes.\nfollow_up:"

    func persona(difficulty: String = "easy", objection: String = "price") -> String {
        Self.persona.replacingOccurrences(of: "%D", with: difficulty).replacingOccurrences(of: "%O", with: objection)
    }

    @Test func errorCodes() {
        expect(.yamlSyntax, "title: Mini playbook", "title: [Mini", at: "product:", column: 8)
        expect(.unknownKey, "title: Mini playbook", "titel: Mini playbook", at: "titel:", column: 1)
        expect(.missingKey, "    name: Trial\n", "", at: "- id: trial", column: 5)
        expect(.wrongType, "    phrases: [too expensive, costs too much]", "    phrases: too expensive", at: "phrases: too", column: 14)
        expect(.badIdentifier, "  - id: story", "  - id: Story", at: "- id: Story", column: 9)
        expect(.duplicateID, "  - id: story", "  - id: tool", at: "    type: text", column: 9, lineOffset: -1)
        expect(.reservedWord, "  - id: story", "  - id: and", at: "- id: and", column: 9)
        expect(.badValue, "  - id: story\n    type: text", "  - id: story\n    type: prose", at: "type: prose", column: 11)
        expect(.unknownStep, "            goto: small", "            goto: smal", at: "goto: smal", column: 19)
        expect(.unknownField, "        record: tool", "        record: tools", at: "record: tools", column: 17)
        expect(.unknownPain, "      solves: [risk]", "      solves: [risky]", at: "- id: vault", column: 7)
        expect(.unknownObjection, "follow_up:", persona(objection: "prize"), at: "objection: prize", column: 20)
        expect(.unknownOption, "when: known(pains) and signer", "when: tool == numbers", at: "when: tool", column: 19)
        expect(.conditionSyntax, "if: budget < $10k", "if: budget < $10k )", at: "if: budget", column: 31)
        expect(.conditionType, "if: budget < $10k", "if: budget < 2027-01-01", at: "if: budget", column: 26)
        expect(.templateSyntax, "line: You said {{pains}}", "line: You said {{pains}", at: "line: You said", column: 11)
        expect(.templateField, "line: You said {{pains}}", "line: You said {{pain}}", at: "line: You said", column: 11)
        expect(.incompleteObjection, "    phrases: [too expensive, costs too much]", "    phrases: []", at: "phrases: []", column: 14)
        expect(.branchOrder, "          - if: budget < $10k\n            goto: small\n          - goto: signer",
               "          - goto: signer\n          - if: budget < $10k\n            goto: small", at: "- goto: signer", column: 13)
        expect(.emptyPart, "    title: Discover\n    steps:", "    title: Discover\n    steps: []\n    more:", at: "steps: []", column: 12)
        expect(.persona, "follow_up:", persona(difficulty: "brutal"), at: "difficulty: brutal", column: 17)
        expect(.rubric, "follow_up:", "rubric:\n  discovery: 50\nfollow_up:", at: "rubric:", column: 3, lineOffset: 1)
        expect(.competitor, "    we_win: [Faster setup]\n    they_win: [Cheaper list price]\n    trap: How long did their setup take?\n", "", at: "- id: acme", column: 5)
        expect(.followUp, "  date: next_date", "  date: next_step", at: "date: next_step", column: 9)
        expect(.negotiation, "follow_up:", "negotiation:\n  price:\n    amount: 100\n    count: tool\n  authority:\n    rep: 5\n  concessions:\n    - id: d\n      label: D\n      ask: A\nfollow_up:",
               at: "count: tool", column: 12)
        expect(.idealCustomer, "follow_up:", "ideal_customer:\n  fits:\n    - attribute: erp\n      any: [Xero]\n      weight: lots\n      reason: ERP\nfollow_up:",
               at: "weight: lots", column: 15)
    }

    @Test func warningCodes() {
        expect(.unreachableStep, "      - id: small\n        say: Small budget, noted",
               "      - id: small\n        say: Small budget, noted\n        next: signer\n      - id: orphan\n        say: Nobody comes here",
               at: "- id: orphan", column: 9)
        expect(.neverEnds, "      - id: small\n        say: Small budget, noted", "      - id: small\n        say: Small budget, noted\n        next: small",
               at: "- id: small", column: 9)
        expect(.shadowedBranch, "          - if: budget < $10k\n            goto: small\n",
               "          - if: budget < $10k\n            goto: small\n          - if: budget < $10k\n            goto: signer\n",
               at: "- if: budget < $10k", column: 17, lineOffset: 2)
        expect(.neverTrue, "if: budget < $10k", "if: budget < $10k and budget > $20k", at: "if: budget", column: 17)
        expect(.qualificationNeverAsked, "        record: when\n", "", at: "- id: when", column: 5)
        expect(.duplicatePhrase, "closes:\n  - id: summary",
               "  - id: cost\n    title: Cost\n    phrases: [Too expensive!]\n    rebuttals:\n      - technique: x\n        line: y\ncloses:\n  - id: summary",
               at: "- id: cost", column: 5)
        expect(.ambiguousCue, "  - id: hours\n    label: Hours a week\n    type: number",
               "  - id: hours\n    label: Hours a week\n    type: number\n    cues: [hrs, the]", at: "- id: hours", column: 5)
        expect(.sharedQuestion, "  - id: hours\n    label: Hours a week\n    type: number",
               "  - id: hours\n    label: Hours a week\n    type: number\n    questions: [how much money can you spend?]\n  - id: spend\n    type: money\n    questions: [How much money can you spend?]",
               at: "- id: spend", column: 5)
        expect(.codeInWords, "say: Which tool do you use?", "say: Which tool do you use, if next_step == yes?", at: "say: Which tool", column: 9, lineOffset: -1)
        expect(.closeNeverFits, "when: known(pains) and signer", "when: known(pains) and unknown(pains)", at: "- id: summary", column: 5)
    }

    @Test func everyCodeIsTested() {
        // Keep this list in step with the tests above; a new code without a test fails here.
        let tested: Set<DiagnosticCode> = [.yamlSyntax, .unknownKey, .missingKey, .wrongType, .badIdentifier, .duplicateID, .reservedWord, .badValue,
                                           .unknownStep, .unknownField, .unknownPain, .unknownObjection, .unknownOption, .conditionSyntax, .conditionType,
                                           .templateSyntax, .templateField, .incompleteObjection, .branchOrder, .emptyPart, .persona, .rubric, .competitor,
                                           .followUp, .unreachableStep, .neverEnds, .shadowedBranch, .neverTrue, .qualificationNeverAsked, .duplicatePhrase,
                                           .closeNeverFits, .ambiguousCue, .sharedQuestion, .tooLarge, .negotiation, .codeInWords, .idealCustomer]
        #expect(Set(DiagnosticCode.allCases).subtracting(tested).isEmpty)
        // RP002 (too large) is exercised by PlaybookLoaderTests.oversizedFileIsRefused and aliasBombIsRefusedQuickly.
        #expect(PlaybookLinter.analyse(source: String(repeating: "#", count: 3_000_000), file: "big.yaml").1.first?.code == .tooLarge)
    }
}

struct LintRecordTests {
    @Test func aDiagnosticIsOneJSONLineWithItsCodeTitleAndPlace() throws {
        let diagnostic = PlaybookDiagnostic(.warning, at: SourceLocation(file: "a \"b\".yaml", line: 3, column: 7), "line one\nline two", code: .unknownField)
        let line = diagnostic.jsonLine
        #expect(!line.contains("\n"), "one line per diagnostic, whatever the message holds")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "a \"b\".yaml" && object["line"] as? Int == 3 && object["column"] as? Int == 7)
        #expect(object["severity"] as? String == "warning" && object["code"] as? String == "RP011" && object["title"] as? String == "unknown field")
        #expect(object["message"] as? String == "line one\nline two")
        // A file that could not be read has no place in it, and no title.
        let unread = PlaybookDiagnostic(.error, at: SourceLocation(file: "gone.yaml", line: 0, column: 0), "no such file", code: .yamlSyntax)
        #expect(!unread.jsonLine.contains("title"))
    }
}
