import Foundation
import Mustache

/// Renders a playbook line (`"So a budget around {{budget}}?"`) with the profile's values.
/// A field not known yet shows as `[Label?]`, so the rep sees what to ask instead of a gap.
public enum LineTemplate {
    /// Names every line template may use besides field ids.
    public static let builtInNames: Set<String> = ["product"]

    public static func render(_ text: String, playbook: Playbook, profile: NeedsProfile) -> String {
        guard text.contains("{{") else { return text }
        guard let template = try? MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}" + text) else { return text }
        return template.render(context(playbook: playbook, profile: profile))
    }

    static func context(playbook: Playbook, profile: NeedsProfile) -> [String: Any] {
        var values: [String: Any] = ["product": playbook.product.name]
        for field in playbook.fields {
            values[field.id] = display(field, profile[field.id]) ?? "[\(field.label)?]"
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

    /// The variable names a template uses (`{{budget}}`, `{{#pains}}`, `{{{x}}}`).
    public static func variables(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var inner = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if inner.hasPrefix("{") { inner.removeFirst() }
            if let first = inner.first, "!%>=".contains(first) { continue }
            if let first = inner.first, "#^/&".contains(first) { inner.removeFirst() }
            let name = inner.trimmingCharacters(in: .whitespaces).split(separator: ".").first.map(String.init) ?? ""
            if !name.isEmpty && name != "." { names.append(name) }
        }
        return names
    }
}
