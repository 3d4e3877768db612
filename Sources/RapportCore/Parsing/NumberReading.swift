/// Reads numbers written the way people type them: `40`, `40,000`, `2.5k`, `forty`, `a dozen`.
enum NumberReading {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "couple": 2, "few": 3, "half": 0.5,
    ]
    static let multipliers: [String: Double] = [
        "k": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "mm": 1_000_000,
        "mil": 1_000_000, "million": 1_000_000, "millions": 1_000_000, "b": 1_000_000_000,
        "bn": 1_000_000_000, "billion": 1_000_000_000, "hundred": 100, "thousands": 1_000,
        "hundreds": 100,
    ]

    /// Splits text into lowercase tokens: digit runs (keeping `.` and `,` inside numbers),
    /// letter runs, and single symbols such as `$`, `-`, `/`.
    static func tokens(_ text: String) -> [String] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiTokens(text) : characterTokens(text)
    }

    /// `tokens` by Characters, for any text.
    static func characterTokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var currentIsNumber = false
        func flush() {
            if !current.isEmpty { result.append(current) }
            current = ""
        }
        let chars = Array(text.lowercased())
        for (i, ch) in chars.enumerated() {
            if ch.isNumber && ch.isASCII {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current.append(ch)
            } else if (ch == "," || ch == ".") && currentIsNumber && i + 1 < chars.count && chars[i + 1].isNumber {
                current.append(ch)
            } else if ch.isLetter || ch == "'" {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.append(ch)
            } else {
                flush()
                currentIsNumber = false
                if !ch.isWhitespace { result.append(String(ch)) }
            }
        }
        flush()
        return result
    }

    /// `tokens` for ASCII text, byte by byte (what almost every note is): the same tokens.
    static func asciiTokens(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var result: [String] = []
        var current: [UInt8] = []
        var currentIsNumber = false
        func flush() {
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        for (i, byte) in bytes.enumerated() {
            if isDigit(byte) {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current.append(byte)
            } else if (byte == 0x2C || byte == 0x2E) && currentIsNumber && i + 1 < bytes.count && isDigit(bytes[i + 1]) {
                current.append(byte)
            } else if (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte == 0x27 {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else {
                flush()
                currentIsNumber = false
                if byte != 0x20 && !(0x09...0x0D).contains(byte) { result.append(String(UnicodeScalar(byte))) }
            }
        }
        flush()
        return result
    }

    /// The value of a digit token: `40,000` → 40000, `2.5` → 2.5. Commas are thousands separators.
    static func digits(_ token: String) -> Double? {
        guard let first = token.first, first.isNumber else { return nil }
        return Double(token.utf8.contains(0x2C) ? String(token.filter { $0 != "," }) : token)
    }

    /// Reads a number starting at `index`: digits or number words, with an optional multiplier.
    /// Returns the value, whether a multiplier was seen, and the index after the number.
    static func read(_ tokens: [String], at index: Int) -> (value: Double, scaled: Bool, next: Int)? {
        guard index < tokens.count else { return nil }
        var i = index
        var value: Double
        if let d = digits(tokens[i]) {
            value = d
            i += 1
        } else if let word = units[tokens[i]] {
            // "a" and "an" count only before a multiplier or "dozen"/"couple"/"few".
            if tokens[i] == "a" || tokens[i] == "an" || tokens[i] == "half" {
                guard i + 1 < tokens.count,
                    multipliers[tokens[i + 1]] != nil || ["dozen", "couple", "few", "half"].contains(tokens[i + 1])
                        || (tokens[i] == "half" && ["a", "an"].contains(tokens[i + 1]))
                else { return nil }
            }
            value = word
            i += 1
            // "twenty five", "a couple of", "half a million"
            if i < tokens.count, let unit = units[tokens[i]], value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, unit < 10, unit >= 1 {
                value += unit
                i += 1
            }
            if i < tokens.count, tokens[i] == "-" , i + 1 < tokens.count, let unit = units[tokens[i + 1]], unit < 10, value >= 20 {
                value += unit
                i += 2
            }
            if value == 0.5, i < tokens.count, tokens[i] == "a" || tokens[i] == "an" { i += 1 }
            if i < tokens.count, tokens[i] == "of" { i += 1 }
            if i < tokens.count, let more = units[tokens[i]], value == 1 || value == 2 || value == 3, ["dozen"].contains(tokens[i]) {
                value *= more
                i += 1
            }
        } else {
            return nil
        }
        var scaled = false
        while i < tokens.count, let m = multipliers[tokens[i]] {
            value *= m
            scaled = true
            i += 1
        }
        return (value, scaled, i)
    }

    /// The first number in the text, with a range ("30-50", "30 to 50") read as its middle.
    static func firstNumber(in text: String) -> Double? {
        let toks = tokens(text)
        var i = 0
        while i < toks.count {
            if let (low, lowScaled, next) = read(toks, at: i) {
                if next + 1 < toks.count, ["-", "to", "or", "and"].contains(toks[next]),
                    let (high, highScaled, _) = read(toks, at: next + 1)
                {
                    let scale = !lowScaled && highScaled ? scaleOf(high, low) : 1
                    return (low * scale + high) / 2
                }
                return low
            }
            i += 1
        }
        return nil
    }

    /// When only the upper end of a range has a multiplier ("30-50k"), the lower end shares it.
    static func scaleOf(_ high: Double, _ low: Double) -> Double {
        for m in [1_000_000_000.0, 1_000_000, 1_000, 100] where high >= m && low < m {
            return m
        }
        return 1
    }
}
