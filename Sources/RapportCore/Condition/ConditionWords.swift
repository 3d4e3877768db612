/// A condition as a rep reads it on the screen: field labels instead of ids, choice and tag
/// labels instead of their ids, amounts and dates as said, and "and"/"or" in words —
/// `decision_maker == yes and interest == high` reads "contact signs off and interest is high".
public struct ConditionWords: Sendable {
    public let playbook: Playbook

    public init(playbook: Playbook) {
        self.playbook = playbook
    }

    public func words(_ condition: Condition) -> String {
        switch condition {
        case .known(let id): return "\(label(id)) known"
        case .unknown(let id): return "\(label(id)) still open"
        case .isTrue(let id): return label(id)
        case .not(let inner): return "not " + words(inner)
        case .and: return Prose.list(condition.conjuncts.map(words))
        case .or(let a, let b):
            return words(a) + " or " + words(b)
        case .contains(let id, let literal):
            return "\(label(id)) includes \(value(literal, of: id))"
        case .measure(let measure, let op, let number):
            let n = FieldValue.number(number).description
            switch measure {
            case .openObjections: return number == 0 && (op == .equal || op == .lessOrEqual) ? "no open objections" : "open objections \(comparison(op)) \(n)"
            case .objectionsRaised: return "objections raised \(comparison(op)) \(n)"
            case .qualified: return "qualification \(comparison(op)) \(n)% known"
            }
        case .compare(let id, let op, let literal):
            let field = playbook.field(id)
            if field?.type == .yesno, case .word(let word) = literal {
                let yes = (word == "yes" || word == "true") == (op == .equal)
                return yes ? label(id) : "not: \(label(id))"
            }
            if field?.type == .choice || field?.type == .text {
                return "\(label(id)) \(op == .notEqual ? "is not" : "is") \(value(literal, of: id))"
            }
            return "\(label(id)) \(comparison(op)) \(value(literal, of: id))"
        }
    }

    private func label(_ id: String) -> String {
        playbook.field(id).map { Prose.inSentence($0.label) } ?? id.replacingOccurrences(of: "_", with: " ")
    }

    private func comparison(_ op: Condition.Operator) -> String {
        switch op {
        case .equal: return "of"
        case .notEqual: return "other than"
        case .less: return "under"
        case .lessOrEqual: return "at most"
        case .greater: return "over"
        case .greaterOrEqual: return "at least"
        }
    }

    private func value(_ literal: Condition.Literal, of id: String) -> String {
        let field = playbook.field(id)
        switch literal {
        case .number(let n): return FieldValue.number(n).description
        case .money(let amount): return FieldValue.money(Money(amount: amount)).description
        case .date(let day): return Prose.date(day)
        case .text(let text), .word(let text):
            if let choice = field?.choices.first(where: { $0.id == text }) { return Prose.inSentence(choice.label) }
            if let tag = field?.tags.first(where: { $0.id == text }) { return Prose.inSentence(tag.label) }
            return text.replacingOccurrences(of: "_", with: " ")
        }
    }
}
