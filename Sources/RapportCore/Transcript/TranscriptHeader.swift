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
    public var mode: String
    public var playbook: PlaybookReference
    public var rep: String?
    public var account: String?
    /// UTC start time, ISO 8601.
    public var started: String
    /// The day relative dates were read against (`YYYY-MM-DD`).
    public var sessionDay: String

    public init(mode: String, playbook: Playbook, playbookPath: String, rep: String?, account: String?, started: Date, sessionDay: CalendarDay) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.mode = mode
        self.playbook = PlaybookReference(id: playbook.id, version: playbook.version, hash: playbook.contentHash, path: playbookPath)
        self.rep = rep
        self.account = account
        self.started = TranscriptClock.iso(started)
        self.sessionDay = sessionDay.description
    }

    public var day: CalendarDay? { CalendarDay(iso: sessionDay) }
}

/// ISO 8601 timestamps with milliseconds, UTC.
public enum TranscriptClock {
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }
}
