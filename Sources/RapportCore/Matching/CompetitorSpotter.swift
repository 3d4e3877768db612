import Foundation

/// Finds competitors named in the customer's words: the name or an alias as whole words,
/// whatever the case, accents or punctuation ("we looked at Black-Line", "FloQast's pricing").
public struct CompetitorSpotter: Sendable {
    private let spellings: [(words: [String], id: String)]

    public init(playbook: Playbook) {
        var spellings: [(words: [String], id: String)] = []
        for competitor in playbook.competitors {
            for spelling in [competitor.name, competitor.id] + competitor.aliases {
                let words = Self.words(spelling)
                if !words.isEmpty && !spellings.contains(where: { $0.words == words }) { spellings.append((words, competitor.id)) }
            }
        }
        self.spellings = spellings
    }

    /// The competitors named, in the order they first appear in the text.
    public func spot(_ text: String) -> [String] {
        guard !spellings.isEmpty else { return [] }
        let words = Self.words(text)
        var found: [(position: Int, id: String)] = []
        for (spelling, id) in spellings where spelling.count <= words.count {
            for start in 0...(words.count - spelling.count) where words[start] == spelling[0] {
                if Array(words[start..<(start + spelling.count)]) == spelling {
                    found.append((start, id))
                    break
                }
            }
        }
        var ids: [String] = []
        for hit in found.sorted(by: { $0.position < $1.position }) where !ids.contains(hit.id) { ids.append(hit.id) }
        return ids
    }

    /// The competitor a rep means by a name typed after `/card`: its id, name or alias, or
    /// the closest spelling.
    public func competitor(named text: String) -> String? {
        let words = Self.words(text)
        if let exact = spellings.first(where: { $0.words == words }) { return exact.id }
        let joined = words.joined(separator: " ")
        return Spelling.closest(joined, in: spellings.map { $0.words.joined(separator: " ") })
            .flatMap { close in spellings.first { $0.words.joined(separator: " ") == close }?.id }
    }

    /// The comparison key of a spelling: lower-case words of letters and digits.
    public static func key(_ spelling: String) -> String { words(spelling).joined(separator: " ") }

    static func words(_ text: String) -> [String] {
        // Plain ASCII (most of what a rep types) folds to lower case: no Foundation call.
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(text) : foldedWords(text)
    }

    static func foldedWords(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }

    /// `foldedWords` for ASCII text, byte by byte: letters and digits are exactly A–Z, a–z and 0–9.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: word.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39: word.append(byte)
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
