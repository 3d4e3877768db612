import Foundation

/// Masks personal data in text meant to be shared: e-mail addresses, payment card numbers
/// (13–19 digits passing the Luhn check) and phone numbers (7–15 digits, with the usual
/// separators), leaving amounts, dates, counts and durations alone.
public enum Redaction {
    static let email = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"#)
    /// Digit runs with spaces, dashes, dots or parentheses between them, optionally after `+`.
    static let digits = try! NSRegularExpression(pattern: #"(?<![\w$€£.,])\+?\(?\d[\d \-.()]{5,}\d(?![\w%])"#)
    static let isoDate = try! NSRegularExpression(pattern: #"^\d{4}-\d{2}-\d{2}$|^\d{1,2}/\d{1,2}/\d{2,4}$|^\d{1,2}\.\d{1,2}\.\d{2,4}$"#)

    public static func masked(_ text: String) -> String {
        let withoutEmails = email.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "[email]")
        var out = ""
        var last = withoutEmails.startIndex
        for match in digits.matches(in: withoutEmails, range: NSRange(withoutEmails.startIndex..., in: withoutEmails)) {
            guard var range = Range(match.range, in: withoutEmails) else { continue }
            var candidate = String(withoutEmails[range])
            // A card number followed by more digits ("4111 1111 1111 1111 (1)"): the run is cut
            // back group by group until a card number is what remains.
            if !(13...19).contains(candidate.filter(\.isNumber).count) || !luhn(candidate.filter(\.isNumber)) {
                var end = range.upperBound
                while end > range.lowerBound {
                    guard let space = withoutEmails[range.lowerBound..<end].lastIndex(where: { !$0.isNumber }) else { break }
                    end = withoutEmails[range.lowerBound..<space].lastIndex(where: \.isNumber).map { withoutEmails.index(after: $0) } ?? range.lowerBound
                    let prefix = withoutEmails[range.lowerBound..<end].filter(\.isNumber)
                    if (13...19).contains(prefix.count), luhn(String(prefix)) {
                        range = range.lowerBound..<end
                        candidate = String(withoutEmails[range])
                        break
                    }
                }
            }
            let count = candidate.filter(\.isNumber).count
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            let replacement: String?
            if isoDate.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil {
                replacement = nil
            } else if (13...19).contains(count), luhn(candidate.filter(\.isNumber)) {
                replacement = "[card]"
            } else if (7...15).contains(count) {
                replacement = "[phone]"
            } else {
                replacement = nil
            }
            guard let replacement else { continue }
            out += withoutEmails[last..<range.lowerBound] + replacement
            last = range.upperBound
        }
        out += withoutEmails[last...]
        return out
    }

    static func luhn(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard var d = character.wholeNumberValue else { return false }
            if index % 2 == 1 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return sum % 10 == 0
    }
}
