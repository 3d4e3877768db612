/// Splits what a rep types after `/next` into the step and its date:
/// `pilot kickoff with Dana next Tuesday` → (`pilot kickoff with Dana`, 2026-12-01, `next Tuesday`).
/// The date is the shortest run of words at the end that reads as a date, widened by the
/// little words that belong to it (`on`, `by`, `next`, `end of`, …), with a time of day after
/// it kept in its words (`demo Thu 10 Dec 2pm`: the 10th, never the 2nd). When no run at the end
/// reads as a date (`call Fri 18 Dec with Raj`), the most specific date in the line is taken,
/// and the words after it stay with the step.
public enum NextStepReading {
    public struct Reading: Sendable, Hashable {
        public var what: String
        public var day: CalendarDay
        public var dateWords: String
    }

    static let dateWords: Set<String> = [
        "on", "by", "before", "until", "next", "this", "the", "end", "of", "in", "at", "around", "from", "coming", "for", "week",
        "weeks", "month", "months", "day", "days", "-", "—", "@",
    ]

    /// Words of a time of day, said after a date: "2pm", "at 14:00", "9-10am GMT", "noon".
    static let timeWords: Set<String> = [
        "at", "@", "am", "pm", ":", "-", "noon", "midday", "morning", "afternoon", "evening", "lunch", "lunchtime", "eod", "cob", "ish", "half", "quarter",
        "past", "to", "oclock", "gmt", "bst", "utc", "cet", "cest", "est", "edt", "et", "pst", "pdt", "pt", "cst", "cdt", "ct", "ist", "aest", "local", "time",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Whether the tokens from `k` on are a time of day and nothing else.
    static func onlyATime(_ tokens: ArraySlice<String>) -> Bool {
        tokens.allSatisfy { timeWords.contains($0) || $0.allSatisfy { $0.isNumber || $0 == "." } }
    }

    /// How many words a date and a time after it can take ("on Wednesday the 9th of December
    /// 2026 at 3:30 pm CET"): the suffixes tried, and the span searched for a date's end.
    static let longestDate = 14
    /// How many words of a step are searched for a date inside it: a next step is a line, and a
    /// pasted page must not cost the session (or a report replaying it) minutes.
    static let longestStep = 60

    public static func read(_ text: String, today: CalendarDay, order: DateOrder? = nil) -> Reading? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else { return nil }
        // The suffix whose words are all one date, the most specific such date ("the 8th of
        // December", not "December"); failing that, the shortest suffix that holds a date.
        // At least one word is left for the step.
        var start: Int?
        var strongest = 0
        for index in stride(from: words.count - 1, through: max(1, words.count - longestDate), by: -1) {
            let tokens = DateReading.tokens(words[index...].joined(separator: " "))
            guard let found = DateReading.find(in: tokens, today: today, order: order), found.end == tokens.count || onlyATime(tokens[found.end...]),
                found.start == 0 || tokens[..<found.start].allSatisfy(dateWords.contains)
            else { continue }
            if found.strength >= strongest {
                strongest = found.strength
                start = index
            }
        }
        // Words after the date that are not a time ("with Raj") stay with the step.
        var end = words.count
        if start == nil {
            strongest = 0
            let searched = min(words.count, longestStep)
            for index in stride(from: searched - 1, through: 1, by: -1) {
                let tokens = DateReading.tokens(words[index..<min(searched, index + longestDate)].joined(separator: " "))
                guard let found = DateReading.find(in: tokens, today: today, order: order),
                    found.start == 0 || tokens[..<found.start].allSatisfy(dateWords.contains), found.strength >= strongest
                else { continue }
                strongest = found.strength
                start = index
            }
            guard let from = start else { return nil }
            // Where the date (and a time after it) ends: the fewest words that still read as it.
            let whole = DateReading.read(words[from..<min(words.count, from + longestDate)].joined(separator: " "), today: today, order: order)
            for stop in (from + 1)...min(words.count, from + longestDate) {
                let tokens = DateReading.tokens(words[from..<stop].joined(separator: " "))
                if let found = DateReading.find(in: tokens, today: today, order: order), found.day == whole, found.strength == strongest {
                    end = stop
                    while end < min(words.count, from + longestDate), onlyATime(DateReading.tokens(words[end])[...]), !DateReading.tokens(words[end]).isEmpty { end += 1 }
                    break
                }
            }
        }
        guard let found = start else { return nil }
        var first = found
        while first > max(0, found - longestDate), dateWords.contains(words[first - 1].lowercased()) { first -= 1 }
        guard first > 0 else { return nil }
        let phrase = words[first..<end].joined(separator: " ")
        guard let day = DateReading.read(phrase, today: today, order: order) else { return nil }
        var what = (words[..<first] + words[end...]).joined(separator: " ")
        while let last = what.last, ",;:-—@".contains(last) || last == " " { what.removeLast() }
        guard !what.isEmpty else { return nil }
        var shown = phrase.drop { "-—@".contains($0) || $0 == " " }
        while let last = shown.last, ",;:".contains(last) { shown.removeLast() }
        return Reading(what: what, day: day, dateWords: String(shown))
    }
}
