import Foundation

/// Turns what a rep typed into a typed profile value for a field, relative to the session day.
/// Returns nil when the words do not read as the field's type; the caller keeps them as raw text.
public struct AnswerParser: Sendable {
    public var today: CalendarDay

    public init(today: CalendarDay) {
        self.today = today
    }

    public func parse(_ answer: String, for field: Field) -> FieldValue? {
        let trimmed = answer.trimmingCharacters(in: .whitespacesAndNewlines)
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
        case .date: return DateReading.read(trimmed, today: today).map(FieldValue.date)
        }
    }

    static let unsure = [
        "not sure", "unsure", "i'm not sure", "im not sure", "i don't know", "i dont know", "we don't know",
        "i'm unsure", "we're not sure", "not decided", "maybe", "don't know", "dont know", "do not know", "no idea", "unknown",
        "not yet decided", "undecided", "depends", "it depends", "possibly", "perhaps", "kind of", "sort of",
        "hard to say", "tbd",
    ]
    static let noWords = [
        "no", "nope", "nah", "not really", "not at all", "negative", "n", "never", "don't think so",
        "dont think so", "false", "not me", "no way", "not quite", "we don't", "we dont", "i don't",
        "i dont", "we do not", "they don't", "it isn't", "it's not", "not", "none",
    ]
    static let yesWords = [
        "yes", "yeah", "yea", "yep", "yup", "y", "sure", "correct", "right", "absolutely", "definitely",
        "of course", "certainly", "indeed", "affirmative", "true", "ok", "okay", "i am", "we are", "we do",
        "i do", "that's me", "thats me", "it's me", "exactly", "totally", "for sure", "100%", "sure thing",
        "uh huh", "mhm", "they do", "it is", "signed off",
    ]

    /// Every yes and no phrase, longest first, so "not really" wins over "not".
    static let yesNoPhrases = (noWords.map { ($0, false) } + yesWords.map { ($0, true) }).sorted { $0.0.count > $1.0.count }

    /// yes/no as people say it: `yeah`, `nope`, `not really`. Hedges are not an answer.
    public static func yesNo(_ text: String) -> Bool? {
        let words = normalisedWords(text)
        guard !words.isEmpty else { return nil }
        let joined = words.joined(separator: " ")
        func startsWith(_ phrase: String) -> Bool {
            joined == phrase || joined.hasPrefix(phrase + " ")
        }
        // Longest phrases first so "not really" wins over "not", "not sure" over "no".
        if unsure.contains(where: { startsWith($0) }) { return nil }
        for (phrase, value) in yesNoPhrases where startsWith(phrase) {
            return value
        }
        return nil
    }

    /// A declared choice: by id, label or synonym (whole words, any case), or an unambiguous prefix.
    public static func choice(_ text: String, among options: [Field.Option]) -> String? {
        let words = normalisedWords(text)
        let answer = words.joined(separator: " ")
        guard !answer.isEmpty else { return nil }
        func names(_ option: Field.Option) -> [String] { option.names }
        if let exact = options.first(where: { names($0).contains(answer) }) { return exact.id }
        let contained = options.filter { option in option.nameWords.contains { contains(words, $0) } }
        if contained.count == 1 { return contained[0].id }
        if answer.count >= 2 {
            let prefixed = options.filter { option in names(option).contains { $0.hasPrefix(answer) } }
            if prefixed.count == 1 { return prefixed[0].id }
        }
        return nil
    }

    /// Every declared tag whose id, label or a keyword appears in the text (by word stems).
    public static func tags(_ text: String, among options: [Field.Option]) -> [String] {
        let stems = normalisedWords(text).map(Stemmer.stem)
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

    /// Lowercase words with punctuation removed and curly apostrophes made straight.
    static func normalisedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "'" || ch == "’" || ch == "%" {
                current.append(ch == "’" ? "'" : ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
