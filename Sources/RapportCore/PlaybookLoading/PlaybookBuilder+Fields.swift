import Mustache
import Yams

/// The fields a playbook records, and their choices and tags.
extension PlaybookBuilder {
    mutating func readFields(_ node: Node?) -> [Field] {
        var seen: Set<String> = []
        var fields: [Field] = []
        for item in reader.list(node, "fields") {
            guard let map = reader.mapping(item, "a field", known: ["id", "label", "type", "qualifies", "choices", "tags", "summary", "cues", "questions"], required: ["id", "type"]),
                let id = reader.identifier(map["id"], "field id")
            else { continue }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate field id '\(id)'") }
            if ["known", "unknown", "and", "or", "not", "contains", "is", "end"].contains(id) || Condition.Measure(rawValue: id) != nil {
                reader.error(map["id"], .reservedWord, "'\(id)' is a reserved word in conditions: choose another field id")
            }
            var type = FieldType.text
            if let text = reader.string(map["type"], "field type") {
                if let parsed = FieldType(rawValue: text) {
                    type = parsed
                } else {
                    reader.error(map["type"], .badValue, "unknown field type '\(text)'; use one of: \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            var qualifies: Qualification?
            if let q = map["qualifies"], let text = reader.string(q, "qualifies") {
                qualifies = Qualification(rawValue: text)
                if qualifies == nil {
                    reader.error(q, .badValue, "unknown qualification element '\(text)'; use one of: \(Qualification.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            var field = Field(id: id, label: map["label"].flatMap { reader.string($0, "label") } ?? id, type: type,
                              qualifies: qualifies, choices: [], tags: [], location: reader.location(item))
            if let node = map["summary"], let text = reader.string(node, "summary") {
                if let section = Field.SummarySection(rawValue: text) {
                    field.section = section
                } else {
                    reader.error(node, .badValue, "unknown summary section '\(text)'; use one of: \(Field.SummarySection.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            field.questions = reader.lines(map["questions"], "questions")
            if let cues = map["cues"] {
                field.cues = reader.strings(cues, "cues").filter { !NoteReading.cueTokens($0).isEmpty }
                if field.cues.isEmpty { reader.error(cues, .wrongType, "'cues' lists the words that mark this field in a note, e.g. [budget, spend]; it is empty") }
            }
            if let choices = map["choices"] {
                if type != .choice { reader.error(map.key("choices"), .badValue, "only choice fields have choices; '\(id)' is \(type.rawValue)") }
                field.choices = readOptions(choices, what: "choice")
            } else if type == .choice {
                reader.error(map["type"], .wrongType, "choice field '\(id)' needs a 'choices' list")
            }
            if let tags = map["tags"] {
                if type != .tags { reader.error(map.key("tags"), .badValue, "only tags fields have tags; '\(id)' is \(type.rawValue)") }
                if case .scalar(let scalar) = tags {
                    if scalar.string == "pains" {
                        tagsFromPains.append((fields.count, tags))
                    } else {
                        reader.error(tags, .badValue, "tags must be a list of tags, or 'pains' to use the playbook's pains")
                    }
                } else {
                    field.tags = readOptions(tags, what: "tag")
                }
            } else if type == .tags {
                reader.error(map["type"], .wrongType, "tags field '\(id)' needs 'tags': a list, or 'pains'")
            }
            fields.append(field)
        }
        return fields
    }

    mutating func readOptions(_ node: Node, what: String) -> [Field.Option] {
        var seen: Set<String> = []
        return reader.list(node, "\(what)s").compactMap { item in
            // A bare word is an option with no synonyms.
            if case .scalar = item {
                guard let id = reader.identifier(item, "\(what) id") else { return nil }
                if !seen.insert(id).inserted { reader.error(item, .duplicateID, "duplicate \(what) '\(id)'") }
                return Field.Option(id: id, label: id, synonyms: [], tag: what == "tag")
            }
            guard let map = reader.mapping(item, "a \(what)", known: ["id", "label", "synonyms", "keywords"], required: ["id"]),
                let id = reader.identifier(map["id"], "\(what) id")
            else { return nil }
            if !seen.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate \(what) '\(id)'") }
            return Field.Option(id: id, label: map["label"].flatMap { reader.string($0, "label") } ?? id,
                                synonyms: reader.strings(map["synonyms"], "synonyms") + reader.strings(map["keywords"], "keywords"), tag: what == "tag")
        }
    }
}
