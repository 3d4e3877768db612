import Foundation

/// Who is worth calling, from the playbook's `ideal_customer:` section: the lead attributes that
/// make a good fit and how much each weighs, and those that rule a lead out. Attributes are
/// the lead's columns as imported (`erp`, `finance_team`, `industry`, `trigger`, …).
public struct IdealCustomer: Sendable {
    /// One test of one attribute.
    public struct Criterion: Sendable {
        public enum Test: Sendable {
            /// The value is one of these (case and spacing aside).
            case anyOf([String])
            /// The value contains one of these words or phrases.
            case contains([String])
            /// The value reads as a number in this range (either end open).
            case between(Double?, Double?)
        }

        public var attribute: String
        public var test: Test
        /// Points towards fit (for a disqualifier, unused).
        public var weight: Int
        /// Said when the criterion holds: `{value}` is the lead's value.
        public var reason: String
        /// Objections a lead that meets it is likely to raise (playbook objection ids).
        public var objections: [String]

        /// The options or words as compared (plain), made once.
        private let plainWords: [String]
        /// `contains` phrases as words.
        private let phrases: [[Substring]]
        /// The reason around `{value}`, cut once.
        private let reasonParts: (before: String, after: String)?

        public init(attribute: String, test: Test, weight: Int = 0, reason: String, objections: [String] = []) {
            self.attribute = attribute
            self.test = test
            self.weight = weight
            self.reason = reason
            self.objections = objections
            switch test {
            case .anyOf(let words), .contains(let words): plainWords = words.map(IdealCustomer.plain)
            case .between: plainWords = []
            }
            phrases = plainWords.map { $0.split(separator: " ") }
            if let range = reason.range(of: "{value}") {
                reasonParts = (String(reason[..<range.lowerBound]), String(reason[range.upperBound...]).replacingOccurrences(of: "{value}", with: ""))
            } else {
                reasonParts = nil
            }
        }

        /// Whether the value meets the criterion (nil when the lead has no value for it).
        public func holds(for value: String?) -> Bool? {
            guard let value, !value.allSatisfy(\.isWhitespace) else { return nil }
            switch test {
            case .anyOf: return plainWords.contains(IdealCustomer.plain(value))
            case .contains:
                let words = IdealCustomer.plain(value).split(separator: " ")
                return phrases.contains { phrase in
                    guard !phrase.isEmpty, phrase.count <= words.count else { return false }
                    return (0...(words.count - phrase.count)).contains { start in phrase.indices.allSatisfy { words[start + $0] == phrase[$0] } }
                }
            case .between(let low, let high):
                guard let number = IdealCustomer.number(value) else { return false }
                return (low.map { number >= $0 } ?? true) && (high.map { number <= $0 } ?? true)
            }
        }

        /// The reason with the lead's value in it.
        public func reason(for value: String) -> String {
            guard let (before, after) = reasonParts else { return reason }
            return before + value.trimmedOfWhitespace(newlines: false) + after
        }
    }

    public var fits: [Criterion]
    public var disqualifiers: [Criterion]
    /// The playbook's opener for a call with a lead: `{contact}`, `{trigger}`, `{account}` and
    /// `{industry}` are the lead's (nil: one made from the product's name and tagline).
    public var opener: String?

    public init(fits: [Criterion], disqualifiers: [Criterion], opener: String? = nil) {
        self.fits = fits
        self.disqualifiers = disqualifiers
        self.opener = opener
    }

    /// The most points a lead can score.
    public var maximum: Int { fits.map(\.weight).reduce(0, +) }

    /// Lower case, letters and digits, single spaces: "Sage  Intacct" is "sage intacct".
    static func plain(_ text: String) -> String {
        // Most of what a CRM exports is ASCII: byte by byte.
        if let ascii = ASCIIWords.joined(text, separator: UInt8(ascii: " ")) { return ascii }
        var out = ""
        var space = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            } else {
                space = true
            }
        }
        return out
    }

    /// A count or size as CRM exports write it: "1,200", "12", "12 people", "50-100" (the low
    /// end), "1.2k". Nil when there is no number.
    static func number(_ text: String) -> Double? {
        var digits = ""
        var seenDigit = false
        var scale = 1.0
        for character in text.lowercased() {
            if character.isNumber { digits.append(character); seenDigit = true }
            else if character == ".", seenDigit { digits.append(character) }
            else if character == ",", seenDigit { continue }
            else if seenDigit {
                if character == "k" { scale = 1_000 }
                break
            }
        }
        return Double(digits).map { $0 * scale }
    }
}
