/// One place that makes people's words safe for each kind of output Rapport writes, so every
/// command that writes a kind does it the same way (`summary` and `review` cannot differ): text
/// from a customer, a trainee or a file never becomes a terminal's control codes, Markdown or
/// HTML markup, a spreadsheet formula, a calendar property or an e-mail header.
public enum OutputText: Sendable {
    /// Control characters shown as visible escapes (line breaks kept where asked).
    case terminal
    /// Backslash-escaped: no HTML, links, images, emphasis or table cells from the words.
    case markdown
    /// Entities for `& < > " '`, control characters made visible.
    case html
    /// One RFC 4180 cell: quoted when needed, formulas defused, no control characters.
    case csv
    /// RFC 5545 TEXT: `\`, `;`, `,` escaped, line breaks as `\n`, other controls dropped.
    case ics
    /// One line: control characters and line breaks become spaces.
    case emailHeader

    public func safe(_ text: String) -> String {
        switch self {
        case .terminal: return TerminalText.neutralised(text, keepNewlines: true)
        case .markdown:
            var out = ""
            for character in TerminalText.neutralised(OutputText.emailHeader.safe(text)) {
                if "\\`*_[]<>|#!".contains(character) { out.append("\\") }
                out.append(character)
            }
            return out
        case .html: return HTMLPage.escaped(text)
        case .csv: return CRMRecord.cell(text)
        case .ics: return CalendarInvite.escaped(text)
        case .emailHeader:
            return String(text.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
        }
    }
}
