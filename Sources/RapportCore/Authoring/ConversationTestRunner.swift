/// Runs conversation tests against a playbook: each test's lines go through a fresh
/// conversation exactly as typed in a live session; the expectations are checked and every
/// mismatch is reported as expected-versus-actual. Across all tests it measures coverage:
/// the steps shown, the branches taken, the objections raised, the closes that fitted or were
/// used and the concessions given, out of all the playbook has.
public struct ConversationTestRunner: Sendable {
    public struct Outcome: Sendable {
        public var name: String
        public var line: Int
        /// Empty when the test passed; otherwise one entry per broken expectation.
        public var differences: [String]
        public var passed: Bool { differences.isEmpty }
    }

    public struct Coverage: Sendable {
        public var steps: Set<String> = []
        /// "step#index" for a branch, "step#default" for the default or fall-through.
        public var branches: Set<String> = []
        public var objections: Set<String> = []
        public var closes: Set<String> = []
        /// Concessions given with `/give` (the negotiation paths).
        public var concessions: Set<String> = []
    }

    public let playbook: Playbook
    public private(set) var coverage = Coverage()

    public init(playbook: Playbook) {
        self.playbook = playbook
    }

    /// All the branch outcomes a step can have: each branch, and the default or fall-through.
    public var branchCount: Int { playbook.stages.flatMap(\.steps).reduce(0) { $0 + ($1.branches.isEmpty ? 0 : $1.branches.count + 1) } }
    public var stepCount: Int { playbook.stages.reduce(0) { $0 + $1.steps.count } }

    public mutating func run(_ test: ConversationTest) -> Outcome {
        var conversation = Conversation(playbook: playbook, today: test.today)
        var visits: [String] = conversation.prompt.map { [$0.stepID] } ?? []
        var differences: [String] = []
        for (index, line) in test.input.enumerated() {
            let before = conversation.prompt?.stepID
            switch SessionInput.read(line, conversation: &conversation) {
            case .display: continue
            case .invalid(let why): differences.append("input \(index + 1) \"\(line)\": \(why)")
            case .unknownCommand(let name): differences.append("input \(index + 1) \"\(line)\": unknown command /\(name)")
            case .event(let event):
                let actions = conversation.handle(event)
                for action in actions {
                    switch action {
                    case .show(let prompt): visits.append(prompt.stepID)
                    case .objectionDetected(let match): coverage.objections.insert(match.objectionID)
                    case .objectionRaised(let id): coverage.objections.insert(id)
                    case .closeUsed(let id): coverage.closes.insert(id)
                    case .conceded(let term): coverage.concessions.insert(term.concessionID)
                    case .rejected(let why): differences.append("input \(index + 1) \"\(line)\" was refused: \(why)")
                    default: break
                    }
                }
                // Which way the step went, when an answer or skip moved on from it.
                if let before, let step = playbook.step(before), !step.branches.isEmpty {
                    switch event {
                    case .answered, .skipped:
                        if let taken = step.branches.firstIndex(where: { $0.condition.holds(on: conversation.profile, playbook: playbook) }) {
                            coverage.branches.insert("\(before)#\(taken)")
                        } else {
                            coverage.branches.insert("\(before)#default")
                        }
                    default: break
                    }
                }
            }
        }
        coverage.steps.formUnion(visits)
        let fitting = CloseAdvisor(playbook: playbook).rank(conversation.profile).filter(\.fits).map(\.closeID)
        coverage.closes.formUnion(fitting)

        let e = test.expect
        if let expected = e.visits, Array(visits.prefix(expected.count)) != expected || visits.count != expected.count {
            differences.append("visits\n    expected: \(expected.joined(separator: " → "))\n    actual:   \(visits.joined(separator: " → "))")
        }
        if let at = e.at {
            let actual = conversation.prompt?.stepID ?? "end"
            if actual != at { differences.append("at: expected \(at), actual \(actual)") }
        }
        for (fieldID, value) in e.profile {
            guard let field = playbook.field(fieldID) else {
                differences.append("profile: no field '\(fieldID)' in the playbook")
                continue
            }
            let entry = conversation.profile[fieldID]
            let actual = entry?.value == nil ? (entry.map { "unclear (\"\($0.raw)\")" } ?? "unknown") : LineTemplate.display(field, entry) ?? ""
            if actual != value { differences.append("profile \(fieldID): expected \(value), actual \(actual)") }
        }
        for fieldID in e.unknown where conversation.profile.isKnown(fieldID) {
            differences.append("unknown: expected \(fieldID) unknown, actual \(LineTemplate.display(playbook.field(fieldID)!, conversation.profile[fieldID]) ?? "")")
        }
        if let expected = e.objections {
            let actual = conversation.profile.objections.map(\.objectionID)
            if Set(actual) != Set(expected) {
                differences.append("objections: expected \(expected.isEmpty ? "none" : expected.sorted().joined(separator: ", ")), actual \(actual.isEmpty ? "none" : actual.sorted().joined(separator: ", "))")
            }
        }
        if let expected = e.terms {
            let actual = conversation.profile.terms.map(\.concessionID)
            if actual != expected {
                differences.append("terms: expected \(expected.isEmpty ? "none" : expected.joined(separator: ", ")), actual \(actual.isEmpty ? "none" : actual.joined(separator: ", "))")
            }
        }
        for close in e.closes where !fitting.contains(close) {
            differences.append("closes: expected \(close) to fit, actual fitting: \(fitting.isEmpty ? "none" : fitting.joined(separator: ", "))")
        }
        if !e.summary.isEmpty {
            let text = (try? SummaryRenderer(playbook: playbook))?.render(ValueProposition(playbook: playbook, profile: conversation.profile),
                                                                           playbook: playbook, profile: conversation.profile, details: .init()) ?? ""
            for phrase in e.summary where !text.contains(phrase) {
                differences.append("summary: expected to contain \"\(phrase)\"; it reads:\n" + text.split(separator: "\n").prefix(40).map { "    | " + $0 }.joined(separator: "\n"))
            }
        }
        return Outcome(name: test.name, line: test.line, differences: differences)
    }
}
