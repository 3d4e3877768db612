/// A text as the words every reader compares: lowercase, punctuation gone, curly apostrophes
/// made straight (numbers, percentages and apostrophes kept inside words).
enum Words {
    /// The same words for ASCII text, byte by byte: most of what is read is ASCII, and walking
    /// grapheme clusters costs far more (playbooks are read at every start-up). Nil otherwise.
    static func ascii(_ text: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), UInt8(ascii: "%"): current.append(byte)
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Lowercase words with punctuation removed and curly apostrophes made straight.
    static func normalised(_ text: String) -> [String] {
        if let ascii = ascii(text) { return ascii }
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

    /// A word's consonants in order, its first letter kept and doubled letters once:
    /// "controller", "contrller" and "cntrlr" are all "cntrlr".
    static func skeleton(_ word: String) -> String {
        var out = ""
        for (index, ch) in word.lowercased().enumerated() where index == 0 || !"aeiouy".contains(ch) {
            if out.last != ch { out.append(ch) }
        }
        return out
    }
}
