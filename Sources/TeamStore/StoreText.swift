import RapportCore

/// Text as PostgreSQL can store it: it refuses the NUL character (a byte 0 in text, `\u0000`
/// in JSON), which a pasted note can carry. One such note must not stop a sync for good, nor
/// lose the call: NUL becomes U+FFFD (the replacement character) in what the store keeps; the
/// files keep it as it was.
enum StoreText {
    static func plain(_ text: String) -> String {
        text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : text
    }

    static func plain(_ text: String?) -> String? { text.map(plain) }

    /// JSON text with every `\u0000` escape (not an escaped backslash followed by "u0000")
    /// turned into `\ufffd`.
    static func json(_ text: String) -> String {
        guard text.contains("\\u0000") else { return plain(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            out.append(character)
            guard character == "\\", let escaped = characters.popFirst() else { continue }
            if escaped == "u", characters.prefix(4).elementsEqual("0000") {
                out += "ufffd"
                characters = characters.dropFirst(4)
            } else {
                out.append(escaped)
            }
        }
        return plain(out)
    }

    /// A transcript time the store can keep as a timestamp (`2026-11-27T10:00:00.000Z`, a day
    /// that exists), else "" (stored as no time): a damaged time must not stop a sync.
    static func time(_ text: String) -> String {
        guard TranscriptClock.seconds(text) != nil, !day(String(text.prefix(10))).isEmpty else { return "" }
        return text
    }

    /// A day (`YYYY-MM-DD`) that exists, in years the store keeps, else "".
    static func day(_ text: String) -> String {
        guard let day = CalendarDay(iso: text), (1...9999).contains(day.year), day.description == text else { return "" }
        return text
    }
}
