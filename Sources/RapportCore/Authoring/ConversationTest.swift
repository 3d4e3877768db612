import Yams

/// A conversation test: lines as a rep would type them in a live session, and what should be
/// true afterwards. Written in YAML next to the playbooks (`playbooks/tests/*.yaml`):
///
/// ```yaml
/// playbook: ../default.yaml
/// tests:
///   - name: a small budget is handled before authority
///     today: 2026-11-27
///     input: ["", controller, "12", netsuite, "yes", 5k]
///     expect:
///       visits: [opener, role, team-size, erp, need, budget, budget-small]
///       at: budget-small
///       profile: {budget: "$5,000", team_size: "12"}
///       unknown: [decision_maker]
///       objections: [price]
///       closes: [trial]
///       summary: ["What hurts"]
/// ```
public struct ConversationTest: Sendable {
    public struct Expectations: Sendable {
        /// Steps visited, in order (each one shown to the rep, from the first).
        public var visits: [String]?
        /// The step the conversation is at in the end (`end` when finished).
        public var at: String?
        /// Field id → the value as the profile shows it (the display form).
        public var profile: [(field: String, value: String)] = []
        /// Fields that must still be unknown.
        public var unknown: [String] = []
        /// Objections raised (detected or opened), in any order; exactly these.
        public var objections: [String]?
        /// Closes that must be among the suggestions that fit at the end.
        public var closes: [String] = []
        /// Concessions entered with `/give`, by id, in order.
        public var terms: [String]?
        /// Phrases the summary must contain.
        public var summary: [String] = []
    }

    public var name: String
    public var today: CalendarDay
    public var input: [String]
    public var expect: Expectations
    public var line: Int

    public struct Suite: Sendable {
        /// The playbook path as written (relative to the test file).
        public var playbook: String
        public var tests: [ConversationTest]
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads a test file; problems come back with their line.
    public static func parse(_ source: String) throws(Failure) -> Suite {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: source, .basic) else { throw Failure(line: 1, message: "the file is empty") }
            root = node
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(line: 1, message: "YAML: \(error)")
        }
        func line(_ node: Node?) -> Int { (node?.mark?.line ?? 0) + 0 }
        func string(_ node: Node?) -> String? { node?.scalar?.string }
        func strings(_ node: Node?, _ what: String) throws(Failure) -> [String] {
            guard let node else { return [] }
            if let scalar = node.scalar { return [scalar.string] }
            guard let sequence = node.sequence else { throw Failure(line: line(node), message: "\(what) must be a list") }
            var out: [String] = []
            for item in sequence {
                guard let text = item.scalar?.string else { throw Failure(line: line(item), message: "each entry of \(what) must be text") }
                out.append(text)
            }
            return out
        }
        guard let top = root.mapping, let playbook = string(top["playbook"]) else {
            throw Failure(line: line(root), message: "a test file needs 'playbook:' (its path, relative to this file) and 'tests:'")
        }
        guard let list = top["tests"]?.sequence else { throw Failure(line: line(root), message: "'tests:' must be a list of tests") }
        var tests: [ConversationTest] = []
        for item in list {
            guard let map = item.mapping, let name = string(map["name"]) else { throw Failure(line: line(item), message: "each test needs a 'name:'") }
            for key in map.keys.compactMap(\.scalar?.string) where !["name", "today", "input", "expect"].contains(key) {
                throw Failure(line: line(map[key]), message: "unknown key '\(key)' in test '\(name)' (name, today, input, expect)")
            }
            var today = CalendarDay(year: 2026, month: 11, day: 27)
            if let text = string(map["today"]) {
                guard let day = CalendarDay(iso: text) else { throw Failure(line: line(map["today"]), message: "today must be YYYY-MM-DD") }
                today = day
            }
            var expect = Expectations()
            if let e = map["expect"] {
                guard let m = e.mapping else { throw Failure(line: line(e), message: "expect must be a mapping") }
                for key in m.keys.compactMap(\.scalar?.string) where !["visits", "at", "profile", "unknown", "objections", "closes", "summary", "terms"].contains(key) {
                    throw Failure(line: line(m[key]), message: "unknown expectation '\(key)' (visits, at, profile, unknown, objections, closes, summary, terms)")
                }
                if m["visits"] != nil { expect.visits = try strings(m["visits"], "visits") }
                expect.at = string(m["at"])
                if let p = m["profile"] {
                    guard let pm = p.mapping else { throw Failure(line: line(p), message: "profile must map field ids to values") }
                    for (key, value) in pm {
                        guard let field = key.scalar?.string, let text = value.scalar?.string else { throw Failure(line: line(key), message: "profile values must be text") }
                        expect.profile.append((field, text))
                    }
                }
                expect.unknown = try strings(m["unknown"], "unknown")
                if m["objections"] != nil { expect.objections = try strings(m["objections"], "objections") }
                expect.closes = try strings(m["closes"], "closes")
                if m["terms"] != nil { expect.terms = try strings(m["terms"], "terms") }
                expect.summary = try strings(m["summary"], "summary")
            }
            tests.append(ConversationTest(name: name, today: today, input: try strings(map["input"], "input"), expect: expect, line: line(item)))
        }
        return Suite(playbook: playbook, tests: tests)
    }
}
