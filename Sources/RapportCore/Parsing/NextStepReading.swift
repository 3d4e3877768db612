/// Splits what a rep types after `/next` into the step and its date:
/// `pilot kickoff with Dana next Tuesday` → (`pilot kickoff with Dana`, 2026-12-01, `next Tuesday`).
/// The date is the shortest run of words at the end that reads as a date, widened by the
/// little words that belong to it (`on`, `by`, `next`, `end of`, …).
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

    public static func read(_ text: String, today: CalendarDay, order: DateOrder? = nil) -> Reading? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else { return nil }
        // The shortest suffix that reads as a date, leaving at least one word for the step.
        var start: Int?
        for index in stride(from: words.count - 1, through: 1, by: -1) {
            if DateReading.read(words[index...].joined(separator: " "), today: today, order: order) != nil {
                start = index
                break
            }
        }
        guard var first = start else { return nil }
        while first > 0, dateWords.contains(words[first - 1].lowercased()) { first -= 1 }
        guard first > 0 else { return nil }
        let phrase = words[first...].joined(separator: " ")
        guard let day = DateReading.read(phrase, today: today, order: order) else { return nil }
        var what = words[..<first].joined(separator: " ")
        while let last = what.last, ",;:-—@".contains(last) || last == " " { what.removeLast() }
        guard !what.isEmpty else { return nil }
        let shown = phrase.drop { "-—@".contains($0) || $0 == " " }
        return Reading(what: what, day: day, dateWords: String(shown))
    }
}
