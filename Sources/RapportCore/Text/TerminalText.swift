/// Makes text typed by a person or read from a file safe to print on a terminal.
public enum TerminalText {
    /// Replaces control characters (C0, DEL, C1, including ESC) with visible escapes, so
    /// customer words or a damaged transcript can never move the cursor or change colours.
    public static func neutralised(_ text: String, keepNewlines: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines:
                out.unicodeScalars.append(scalar)
            case 0x09:
                out += " "
            case 0x00...0x1F, 0x7F:
                out += "^" + String(UnicodeScalar(UInt8((scalar.value + 0x40) & 0x7F)))
            case 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
