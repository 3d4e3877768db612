/// Hears which of a persona's facts a trainee's question asks about. When the playbook gives
/// its fields example questions, by what the question is about: each fact is known by the
/// persona's topics and its field's example questions, compared by term similarity (question
/// words kept, as live objection detection compares words), and when two facts are about as
/// likely the buyer asks what is meant, since a confidently wrong fact is the worst answer.
/// Without example questions, by how much of a topic's keywords the question covers.
struct FactFinder: Sendable {
    enum Heard: Sendable, Equatable {
        case fact(String)
        /// Two facts fit about equally well.
        case unclear(String, String)
        case nothing
    }

    private let fields: [String]
    private let matcher: ObjectionMatcher
    private let byExamples: Bool
    /// The least score that counts, and how far ahead of the next fact the best must be.
    var threshold = 0.3
    var gap = 0.05

    init(playbook: Playbook, persona: Persona) {
        fields = persona.facts.map(\.field)
        byExamples = persona.facts.contains { !(playbook.field($0.field)?.questions.isEmpty ?? true) }
        if byExamples {
            let sets = persona.facts.map { (id: $0.field, phrases: $0.topics + (playbook.field($0.field)?.questions ?? [])) }
            var byQuestions = ObjectionMatcher(phrases: sets, threshold: 0, synonyms: false, scoring: .similarity, questions: true)
            // Many example questions agreeing is good evidence of what is asked.
            byQuestions.agreement = (0.05, Int.max)
            matcher = byQuestions
        } else {
            matcher = ObjectionMatcher(phrases: persona.facts.map { ($0.field, $0.topics) }, threshold: 0.3, synonyms: false)
        }
    }

    func hear(_ question: String) -> Heard {
        guard byExamples else { return matcher.match(question).best.map { .fact($0.objectionID) } ?? .nothing }
        let scores = matcher.scores(question).objections
        let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        guard let first = ranked.first, scores[first] >= threshold else { return .nothing }
        if ranked.count > 1, scores[first] - scores[ranked[1]] < gap { return .unclear(fields[first], fields[ranked[1]]) }
        return .fact(fields[first])
    }
}
