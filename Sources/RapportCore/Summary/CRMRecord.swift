import Foundation

/// The profile as one CSV row with a header (RFC 4180), for import into a CRM: session facts
/// first, then every playbook field by id. Cells holding commas, quotes or line breaks are
/// quoted; text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is defused
/// with a leading apostrophe.
public struct CRMRecord: Sendable {
    public var columns: [String]
    public var values: [String]

    public init(playbook: Playbook, profile: NeedsProfile, account: String?, rep: String?, date: String?) {
        var pairs: [(String, String)] = [
            ("account", account ?? ""), ("rep", rep ?? ""), ("date", date ?? ""), ("playbook", playbook.id),
            ("outcome", profile.outcome?.label ?? ""),
            ("lost_reason", profile.outcome.flatMap { $0.won ? nil : $0.reason } ?? ""),
            ("closes_used", profile.closesUsed.map(\.closeID).joined(separator: "; ")),
        ]
        let plan = FollowUpPlan(playbook: playbook, profile: profile)
        pairs.append(("agreed_next_step", plan?.what ?? ""))
        pairs.append(("agreed_next_step_date", plan?.day?.description ?? ""))
        pairs.append(("competitors_named", profile.competitors.map(\.competitorID).joined(separator: "; ")))
        pairs.append(("objections_open", profile.openObjections.map(\.objectionID).joined(separator: "; ")))
        pairs.append(("objections_resolved", profile.objections.filter { $0.resolved == true }.map(\.objectionID).joined(separator: "; ")))
        pairs.append(("terms_given", profile.terms.map(\.words).joined(separator: "; ")))
        for field in playbook.fields {
            let entry = profile[field.id]
            let value: String
            switch entry?.value {
            case .tags(let ids)?: value = ids.map { id in field.tags.first { $0.id == id }?.label ?? id }.joined(separator: "; ")
            case .money(let money)?: value = money.upTo == nil ? FieldValue.number(money.amount).description : money.description
            case .yesNo(let yes)?: value = yes ? "yes" : "no"
            case let other?: value = LineTemplate.display(field, entry) ?? other.description
            case nil: value = entry?.raw ?? ""
            }
            pairs.append((field.id, value))
        }
        columns = pairs.map(\.0)
        values = pairs.map(\.1)
    }

    /// Header and row, CRLF-terminated.
    public var text: String {
        Self.row(columns) + Self.row(values)
    }

    public static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    public static func cell(_ raw: String) -> String {
        // Escape sequences and bells from a transcript never reach the file a spreadsheet or a
        // terminal opens: every control character but a line break becomes a space.
        var text = String(raw.unicodeScalars.map { scalar -> Character in
            let control = scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\r"
            return control ? " " : Character(scalar)
        })
        if let first = text.unicodeScalars.first, "=+-@\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
