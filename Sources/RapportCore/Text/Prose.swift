import Foundation

/// Words arranged as a person would write or say them: lists joined with "and", labels in
/// sentence case inside a sentence, dates spoken, sentences punctuated once, and a test for
/// whether a line reads as the customer's own words (fit to quote back to them) or as a rep's
/// shorthand note (which must be paraphrased, never quoted).
public enum Prose {
    /// "a", "a and b", "a, b and c".
    public static func list(_ items: [String]) -> String {
        let items = items.filter { !$0.isEmpty }
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A label inside a sentence: "Manual reconciliation" → "manual reconciliation", while
    /// "ERP errors", "NetSuite" and "CFO sign-off" keep their capitals.
    public static func inSentence(_ label: String) -> String {
        guard let first = label.first, first.isUppercase else { return label }
        let firstWord = label.prefix { $0 != " " && $0 != "-" }
        // An acronym or a name with capitals inside ("ERP", "NetSuite", "iPhone") stays.
        if firstWord.dropFirst().contains(where: \.isUppercase) { return label }
        return first.lowercased() + label.dropFirst()
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A day as said aloud: "Tuesday 1 December" when it is within three weeks of `today`
    /// (the year is plain), "30 September" later the same year or within a year, and
    /// "30 September 2028" beyond.
    public static func date(_ day: CalendarDay, today: CalendarDay? = nil) -> String {
        let month = months[day.month - 1]
        guard let today else { return "\(day.day) \(month) \(day.year)" }
        let distance = day.daysSinceEpoch - today.daysSinceEpoch
        if (0...21).contains(distance) { return "\(weekdays[day.weekday - 1]) \(day.day) \(month)" }
        if day.year == today.year || (0...330).contains(distance) { return "\(day.day) \(month)" }
        return "\(day.day) \(month) \(day.year)"
    }

    /// Sentences joined with one space, each ending with exactly one full stop (or its own
    /// question or exclamation mark): never "two months.." or "fine. .".
    public static func sentences(_ parts: [String]) -> String {
        parts.compactMap { part -> String? in
            var text = part.trimmingCharacters(in: .whitespacesAndNewlines)
            while let last = text.last, last == "." || last == "," || last == ";" || last == ":" { text.removeLast() }
            text = text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            if let last = text.last, "?!…".contains(last) { return text }
            return text + "."
        }.joined(separator: " ")
    }

    /// Marks of a rep's note rather than a customer's sentence: shorthand, symbols, and talk
    /// about the customer in the third person.
    static let shorthand: Set<String> = [
        "ppl", "yr", "yrs", "mo", "mos", "wk", "wks", "hrs", "hr", "mgr", "mgmt", "approx", "w", "b", "re", "fyi", "tbd", "tbc",
        "asap", "eta", "info", "pls", "thx", "cust", "acct", "rev", "k", "mtg", "dept", "recs", "rec", "esp", "etc", "vs", "govt",
        "q1", "q2", "q3", "q4", "eoy", "eom", "ytd", "decn", "decision-maker", "dm",
    ]
    static let thirdPerson: Set<String> = ["she", "he", "they", "her", "his", "their", "says", "said", "thinks", "wants", "feels", "mentioned", "told"]
    static let firstPerson: Set<String> = ["i", "we", "our", "us", "my", "me", "i'm", "we're", "i've", "we've", "i'd", "we'd", "ours", "im"]

    /// Whether the words can go back to the customer as "your words": what the rep put in
    /// quotation marks, or a sentence in the first person with no shorthand or symbols.
    public static func isCustomersWords(_ text: String) -> Bool {
        if quoted(text) != nil { return true }
        if text.contains(where: { "+&@=/<>#~|".contains($0) }) { return false }
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" && $0 != "-" }
            .map { $0.replacingOccurrences(of: "’", with: "'") }
        guard words.count >= 3 else { return false }
        if words.contains(where: { shorthand.contains($0) || thirdPerson.contains($0) }) { return false }
        // "40k", "12ppl", "3x": numbers glued to letters are shorthand.
        if words.contains(where: { $0.first?.isNumber == true && $0.last?.isLetter == true && $0.count <= 5 }) { return false }
        return words.contains { firstPerson.contains($0) }
    }

    /// The words between the first pair of quotation marks, when the rep marked a verbatim quote.
    public static func quoted(_ text: String) -> String? {
        for (open, close) in [("\u{201C}", "\u{201D}"), ("\"", "\""), ("\u{2018}", "\u{2019}")] {
            guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) else { continue }
            let inner = text[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            if inner.split(separator: " ").count >= 2 { return inner }
        }
        return nil
    }

    /// The first name in a note such as "spoke with Maria Lopez, CFO" or "Dana (controller)":
    /// the first capitalised word that is not a title, role or common word; nil when none.
    public static func firstName(in text: String) -> String? {
        let notNames: Set<String> = [
            "spoke", "with", "call", "met", "contact", "name", "is", "the", "our", "their", "mr", "mrs", "ms", "dr", "miss", "prof",
            "cfo", "ceo", "coo", "cto", "vp", "fd", "head", "director", "controller", "manager", "accountant", "finance", "owner",
            "founder", "partner", "i", "we", "she", "he", "they", "speaking", "talked", "to", "and", "a", "an", "of",
        ]
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) {
            guard let first = word.first, first.isUppercase, word.count >= 2, !notNames.contains(word.lowercased()) else { continue }
            // All capitals is an acronym (CFO, ACME), not a first name.
            if word.allSatisfy({ !$0.isLowercase }) { continue }
            return String(word)
        }
        return nil
    }

    static let determiners: Set<String> = ["a", "an", "the", "our", "your", "my", "their", "this", "that", "one", "two", "another", "some", "his", "her"]
    static let verbs: Set<String> = ["call", "send", "meet", "book", "review", "sign", "run", "visit", "share", "set", "schedule", "present", "show",
                                     "introduce", "follow", "check", "agree", "confirm", "start", "begin", "walk", "talk", "speak", "email", "ring"]

    /// What comes after "the next step is": "pilot kickoff with Maria" → "the pilot kickoff with
    /// Maria", "call Dana on Monday" → "to call Dana on Monday"; a name or an article stays.
    public static func afterIs(_ what: String) -> String {
        let text = what.trimmingCharacters(in: .whitespaces)
        guard let first = text.split(separator: " ").first, let initial = first.first, initial.isLowercase else { return text }
        let word = first.lowercased()
        if determiners.contains(word) || word == "to" { return text }
        if verbs.contains(word) { return "to " + text }
        return "the " + text
    }

    /// The head of a rep's note, fit to say aloud: "CEO Zoë Müller (Tokyo office), cares about
    /// cash + audit" → "CEO Zoë Müller". Text up to the first comma, bracket, plus sign, semicolon
    /// or dash; the whole text when that leaves nothing.
    public static func head(_ text: String) -> String {
        let cut = text.prefix { !",(;+[{|".contains($0) }
        var head = String(cut)
        if let dash = head.range(of: " - ") ?? head.range(of: " — ") ?? head.range(of: " – ") { head = String(head[..<dash.lowerBound]) }
        head = head.trimmingCharacters(in: .whitespaces)
        return head.isEmpty ? text.trimmingCharacters(in: .whitespaces) : head
    }
}
