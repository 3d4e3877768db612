import Testing
@testable import RapportCore

/// Live objection detection measured on labelled lines nobody wrote the phrase banks from.
struct ObjectionDetectionTests {
    struct Line {
        var label: String
        var domain: String
        var text: String
    }

    static func lines(_ text: String) -> [Line] {
        text.split(separator: "\n").compactMap { row in
            let parts = row.split(separator: "|", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 3 ? Line(label: parts[0], domain: parts[1], text: parts[2]) : nil
        }
    }

    static let matcher = ObjectionMatcher(playbook: try! Fixtures.defaultPlaybook())

    /// Price and budget stand for each other: the same card family answers both.
    static func same(_ a: String, _ b: String) -> Bool {
        a == b || (Set([a, b]) == ["price", "budget"])
    }

    struct Figures: CustomStringConvertible {
        var objections: [String: (right: Int, total: Int)] = [:]
        var flagged: [String: (count: Int, total: Int)] = [:]
        var misses: [String] = []
        var falseAlarms: [String] = []

        func rate(_ pair: (Int, Int)?) -> Double { pair.map { $0.1 == 0 ? 0 : Double($0.0) / Double($0.1) } ?? 0 }
        var description: String {
            let o = objections.keys.sorted().map { "\($0) \(objections[$0]!.right)/\(objections[$0]!.total)" }.joined(separator: ", ")
            let f = flagged.keys.sorted().map { "\($0) \(flagged[$0]!.count)/\(flagged[$0]!.total)" }.joined(separator: ", ")
            return "objections recognised: \(o); ordinary lines flagged: \(f)"
        }
    }

    static func measure(_ lines: [Line]) -> Figures {
        var figures = Figures()
        for line in lines {
            let found = matcher.detect(line.text)
            if line.label == "none" {
                var entry = figures.flagged[line.domain] ?? (0, 0)
                entry.total += 1
                if !found.isEmpty {
                    entry.count += 1
                    figures.falseAlarms.append("\(line.text) → \(found.map(\.objectionID))")
                }
                figures.flagged[line.domain] = entry
            } else {
                var entry = figures.objections[line.domain] ?? (0, 0)
                entry.total += 1
                if found.contains(where: { same($0.objectionID, line.label) }) {
                    entry.right += 1
                } else {
                    figures.misses.append("\(line.label): \(line.text) → \(found.map(\.objectionID))")
                }
                figures.objections[line.domain] = entry
            }
        }
        return figures
    }

    @Test func tuningFigures() {
        let figures = Self.measure(Self.lines(ObjectionTuningSet.text))
        print("objection tuning: \(figures)")
        print("objection tuning misses: \(figures.misses)")
        print("objection tuning false alarms: \(figures.falseAlarms)")
        // Floors under the figures when measured (B2B 29/54, 6 of 70 ordinary lines flagged).
        #expect(figures.rate(figures.objections["b2b"]) >= 0.5)
        #expect(figures.falseAlarms.count <= 8)
    }

    /// The held-out figures, with floors a little under what they were when measured (B2B
    /// 35/58, consumer 7/13, professional services 5/11 recognised; ordinary lines flagged B2B
    /// 5/37, consumer 2/18, services 0/8; after the third round of phrase banks 37/58, 7/13, 5/11
    /// and 4/37, 2/18, 0/8), so a change that makes detection worse fails. Today's
    /// matcher before the rebuild: B2B 26/58, consumer 4/13, services 4/11; flagged 17/63.
    @Test func validationFigures() {
        let figures = Self.measure(Self.lines(ObjectionValidationSet.text))
        print("objection validation: \(figures)")
        #expect(figures.rate(figures.objections["b2b"]) >= 0.58)
        #expect(figures.rate(figures.objections["consumer"]) >= 0.5)
        let flagged = figures.flagged.values.reduce((0, 0)) { ($0.0 + $1.count, $0.1 + $1.total) }
        #expect(Double(flagged.0) / Double(flagged.1) <= 0.13, "ordinary lines flagged: \(flagged)")
    }

    /// The second held-out set, written after the third round of phrase banks: B2B 19/28,
    /// consumer 6/11, services 3/11 recognised, 3 of 38 ordinary lines flagged when first run.
    @Test func secondValidationFigures() {
        let figures = Self.measure(Self.lines(ObjectionValidationSetTwo.text))
        print("objection validation two: \(figures)")
        #expect(figures.rate(figures.objections["b2b"]) >= 0.64)
        let flagged = figures.flagged.values.reduce((0, 0)) { ($0.0 + $1.count, $0.1 + $1.total) }
        #expect(Double(flagged.0) / Double(flagged.1) <= 0.1, "ordinary lines flagged: \(flagged)")
    }

    @Test func twoObjectionsInOneLineAreBothFound() {
        let found = Set(Self.matcher.detect("it's way too expensive, and anyway I'd need my boss to sign off").map(\.objectionID))
        #expect(found.isSuperset(of: ["price", "authority"]), "\(found)")
    }

    @Test(arguments: ["price is not a problem", "not expensive at all", "the cost is fine", "budget isn't an issue"])
    func aConcernWavedAwayIsNotRaised(text: String) {
        #expect(Self.matcher.detect(text).isEmpty, "\(text)")
    }

    @Test(arguments: ["I am looking for a smartphone", "a good month is one where we close on time", "annual ok if billed quarterly"])
    func ordinaryTalkFromTheFirstUsersIsLeftAlone(text: String) {
        #expect(Self.matcher.detect(text).isEmpty, "\(text)")
    }
}
