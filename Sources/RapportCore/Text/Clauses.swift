/// Cuts a line into clauses, the unit a yes/no or an objection is read in: at the separator
/// characters given and at the word "but" ("no, but the CFO does" is two clauses).
enum Clauses {
    static func split(_ text: String, at separators: String) -> [String] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiSplit(text, at: separators) : characterSplit(text, at: separators)
    }

    /// `split` for ASCII text, byte by byte (what almost every note is): the same clauses.
    static func asciiSplit(_ text: String, at separators: String) -> [String] {
        let cuts = Set(separators.utf8.filter { $0 < 0x80 })
        var clauses: [String] = []
        var words: [String] = []
        var word: [UInt8] = []
        func endWord() {
            guard !word.isEmpty else { return }
            if word.count == 3, word[0] | 0x20 == 0x62, word[1] | 0x20 == 0x75, word[2] | 0x20 == 0x74 {
                // "but", in any case, starts a new clause.
                if !words.isEmpty { clauses.append(words.joined(separator: " ")) }
                words = []
            } else {
                words.append(String(decoding: word, as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if cuts.contains(byte) || byte == 0x0A {
                endWord()
                if !words.isEmpty { clauses.append(words.joined(separator: " ")) }
                words = []
            } else if byte == 0x20 || (0x09...0x0D).contains(byte) {
                // A lone carriage return is white space; before a line feed, the line feed cuts.
                endWord()
            } else {
                word.append(byte)
            }
        }
        endWord()
        if !words.isEmpty { clauses.append(words.joined(separator: " ")) }
        return clauses
    }

    /// `split` by Characters, for any text.
    static func characterSplit(_ text: String, at separators: String) -> [String] {
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
