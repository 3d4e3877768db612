/// The next good move in a practice call, taken from the playbook: deal with an open
/// objection the LAER way, ask about what is still unknown in the playbook's order, close
/// once enough is known, and pin a date once the buyer agrees. It never reveals the
/// persona's hidden facts.
public enum PracticeHint {
    public static func next(_ play: RolePlay) -> String {
        let playbook = play.playbook
        if play.ending != nil { return "The call is over: /score shows the scorecard." }
        if play.agreedAt != nil && play.nextStep == nil {
            return "They said yes: pin the date now, e.g. “Shall we book it for next Tuesday?”"
        }
        if let pending = play.pendingObjection, let objection = playbook.objection(pending.objectionID) {
            let laer = objection.rebuttals.first { $0.acknowledge != nil } ?? objection.rebuttals.first
            let fill = { (text: String) in LineTemplate.render(text, playbook: playbook, profile: play.profile) }
            if pending.acknowledgedAt == nil, let line = laer?.acknowledge {
                return "They raised \(objection.title.lowercased()). Acknowledge it first: “\(fill(line))”"
            }
            if pending.exploredAt == nil, let line = laer?.explore {
                return "Explore the concern with an open question: “\(fill(line))”"
            }
            if let line = laer?.respond ?? laer?.line {
                return "Now answer it, in a sentence or two: “\(fill(line))”"
            }
        }
        let known = Set(play.revealed.map(\.field))
        let enough = play.revealed.count * 2 >= max(1, play.persona.facts.count) && play.needFound
        if enough, play.trust >= 50, let best = CloseAdvisor(playbook: playbook).rank(play.profile).first {
            return "You know enough to ask for a next step. Summarise what you heard, then close: “\(best.line)” — and propose a date."
        }
        for stage in playbook.stages {
            for step in stage.steps {
                guard let field = step.record, !known.contains(field), playbook.field(field)?.section != .outcome else { continue }
                return "Ask about \(playbook.field(field)?.label.lowercased() ?? field), openly: “\(LineTemplate.render(step.say, playbook: playbook, profile: play.profile))”"
            }
        }
        return "Summarise what you heard in their words, then ask for a next step with a date."
    }
}
