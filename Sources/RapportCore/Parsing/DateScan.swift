/// The date forms `DateReading` knows, each tried at one token position.
struct DateScan {
    let t: [String]
    let today: CalendarDay
    let order: DateOrder?

    typealias Found = DateReading.Found

    func word(_ k: Int) -> String? { k >= 0 && k < t.count ? t[k] : nil }
    func int(_ k: Int) -> Int? { word(k).flatMap { Int($0) } }

    /// Whether the number at `k` is a time of day, not a day: `2` in "2pm", "2 pm", "2:30",
    /// "9-10am"; `30` in "2:30".
    func isTime(_ k: Int) -> Bool {
        guard int(k) != nil else { return false }
        let after = word(k + 1) ?? ""
        if ["am", "pm", ":", "h", "hrs", "oclock"].contains(after) || word(k - 1) == ":" { return true }
        // The first of a range of hours: "9-10am".
        return after == "-" && int(k + 2) != nil && ["am", "pm"].contains(word(k + 3) ?? "")
    }

    /// A day of the month at `k`: `8`, `8th`, `eighth`; returns the day and the index after it.
    func dayOfMonth(_ k: Int) -> (Int, Int)? {
        if let d = int(k), (1...31).contains(d), word(k)!.count <= 2, !isTime(k) {
            let after = word(k + 1).map { DateReading.ordinalSuffixes.contains($0) } == true ? k + 2 : k + 1
            return (d, after)
        }
        if let w = word(k), w == "twenty" || w == "thirty" {
            let j = word(k + 1) == "-" ? k + 2 : k + 1
            if let w2 = word(j), let unit = DateReading.ordinalWords[w2], unit < 10 { return ((w == "twenty" ? 20 : 30) + unit, j + 1) }
        }
        if let w = word(k), let d = DateReading.ordinalWords[w] { return (d, k + 1) }
        return nil
    }

    /// A month name at `k`, unless it is the verb or modal "may"/"march".
    func month(_ k: Int) -> Int? {
        guard let w = word(k), let m = DateReading.months[w] else { return nil }
        if w == "may" || w == "mar" || w == "march" {
            let before = word(k - 1) ?? ""
            let numberNear = int(k + 1).map { $0 >= 1 } ?? false
            let dayBefore = dayOfMonthEnding(at: k - 1) != nil || (before == "of" && dayOfMonthEnding(at: k - 2) != nil)
            let cue = ["in", "by", "early", "late", "mid", "of", "until", "before", "-", "from", "since", "end", "next", "this", "last", "till", "middle", "start", "beginning",
                       "(", ":", "is", "=", "fye"].contains(before)
            guard numberNear || dayBefore || cue else { return nil }
        }
        return m
    }

    /// A year at `k`: `2027`, or `'27`; returns the year and the index after it.
    func year(_ k: Int) -> (Int, Int)? {
        if let y = int(k), word(k)!.count == 4, (1900...2200).contains(y) { return (y, k + 1) }
        if word(k) == "'", let y = int(k + 1), word(k + 1)!.count == 2 { return (2000 + y, k + 2) }
        return nil
    }

    /// When a day-of-month expression ends at `k` (inclusive), where it starts.
    func dayOfMonthEnding(at k: Int) -> Int? {
        guard k >= 0 else { return nil }
        if let w = word(k), DateReading.ordinalSuffixes.contains(w), let d = int(k - 1), (1...31).contains(d) { return k - 1 }
        if let d = int(k), (1...31).contains(d), word(k)!.count <= 2, !isTime(k) { return k }
        if let w = word(k), DateReading.ordinalWords[w] != nil { return k }
        return nil
    }

    /// The weekday named at `k`, with abbreviations that are also words needing a cue.
    func weekday(_ k: Int) -> Int? {
        guard let w = word(k), let d = DateReading.weekdays[w] else { return nil }
        if ["sun", "sat", "wed", "mon", "thu", "tue", "fri", "thur"].contains(w) {
            let cue = ["on", "next", "this", "by", "coming", "before", "until", "from", "-"].contains(word(k - 1) ?? "")
            let dateFollows = dayOfMonth(k + 1) != nil || month(k + 1) != nil || (word(k + 1) == "the" && dayOfMonth(k + 2) != nil)
            guard cue || dateFollows || w == "fri" || w == "thu" || w == "tue" || w == "thur" else { return nil }
        }
        return d
    }

    /// Whether the words before `k` make a deadline ("by", "before", "no later than").
    func deadlineBefore(_ k: Int) -> Bool {
        if let w = word(k - 1), DateReading.deadlineWords.contains(w) { return true }
        return word(k - 1) == "than" && word(k - 2) == "later"
    }

    /// The next day (today or later) that is day `d` of a month; with a weekday, the next such
    /// day falling on it (within two years), so "Tuesday the 8th" finds its month.
    func nextDayOfMonth(_ d: Int, weekday: Int?) -> CalendarDay? {
        var month = CalendarDay(year: today.year, month: today.month, day: 1)
        for _ in 0..<24 {
            if d <= CalendarDay.daysIn(month: month.month, year: month.year) {
                let day = CalendarDay(year: month.year, month: month.month, day: d)
                if day >= today && (weekday == nil || day.weekday == weekday) { return day }
            }
            month = month.adding(months: 1)
        }
        return weekday == nil ? nil : nextDayOfMonth(d, weekday: nil)
    }

    /// A day and month with an optional year; without a year, the next one from today, or
    /// the year in which the weekday given matches.
    func calendarDay(_ d: Int, _ m: Int, year: Int?, weekday: Int?) -> CalendarDay? {
        if let year {
            guard d <= CalendarDay.daysIn(month: m, year: year) else { return nil }
            return CalendarDay(year: year, month: m, day: d)
        }
        var candidates: [CalendarDay] = []
        for y in [today.year, today.year + 1, today.year + 2] where d <= CalendarDay.daysIn(month: m, year: y) {
            candidates.append(CalendarDay(year: y, month: m, day: d))
        }
        let future = candidates.filter { $0 >= today }
        if let weekday, let match = future.first(where: { $0.weekday == weekday }) { return match }
        return future.first
    }

    func at(_ i: Int) -> Found? {
        numeric(i) ?? dayAndMonth(i) ?? holiday(i) ?? relative(i) ?? weekdayAt(i) ?? dayAlone(i) ?? partOfMonth(i) ?? quarter(i) ?? yearAlone(i)
    }

    /// `2027-01-15`, `2027/01/15`, `15/01/2027`, `1/15/27`, `8/12` (when the order is known), `15.01.2027`.
    func numeric(_ i: Int) -> Found? {
        guard let w = word(i), w.first?.isNumber == true else { return nil }
        var parts: [Int] = []
        var end = i
        if w.contains(".") {
            parts = w.split(separator: ".").compactMap { Int($0) }
            guard parts.count == 3, w.split(separator: ".").count == 3 else { return nil }
            end = i + 1
        } else {
            guard let a = Int(w) else { return nil }
            parts = [a]
            var k = i + 1
            while parts.count < 3, let sep = word(k), sep == "/" || sep == "-", let n = int(k + 1) {
                parts.append(n)
                k += 2
            }
            end = k
            guard parts.count >= 2, word(i + 1) == "/" || parts.count == 3 else { return nil }
        }
        if parts.count == 3 && w.count == 4 {
            guard let day = CalendarDay(iso: String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2])) else { return nil }
            return Found(day: day, start: i, end: end, strength: 6)
        }
        var year: Int?
        if parts.count == 3 {
            let y = parts[2]
            year = y < 100 ? 2000 + y : y
            guard (1900...2200).contains(year!) else { return nil }
        } else {
            // "24/7", "3/4 of the team", "50/50": not dates.
            if (parts[0] == 24 && parts[1] == 7) || word(end) == "of" || word(end) == "%" { return nil }
        }
        let (a, b) = (parts[0], parts[1])
        guard (1...31).contains(a), (1...31).contains(b) else { return nil }
        let day: Int
        let month: Int
        if a > 12 && b <= 12 {
            (day, month) = (a, b)
        } else if b > 12 && a <= 12 {
            (day, month) = (b, a)
        } else if a == b {
            (day, month) = (a, a)
        } else if let order {
            (day, month) = order == .dayFirst ? (a, b) : (b, a)
        } else {
            return nil
        }
        guard month <= 12, let found = calendarDay(day, month, year: year, weekday: nil) else { return nil }
        return Found(day: found, start: i, end: end, strength: year == nil ? 5 : 6)
    }

    /// `the 8th of December`, `8 Dec`, `Dec 8th`, `Wed 9 Dec`, `Thursday, January 7 2027`, `December the 8th`.
    func dayAndMonth(_ i: Int) -> Found? {
        var k = i
        var weekday: Int?
        if let wd = self.weekday(k) {
            weekday = wd
            k += 1
            if word(k) == "-" { k += 1 }
        }
        if word(k) == "the" { k += 1 }
        // day first
        if let (d, after) = dayOfMonth(k) {
            var m = after
            if word(m) == "of" { m += 1 }
            if let month = month(m) {
                var end = m + 1
                var year: Int?
                if let (y, next) = self.year(end) { year = y; end = next }
                guard let day = calendarDay(d, month, year: year, weekday: weekday) else { return nil }
                return Found(day: day, start: i, end: end, strength: year == nil ? 5 : 6)
            }
        }
        // month first
        if let month = month(k) {
            var m = k + 1
            if word(m) == "the" { m += 1 }
            if let (d, after) = dayOfMonth(m), self.year(m) == nil {
                var end = after
                var year: Int?
                if let (y, next) = self.year(end) { year = y; end = next }
                guard let day = calendarDay(d, month, year: year, weekday: weekday) else { return nil }
                return Found(day: day, start: i, end: end, strength: year == nil ? 5 : 6)
            }
        }
        return nil
    }

    /// today, tomorrow, the day after tomorrow, in N days/weeks/months, N weeks from now,
    /// a week from Friday, next week, end of next week, end of the month, next month, year end.
    func relative(_ i: Int) -> Found? {
        guard let w = word(i) else { return nil }
        switch w {
        case "today", "tonight": return Found(day: today, start: i, end: i + 1, strength: 4)
        case "tomorrow", "tmrw", "tmr", "tomorow":
            if word(i - 1) == "after" && word(i - 2) == "day" { return nil }
            return Found(day: today.adding(days: 1), start: i, end: i + 1, strength: 4)
        case "day" where word(i + 1) == "after" && word(i + 2) == "tomorrow":
            return Found(day: today.adding(days: 2), start: i, end: i + 3, strength: 4)
        case "eoy": return Found(day: DateReading.monthEnd(today.year, 12), start: i, end: i + 1, strength: 2)
        case "eoq": return Found(day: DateReading.quarterEnd(of: today), start: i, end: i + 1, strength: 2)
        case "eom": return Found(day: DateReading.monthEnd(today.year, today.month), start: i, end: i + 1, strength: 2)
        case "eow": return Found(day: DateReading.nextWeekday(5, after: today.adding(days: -1)), start: i, end: i + 1, strength: 3)
        default: break
        }
        if ["last", "past", "previous"].contains(word(i - 1) ?? "") { return nil }
        // end / beginning / middle of (the / this / next) week / month / quarter / year
        let part = periodPart(i)
        let k = part.map { $0.next } ?? i
        let place = part?.place
        var n = k
        if word(n) == "the" { n += 1 }
        var shift: Int?
        if word(n) == "this" || word(n) == "current" { shift = 0; n += 1 }
        else if word(n) == "next" || word(n) == "coming" { shift = 1; n += 1 }
        else if word(n) == "following" { shift = 1; n += 1 }
        if let unit = word(n), ["week", "month", "quarter", "year"].contains(unit), shift != nil || place != nil {
            let s = shift ?? 0
            let deadline = deadlineBefore(i)
            // "this month" on its own means by its end; "next month" its start unless a deadline.
            let day = period(unit, shift: s, place: place ?? (deadline || s == 0 ? .end : .start))
            return day.map { Found(day: $0, start: i, end: n + 1, strength: unit == "week" ? 3 : 2) }
        }
        // (A year end that names its month — "year-end (March)" — is that month's end.)
        if w == "year" && (word(i + 1) == "end" || (word(i + 1) == "-" && word(i + 2) == "end")) && periodPart(i) == nil {
            return Found(day: DateReading.monthEnd(today.year, 12), start: i, end: word(i + 1) == "end" ? i + 2 : i + 3, strength: 2)
        }
        // in 2 weeks, within 30 days, 3 months from now, a week from today, a couple of weeks out
        let amount: (Double, Bool, Int)? = ["a", "an"].contains(w) && ["day", "week", "month", "year", "fortnight"].contains(word(i + 1) ?? "")
            ? (1.0, false, i + 1) : NumberReading.read(t, at: i)
        if let (value, _, after) = amount, value.isFinite, value > 0, value <= 10_000, value == value.rounded(), var unit = word(after) {
            let count = Int(value)
            if unit.hasSuffix("'") { unit.removeLast() }  // "two weeks' time"
            if unit.hasSuffix("s") { unit.removeLast() }
            unit = DateScan.unitAbbreviations[unit] ?? unit
            // "in about 3 months", "within roughly two weeks"
            var p = i - 1
            while let w = word(p), ["about", "around", "roughly", "approximately", "approx", "maybe", "like", "the", "next", "another"].contains(w), p > i - 3 { p -= 1 }
            let previous = word(p) ?? ""
            let fromWord = word(after + 1) == "from" || word(after + 1) == "out" || word(after + 1) == "later" || word(after + 1) == "time"
            let relativeCue = ["in", "within", "another", "next"].contains(previous) || fromWord
            guard relativeCue else { return nil }
            var base = today
            var end = after + 1
            if word(after + 1) == "from" {
                end = after + 2
                switch word(after + 2) {
                case "now", "today": end = after + 3
                case "tomorrow": base = today.adding(days: 1); end = after + 3
                case let x? where DateReading.weekdays[x] != nil:
                    base = DateReading.nextWeekday(DateReading.weekdays[x]!, after: today.adding(days: -1)); end = after + 3
                default: break
                }
            } else if fromWord {
                end = after + 2
            }
            switch unit {
            case "day": return Found(day: base.adding(days: count), start: i, end: end, strength: 4)
            case "week": return Found(day: base.adding(days: 7 * count), start: i, end: end, strength: 4)
            case "fortnight": return Found(day: base.adding(days: 14 * count), start: i, end: end, strength: 4)
            // "in 2 months" is a date, but not a day anyone would book: weaker than a named day.
            case "month": return Found(day: base.adding(months: count), start: i, end: end, strength: 2)
            case "year": return Found(day: base.adding(months: 12 * count), start: i, end: end, strength: 1)
            default: return nil
            }
        }
        return nil
    }

    static let unitAbbreviations = ["wk": "week", "mo": "month", "mth": "month", "yr": "year", "dy": "day", "d": "day", "w": "week"]

    /// Christmas, Christmas Eve, New Year, New Year's Eve: the next one from today.
    func holiday(_ i: Int) -> Found? {
        guard let w = word(i) else { return nil }
        var month = 0
        var d = 0
        var end = i + 1
        switch w {
        case "christmas", "xmas", "x-mas":
            (month, d) = word(i + 1) == "eve" ? (12, 24) : (12, 25)
            if word(i + 1) == "eve" || word(i + 1) == "day" { end = i + 2 }
        case "new" where ["year", "year's", "years"].contains(word(i + 1) ?? ""):
            (month, d) = word(i + 2) == "eve" ? (12, 31) : (1, 1)
            end = ["eve", "day"].contains(word(i + 2) ?? "") ? i + 3 : i + 2
        case "nye": (month, d) = (12, 31)
        default: return nil
        }
        guard var day = calendarDay(d, month, year: nil, weekday: nil) else { return nil }
        // "before Christmas": the day before it.
        if word(i - 1) == "before" { day = day.adding(days: -1) }
        return Found(day: day, start: i, end: end, strength: 4)
    }

    enum Place { case start, middle, end }

    /// `end of`, `the end of`, `beginning of`, `start of`, `mid`, `middle of`, `early`, `late`.
    func periodPart(_ i: Int) -> (place: Place, next: Int)? {
        var k = i
        if word(k) == "the" { k += 1 }
        guard let w = word(k) else { return nil }
        // "FY end (March)", "fiscal year end in June", "year-end: March": the end of that month.
        var f = k
        if ["fy", "fye", "year", "yr"].contains(w) { f = k + 1 } else if ["fiscal", "financial"].contains(w), word(k + 1) == "year" { f = k + 2 }
        if f > k {
            if word(f) == "-" { f += 1 }
            if w != "fye" {
                guard word(f) == "end" else { return nil }
                f += 1
            }
            while let x = word(f), ["(", "-", ":", "is", "in", "=", "of"].contains(x) { f += 1 }
            return month(f) != nil ? (.end, f) : nil
        }
        let place: Place
        switch w {
        case "end", "close": place = .end
        case "late": return (.end, k + (word(k + 1) == "-" ? 2 : 1))
        case "beginning", "start": place = .start
        case "early": return (.start, k + (word(k + 1) == "-" ? 2 : 1))
        case "middle": place = .middle
        case "mid": return (.middle, k + (word(k + 1) == "-" ? 2 : (word(k + 1) == "of" ? 2 : 1)))
        default: return nil
        }
        guard word(k + 1) == "of" else { return nil }
        return (place, k + 2)
    }

    /// The start, middle or end of this or a following week, month, quarter or year.
    func period(_ unit: String, shift: Int, place: Place) -> CalendarDay? {
        switch unit {
        case "week":
            // "this week" from a weekend means the week ahead.
            let base = today.weekday >= 6 && shift == 0 ? DateReading.monday(of: today).adding(days: 7) : DateReading.monday(of: today)
            let monday = base.adding(days: 7 * shift)
            switch place {
            case .start: return monday
            case .middle: return monday.adding(days: 2)
            case .end: return monday.adding(days: 4)
            }
        case "month":
            let first = CalendarDay(year: today.year, month: today.month, day: 1).adding(months: shift)
            switch place {
            case .start: return first
            case .middle: return first.adding(days: 14)
            case .end: return DateReading.monthEnd(first.year, first.month)
            }
        case "quarter":
            let start = DateReading.quarterStart(of: today).adding(months: 3 * shift)
            switch place {
            case .start: return start
            case .middle: return start.adding(months: 1).adding(days: 14)
            case .end: return DateReading.quarterEnd(of: start)
            }
        case "year":
            let year = today.year + shift
            switch place {
            case .start: return CalendarDay(year: year, month: 1, day: 1)
            case .middle: return CalendarDay(year: year, month: 7, day: 1)
            case .end: return DateReading.monthEnd(year, 12)
            }
        default: return nil
        }
    }

    /// `Tuesday`, `on Fri`, `next Tuesday`, `this Thursday`, `Tuesday week`, `Tuesday the 8th`.
    func weekdayAt(_ i: Int) -> Found? {
        guard let wd = weekday(i), !["last", "past", "previous"].contains(word(i - 1) ?? "") else { return nil }
        // "Tuesday the 8th", "Tues 15th" (an ordinal: "Tues 15" may be a time).
        let k = word(i + 1) == "the" ? i + 2 : i + 1
        if let (d, after) = dayOfMonth(k), k == i + 2 || after - k == 2, month(after) == nil && !(word(after) == "of" && month(after + 1) != nil) {
            guard let day = nextDayOfMonth(d, weekday: wd) else { return nil }
            return Found(day: day, start: i, end: after, strength: 5)
        }
        var day = DateReading.nextWeekday(wd, after: today)
        var end = i + 1
        if word(i + 1) == "week" || (word(i + 1) == "after" && word(i + 2) == "next") {
            day = day.adding(days: 7)
            end = word(i + 1) == "week" ? i + 2 : i + 3
        }
        // "next Tuesday" said on a Monday still means tomorrow-but-one's week: the next one.
        if word(i + 1) == "next" && word(i + 2) == "week" {
            day = DateReading.monday(of: today).adding(days: 7 + wd - 1)
            end = i + 3
        }
        return Found(day: day, start: i, end: end, strength: 3)
    }

    /// `on the 18th`, `the 3rd`, `18th`: the next day of that number (today or later).
    func dayAlone(_ i: Int) -> Found? {
        var k = i
        let hasThe = word(k) == "the"
        if hasThe { k += 1 }
        guard let (d, after) = dayOfMonth(k) else { return nil }
        let ordinal = after - k == 2 || DateReading.ordinalWords[word(k) ?? ""] != nil
        guard ordinal else { return nil }
        if let next = word(after), DateReading.notADayAfter.contains(next) { return nil }
        // "the third" is a day only with a cue: "on the third", "by the third".
        if DateReading.ordinalWords[word(k) ?? ""] != nil {
            guard hasThe, ["on", "by", "for", "until", "before", "from"].contains(word(i - 1) ?? "") else { return nil }
        } else if !hasThe {
            // "18th", said last or before a time ("18th at 10", "18th 10am").
            let timeAfter = ["at", "@"].contains(word(after) ?? "") || isTime(after)
            guard ["on", "by", "for", "until", "before", "from", "the"].contains(word(i - 1) ?? "") || word(after) == nil || timeAfter else { return nil }
        }
        guard let day = nextDayOfMonth(d, weekday: nil) else { return nil }
        return Found(day: day, start: i, end: after, strength: 3)
    }

    /// `March`, `by March`, `mid-January`, `end of January`, `early Feb 2027`.
    func partOfMonth(_ i: Int) -> Found? {
        let part = periodPart(i)
        let k = part?.next ?? i
        guard let m = month(k) else { return nil }
        var end = k + 1
        var year: Int?
        if let (y, next) = self.year(end) { year = y; end = next }
        let deadline = deadlineBefore(i)
        func dayOf(_ y: Int) -> CalendarDay {
            switch part?.place ?? (deadline ? .end : .start) {
            case .start: return CalendarDay(year: y, month: m, day: 1)
            case .middle: return CalendarDay(year: y, month: m, day: 15)
            case .end: return DateReading.monthEnd(y, m)
            }
        }
        // A month named without its year is the next one still to come: "go-live Nov." on
        // 27 November is next November, not the 1st of this one (already past); "end of
        // November" is still this one.
        var day = dayOf(year ?? (m < today.month ? today.year + 1 : today.year))
        if year == nil, day < today { day = dayOf(today.year + 1) }
        return Found(day: day, start: i, end: end, strength: part == nil ? (year == nil ? 1 : 2) : 2)
    }

    /// `Q3`, `Q1 2027`, `q1 next year`, `Q3 '27`, `the third quarter`, `end of Q3`.
    func quarter(_ i: Int) -> Found? {
        let part = periodPart(i)
        var k = part?.next ?? i
        if word(k) == "the" { k += 1 }
        var q: Int?
        var end = k
        if word(k) == "q", let n = int(k + 1), (1...4).contains(n) {
            q = n
            end = k + 2
        } else if let w = word(k), let n = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1][w], word(k + 1) == "quarter" {
            q = n
            end = k + 2
        } else if let n = int(k), (1...4).contains(n), let s = word(k + 1), DateReading.ordinalSuffixes.contains(s), word(k + 2) == "quarter" {
            q = n
            end = k + 3
        }
        guard let q else { return nil }
        var year = today.year
        if let (y, next) = self.year(end) {
            year = y
            end = next
        } else if word(end) == "next" && word(end + 1) == "year" {
            year += 1
            end += 2
        } else if q < (today.month - 1) / 3 + 1 {
            year += 1
        }
        let start = CalendarDay(year: year, month: (q - 1) * 3 + 1, day: 1)
        let place = part?.place ?? (deadlineBefore(i) ? .end : .start)
        let day: CalendarDay
        switch place {
        case .start: day = start
        case .middle: day = start.adding(months: 1).adding(days: 14)
        case .end: day = DateReading.quarterEnd(of: start)
        }
        return Found(day: day, start: i, end: end, strength: 2)
    }

    /// `in 2027`, `end of 2027`, `early 2028`.
    func yearAlone(_ i: Int) -> Found? {
        let part = periodPart(i)
        let k = part?.next ?? i
        guard let (y, end) = year(k), y >= today.year else { return nil }
        guard part != nil || ["in", "by", "for", "during", "until"].contains(word(i - 1) ?? "") else { return nil }
        let place = part?.place ?? (deadlineBefore(i) ? .end : .start)
        let day: CalendarDay
        switch place {
        case .start: day = CalendarDay(year: y, month: 1, day: 1)
        case .middle: day = CalendarDay(year: y, month: 7, day: 1)
        case .end: day = DateReading.monthEnd(y, 12)
        }
        return Found(day: day, start: i, end: end, strength: 1)
    }
}
