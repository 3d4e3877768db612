import Foundation
import Testing

struct LintTests {
    @Test func shippedPlaybooksAreClean() throws {
        let result = try RapportProcess.run(["lint"], in: RapportProcess.repositoryRoot)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 errors"))
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
}
