import Foundation
import Testing

struct LintTests {
    @Test func shippedPlaybooksAreCleanUnderStrict() throws {
        let result = try RapportProcess.run(["lint", "--strict"], in: RapportProcess.repositoryRoot)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func warningsFailOnlyUnderStrictAndJSONListsEveryDiagnostic() throws {
        let folder = try RapportProcess.temporaryFolder()
        let source = try String(contentsOfFile: RapportProcess.defaultPlaybook, encoding: .utf8)
            .replacingOccurrences(of: "\nobjections:\n", with: "      - id: orphan\n        say: Nobody links here\n\nobjections:\n")
        #expect(source.contains("id: orphan"))
        try source.write(to: folder.appendingPathComponent("warn.yaml"), atomically: true, encoding: .utf8)
        let plain = try RapportProcess.run(["lint", "warn.yaml"], in: folder)
        #expect(plain.status == 0, "warnings alone do not fail: \(plain.stdout)")
        let line = source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("id: orphan") }! + 1
        #expect(plain.stdout.contains("warn.yaml:\(line):9: warning: step 'orphan' cannot be reached from the start"))
        #expect(plain.stdout.contains("[RP201]"))
        let strict = try RapportProcess.run(["lint", "warn.yaml", "--strict"], in: folder)
        #expect(strict.status == 1)
        let json = try RapportProcess.run(["lint", "warn.yaml", "--format", "json"], in: folder)
        let records = json.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == 1)
        #expect(records.first?["code"] as? String == "RP201" && records.first?["line"] as? Int == line && records.first?["severity"] as? String == "warning")
    }

    @Test func graphDrawsTheFlowAndSchemaDescribesTheFormat() throws {
        let folder = try RapportProcess.temporaryFolder()
        let dot = try RapportProcess.run(["graph", RapportProcess.defaultPlaybook], in: folder)
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph \"closewise\" {"))
        #expect(dot.stdout.contains("\"budget\" -> \"budget-small\" [label=\"budget < $12k\"];"), "branch conditions label the edges")
        #expect(dot.stdout.contains("label=\"Prospecting and qualifying\""))
        let mermaid = try RapportProcess.run(["graph", RapportProcess.defaultPlaybook, "--format", "mermaid"], in: folder)
        #expect(mermaid.stdout.hasPrefix("flowchart TD"))
        #expect(mermaid.stdout.contains("s_budget -->|\"budget < $12k\"| s_budget_small"))
        let schema = try RapportProcess.run(["schema"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any])
        #expect(document["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let properties = try #require(document["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["id", "version", "title", "product", "pains", "fields", "stages", "objections", "closes", "competitors", "follow_up", "personas", "rubric", "summary", "ordinary", "negotiation", "ideal_customer"])
    }

    @Test func brokenPlaybookPointsAtLineAndColumn() throws {
        let folder = try RapportProcess.temporaryFolder()
        let source = try String(contentsOfFile: RapportProcess.defaultPlaybook, encoding: .utf8)
            .replacingOccurrences(of: "          - if: budget < $12k", with: "          - if: budget < 12 weeks")
            .replacingOccurrences(of: "    title: It costs too much", with: "    titel: It costs too much")
        try source.write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try String(contentsOfFile: RapportProcess.defaultPlaybook, encoding: .utf8).write(to: folder.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let conditionLine = lines.firstIndex { $0.contains("if: budget < 12 weeks") }! + 1
        let titleLine = lines.firstIndex { $0.contains("titel:") }! + 1
        let result = try RapportProcess.run(["lint", "broken.yaml", "good.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken.yaml:\(conditionLine):29: error: bad condition: unexpected 'weeks' after a complete condition"))
        #expect(result.stdout.contains("broken.yaml:\(titleLine):5: error: unknown key 'titel' in an objection; did you mean 'title'?"))
        #expect(result.stdout.contains("2 playbooks checked: 3 errors"))  // the misspelt key also leaves 'title' missing
        #expect(result.stdout.contains("    titel: It costs too much\n    ^"))
    }

    @Test func yamlSyntaxAndAliasBombs() throws {
        let folder = try RapportProcess.temporaryFolder()
        try "id: x\nversion: 1\nproduct: {name: [\n".write(to: folder.appendingPathComponent("syntax.yaml"), atomically: true, encoding: .utf8)
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...12 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        try bomb.write(to: folder.appendingPathComponent("bomb.yaml"), atomically: true, encoding: .utf8)
        let result = try RapportProcess.run(["lint", "syntax.yaml", "bomb.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("syntax.yaml:4:1: error: YAML syntax"))
        #expect(result.stdout.contains("bomb.yaml:1:1: error: playbook expands to more than"))
    }

    @Test func conversationTestsPassOnTheShippedPlaybooksWithCoverage() throws {
        let result = try RapportProcess.run(["test"], in: RapportProcess.repositoryRoot)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 failed"))
        // Every shipped playbook is covered completely: every step, branch, objection, close
        // and negotiation path.
        let coverage = result.stdout.split(separator: "\n").filter { $0.hasPrefix("coverage of ") }
        #expect(coverage.count == 3, "\(result.stdout)")
        for line in coverage {
            let parts = line.split(separator: ":", maxSplits: 1)[1].split(separator: ",")
            #expect(parts.count >= 4 && parts.allSatisfy { $0.hasSuffix("(100%)") }, "\(line)")
        }
        #expect(result.stdout.contains("coverage of closewise: steps 38/38 (100%)"))
    }

    @Test func aBrokenExpectationFailsWithADiff() throws {
        let folder = try RapportProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tests"), withIntermediateDirectories: true)
        try String(contentsOfFile: RapportProcess.defaultPlaybook, encoding: .utf8).write(to: folder.appendingPathComponent("default.yaml"), atomically: true, encoding: .utf8)
        let test = """
            playbook: ../default.yaml
            tests:
              - name: budget is read as money
                input: ["", controller, "12", netsuite, "yes", /goto budget, 40k]
                expect:
                  at: authority
                  profile: {budget: "$45,000"}
                  visits: [opener, role, team-size, erp, need, rapport, budget, budget-small]
              - name: passes
                input: [""]
                expect: {at: role}
            """
        try test.write(to: folder.appendingPathComponent("tests/broken.yaml"), atomically: true, encoding: .utf8)
        let result = try RapportProcess.run(["test", "tests/broken.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ budget is read as money  (tests/broken.yaml:3)"))
        #expect(result.stdout.contains("profile budget: expected $45,000, actual $40,000"))
        #expect(result.stdout.contains("expected: opener → role → team-size → erp → need → rapport → budget → budget-small"))
        #expect(result.stdout.contains("actual:   opener → role → team-size → erp → need → rapport → budget → authority"))
        #expect(result.stdout.contains("✓ passes"))
        #expect(result.stdout.contains("2 tests: 1 passed, 1 failed"))
        let bad = try RapportProcess.run(["test", "tests/nope.yaml"], in: folder)
        #expect(bad.status == 66)
    }
}
