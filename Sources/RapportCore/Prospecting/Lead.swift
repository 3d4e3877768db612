import Foundation

/// One lead from a CRM export: the account it is (the name calls use with `--account`) and its
/// attributes by name, as imported.
public struct Lead: Sendable, Codable, Hashable {
    public var account: String
    public var attributes: [String: String]

    public init(account: String, attributes: [String: String]) {
        self.account = account
        self.attributes = attributes
    }

    /// One JSON line (without the newline), keys sorted: the account first, so a reader can find
    /// a lead by its account without decoding the rest. What `JSONDecoder` reads back.
    public var jsonLine: String {
        var line = "{\"account\":" + JSONText.quoted(account) + ",\"attributes\":{"
        for (index, name) in attributes.keys.sorted().enumerated() {
            if index > 0 { line += "," }
            line += JSONText.quoted(name) + ":" + JSONText.quoted(attributes[name] ?? "")
        }
        return line + "}}"
    }

    /// A lead from its JSON line as `jsonLine` writes it, read without a JSON decoder when the
    /// line has nothing escaped (almost every line); nil for any other shape.
    public static func fromPlainLine(_ line: some Collection<UInt8>) -> Lead? {
        let bytes = Array(line)
        guard !bytes.contains(UInt8(ascii: "\\")) else { return nil }
        // The strings between quotes, in order: "account", NAME, "attributes", then key/value pairs.
        var strings: [String] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\"") else { index += 1; continue }
            guard let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            strings.append(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
            index = end + 1
        }
        guard strings.count >= 3, strings.count % 2 == 1, strings[0] == "account", strings[2] == "attributes" else { return nil }
        var attributes: [String: String] = [:]
        var pair = 3
        while pair + 1 < strings.count {
            attributes[strings[pair]] = strings[pair + 1]
            pair += 2
        }
        return Lead(account: strings[1], attributes: attributes)
    }

    /// The key that makes two spellings of one account the same lead ("ACME Ltd " and "Acme Ltd").
    public var key: String { AccountMemory.key(account) }

    /// The playbook fields the lead's attributes answer, with the words: an attribute named as a
    /// field's id, or whose words are all in the field's label ("finance_team" answers "Finance
    /// team size"), and whose value reads as that field's type. Each field once, in playbook order.
    public func facts(for playbook: Playbook, today: CalendarDay) -> [(field: String, words: String)] {
        let parser = AnswerParser(today: today)
        var out: [(field: String, words: String)] = []
        for field in playbook.fields {
            let label = " " + IdealCustomer.plain(field.label) + " "
            let named = attributes.keys.sorted().first { attribute in
                attribute == field.id || label.contains(" " + IdealCustomer.plain(attribute.replacingOccurrences(of: "_", with: " ")) + " ")
            }
            guard let named, let words = self[named], parser.parse(words, for: field) != nil else { continue }
            out.append((field.id, words))
        }
        return out
    }

    /// A value, nil when blank (values are trimmed when imported).
    public subscript(attribute: String) -> String? {
        guard let value = attributes[attribute], !value.allSatisfy(\.isWhitespace) else { return nil }
        return value
    }
}
