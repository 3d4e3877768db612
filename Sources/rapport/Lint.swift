import ArgumentParser
import Foundation
import RapportCore

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check playbooks and print every problem as file:line:col: error: message [CODE].",
        discussion: "Codes are listed with examples and fixes in playbooks/README.md. Exit status 1 when any error is found (or any warning, with --strict).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Playbook files (default: playbooks/*.yaml).")
    var files: [String] = []

    @Flag(help: "Treat warnings as failures.")
    var strict = false

    @Option(help: "text, or json (one object per diagnostic, for tools).")
    var format: Format = .text

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
        var records: [PlaybookDiagnostic] = []
        for path in paths {
            let source: String
            do {
                source = try PlaybookFile.read(path)
            } catch {
                if format == .text { print(error.description) }
                records.append(PlaybookDiagnostic(.error, at: SourceLocation(file: path, line: 0, column: 0), error.description, code: .yamlSyntax))
                errors += 1
                continue
            }
            let (_, diagnostics) = PlaybookLinter.analyse(source: source, file: path)
            for diagnostic in diagnostics {
                if format == .text { print(diagnostic.rendered(source: source)) }
                records.append(diagnostic)
            }
            errors += diagnostics.filter { $0.severity == .error }.count
            warnings += diagnostics.filter { $0.severity == .warning }.count
        }
        if format == .json {
            for record in records { print(record.jsonLine) }
        } else {
            let files = "\(paths.count) playbook\(paths.count == 1 ? "" : "s")"
            print("\(files) checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")" + (strict && warnings > 0 ? " (--strict: warnings fail)" : ""))
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }
}
