import Testing
@testable import RapportCore

struct PlaybookLoaderTests {
    /// Replaces `old` in the fixture (which must contain it) and returns the diagnostics.
    func diagnostics(replacing old: String, with new: String) -> [PlaybookDiagnostic] {
        #expect(Fixtures.yaml.contains(old), "fixture lacks \(old)")
        let source = Fixtures.yaml.replacingOccurrences(of: old, with: new)
        return PlaybookLinter.analyse(source: source, file: "broken.yaml").1
    }

    func expectOneError(_ diagnostics: [PlaybookDiagnostic], line: Int, column: Int, containing text: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
        guard let error = errors.first else { return }
        #expect(error.location.file == "broken.yaml", sourceLocation: sourceLocation)
        #expect((error.location.line, error.location.column) == (line, column), "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(text), "\(error)", sourceLocation: sourceLocation)
    }

    /// The 1-based line of the first occurrence of `text` in the fixture.
    func line(of text: String) -> Int {
        let lines = Fixtures.yaml.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }

    @Test func fixtureAndDefaultPlaybookAreClean() throws {
        // The fixture's last step is there to be unreachable: its only diagnostic is that warning.
        let fixture = PlaybookLinter.analyse(source: Fixtures.yaml, file: "mini.yaml").1
        #expect(fixture.map(\.code) == [.unreachableStep])
        let playbook = try Fixtures.defaultPlaybook()
        #expect(playbook.stages.map(\.id) == ["qualify", "discovery", "presentation", "objections", "closing", "follow-up"])
        let required = ["price", "budget", "timing", "authority", "competitor", "contract", "no-need", "trust", "fit", "send-info", "not-interested"]
        for id in required {
            let objection = try #require(playbook.objection(id), "missing objection \(id)")
            #expect(objection.phrases.count >= 3)
            #expect(objection.rebuttals.count >= 2)
        }
        #expect(playbook.closes.count >= 4)
        #expect(Set(playbook.fields.compactMap(\.qualifies)).isSuperset(of: [.budget, .authority, .need, .timeline]))
    }

    @Test func syntaxErrorPointsAtTheLine() {
        let d = diagnostics(replacing: "title: Mini playbook", with: "title: [unclosed")
        #expect(d.count == 1)
        #expect(d.first?.message.contains("YAML syntax") == true)
        #expect(d.first.map { $0.location.line >= line(of: "title: Mini") } == true)
    }

    @Test func unknownKeySuggestsTheRightOne() {
        let d = diagnostics(replacing: "        say: What budget?", with: "        sya: What budget?")
        // The misspelt key is reported, and the missing 'say' of the same step.
        let unknown = d.first { $0.message.contains("unknown key 'sya'") }
        #expect(unknown?.message.contains("did you mean 'say'") == true)
        #expect(unknown.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (line(of: "What budget?"), 9))
        #expect(d.contains { $0.message.contains("missing the required key 'say'") })
    }

    @Test func wrongTypeIsReportedWhereItIs() {
        let d = diagnostics(replacing: "    phrases: [too expensive, costs too much]", with: "    phrases: too expensive")
        expectOneError(d, line: line(of: "phrases: [too"), column: 14, containing: "must be a list")
    }

    @Test func unknownFieldType() {
        let d = diagnostics(replacing: "    type: number", with: "    type: integer")
        expectOneError(d, line: line(of: "type: number"), column: 11, containing: "unknown field type 'integer'")
    }

    @Test func unknownStepReference() {
        let d = diagnostics(replacing: "            goto: small", with: "            goto: smal")
        expectOneError(d, line: line(of: "goto: small"), column: 19, containing: "unknown step 'smal'; did you mean 'small'?")
    }

    @Test func unknownFieldReference() {
        let d = diagnostics(replacing: "        record: hours", with: "        record: hour")
        // The error sits on the `record:` value that names the unknown field.
        expectOneError(d, line: line(of: "say: How many hours") + 1, column: 17, containing: "unknown field 'hour'")
    }

    @Test func unknownPainReference() {
        let d = diagnostics(replacing: "solves: [risk]", with: "solves: [risks]")
        expectOneError(d, line: line(of: "- id: vault"), column: 7, containing: "unknown pain 'risks'")
    }

    @Test func duplicateIDs() {
        let d = diagnostics(replacing: "      - id: small", with: "      - id: budget")
        #expect(d.contains { $0.message.contains("duplicate step id 'budget'") && $0.location.line == line(of: "- id: small") })
        let objections = diagnostics(replacing: "  - id: price", with: "  - id: price\n    title: Again\n    phrases: [x]\n    rebuttals: [{technique: laer, line: y}]\n  - id: price")
        #expect(objections.contains { $0.message.contains("duplicate objection id 'price'") })
    }

    @Test func duplicateYAMLKey() {
        let d = diagnostics(replacing: "title: Mini playbook", with: "title: Mini playbook\ntitle: Again")
        #expect(d.count == 1)
        #expect(d.first?.message.contains("duplicate key 'title'") == true)
    }

    @Test func badExpressionPointsInsideTheCondition() {
        // The condition "budget < $10k" starts at column 17; columns inside it add its offset.
        let d = diagnostics(replacing: "if: budget < $10k", with: "if: budgt < $10k")
        expectOneError(d, line: line(of: "if: budget"), column: 17, containing: "unknown field 'budgt'")
        let op = diagnostics(replacing: "if: budget < $10k", with: "if: budget <> $10k")
        expectOneError(op, line: line(of: "if: budget"), column: 25, containing: "expected a value")
        let typed = diagnostics(replacing: "if: budget < $10k", with: "if: budget < 2027-01-01")
        expectOneError(typed, line: line(of: "if: budget"), column: 26, containing: "compare it with an amount")
        let choice = diagnostics(replacing: "when: known(pains) and signer", with: "when: tool == numbers")
        expectOneError(choice, line: line(of: "when: known(pains)"), column: 19, containing: "has no choice 'numbers'")
        let quoted = diagnostics(replacing: "when: known(pains) and signer", with: "when: \"known(pains) and signr\"")
        expectOneError(quoted, line: line(of: "when: known(pains)"), column: 29, containing: "unknown field 'signr'")
    }

    @Test func templateNamingAnUnknownField() {
        let d = diagnostics(replacing: "line: You said {{pains}}", with: "line: You said {{pain}}")
        expectOneError(d, line: line(of: "You said"), column: 11, containing: "unknown field 'pain'")
    }

    @Test func defaultBranchMustComeLast() {
        let d = diagnostics(replacing: "          - if: budget < $10k\n            goto: small\n          - goto: signer",
                            with: "          - goto: signer\n          - if: budget < $10k\n            goto: small")
        #expect(d.contains { $0.message.contains("move it last") })
    }

    @Test func aliasBombIsRefusedQuickly() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let d = PlaybookLinter.analyse(source: yaml, file: "bomb.yaml").1
        #expect(d.count == 1)
        #expect(d.first?.message.contains("more than") == true)
    }

    @Test func oversizedFileIsRefused() {
        let huge = String(repeating: "# padding\n", count: PlaybookLoader.maximumBytes / 10 + 1)
        let d = PlaybookLinter.analyse(source: huge, file: "big.yaml").1
        #expect(d.first?.message.contains("the limit is") == true)
    }

    @Test func emptyAndNonMappingFiles() {
        #expect(PlaybookLinter.analyse(source: "", file: "e.yaml").1.first?.message.contains("empty") == true)
        #expect(PlaybookLinter.analyse(source: "- a\n- b\n", file: "l.yaml").1.first?.message.contains("must be a mapping") == true)
    }

    @Test func renderedDiagnosticShowsTheLineAndCaret() {
        let d = diagnostics(replacing: "    type: number", with: "    type: integer")
        let source = Fixtures.yaml.replacingOccurrences(of: "    type: number", with: "    type: integer")
        let rendered = d[0].rendered(source: source)
        #expect(rendered.hasPrefix("broken.yaml:\(line(of: "type: number")):11: error: unknown field type"))
        #expect(rendered.hasSuffix("    type: integer\n          ^"))
    }

    @Test func battleCardsAndFollowUpFieldsAreChecked() {
        let empty = diagnostics(replacing: "    we_win: [Faster setup]\n    they_win: [Cheaper list price]\n    trap: How long did their setup take?\n", with: "")
        expectOneError(empty, line: line(of: "  - id: acme"), column: 5, containing: "needs 'we_win' points or a 'trap' question")
        let twice = diagnostics(replacing: "follow_up:", with: "  - id: other\n    name: ACME\n    trap: Why?\nfollow_up:")
        expectOneError(twice, line: line(of: "follow_up:") + 1, column: 11, containing: "'ACME' already names competitor 'acme'")
        let typed = diagnostics(replacing: "  date: next_date", with: "  date: next_step")
        expectOneError(typed, line: line(of: "  date: next_date"), column: 9, containing: "follow_up date must be a date field, but 'next_step' is text")
        let unknown = diagnostics(replacing: "  next_step: next_step", with: "  next_step: nxt_step")
        expectOneError(unknown, line: line(of: "  next_step: next_step"), column: 14, containing: "unknown field 'nxt_step'; did you mean 'next_step'?")
        let reserved = diagnostics(replacing: "  - id: story", with: "  - id: qualified")
        #expect(reserved.contains { $0.location.line == line(of: "  - id: story") && $0.message.contains("'qualified' is a reserved word in conditions") })
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let deep = "id: x\nversion: \"1\"\nproduct: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n"
        let (playbook, diagnostics) = PlaybookLinter.analyse(source: deep, file: "deep.yaml")
        #expect(playbook == nil)
        #expect(diagnostics.first?.code == .yamlSyntax)
        #expect(diagnostics.first?.message.contains("nesting") == true, "\(diagnostics)")
    }
}
