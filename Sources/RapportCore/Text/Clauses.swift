/// Cuts a line into clauses, the unit a yes/no or an objection is read in: at the separator
/// characters given and at the word "but" ("no, but the CFO does" is two clauses).
enum Clauses {
    static func split(_ text: String, at separators: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            if separators.contains(character) || character == "\n" || character == "\r\n" {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        var clauses: [String] = []
        for piece in pieces {
            var words: [Substring] = []
            for word in piece.split(whereSeparator: \.isWhitespace) {
                if word.utf8.count == 3, word.lowercased() == "but" {
                    if !words.isEmpty { clauses.append(words.joined(separator: " ")) }
                    words = []
                } else {
                    words.append(word)
                }
            }
            if !words.isEmpty { clauses.append(words.joined(separator: " ")) }
        }
        return clauses
    }
}
