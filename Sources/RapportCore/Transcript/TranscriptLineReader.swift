import Foundation

/// Reads one transcript event line fast, straight from its UTF-8 bytes, for tools that scan
/// thousands of transcripts (`rapport report`). It understands the flat objects Rapport writes
/// (string, number and null values, and an answer's nested `reading`); anything else returns nil
/// and the caller falls back to `JSONDecoder`, so an unusual but valid line is never lost.
public enum TranscriptLineReader {
    public static func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> TranscriptEntry? {
        var i = 0
        let n = bytes.count
        func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }
        skipSpace()
        guard i < n, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var seq: Int?
        var turn: Int?
        var at: String?
        var stage: String?
        var step: String?
        var kind: TranscriptEntry.Kind?
        var text: String?
        var target: String?
        var score: Double?
        var reading: AnswerReading?
        var from: String?
        var day: String?
        while true {
            skipSpace()
            guard i < n else { return nil }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            if bytes[i] == UInt8(ascii: ",") { i += 1; skipSpace() }
            guard let key = string(bytes, &i) else { return nil }
            skipSpace()
            guard i < n, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            guard i < n else { return nil }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                guard let value = string(bytes, &i) else { return nil }
                switch key {
                case "at": at = value
                case "stage": stage = value
                case "step": step = value
                case "type":
                    guard let parsed = TranscriptEntry.Kind(rawValue: value) else { return nil }
                    kind = parsed
                case "text": text = value
                case "target": target = value
                case "from": from = value
                case "day": day = value
                default: break
                }
            } else if c == UInt8(ascii: "n") {
                guard i + 4 <= n, bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") else { return nil }
                i += 4
            } else if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                let literal = number(bytes, &i)
                switch key {
                case "seq": seq = Int(literal)
                case "turn": turn = Int(literal)
                case "score": score = Double(literal)
                default: break
                }
            } else if c == UInt8(ascii: "{"), key == "reading" {
                guard let value = JSONValue.read(bytes, &i) else { return nil }
                // As the full decoder does: a reading that is not one is dropped, the answer kept.
                reading = AnswerReading(json: value)
            } else {
                return nil  // other nested values, booleans: not ours, let the full decoder judge
            }
        }
        guard let seq, let at, let kind else { return nil }
        var entry = TranscriptEntry(seq: seq, turn: turn, at: at, stage: stage, step: step, type: kind, text: text, target: target, score: score, reading: reading)
        entry.from = from
        entry.day = day
        return entry
    }

    /// The text of a JSON number at `i` (which must be its sign or first digit), leaving `i`
    /// just after it.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String {
        let start = i
        i += 1
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e")
            || bytes[i] == UInt8(ascii: "E") || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    /// A JSON string at `i` (which must be its opening quote), unescaped.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
        let n = bytes.count
        guard i < n, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < n, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < n else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            i += 1
            return value
        }
        var out = Array(bytes[start..<i])
        while i < n {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < n else { return nil }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var unit = hex4(bytes, i) else { return nil }
                i += 4
                var scalar = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit), i + 6 <= n, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                    let low = hex4(bytes, i + 2), (0xDC00...0xDFFF).contains(low)
                {
                    i += 6
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    unit = 0
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            default: return nil
            }
        }
        return nil
    }

    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt16? {
        guard at + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for k in at..<(at + 4) {
            let c = bytes[k]
            let digit: UInt16
            switch c {
            case 0x30...0x39: digit = UInt16(c - 0x30)
            case 0x41...0x46: digit = UInt16(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt16(c - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
