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

/// Thrown when a playbook cannot be used: every problem found, in file order.
public struct PlaybookError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [PlaybookDiagnostic]

    public init(diagnostics: [PlaybookDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
