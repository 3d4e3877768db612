/// Reads dates as reps type them, relative to the day of the session: `2027-01-15`,
/// `next quarter`, `by March`, `in 2 weeks`, `end of year`, `Q3`, `March 15`, `next Tuesday`.
enum DateReading {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    static func read(_ text: String, today: CalendarDay) -> CalendarDay? {
        let toks = NumberReading.tokens(text).filter { $0 != "," && $0 != "." }
        // A deadline ("by March", "end of Q3") means the last day of the period; otherwise the first.
        let deadline = toks.contains { ["by", "before", "end", "until", "eoy", "eoq", "latest"].contains($0) }
        for i in toks.indices {
            if let day = readAt(toks, i, today: today, deadline: deadline) { return day }
        }
        return nil
    }

    private static func readAt(_ t: [String], _ i: Int, today: CalendarDay, deadline: Bool) -> CalendarDay? {
        let word = t[i]
        func at(_ k: Int) -> String? { k < t.count ? t[k] : nil }

        // 2027-01-15 (tokenised as 2027 - 01 - 15)
        if word.count == 4, let year = Int(word), at(i + 1) == "-", let m = at(i + 2).flatMap({ Int($0) }),
            at(i + 3) == "-", let d = at(i + 4).flatMap({ Int($0) })
        {
            return CalendarDay(iso: String(format: "%04d-%02d-%02d", year, m, d))
        }
        // 15/01/2027 or 1/15/2027: read day-first unless that is impossible.
        if let a = Int(word), at(i + 1) == "/", let b = at(i + 2).flatMap({ Int($0) }), at(i + 3) == "/",
            let y = at(i + 4).flatMap({ Int($0) }), y >= 1000
        {
            if let day = CalendarDay(iso: String(format: "%04d-%02d-%02d", y, b, a)) { return day }
            return CalendarDay(iso: String(format: "%04d-%02d-%02d", y, a, b))
        }
        switch word {
        case "today", "asap", "now", "immediately": return today
        case "tomorrow": return today.adding(days: 1)
        case "eoy": return CalendarDay(year: today.year, month: 12, day: 31)
        case "eoq": return quarterEnd(of: today)
        default: break
        }
        if word == "end", at(i + 1) == "of" || at(i + 1) == "the" {
            var k = i + 1
            while let w = at(k), ["of", "the", "this"].contains(w) { k += 1 }
            switch at(k) {
            case "year": return CalendarDay(year: today.year, month: 12, day: 31)
            case "quarter": return quarterEnd(of: today)
            case "month": return CalendarDay(year: today.year, month: today.month, day: CalendarDay.daysIn(month: today.month, year: today.year))
            case "week": return nextWeekday(5, after: today.adding(days: -1))
            default: break
            }
        }
        if (word == "year" && at(i + 1) == "end") || (word == "year" && at(i + 1) == "-" && at(i + 2) == "end") {
            return CalendarDay(year: today.year, month: 12, day: 31)
        }
        if word == "next" || word == "this" {
            let next = word == "next"
            switch at(i + 1) {
            case "week":
                return next ? nextWeekday(1, after: today) : nextWeekday(5, after: today.adding(days: -1))
            case "month":
                let first = CalendarDay(year: today.year, month: today.month, day: 1).adding(months: next ? 1 : 0)
                return deadline ? first.adding(months: 1).adding(days: -1) : first
            case "quarter":
                let start = quarterStart(of: today).adding(months: next ? 3 : 0)
                return deadline ? quarterEnd(of: start) : start
            case "year":
                let year = today.year + (next ? 1 : 0)
                return deadline || !next ? CalendarDay(year: year, month: 12, day: 31) : CalendarDay(year: year, month: 1, day: 1)
            default:
                if let w = at(i + 1), let weekday = weekdays[w] {
                    return nextWeekday(weekday, after: today)
                }
            }
        }
        // in 2 weeks, in a month, within 30 days, 3 months from now
        let reading = ["a", "an"].contains(word) ? (1.0, false, i + 1) : NumberReading.read(t, at: i)
        // Bounded: "in 99999999999999999999 days" is not a date (and would overflow).
        if let (amount, _, after) = reading, amount.isFinite, abs(amount) <= 10_000, let unit = at(after) {
            let count = Int(amount.rounded())
            let previous = i > 0 ? t[i - 1] : ""
            let relative = ["in", "within", "about", "around", "roughly", "another"].contains(previous)
                || at(after + 1) == "from" || at(after + 1) == "out"
            if relative {
                switch unit {
                case "day", "days": return today.adding(days: count)
                case "week", "weeks": return today.adding(days: 7 * count)
                case "month", "months": return today.adding(months: count)
                case "year", "years": return today.adding(months: 12 * count)
                default: break
                }
            }
        }
        // Q3, Q3 2027, q1 next year
        if word == "q", let q = at(i + 1).flatMap({ Int($0) }), (1...4).contains(q) {
            var year = today.year
            if let y = at(i + 2).flatMap({ Int($0) }), y >= 1000 {
                year = y
            } else if at(i + 2) == "next", at(i + 3) == "year" {
                year += 1
            } else if q < (today.month - 1) / 3 + 1 {
                year += 1
            }
            let start = CalendarDay(year: year, month: (q - 1) * 3 + 1, day: 1)
            return deadline ? quarterEnd(of: start) : start
        }
        // March, March 15, 15 March, March 15 2027, mid-March
        if let month = months[word], !(word == "may" && !looksLikeMonthMay(t, i)) {
            var day: Int?
            var year: Int?
            if let d = at(i + 1).flatMap({ Int($0.filter(\.isNumber)) }), (1...31).contains(d) {
                day = d
                if let y = at(i + 2).flatMap({ Int($0) }), y >= 1000 { year = y }
            } else if let y = at(i + 1).flatMap({ Int($0) }), y >= 1000 {
                year = y
            }
            if day == nil, i > 0, let d = Int(t[i - 1]), (1...31).contains(d) { day = d }
            // "15th March": the ordinal suffix is its own token
            if day == nil, i > 1, ["th", "st", "nd", "rd"].contains(t[i - 1]), let d = Int(t[i - 2]), (1...31).contains(d) { day = d }
            if day == nil, i > 1, t[i - 1] == "of", let d = Int(t[i - 2]), (1...31).contains(d) { day = d }
            let y = year ?? (month < today.month ? today.year + 1 : today.year)
            let last = CalendarDay.daysIn(month: month, year: y)
            if let day {
                let candidate = CalendarDay(year: y, month: month, day: min(day, last))
                if year == nil && candidate < today { return CalendarDay(year: y + 1, month: month, day: min(day, last)) }
                return candidate
            }
            let mid = i > 0 && (t[i - 1] == "mid" || (t[i - 1] == "-" && i > 1 && t[i - 2] == "mid"))
            if mid { return CalendarDay(year: y, month: month, day: 15) }
            return CalendarDay(year: y, month: month, day: deadline ? last : 1)
        }
        if let weekday = weekdays[word], !(word == "sun" || word == "sat" || word == "wed") || (i > 0 && ["on", "next", "this", "by"].contains(t[i - 1])) {
            return nextWeekday(weekday, after: today)
        }
        return nil
    }

    /// "may" is a month only near a day, a year, or after in/by/early/late/end of.
    private static func looksLikeMonthMay(_ t: [String], _ i: Int) -> Bool {
        if i + 1 < t.count, let n = Int(t[i + 1].filter(\.isNumber)), n >= 1 { return true }
        if i > 0, ["in", "by", "early", "late", "mid", "of", "until", "before", "-"].contains(t[i - 1]) { return true }
        return false
    }

    static func quarterStart(of day: CalendarDay) -> CalendarDay {
        CalendarDay(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1)
    }

    static func quarterEnd(of day: CalendarDay) -> CalendarDay {
        quarterStart(of: day).adding(months: 3).adding(days: -1)
    }

    /// The first day strictly after `day` that falls on `weekday` (1 = Monday).
    static func nextWeekday(_ weekday: Int, after day: CalendarDay) -> CalendarDay {
        var ahead = (weekday - day.weekday + 7) % 7
        if ahead == 0 { ahead = 7 }
        return day.adding(days: ahead)
    }
}
