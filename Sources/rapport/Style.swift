import Foundation
import RapportCore

/// Colour for one output stream, decided once: only on a terminal, never with NO_COLOR,
/// TERM=dumb or unset, or `--no-color`.
struct Style: Sendable {
    let enabled: Bool

    init(fileDescriptor: Int32 = STDOUT_FILENO, noColor: Bool) {
        let env = ProcessInfo.processInfo.environment
        let term = env["TERM"] ?? ""
        enabled = !noColor && isatty(fileDescriptor) == 1 && (env["NO_COLOR"] ?? "").isEmpty && !term.isEmpty && term != "dumb"
    }

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func green(_ text: String) -> String { wrap("32", text) }
    func yellow(_ text: String) -> String { wrap("33", text) }
    func cyan(_ text: String) -> String { wrap("36", text) }
    func red(_ text: String) -> String { wrap("31", text) }
}

/// Writes to stderr, unbuffered; a closed or full stderr is ignored rather than fatal
/// (FileHandle traps).
/// Every message is neutralised here, once for all: file names, paths and a transcript's fields
/// in it can never drive the terminal.
func printError(_ text: String) {
    let bytes = Array((TerminalText.neutralised(text, keepNewlines: true) + "\n").utf8)
    var offset = 0
    bytes.withUnsafeBytes { buffer in try? PrivateFile.writeAll(STDERR_FILENO, buffer, from: &offset) }
}

/// Text from a person or a file, made safe to show on a terminal.
func safe(_ text: String) -> String { TerminalText.neutralised(text) }
