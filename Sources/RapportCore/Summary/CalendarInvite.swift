/// The agreed next step as an iCalendar event (RFC 5545): an all-day event on the agreed date,
/// with CRLF line ends, lines folded at 75 octets and TEXT values escaped, as calendar apps
/// (Google Calendar, Outlook, Apple Calendar) expect.
public struct CalendarInvite: Sendable {
    public var summary: String
    public var description: String
    public var day: CalendarDay
    /// A stable identifier, so importing the same invite twice updates rather than duplicates.
    public var uid: String
    /// When the invite was made, `YYYYMMDDTHHMMSSZ`.
    public var stamp: String

    public init(summary: String, description: String, day: CalendarDay, uid: String, stamp: String) {
        self.summary = summary
        self.description = description
        self.day = day
        self.uid = uid
        self.stamp = stamp
    }

    /// The invite for a session's next step; nil when no next step with a date was agreed.
    /// `started` is the session's ISO 8601 start (`2026-11-27T01:48:00.123Z`).
    public init?(playbook: Playbook, profile: NeedsProfile, account: String?, rep: String?, started: String) {
        guard let plan = FollowUpPlan(playbook: playbook, profile: profile), let day = plan.day else { return nil }
        var lines: [String] = []
        if let account { lines.append("With \(account), as agreed\(rep.map { " with \($0)" } ?? "").") }
        let pains = ValueProposition(playbook: playbook, profile: profile).pains
        if !pains.isEmpty {
            lines.append("What they want solved: " + pains.map(\.label).joined(separator: ", ") + ".")
        }
        lines.append("Prepared with Rapport (\(playbook.title)).")
        let digits = started.filter(\.isNumber)
        let stamp = digits.count >= 14 ? String(digits.prefix(8)) + "T" + String(digits.dropFirst(8).prefix(6)) + "Z" : "19700101T000000Z"
        let identity = [started, account ?? "", plan.what, day.description].joined(separator: "\u{1F}")
        self.init(summary: plan.what + (account.map { " — \($0)" } ?? ""), description: lines.joined(separator: "\n"),
                  day: day, uid: "\(Self.digest(identity))@rapport", stamp: stamp)
    }

    /// The `.ics` text.
    public var text: String {
        let start = day.description.filter(\.isNumber)
        let end = day.adding(days: 1).description.filter(\.isNumber)
        let lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Rapport//Rapport guided selling//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + Self.escaped(uid),
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + start,
            "DTEND;VALUE=DATE:" + end,
            "SUMMARY:" + Self.escaped(summary),
            "DESCRIPTION:" + Self.escaped(description),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon and comma are escaped, line
    /// breaks become `\n`, and other control characters, which TEXT may not hold, are dropped.
    public static func escaped(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line into lines of at most 75 octets, continuation lines starting with
    /// one space (RFC 5545 3.1), never splitting a UTF-8 character.
    public static func folded(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            if size <= 74 {
                if octets + size > 75 {
                    result += "\r\n "
                    octets = 1
                }
                result.append(character)
                octets += size
                continue
            }
            // One grapheme longer than a line (a letter under hundreds of combining marks): it
            // is folded between its scalars, never inside a UTF-8 sequence.
            for scalar in character.unicodeScalars {
                let scalarSize = String(scalar).utf8.count
                if octets + scalarSize > 75 {
                    result += "\r\n "
                    octets = 1
                }
                result.unicodeScalars.append(scalar)
                octets += scalarSize
            }
        }
        return result
    }

    /// FNV-1a, 64 bits, in hex: stable across runs and machines (Swift's hashValue is not).
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
