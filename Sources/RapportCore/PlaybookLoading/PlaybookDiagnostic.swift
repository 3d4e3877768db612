import Foundation

/// One problem found in a playbook: where, how bad, and what to do about it.
public struct PlaybookDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    public var code: DiagnosticCode

    /// The code is named where the problem is found.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, code: DiagnosticCode) {
        self.location = location
        self.severity = severity
        self.message = message
        self.code = code
    }

    /// `file:line:col: error: message [RP010]`, the form editors and CI already understand.
    public var description: String { "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]" }

    /// The diagnostic followed by the offending source line and a caret under the column.
    public func rendered(source: String?) -> String {
        guard let source, location.line >= 1 else { return description }
        var lineNumber = 1
        var found: Substring?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if lineNumber == location.line {
                found = line
                break
            }
            lineNumber += 1
        }
        guard let text = found else { return description }
        let shown = TerminalText.neutralised(String(text.prefix(200)))
        let caretColumn = max(0, min(location.column - 1, shown.count))
        return description + "\n" + shown + "\n" + String(repeating: " ", count: caretColumn) + "^"
    }
}

extension PlaybookDiagnostic: Encodable {
    private struct Record: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: Severity
        var code: String
        var title: String?
        var message: String
    }

    /// `lint --format json`: one flat object per diagnostic (file, line, column, severity,
    /// code, title, message), for editors and CI. A file that could not be read at all (line
    /// 0) has no title: its message says what happened.
    public func encode(to encoder: any Encoder) throws {
        try Record(file: location.file, line: location.line, column: location.column, severity: severity, code: code.rawValue,
                   title: location.line > 0 ? code.title : nil, message: message).encode(to: encoder)
    }

    /// The diagnostic as one JSON line, keys sorted.
    public var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A record of strings and numbers always encodes.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Thrown when a playbook cannot be used: every problem found, in file order.
public struct PlaybookError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [PlaybookDiagnostic]

    public init(diagnostics: [PlaybookDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
