import Foundation
import Testing
@testable import RapportCore

/// Every line a rep reads aloud in the shipped playbooks (steps, hints, closes, rebuttals,
/// impact lines), filled from realistic profiles, reads as English: no template code, no
/// ISO dates, no field ids, no doubled punctuation, no shorthand pasted from a note.
struct SpokenLineTests {
    static let playbooks: [Playbook] = ["default", "fractional-cfo", "home-solar"].map { name in
        let path = Fixtures.repositoryRoot.appendingPathComponent("playbooks/\(name).yaml").path
        return try! PlaybookLoader.load(source: try! String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    /// Everything known, as a rep would have typed it (notes with commas and plus signs).
    static func fullProfile(_ playbook: Playbook, variant: Int) -> NeedsProfile {
        var profile = NeedsProfile()
        for (index, field) in playbook.fields.enumerated() {
            let value: FieldValue
            switch field.type {
            case .text: value = .text(variant == 0 ? "CEO Zoë Müller (東京 office), cares about cash + audit" : "spreadsheets + email, mostly by hand")
            case .number: value = .number(variant == 0 ? 12 : 3)
            case .money: value = .money(Money(amount: variant == 0 ? 40_000 : 250))
            case .yesno: value = .yesNo(variant == 0)
            case .choice: value = .choice(field.choices[variant % max(1, field.choices.count)].id)
            case .tags: value = .tags(field.tags.map(\.id))
            case .date: value = .date(variant == 0 ? CalendarDay(year: 2027, month: 9, day: 30) : CalendarDay(year: 2026, month: 12, day: 8))
            }
            profile.record(field, parsed: value, quote: Quote(text: "note \(index)", turn: index + 1))
        }
        return profile
    }

    static func lines(_ playbook: Playbook) -> [(where: String, text: String)] {
        var lines: [(String, String)] = []
        for stage in playbook.stages {
            for step in stage.steps {
                lines.append(("step \(step.id)", step.say))
                if let hint = step.hint { lines.append(("hint of \(step.id)", hint)) }
            }
        }
        for close in playbook.closes {
            lines.append(("close \(close.id)", close.line))
            if let hint = close.hint { lines.append(("hint of close \(close.id)", hint)) }
        }
        for objection in playbook.objections {
            for rebuttal in objection.rebuttals {
                for text in [rebuttal.acknowledge, rebuttal.explore, rebuttal.respond, rebuttal.line].compactMap({ $0 }) {
                    lines.append(("rebuttal of \(objection.id)", text))
                }
            }
        }
        for feature in playbook.product.features {
            if let impact = feature.impact { lines.append(("impact of \(feature.id)", impact)) }
        }
        return lines
    }

    static func problems(_ text: String, fieldIDs: Set<String>) -> [String] {
        var found: [String] = []
        if text.contains("{{") || text.contains("}}") { found.append("template code") }
        if text.contains("?]") { found.append("an unknown field's placeholder") }
        if text.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil { found.append("an ISO date") }
        if text.contains("..") && !text.contains("...") { found.append("a double full stop") }
        if text.contains(" ,") || text.contains(" .") || text.contains("  ") { found.append("loose spacing or punctuation") }
        if text.contains(" + ") || text.contains("(東京") { found.append("a rep's note pasted whole") }
        if text.contains("==") || text.contains("&&") || text.contains("known(") { found.append("condition code") }
        let words = Set(text.split { !$0.isLetter && $0 != "_" }.map(String.init))
        if let id = words.first(where: { $0.contains("_") && fieldIDs.contains($0) }) { found.append("the field id \(id)") }
        return found
    }

    @Test(arguments: [0, 1, 2])
    func everyLineToSayReadsAsEnglish(playbookIndex: Int) {
        let playbook = Self.playbooks[playbookIndex]
        let ids = Set(playbook.fields.map(\.id))
        #expect(Self.lines(playbook).filter { LineTemplate.isTemplate($0.text) }.count >= 3, "\(playbook.id) has lines filled from the profile")
        for variant in [0, 1] {
            let profile = Self.fullProfile(playbook, variant: variant)
            for (place, template) in Self.lines(playbook) {
                let said = LineTemplate.render(template, playbook: playbook, profile: profile)
                let problems = Self.problems(said, fieldIDs: ids)
                #expect(problems.isEmpty, "\(playbook.id) \(place): \(problems) in “\(said)”")
            }
        }
    }
}
