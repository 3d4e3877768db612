import ArgumentParser
import Foundation
import RapportCore

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run conversation tests (playbooks/tests/*.yaml): scripted sessions with expectations, and coverage.",
        discussion: "Each file names its playbook and lists tests: input lines as a rep types them, and what should hold afterwards (visits, at, profile, unknown, objections, closes, summary). See playbooks/README.md.")

    @Argument(help: "Test files (default: playbooks/tests/*.yaml).")
    var files: [String] = []

    func run() throws {
        var paths = files
        if paths.isEmpty {
            let folder = "playbooks/tests"
            paths = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
            guard !paths.isEmpty else {
                printError("rapport test: no tests in ./\(folder); name the test files")
                throw ExitCode(66)
            }
        }
        var passed = 0
        var failed = 0
        // Coverage per playbook, across every file that tests it.
        var runners: [String: ConversationTestRunner] = [:]
        var order: [String] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("rapport test: cannot read \(path)")
                throw ExitCode(66)
            }
            let suite: ConversationTest.Suite
            do {
                suite = try ConversationTest.parse(String(decoding: data, as: UTF8.self))
            } catch {
                print("\(path):\(error.line): error: \(error.message)")
                failed += 1
                continue
            }
            let playbookPath = suite.playbook.hasPrefix("/") ? suite.playbook
                : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(suite.playbook)
            let playbook = try PlaybookFile.loadOrExit((playbookPath as NSString).standardizingPath)
            let key = (playbookPath as NSString).standardizingPath
            if runners[key] == nil {
                runners[key] = ConversationTestRunner(playbook: playbook)
                order.append(key)
            }
            print("\(path) (\(playbook.id))")
            for test in suite.tests {
                let outcome = runners[key]!.run(test)
                if outcome.passed {
                    passed += 1
                    print("  ✓ \(safe(test.name))")
                } else {
                    failed += 1
                    print("  ✗ \(safe(test.name))  (\(path):\(outcome.line))")
                    for difference in outcome.differences { print("      " + TerminalText.neutralised(difference, keepNewlines: true).replacingOccurrences(of: "\n", with: "\n      ")) }
                }
            }
        }
        for key in order {
            guard let runner = runners[key] else { continue }
            let p = runner.playbook
            let c = runner.coverage
            func share(_ n: Int, _ total: Int) -> String { "\(n)/\(total) (\(total == 0 ? 100 : Int((Double(n) * 100 / Double(total)).rounded()))%)" }
            print("coverage of \(p.id): steps \(share(c.steps.count, runner.stepCount)), branches \(share(c.branches.count, runner.branchCount)),"
                  + " objections \(share(c.objections.count, p.objections.count)), closes \(share(c.closes.intersection(Set(p.closes.map(\.id))).count, p.closes.count))"
                  + (p.negotiation.map { ", concessions \(share(c.concessions.intersection(Set($0.concessions.map(\.id))).count, $0.concessions.count))" } ?? ""))
            let missed = p.stages.flatMap(\.steps).map(\.id).filter { !c.steps.contains($0) }
            if !missed.isEmpty { print("  steps never shown: " + missed.joined(separator: ", ")) }
            let objections = p.objections.map(\.id).filter { !c.objections.contains($0) }
            if !objections.isEmpty { print("  objections never raised: " + objections.joined(separator: ", ")) }
            let closes = p.closes.map(\.id).filter { !c.closes.contains($0) }
            if !closes.isEmpty { print("  closes never fitting or used: " + closes.joined(separator: ", ")) }
            let concessions = (p.negotiation?.concessions.map(\.id) ?? []).filter { !c.concessions.contains($0) }
            if !concessions.isEmpty { print("  concessions never given: " + concessions.joined(separator: ", ")) }
        }
        print("\(passed + failed) test\(passed + failed == 1 ? "" : "s"): \(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode.failure }
    }
}
