/// Reads dates as people say and type them, relative to the day of the session:
/// `2027-01-15`, `the 8th of December`, `Wed 9 Dec`, `Dec 8th`, `on the 18th`, `mid January`,
/// `end of next week`, `a week from today`, `in 3 weeks`, `Q3`, `next Tuesday`, `by March`.
///
/// A phrase with no date in it gives no date: never today, never the 1st of a month when a day
/// was named. Numeric forms such as `8/12` are read only when the order is clear (one part is
/// over 12) or the session's `DateOrder` says which comes first.
enum DateReading {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30,
    ]
    /// Words before a date that make it a deadline: the end of the period named.
    static let deadlineWords: Set<String> = ["by", "before", "until", "till", "til", "latest"]
    /// Nouns after "the 3rd" that show it is not a day of the month.
    static let notADayAfter: Set<String> = [
        "quarter", "time", "option", "floor", "one", "party", "week", "month", "year", "day", "place", "person",
        "call", "meeting", "version", "round", "attempt", "vendor", "tool", "step", "stage", "largest", "biggest",
        "point", "item", "line", "row", "column", "team", "reason", "most", "best", "year's",
        // "we close on the 5th working day": a count of days into a month, not a date.
        "working", "business", "work", "workday", "workdays",
    ]

    /// A date found in a run of tokens `start..<end`, with how specific its words were.
    struct Found: Sendable, Hashable {
        var day: CalendarDay
        var start: Int
        var end: Int
        /// 6 a full date, 5 a day and month, 4 a relative day, 3 a weekday or a day alone,
        /// 2 a part of a month or a quarter, 1 a month or a year alone.
        var strength: Int
    }

    /// The most specific date in the text, or nil when it names none.
    static func read(_ text: String, today: CalendarDay, order: DateOrder? = nil) -> CalendarDay? {
        find(in: tokens(text), today: today, order: order)?.day
    }

    /// A day specific enough to put in a calendar (a date, a weekday, a day of the month, a
    /// relative day), not a month, a quarter or a year alone.
    static func day(in text: String, today: CalendarDay, order: DateOrder? = nil) -> CalendarDay? {
        guard let found = find(in: tokens(text), today: today, order: order), found.strength >= 3 else { return nil }
        return found.day
    }

    /// Lowercase tokens as `NumberReading` makes them, without commas and full stops.
    static func tokens(_ text: String) -> [String] {
        NumberReading.tokens(text).filter { $0 != "," && $0 != "." }
    }

    /// The most specific date in the tokens (the first of equally specific ones). A date
    /// inside the words of another ("today" in "a month from today") gives way to it.
    static func find(in t: [String], today: CalendarDay, order: DateOrder?) -> Found? {
        let scan = DateScan(t: t, today: today, order: order)
        var best: Found?
        for i in t.indices {
            guard let found = scan.at(i) else { continue }
            if let current = best, current.start <= found.start, found.end <= current.end { continue }
            if best == nil || found.strength > best!.strength { best = found }
        }
        return best
    }

    static func quarterStart(of day: CalendarDay) -> CalendarDay {
        CalendarDay(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1)
    }

    static func quarterEnd(of day: CalendarDay) -> CalendarDay {
        quarterStart(of: day).adding(months: 3).adding(days: -1)
    }

    static func monthEnd(_ year: Int, _ month: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
    }

    /// The first day strictly after `day` that falls on `weekday` (1 = Monday).
    static func nextWeekday(_ weekday: Int, after day: CalendarDay) -> CalendarDay {
        var ahead = (weekday - day.weekday + 7) % 7
        if ahead == 0 { ahead = 7 }
        return day.adding(days: ahead)
    }

    /// The Monday of the week `day` falls in.
    static func monday(of day: CalendarDay) -> CalendarDay {
        day.adding(days: 1 - day.weekday)
    }
}

/// Which comes first in a numeric date such as `8/12/2026`, from the rep's locale.
public enum DateOrder: String, Sendable, Codable, Hashable {
    /// 8/12 is the 8th of December (most of the world).
    case dayFirst = "dmy"
    /// 8/12 is August 12th (the United States, the Philippines).
    case monthFirst = "mdy"

    /// The order a POSIX locale name implies (`en_US.UTF-8` → month first, `en_GB` → day
    /// first); nil for `C`, `POSIX` or an empty name, where no order can be assumed.
    public init?(locale name: String) {
        let base = name.split(separator: ".").first.map(String.init) ?? ""
        guard base.count >= 2, base != "POSIX", base != "C" else { return nil }
        let region = base.split(separator: "_").dropFirst().first.map { String($0.prefix(2)).uppercased() } ?? ""
        self = ["US", "PH", "FM", "MH", "PW"].contains(region) ? .monthFirst : .dayFirst
    }
}
