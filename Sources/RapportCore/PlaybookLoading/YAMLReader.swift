import Yams

/// Reads a composed YAML tree into plain values, recording a located diagnostic for every
/// wrong type, missing key and unknown key instead of stopping at the first.
struct YAMLReader {
    let file: String
    var diagnostics: [PlaybookDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(_ node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records an error at the node, with the code that names its kind.
    mutating func error(_ node: Node?, _ code: DiagnosticCode, _ message: String) {
        diagnostics.append(PlaybookDiagnostic(.error, at: location(node), message, code: code))
    }

    mutating func error(at location: SourceLocation, _ code: DiagnosticCode, _ message: String) {
        diagnostics.append(PlaybookDiagnostic(.error, at: location, message, code: code))
    }

    /// A mapping's entries in order, after checking its keys: unknown keys and missing required
    /// keys are reported (with a suggestion for a likely misspelling).
    mutating func mapping(_ node: Node, _ what: String, known: [String], required: [String] = []) -> Entries? {
        guard case .mapping(let mapping) = node else {
            error(node, .wrongType, "\(what) must be a mapping of keys to values, but this is \(kind(node))")
            return nil
        }
        var entries = Entries(node: node)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error(key, .wrongType, "keys in \(what) must be plain words")
                continue
            }
            if known.contains(name) {
                entries.values.append((name, key, value))
            } else {
                let hint = Spelling.closest(name, in: known).map { "; did you mean '\($0)'?" } ?? " (known keys: \(known.joined(separator: ", ")))"
                error(key, .unknownKey, "unknown key '\(name)' in \(what)\(hint)")
            }
        }
        for name in required where entries[name] == nil {
            error(node, .missingKey, "\(what) is missing the required key '\(name)'")
        }
        return entries
    }

    struct Entries {
        var node: Node
        var values: [(name: String, key: Node, value: Node)] = []
        subscript(name: String) -> Node? { values.first { $0.name == name }?.value }
        func key(_ name: String) -> Node? { values.first { $0.name == name }?.key }
    }

    func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.string.isEmpty ? "empty" : "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            error(node, .wrongType, "\(what) must be text, but this is \(kind(node))")
            return nil
        }
        if scalar.style == .plain, ["", "~", "null"].contains(scalar.string) {
            error(node, .wrongType, "\(what) is empty")
            return nil
        }
        return scalar.string
    }

    static let idPattern: Set<Character> = Set("abcdefghijklmnopqrstuvwxyz0123456789_-")

    /// An identifier: lowercase letters, digits, `_` and `-`, starting with a letter.
    mutating func identifier(_ node: Node?, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard let first = text.first, first.isLetter, first.isLowercase, text.allSatisfy({ YAMLReader.idPattern.contains($0) }) else {
            error(node, .badIdentifier, "\(what) '\(text)' must start with a lowercase letter and use only a-z, 0-9, '_' and '-'")
            return nil
        }
        return text
    }

    mutating func list(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            error(node, .wrongType, "\(what) must be a list (lines starting with '- '), but this is \(kind(node))")
            return []
        }
        return Array(sequence)
    }

    mutating func strings(_ node: Node?, _ what: String) -> [String] {
        list(node, what).compactMap { string($0, "each entry of \(what)") }
    }

    /// A list, or a literal block (`|`) of one entry a line: long phrase banks read faster
    /// as one block than as hundreds of list items, and are as easy to edit.
    mutating func lines(_ node: Node?, _ what: String) -> [String] {
        if case .scalar(let scalar)? = node, scalar.style == .literal {
            return Self.lines(of: scalar.string)
        }
        return strings(node, what)
    }

    /// Non-empty lines without surrounding blanks, skipping `#` comments, in one pass over the
    /// bytes: phrase banks are read at every start-up, and Foundation's trimming is slow.
    static func lines(of text: String) -> [String] {
        var result: [String] = []
        var utf8 = Array(text.utf8)
        utf8.append(UInt8(ascii: "\n"))
        var start = 0
        for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            var a = start, b = i
            while a < b, utf8[a] == 0x20 || utf8[a] == 0x09 || utf8[a] == 0x0D { a += 1 }
            while b > a, utf8[b - 1] == 0x20 || utf8[b - 1] == 0x09 || utf8[b - 1] == 0x0D { b -= 1 }
            if a < b, utf8[a] != UInt8(ascii: "#") { result.append(String(decoding: utf8[a..<b], as: UTF8.self)) }
            start = i + 1
        }
        return result
    }
}
