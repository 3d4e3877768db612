import Foundation

/// Turns what a rep typed into a typed profile value for a field, relative to the session day.
/// Returns nil when the words do not read as the field's type; the caller keeps them as raw text.
public struct AnswerParser: Sendable {
    public var today: CalendarDay
    /// Which comes first in a numeric date such as `8/12`; nil reads only unambiguous ones.
    public var dateOrder: DateOrder?

    public init(today: CalendarDay, dateOrder: DateOrder? = nil) {
        self.today = today
        self.dateOrder = dateOrder
    }

    public func parse(_ answer: String, for field: Field) -> FieldValue? {
        let trimmed = answer.trimmedOfWhitespace()
        guard !trimmed.isEmpty else { return nil }
        switch field.type {
        case .text: return .text(trimmed)
        case .number: return NumberReading.firstNumber(in: trimmed).map(FieldValue.number)
        case .money: return MoneyReading.read(trimmed).map(FieldValue.money)
        case .yesno: return AnswerParser.yesNo(trimmed).map(FieldValue.yesNo)
        case .choice: return AnswerParser.choice(trimmed, among: field.choices).map(FieldValue.choice)
        case .tags:
            let ids = AnswerParser.tags(trimmed, among: field.tags)
            return ids.isEmpty ? nil : .tags(ids)
        case .date: return DateReading.read(trimmed, today: today, order: dateOrder).map(FieldValue.date)
        }
    }

    /// yes/no as people say it: `yeah`, `nope`, `absolutely not`, `no problem`. Hedges are not an answer.
    public static func yesNo(_ text: String) -> Bool? {
        YesNoReading.read(text)
    }

    /// A declared choice: by id, label or synonym (whole words, any case), or an unambiguous prefix.
    public static func choice(_ text: String, among options: [Field.Option]) -> String? {
        let words = Words.normalised(text)
        let answer = words.joined(separator: " ")
        guard !answer.isEmpty else { return nil }
        func names(_ option: Field.Option) -> [String] { option.names }
        if let exact = options.first(where: { names($0).contains(answer) }) { return exact.id }
        let contained = options.filter { option in option.nameWords.contains { contains(words, $0) } }
        if contained.count == 1 { return contained[0].id }
        // A title with "of" names what it does both ways: "VP of Finance" is "VP Finance" and
        // "Director of Finance" is "Finance Director".
        if contained.isEmpty, let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count {
            let dropped = words.filter { $0 != "of" }
            let turned = Array(words[..<(of - 1)]) + [words[of + 1], words[of - 1]] + Array(words[(of + 2)...])
            let named = options.filter { option in option.nameWords.contains { contains(dropped, $0) || contains(turned, $0) } }
            if named.count == 1 { return named[0].id }
        }
        if answer.count >= 2 {
            let prefixed = options.filter { option in names(option).contains { $0.hasPrefix(answer) } }
            if prefixed.count == 1 { return prefixed[0].id }
        }
        // A word typed fast, without its vowels or with one dropped ("cntrlr", "contrller"), is the
        // one-word name of six letters or more with the same consonants in the same order.
        let typed = Set(words.filter { $0.count >= 4 }.map(Words.skeleton).filter { $0.count >= 4 })
        if !typed.isEmpty {
            let sounded = options.filter { !$0.skeletons.isDisjoint(with: typed) }
            if sounded.count == 1 { return sounded[0].id }
        }
        return nil
    }

    /// Every declared tag whose id, label or a keyword appears in the text (by word stems).
    public static func tags(_ text: String, among options: [Field.Option]) -> [String] {
        let stems = Words.normalised(text).map(Stemmer.stem)
        return options.filter { option in option.stemmedNames.contains { contains(stems, $0) } }.map(\.id)
    }

    /// Whether `phrase` (non-empty) appears in `words` as consecutive whole words.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard let first = phrase.first, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == first {
            var k = 1
            while k < phrase.count && words[start + k] == phrase[k] { k += 1 }
            if k == phrase.count { return true }
        }
        return false
    }
}
