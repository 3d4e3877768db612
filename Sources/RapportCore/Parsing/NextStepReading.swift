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
        // The suffix whose words are all one date, the most specific such date ("the 8th of
        // December", not "December"); failing that, the shortest suffix that holds a date.
        // At least one word is left for the step.
        var start: Int?
        var strongest = 0
        for index in stride(from: words.count - 1, through: 1, by: -1) {
            let tokens = DateReading.tokens(words[index...].joined(separator: " "))
            guard let found = DateReading.find(in: tokens, today: today, order: order), found.end == tokens.count,
                found.start == 0 || tokens[..<found.start].allSatisfy(dateWords.contains)
            else { continue }
            if found.strength >= strongest {
                strongest = found.strength
                start = index
            }
        }
        if start == nil {
            for index in stride(from: words.count - 1, through: 1, by: -1)
            where DateReading.read(words[index...].joined(separator: " "), today: today, order: order) != nil {
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
