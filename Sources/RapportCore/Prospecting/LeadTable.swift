import Foundation

/// A CRM export read into leads: RFC 4180 CSV (quoted fields with commas, doubled quotes and
/// line breaks; CRLF or LF; a byte-order mark), a header row whose column names are mapped to
/// lead attributes by name (or by `map`), and every row that could not be used, with why.
public struct LeadTable: Sendable {
    public struct Skipped: Sendable, Equatable {
        /// 1-based line of the file where the row starts.
        public var line: Int
        public var reason: String
    }

    public var leads: [Lead] = []
    public var skipped: [Skipped] = []
    /// Column name → the attribute it was read into.
    public var columns: [(column: String, attribute: String)] = []

    /// Usual column names of CRM exports for each attribute.
    public static let synonyms: [String: [String]] = [
        "account": ["account", "account name", "company", "company name", "organization", "organisation", "business", "name of company"],
        "contact": ["contact", "contact name", "full name", "name", "lead name", "person"],
        "title": ["title", "job title", "role", "position"],
        "email": ["email", "e-mail", "email address"],
        "phone": ["phone", "phone number", "telephone", "mobile"],
        "employees": ["employees", "employee count", "company size", "size", "headcount", "number of employees"],
        "finance_team": ["finance team", "finance team size", "finance headcount", "accounting team", "finance staff"],
        "industry": ["industry", "sector", "vertical"],
        "erp": ["erp", "accounting system", "system", "accounting software", "ledger"],
        "source": ["source", "lead source", "channel"],
        "last_touch": ["last touch", "last contacted", "last activity", "last activity date", "last contact"],
        "trigger": ["trigger", "event", "news", "signal", "notes", "note"],
        "country": ["country", "region"],
    ]

    /// Reads `text`. `map`: column name → attribute, over the usual names.
    public init(csv text: String, map: [String: String] = [:], maximumRows: Int = 1_000_000) {
        var rows = LeadTable.rows(text)
        guard !rows.isEmpty else {
            skipped.append(Skipped(line: 1, reason: "the file is empty: it needs a header row naming its columns"))
            return
        }
        let header = rows.removeFirst()
        let given = Dictionary(map.map { (IdealCustomer.plain($0.key), $0.value) }, uniquingKeysWith: { $1 })
        var attributeOf: [Int: String] = [:]
        var taken = Set<String>()
        for (index, name) in header.fields.enumerated() {
            let plain = IdealCustomer.plain(name)
            guard !plain.isEmpty else { continue }
            let attribute = given[plain] ?? LeadTable.synonyms.first { $0.value.contains(plain) }?.key ?? plain.replacingOccurrences(of: " ", with: "_")
            guard taken.insert(attribute).inserted else { continue }
            attributeOf[index] = attribute
            columns.append((name, attribute))
        }
        guard attributeOf.values.contains("account") else {
            skipped.append(Skipped(line: 1, reason: "no column names the account (company, account, organisation…); name one with --map COLUMN=account"))
            return
        }
        var seen: [String: Int] = [:]
        for row in rows.prefix(maximumRows) {
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var attributes: [String: String] = [:]
            for (index, value) in row.fields.enumerated() {
                guard let attribute = attributeOf[index] else { continue }
                let trimmed = value.trimmedOfWhitespace()
                if !trimmed.isEmpty { attributes[attribute] = String(trimmed.prefix(500)) }
            }
            guard let account = attributes.removeValue(forKey: "account") else {
                skipped.append(Skipped(line: row.line, reason: "no account name"))
                continue
            }
            if row.fields.count > header.fields.count {
                skipped.append(Skipped(line: row.line, reason: "\(row.fields.count) cells under a header of \(header.fields.count): a comma inside a value needs quotes"))
                continue
            }
            let lead = Lead(account: account, attributes: attributes)
            if let first = seen[lead.key] {
                skipped.append(Skipped(line: row.line, reason: "'\(account)' again (first on line \(first)); the first row is kept"))
                continue
            }
            seen[lead.key] = row.line
            leads.append(lead)
        }
        if rows.count > maximumRows { skipped.append(Skipped(line: rows[maximumRows].line, reason: "more than \(maximumRows) rows: the rest were not read")) }
    }

    struct Row {
        var line: Int
        var fields: [String]
    }

    /// RFC 4180 rows, each with the line it starts on. Lenient where exports are: a quote
    /// inside an unquoted field is kept as it is, and a file may end without a line break.
    static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var fieldStarted = false
        var line = 1
        var rowLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return iterator.next()
        }
        var first = true
        while let scalar = next() {
            if first {
                first = false
                if scalar == "\u{FEFF}" { continue }
            }
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted:
                quoted = true
                fieldStarted = true
            case ",":
                fields.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                continue
            case "\n":
                fields.append(field)
                rows.append(Row(line: rowLine, fields: fields))
                fields = []
                field = ""
                fieldStarted = false
                line += 1
                rowLine = line
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if fieldStarted || !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }
}
