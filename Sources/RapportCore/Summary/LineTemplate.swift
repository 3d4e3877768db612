import Foundation
import Mustache

/// Renders a playbook line (`"So a budget around {{budget}}?"`) with the profile's values.
/// A field not known yet shows as `[Label?]`, so the rep sees what to ask instead of a gap.
public enum LineTemplate {
    /// Names every line template may use besides field ids.
    public static let builtInNames: Set<String> = ["product", "price"]

    public static func render(_ text: String, playbook: Playbook, profile: NeedsProfile) -> String {
        guard isTemplate(text), sectionDepth(text) <= maximumSectionDepth else { return text }
        guard let template = try? MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}" + text) else { return text }
        return template.render(context(playbook: playbook, profile: profile))
    }

    static func context(playbook: Playbook, profile: NeedsProfile) -> [String: Any] {
        var values: [String: Any] = ["product": playbook.product.name]
        if let negotiation = playbook.negotiation { values["price"] = negotiation.money(negotiation.price(for: profile).total) }
        for field in playbook.fields {
            values[field.id] = spoken(field, profile[field.id]) ?? "[\(field.label)?]"
        }
        return values
    }

    /// How a field's value reads in a sentence: choice and tag labels rather than ids.
    public static func display(_ field: Field, _ entry: FieldEntry?) -> String? {
        guard let entry else { return nil }
        guard let value = entry.value else { return entry.raw }
        switch value {
        case .choice(let id): return field.choices.first { $0.id == id }?.label ?? id
        case .tags(let ids): return ids.map { id in field.tags.first { $0.id == id }?.label ?? id }.joined(separator: ", ")
        default: return value.description
        }
    }

    /// How a field's value reads in a line someone says: tags as a list in a sentence
    /// ("manual reconciliation, a slow close and audit pain", at most three), labels in
    /// sentence case, dates spoken ("30 September 2027"), and a note's head only ("CEO Zoë
    /// Müller", not the rest of what the rep typed after a comma).
    public static func spoken(_ field: Field, _ entry: FieldEntry?) -> String? {
        guard let entry else { return nil }
        switch entry.value {
        case .tags(let ids)?:
            let labels = ids.prefix(3).map { id in Prose.inSentence(field.tags.first { $0.id == id }?.label ?? id) }
            return labels.isEmpty ? nil : Prose.list(labels)
        case .date(let day)?:
            return Prose.date(day)
        case .text(let text)?:
            return Prose.head(text)
        case nil:
            return Prose.head(entry.raw)
        default:
            return display(field, entry)
        }
    }

    /// The variable names a template uses (`{{budget}}`, `{{#pains}}`, `{{{x}}}`), in one pass
    /// over the bytes (linting a large playbook reads thousands of templates).
    public static func variables(in text: String) -> [String] {
        var names: [String] = []
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == open, bytes[i + 1] == open else { i += 1; continue }
            var j = i + 2
            while j + 1 < bytes.count, !(bytes[j] == close && bytes[j + 1] == close) { j += 1 }
            guard j + 1 < bytes.count else { break }
            var inner = Substring(String(decoding: bytes[(i + 2)..<j], as: UTF8.self)).drop { $0 == " " }
            i = j + 2
            if inner.first == "{" { inner = inner.dropFirst() }
            if let first = inner.first, "!%>=".contains(first) { continue }
            if let first = inner.first, "#^/&".contains(first) { inner = inner.dropFirst() }
            let name = inner.drop { $0 == " " }.prefix { $0 != " " && $0 != "." && $0 != "}" }
            if !name.isEmpty { names.append(String(name)) }
        }
        return names
    }

    /// Whether the text has a `{{` at all (a byte scan: Foundation's `contains` is slow).
    public static func isTemplate(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") && previous == UInt8(ascii: "{") { return true }
            previous = byte
        }
        return false
    }

    /// Whether the template has sections, partials or delimiter changes (`{{#`, `{{^`, `{{/`, `{{>`, `{{=`).
    public static func hasSections(_ text: String) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0
        for byte in text.utf8 {
            if a == UInt8(ascii: "{") && b == UInt8(ascii: "{") && "#^/>=".utf8.contains(byte) { return true }
            a = b
            b = byte
        }
        return false
    }

    /// How deep sections nest (`{{#a}}{{#b}}…`), counted over the bytes before any parser
    /// recurses into them: a hostile template nested thousands deep is refused, not parsed.
    public static let maximumSectionDepth = 32

    public static func sectionDepth(_ text: String) -> Int {
        var depth = 0, deepest = 0
        var a: UInt8 = 0, b: UInt8 = 0
        for byte in text.utf8 {
            if a == UInt8(ascii: "{") && b == UInt8(ascii: "{") {
                if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "^") { depth += 1; deepest = max(deepest, depth) }
                if byte == UInt8(ascii: "/") { depth = max(0, depth - 1) }
            }
            a = b
            b = byte
        }
        return deepest
    }

    /// Whether every `{{` has a matching `}}` (counted, not parsed).
    public static func isBalanced(_ text: String) -> Bool {
        var opens = 0, closes = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") && previous == UInt8(ascii: "{") { opens += 1; previous = 0; continue }
            if byte == UInt8(ascii: "}") && previous == UInt8(ascii: "}") { closes += 1; previous = 0; continue }
            previous = byte
        }
        return opens == closes
    }
}
