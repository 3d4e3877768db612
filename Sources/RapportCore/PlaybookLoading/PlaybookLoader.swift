import Foundation
import Mustache
import Yams

/// Loads a playbook from YAML text and validates it, reporting every problem with its
/// file, line and column. Reading the file is the caller's job; this is pure.
public enum PlaybookLoader {
    /// Playbooks larger than this are refused before parsing.
    public static let maximumBytes = 2 * 1024 * 1024
    /// YAML nodes allowed after alias expansion; stops "billion laughs" files in bounded time.
    public static let maximumNodes = 200_000

    /// The playbook, or every problem found with it.
    /// Loading for use skips the lint warnings (they never stop a playbook, and start-up is
    /// measured in milliseconds); `rapport lint` and `PlaybookLinter.analyse` add them.
    public static func load(source: String, file: String) throws(PlaybookError) -> Playbook {
        let (playbook, diagnostics) = read(source: source, file: file)
        let errors = diagnostics.filter { $0.severity == .error }
        guard let playbook, errors.isEmpty else { throw PlaybookError(diagnostics: diagnostics) }
        return playbook
    }

    /// The playbook when it has no errors, and every error found reading it, in file order.
    public static func read(source: String, file: String) -> (Playbook?, [PlaybookDiagnostic]) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard source.utf8.count <= maximumBytes else {
            return (nil, [PlaybookDiagnostic(.error, at: start, "playbook is \(source.utf8.count) bytes; the limit is \(maximumBytes): split it or remove generated content", code: .tooLarge)])
        }
        let root: Node
        do {
            // The basic resolver reads every scalar as text (no YAML 1.1 `no` → false) and skips
            // the regex tag resolution that made composing most of the load time.
            guard let composed = try Yams.compose(yaml: source, .basic) else {
                return (nil, [PlaybookDiagnostic(.error, at: start, "playbook is empty: start from the example in playbooks/README.md", code: .emptyPart)])
            }
            root = composed
        } catch let error as YamlError {
            return (nil, [syntaxDiagnostic(error, file: file)])
        } catch {
            return (nil, [PlaybookDiagnostic(.error, at: start, "cannot read YAML: \(error)", code: .yamlSyntax)])
        }
        var budget = maximumNodes
        guard countNodes(root, budget: &budget) else {
            return (nil, [PlaybookDiagnostic(.error, at: start, "playbook expands to more than \(maximumNodes) YAML nodes (are aliases nested to multiply content?): refusing to load it", code: .tooLarge)])
        }
        var builder = PlaybookBuilder(reader: YAMLReader(file: file), source: source)
        let playbook = builder.build(root)
        let diagnostics = inFileOrder(builder.reader.diagnostics)
        return (diagnostics.contains { $0.severity == .error } ? nil : playbook, diagnostics)
    }

    /// Diagnostics by line, then column.
    public static func inFileOrder(_ diagnostics: [PlaybookDiagnostic]) -> [PlaybookDiagnostic] {
        diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    static func syntaxDiagnostic(_ error: YamlError, file: String) -> PlaybookDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let extra = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return PlaybookDiagnostic(.error, at: SourceLocation(file: file, line: mark.line, column: mark.column), "YAML syntax: \(problem)\(extra)", code: .yamlSyntax)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PlaybookDiagnostic(.error, at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column), "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping: each key may appear once", code: .duplicateID)
        case .reader(let problem, _, _, _):
            return PlaybookDiagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "cannot read the file as text: \(problem) (is it UTF-8?)", code: .yamlSyntax)
        default:
            return PlaybookDiagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "YAML: \(error)", code: .yamlSyntax)
        }
    }

    /// Counts nodes as a decoder would see them (aliases expanded), stopping once over budget.
    static func countNodes(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence):
            for child in sequence where !countNodes(child, budget: &budget) { return false }
        case .mapping(let mapping):
            for (key, value) in mapping {
                if !countNodes(key, budget: &budget) || !countNodes(value, budget: &budget) { return false }
            }
        }
        return true
    }

    /// FNV-1a, 64 bits, of the source: enough to notice that a playbook changed.
    public static func contentHash(_ source: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in source.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(format: "%016llx", hash)
    }
}
