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
    /// The Rapport that wrote the transcript (`0.9.0`).
    public var rapport: String?
    public var mode: String
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
    /// How numeric dates such as `8/12` were read (from the rep's locale); absent when only
    /// unambiguous ones were.
    public var dateOrder: DateOrder?

    public init(mode: String, playbook: Playbook, playbookPath: String, rep: String?, account: String?, started: Date, sessionDay: CalendarDay) {
        self.format = Self.formatName
        self.version = Self.currentVersion
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
        var header = TranscriptHeader(mode: "practice", playbook: playbook, playbookPath: playbookPath, rep: rep, account: persona.id,
                                      started: started, sessionDay: sessionDay)
        header.persona = persona.id
        header.seed = seed
        header.practice = exam ? "exam" : "coached"
        return header
    }

    public var day: CalendarDay? { CalendarDay(iso: sessionDay) }
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

    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }
}
