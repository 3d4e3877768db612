import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (or `.whitespaces`), without the trip
    /// through Foundation when both ends are plain ASCII that is not white space — what almost
    /// every note and answer looks like, and what replaying thousands of calls reads again and again.
    func trimmedOfWhitespace(newlines: Bool = true) -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        if plain(first) && plain(last) { return self }
        return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}
