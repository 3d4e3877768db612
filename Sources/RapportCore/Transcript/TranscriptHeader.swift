import Foundation

/// The first line of a transcript: what was used, by whom, for whom, and when.
public struct TranscriptHeader: Codable, Sendable, Hashable {
    public static let formatName = "rapport-transcript"
    public static let currentVersion = 1

    public struct PlaybookReference: Codable, Sendable, Hashable {
        public var id: String
        public var version: String
        public var hash: String
        /// Where the playbook was loaded from, for `summary` and `--resume`.
        public var path: String
    }

    public var format: String
    public var version: Int
    /// A stable id for the call (a random UUID), by which the team store knows it. Transcripts
    /// written before it existed are known by `callID(headerLine:)`.
    public var call: String?
    /// The Rapport that wrote the transcript (`0.9.0`).
    public var rapport: String?
    public var mode: SessionMode
    public var playbook: PlaybookReference
    public var rep: String?
    public var account: String?
    /// UTC start time, ISO 8601.
    public var started: String
    /// The day relative dates were read against (`YYYY-MM-DD`).
    public var sessionDay: String
    /// Practice: the persona played and the seed of its choices.
    public var persona: String?
    public var seed: UInt64?
    /// Practice: `exam` (no hints) or `coached`.
    public var practice: String?
    /// Practice with `--lead`: the lead the buyer was built from, so the call can be replayed.
    public var lead: Lead?
    /// How numeric dates such as `8/12` were read (from the rep's locale); absent when only
    /// unambiguous ones were.
    public var dateOrder: DateOrder?

    public init(mode: SessionMode, playbook: Playbook, playbookPath: String, rep: String?, account: String?, started: Date, sessionDay: CalendarDay) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.call = UUID().uuidString.lowercased()
        self.rapport = RapportVersion.current
        self.mode = mode
        self.playbook = PlaybookReference(id: playbook.id, version: playbook.version, hash: playbook.contentHash, path: playbookPath)
        self.rep = rep
        self.account = account
        self.started = TranscriptClock.iso(started)
        self.sessionDay = sessionDay.description
    }

    /// The header of a practice session.
    public static func practice(playbook: Playbook, playbookPath: String, persona: Persona, seed: UInt64, exam: Bool, rep: String?,
                                started: Date, sessionDay: CalendarDay) -> TranscriptHeader {
        var header = TranscriptHeader(mode: .practice, playbook: playbook, playbookPath: playbookPath, rep: rep, account: persona.id,
                                      started: started, sessionDay: sessionDay)
        header.persona = persona.id
        header.seed = seed
        header.practice = exam ? "exam" : "coached"
        return header
    }

    public var day: CalendarDay? { CalendarDay(iso: sessionDay) }

    /// The call's id: `call` when the header has one, else one derived from the header line
    /// itself (its start time to the millisecond, rep, account and playbook), the same every time.
    public func callID(headerLine: Substring) -> String {
        // A `call` a program wrote: a short id of letters, digits and `-_.:`. Anything else (a
        // damaged or hostile header) is not trusted as a key: the id is derived instead.
        if let call, (1...100).contains(call.utf8.count),
           call.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || [0x2D, 0x5F, 0x2E, 0x3A].contains($0) }) {
            return call
        }
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in headerLine.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second &* 0x0000_0100_0000_01b3) ^ UInt64(byte)
        }
        return "h-" + String(first, radix: 16) + String(second, radix: 16)
    }
}

/// ISO 8601 timestamps with milliseconds, UTC.
public enum TranscriptClock {
    /// `2026-11-27T01:48:00.123Z`. Plain arithmetic: a date formatter costs milliseconds to
    /// create, which would show in start-up and in every journal write.
    public static func iso(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = Int(milliseconds.quotientAndRemainder(dividingBy: 1000).quotient) - (milliseconds < 0 && milliseconds % 1000 != 0 ? 1 : 0)
        let millis = Int(milliseconds - Int64(seconds) * 1000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let day = CalendarDay(year: 1970, month: 1, day: 1).adding(days: days)
        return String(format: "%@T%02d:%02d:%02d.%03dZ", day.description, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60, millis)
    }

    /// Seconds since 1970 of `2026-11-27T01:48:00.123Z` (or without milliseconds), read by hand:
    /// a report reads hundreds of thousands of these. Nil for any other form.
    public static func seconds(_ text: String) -> Double? {
        let b = Array(text.utf8)
        guard b.count >= 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b.last == 0x5A else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard (0x30...0x39).contains(b[i]) else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), let second = number(17..<19), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if b[19] == 0x2E {
            var scale = 0.1
            for i in 20..<(b.count - 1) {
                guard (0x30...0x39).contains(b[i]) else { return nil }
                fraction += Double(b[i] - 0x30) * scale
                scale /= 10
            }
        } else if b.count != 20 {
            return nil
        }
        let days = CalendarDay(year: year, month: month, day: day).daysSinceEpoch
        return Double(days * 86_400 + hour * 3_600 + minute * 60 + second) + fraction
    }

    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }
}
