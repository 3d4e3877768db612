import Foundation
import Testing

struct MatchCommandTests {
    @Test func oneJSONLinePerInputLineInOrder() throws {
        let folder = try RapportProcess.temporaryFolder()
        var input = Data("it's way too expensive\n\nabout 40 people\n   \n".utf8)
        input.append(contentsOf: [0xFF, 0x00, 0x1B, 0x0A])   // garbage bytes on a line of their own
        input.append(Data("I need to ask my boss\nlast line, no newline".utf8))
        let result = try RapportProcess.run(["match", "--playbook", RapportProcess.defaultPlaybook], input: input, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 7)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["text"] as? String } == ["it's way too expensive", "", "about 40 people", "   ", "\u{FFFD}\u{0}\u{1B}",
                                                         "I need to ask my boss", "last line, no newline"])
        #expect(objects[0]["objection"] as? String == "price")
        #expect((objects[0]["score"] as? Double ?? 0) > 0.5)
        #expect(objects[1]["objection"] is NSNull)
        #expect(objects[2]["objection"] is NSNull)
        #expect(objects[5]["objection"] as? String == "authority")
        #expect(objects.allSatisfy { $0["alternatives"] is [Any] })
    }

    /// A word one letter from two terms ("though": "through", "thought") reads the same in
    /// every process: it used to depend on the order of a dictionary's keys, which changes
    /// from run to run, so a live call and its replay could disagree.
    @Test func everyRunReadsALineTheSameWay() throws {
        let folder = try RapportProcess.temporaryFolder()
        let input = Data("the package is over our budget though\nwe tought about it\n".utf8)
        let runs = try (0..<8).map { _ in try RapportProcess.run(["match", "--playbook", RapportProcess.defaultPlaybook], input: input, in: folder).stdout }
        #expect(Set(runs).count == 1, "\(Set(runs))")
    }

    @Test func textArgument() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["match", "--playbook", RapportProcess.defaultPlaybook, "we", "signed", "with", "another", "vendor"], in: folder)
        #expect(result.stdout.hasPrefix("competitor\t"))
        let none = try RapportProcess.run(["match", "--playbook", RapportProcess.defaultPlaybook, "about 40 people"], in: folder)
        #expect(none.stdout.hasPrefix("none"))
    }
}
