/// A light English suffix stripper, so "prices", "priced" and "pricing" meet at "pric".
/// Deliberately small: it only needs to bring a customer's word and a playbook's word together.
public enum Stemmer {
    static let rules: [(String, String)] = [
        ("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"),
        ("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""), ("ingly", ""),
        ("edly", ""), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ers", ""), ("er", ""),
        ("ed", ""), ("ly", ""), ("es", ""), ("s", ""), ("e", ""),
    ]

    /// Superlatives of length and speed meet their adjective ("what's the longest it's taken?"
    /// asks how long). A list, not a rule: "-est" also ends "interest" and "request"; "biggest"
    /// stays apart from "big" ("the biggest drag" is about importance, not size) and "earliest"
    /// from "early" ("the earliest install date" is no "too early for us").
    static let superlatives: [String: String] = [
        "longest": "long", "shortest": "short", "fastest": "fast", "quickest": "quick", "slowest": "slow",
    ]

    public static func stem(_ word: String) -> String {
        memo.value(word) { strip($0) } ?? word
    }

    private static let memo = WordMemo()

    private static func strip(_ word: String) -> String {
        var w = word.lowercased()
        if w.hasSuffix("'s") { w.removeLast(2) }
        // Called for every word a matcher reads: no Foundation call unless there is an apostrophe.
        if w.utf8.contains(0x27) { w.removeAll { $0 == "'" } }
        if let plain = superlatives[w] { w = plain }
        let count = w.count
        guard count > 3 else { return w }
        // "using" → "use", "aging" → "age": two letters left by "ing", the last a consonant,
        // had an "e" ("doing", "going" and "being" keep theirs).
        if count == 5, w.hasSuffix("ing"), let last = w.dropLast(3).last, !"aeiouy".contains(last) {
            return String(w.dropLast(3)) + "e"
        }
        for (suffix, replacement) in rules where w.hasSuffix(suffix) && count - suffix.count >= 3 {
            if suffix == "s" && (w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is")) { continue }
            w.removeLast(suffix.count)
            w += replacement
            break
        }
        // "stopped" → "stopp" → "stop"
        if w.count > 3, let last = w.last, w.dropLast().last == last, !"lsz".contains(last) {
            w.removeLast()
        }
        return w
    }
}
