import Foundation

/// A follow-up e-mail as an RFC 5322 message a mail client opens: `From`, `To` (when an
/// address is known), `Subject`, `Date`, MIME headers for UTF-8 text, and the body, every line
/// ending CRLF. Header values are never built from unchecked text: control characters become
/// spaces, addresses must look like addresses, and anything beyond ASCII is an RFC 2047
/// encoded word, so a customer's name or a note cannot add a header or break one.
public struct EmailMessage: Sendable {
    public var from: (name: String?, address: String)?
    public var to: String?
    public var subject: String
    public var date: Date
    public var body: String

    /// `rendered` is the e-mail template's output: a `Subject:` line, a blank line, the body.
    public init(rendered: String, date: Date) {
        var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("Subject:") {
            subject = first.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)
            lines.removeFirst()
            while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        } else {
            subject = "Following up on our conversation"
        }
        body = lines.joined(separator: "\n")
        self.date = date
    }

    /// A plain address (`name@example.com`), or nil for anything else.
    public static func address(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, domain.contains("."),
            trimmed.count <= 254, trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._%+-@".contains($0)) }),
            !domain.hasPrefix("."), !domain.hasSuffix(".")
        else { return nil }
        return trimmed
    }

    /// The first address in a note ("Maria Lopez, maria@acme.example, CFO").
    public static func firstAddress(in text: String) -> String? {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" })
            .lazy.compactMap { address(String($0)) }.first
    }

    public var text: String {
        var headers: [String] = []
        if let from {
            headers.append("From: " + (from.name.map { EmailMessage.phrase($0) + " " } ?? "") + "<\(from.address)>")
        }
        if let to { headers.append("To: <\(to)>") }
        headers.append(EmailMessage.folded("Subject: " + EmailMessage.encoded(subject)))
        headers.append("Date: " + EmailMessage.rfc5322Date(date))
        headers.append("MIME-Version: 1.0")
        headers.append("Content-Type: text/plain; charset=utf-8")
        headers.append("Content-Transfer-Encoding: 8bit")
        let bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false).flatMap { EmailMessage.limited(String($0)) }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + bodyLines.joined(separator: "\r\n")
    }

    /// A display name: plain when it is simple ASCII words, quoted when it has punctuation,
    /// an encoded word when it has anything else.
    static func phrase(_ name: String) -> String {
        let clean = OutputText.emailHeader.safe(name)
        if clean.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " ") }) { return clean }
        if clean.allSatisfy(\.isASCII) {
            return "\"" + clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return encoded(clean)
    }

    /// ASCII text as it is; anything else as RFC 2047 base64 encoded words of at most 75
    /// characters each, split between characters (never inside one).
    static func encoded(_ text: String) -> String {
        let clean = OutputText.emailHeader.safe(text)
        if clean.allSatisfy({ $0.isASCII }) { return clean }
        var words: [String] = []
        var chunk = ""
        for character in clean {
            let next = chunk + String(character)
            // 45 bytes of UTF-8 make 60 base64 characters, inside the 75 an encoded word allows.
            if next.utf8.count > 45 {
                words.append("=?UTF-8?B?" + Data(chunk.utf8).base64EncodedString() + "?=")
                chunk = String(character)
            } else {
                chunk = next
            }
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk.utf8).base64EncodedString() + "?=") }
        return words.joined(separator: " ")
    }

    /// A header line folded at spaces to keep lines near 78 characters.
    static func folded(_ line: String) -> String {
        guard line.count > 78 else { return line }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > 78 {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\r\n ")
    }

    /// Body lines stay under the 998 octets a message line may hold: longer ones break at a space.
    static func limited(_ line: String) -> [String] {
        guard line.utf8.count > 998 else { return [line] }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty, current.utf8.count + 1 + word.utf8.count > 900 {
                lines.append(current)
                current = ""
            }
            var piece = String(word)
            while piece.utf8.count > 900 {
                let head = String(piece.prefix(200))
                lines.append(head)
                piece = String(piece.dropFirst(200))
            }
            current += current.isEmpty ? piece : " " + piece
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
