import ArgumentParser
import Foundation
import RapportCore

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check playbooks and print every problem as file:line:col: error: message.")

    @Argument(help: "Playbook files (default: playbooks/*.yaml).")
    var files: [String] = []

    func run() throws {
        var paths = files
        if paths.isEmpty {
            let folder = "playbooks"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            paths = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(folder)/\($0)" }
            if paths.isEmpty {
                printError("rapport lint: no playbooks found in ./\(folder); name the files to check")
                throw ExitCode(66)
            }
        }
        var errors = 0
        var warnings = 0
        for path in paths {
            let source: String
            do {
                source = try PlaybookFile.read(path)
            } catch {
                print(error.description)
                errors += 1
                continue
            }
            let (_, diagnostics) = PlaybookLoader.analyse(source: source, file: path)
            for diagnostic in diagnostics { print(diagnostic.rendered(source: source)) }
            errors += diagnostics.filter { $0.severity == .error }.count
            warnings += diagnostics.filter { $0.severity == .warning }.count
        }
        let files = "\(paths.count) playbook\(paths.count == 1 ? "" : "s")"
        print("\(files) checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode.failure }
    }
}
