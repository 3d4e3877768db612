import Foundation
import Yams

/// A rep's own settings, from `config.yaml`: who they are (name, e-mail, signature) and their
/// defaults (playbook, transcripts folder, colour, how numeric dates read). Command-line flags
/// override every one. Parsing is pure; the shell finds and reads the file.
public struct RepSettings: Sendable, Equatable {
    public var rep: String?
    public var email: String?
    /// Lines under the rep's name at the end of a follow-up e-mail.
    public var signature: String?
    public var playbook: String?
    public var transcripts: String?
    /// false: never colour, even on a terminal.
    public var colour: Bool?
    public var dateOrder: DateOrder?
    /// What the line-editing history keeps: commands only (the default), every line, or nothing.
    public var history: History?
    /// The team store's URL (`postgres://user@host:5432/rapport`); a password belongs in
    /// `~/.pgpass` or `PGPASSWORD`, not here.
    public var database: String?

    public enum History: String, Sendable, Equatable {
        case commands, everything, off
    }

    public init() {}

    public static let keys = ["rep", "email", "signature", "playbook", "transcripts", "colour", "date_order", "history", "database"]

    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var line: Int?
        public var message: String
        public var description: String { (line.map { "line \($0): " } ?? "") + message }
    }

    /// Reads the YAML text of a settings file. Unknown keys and wrong kinds of value are
    /// errors that say which line and what to write instead.
    public static func parse(_ text: String) throws(Failure) -> RepSettings {
        var settings = RepSettings()
        guard text.utf8.count <= 64 * 1024 else { throw Failure(line: nil, message: "the file is larger than 64 KB; a settings file is a few lines") }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw Failure(line: nil, message: "it is not valid YAML (\(error)); write one `key: value` per line")
        }
        guard let node else { return settings }
        guard let mapping = node.mapping else {
            throw Failure(line: node.mark.map { $0.line }, message: "expected `key: value` lines (\(keys.joined(separator: ", ")))")
        }
        for (keyNode, value) in mapping {
            let line = keyNode.mark.map { $0.line }
            guard let key = keyNode.string else { throw Failure(line: line, message: "a key must be a word") }
            func text() throws(Failure) -> String {
                guard let scalar = value.scalar?.string, !scalar.isEmpty else {
                    throw Failure(line: line, message: "`\(key)` needs a text value, e.g. `\(key): …`")
                }
                guard scalar.count <= 2_000 else { throw Failure(line: line, message: "`\(key)` is longer than 2,000 characters") }
                return scalar
            }
            switch key {
            case "rep": settings.rep = try text()
            case "email": settings.email = try text()
            case "signature": settings.signature = try text().trimmingCharacters(in: .whitespacesAndNewlines)
            case "playbook": settings.playbook = try text()
            case "transcripts": settings.transcripts = try text()
            case "database": settings.database = try text()
            case "colour", "color":
                switch try text().lowercased() {
                case "auto", "yes", "true", "on": settings.colour = true
                case "never", "no", "false", "off": settings.colour = false
                case let other: throw Failure(line: line, message: "`colour: \(other)` is not known; write `colour: auto` or `colour: never`")
                }
            case "date_order":
                switch try text().lowercased() {
                case "dmy", "day-first", "day first": settings.dateOrder = .dayFirst
                case "mdy", "month-first", "month first": settings.dateOrder = .monthFirst
                case let other: throw Failure(line: line, message: "`date_order: \(other)` is not known; write `date_order: dmy` (8/12 is 8 December) or `date_order: mdy` (8/12 is August 12)")
                }
            case "history":
                let word = try text().lowercased()
                guard let history = History(rawValue: word) else {
                    throw Failure(line: line, message: "`history: \(word)` is not known; write `history: commands` (the default: only /commands are remembered), `history: everything` (answers too) or `history: off`")
                }
                settings.history = history
            default:
                let hint = Spelling.closest(key, in: keys).map { " Did you mean `\($0)`?" } ?? ""
                throw Failure(line: line, message: "`\(key)` is not a setting.\(hint) Settings: \(keys.joined(separator: ", ")).")
            }
        }
        return settings
    }
}
