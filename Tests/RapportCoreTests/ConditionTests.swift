import Testing
@testable import RapportCore

struct ConditionTests {
    func profile(_ answers: [(String, String)]) -> NeedsProfile {
        var profile = NeedsProfile()
        let parser = AnswerParser(today: Fixtures.today)
        for (index, (id, text)) in answers.enumerated() {
            let field = Fixtures.playbook.field(id)!
            profile.record(field, parsed: parser.parse(text, for: field), quote: Quote(text: text, turn: index + 1))
        }
        return profile
    }

    func holds(_ text: String, _ answers: [(String, String)]) throws -> Bool {
        var parser = ConditionParser(fields: { Fixtures.playbook.field($0) })
        return try parser.parse(text).holds(on: profile(answers), playbook: Fixtures.playbook)
    }

    @Test func comparisonsOnNumbersAndMoney() throws {
        #expect(try holds("budget >= $10k", [("budget", "$40k")]))
        #expect(try !holds("budget < 10k", [("budget", "$40k")]))
        #expect(try holds("budget > 35000", [("budget", "30-50k")]))  // a range compares by its middle
        #expect(try holds("hours == 40", [("hours", "about forty")]))
        #expect(try holds("hours != 41", [("hours", "40")]))
    }

    @Test func unknownFieldsMakeComparisonsFalse() throws {
        #expect(try !holds("budget < $10k", []))
        #expect(try !holds("budget >= $10k", []))
        #expect(try holds("unknown(budget)", []))
        #expect(try holds("budget is unknown", [("budget", "no idea")]))  // unclear is not known
    }

    @Test func booleansAndPrecedence() throws {
        let answers = [("signer", "yes"), ("tool", "excel"), ("pains", "by hand")]
        #expect(try holds("signer and tool == excel", answers))
        #expect(try holds("signer == yes and not tool == sheets", answers))
        #expect(try holds("tool == sheets or signer and pains contains manual", answers))
        #expect(try !holds("(tool == sheets or signer) and pains contains blind", answers))
        #expect(try holds("known(signer) and known(tool)", answers))
        #expect(try !holds("signer == no", answers))
    }

    @Test func datesAndText() throws {
        #expect(try holds("when <= 2027-03-31", [("when", "by March")]))
        #expect(try !holds("when < 2027-01-01", [("when", "by March")]))
        #expect(try holds("story contains 'golf'", [("story", "Loves Golf")]))
        #expect(try holds("story == \"ok\"", [("story", "OK")]))
    }

    @Test(arguments: [
        ("budget <", 8, "expected a value"),
        ("budget $10k", 7, "expected an operator"),
        ("(budget > 1", 11, "expected ')'"),
        ("hours > \"many\"", 8, "compare it with a number"),
        ("pains == manual", 6, "is tested with 'contains'"),
        ("pains contains typing", 15, "has no tag 'typing'"),
        ("signer > yes", 7, "can only be compared with == or !="),
        ("known(nope)", 6, "unknown field 'nope'"),
        ("budget > 5 and", 14, "expected a field name"),
        ("story == 'open", 9, "unterminated"),
        ("!signer", 0, "use 'not'"),
    ])
    func errorsPointAtTheOffendingCharacter(text: String, offset: Int, message: String) {
        var parser = ConditionParser(fields: { Fixtures.playbook.field($0) })
        do {
            _ = try parser.parse(text)
            Issue.record("'\(text)' should not parse")
        } catch {
            #expect(error.offset == offset, "\(text): \(error.message)")
            #expect(error.message.contains(message), "\(text): \(error.message)")
        }
    }
}

/// Hostile playbooks under the size limit: refused with a message, never a crash.
struct HostileNestingTests {
    func parse(_ text: String) -> Result<Condition, ConditionParser.Failure> {
        var parser = ConditionParser(fields: { Fixtures.playbook.field($0) })
        do { return .success(try parser.parse(text)) } catch { return .failure(error) }
    }

    @Test func deeplyNestedParenthesesAreRefused() {
        let text = String(repeating: "(", count: 12_000) + "budget > 1" + String(repeating: ")", count: 12_000)
        if case .failure(let shallow) = parse(String(repeating: "(", count: 40) + "budget > 1" + String(repeating: ")", count: 40)) { #expect(shallow.message.contains("nests deeper")) } else { Issue.record("40 levels accepted") }
        guard case .failure(let failure) = parse(text) else { Issue.record("accepted"); return }
        #expect(failure.message.contains("nests deeper") || failure.message.contains("more than 1000 words"))
        if case .failure = parse(String(repeating: "not ", count: 5_000) + "known(budget)") {} else { Issue.record("a not-chain was accepted") }
        if case .success = parse("((((budget > 1))))") {} else { Issue.record("sensible nesting refused") }
    }

    @Test func aHugeAndChainIsRefused() {
        let text = Array(repeating: "known(budget)", count: 100_000).joined(separator: " and ")
        guard case .failure(let failure) = parse(text) else { Issue.record("accepted"); return }
        #expect(failure.message.contains("more than 1000 words"))
    }

    @Test func deeplyNestedTemplateSectionsAreRefused() {
        let text = String(repeating: "{{#a}}", count: 3_000) + "x" + String(repeating: "{{/a}}", count: 3_000)
        #expect(throws: SummaryRenderer.Failure.self) { try SummaryRenderer(playbook: Fixtures.playbook, template: text) }
        #expect(LineTemplate.render(text, playbook: Fixtures.playbook, profile: NeedsProfile()) == text, "a line is shown as written, not parsed")
        let source = Fixtures.yaml.replacingOccurrences(of: "title: Mini playbook", with: "title: Mini playbook\nsummary: \"\(text)\"")
        let diagnostics = PlaybookLinter.analyse(source: source, file: "deep.yaml").1
        #expect(diagnostics.contains { $0.message.contains("nest deeper") }, "\(diagnostics.prefix(3))")
    }
}
