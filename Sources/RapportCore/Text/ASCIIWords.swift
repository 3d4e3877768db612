/// Letters and digits of an ASCII text, lower-cased, each run of anything else one separator,
/// none at either end: "  ACME--Freight, Ltd. " with "-" is "acme-freight-ltd". Nil when the
/// text is not ASCII (the caller reads it by Characters). Account keys and the plain form of a
/// lead's values both use it, byte by byte.
enum ASCIIWords {
    static func joined(_ text: String, separator: UInt8) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var gap = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 32 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if gap, !bytes.isEmpty { bytes.append(separator) }
                gap = false
                bytes.append(lower)
            } else {
                gap = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
