/// The checks beyond what loading needs: a playbook that loads can still have steps no call
/// reaches, loops with no way out, branches that can never be taken, qualification nobody asks
/// about, phrases that confuse two objections, and closes that can never fit. These are
/// warnings: the playbook runs, but a rep would trip over them.
public enum PlaybookLinter {
    /// A playbook's whole analysis, as `rapport lint` shows it: the errors found loading it and,
    /// when there are none, the warnings of every check here, in file order.
    public static func analyse(source: String, file: String) -> (Playbook?, [PlaybookDiagnostic]) {
        let (playbook, errors) = PlaybookLoader.read(source: source, file: file)
        guard let playbook, !errors.contains(where: { $0.severity == .error }) else { return (playbook, errors) }
        return (playbook, PlaybookLoader.inFileOrder(errors + warnings(playbook)))
    }

    public static func warnings(_ playbook: Playbook) -> [PlaybookDiagnostic] {
        var out: [PlaybookDiagnostic] = []
        func warn(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
            out.append(PlaybookDiagnostic(.warning, at: location, message, code: code))
        }
        let flow = PlaybookFlow(playbook: playbook)
        let steps = playbook.stages.flatMap(\.steps)
        for id in flow.unreachable {
            guard let step = playbook.step(id) else { continue }
            warn(.unreachableStep, step.location, "step '\(id)' cannot be reached from the start by any branch or default; link to it or remove it (a rep can still /goto it)")
        }
        for id in flow.trapped {
            guard let step = playbook.step(id) else { continue }
            warn(.neverEnds, step.location, "from step '\(id)' no path leads to the end of the call: its branches and defaults only loop; add a way out")
        }
        for step in steps {
            var seen: [Condition: Int] = [:]
            for (index, branch) in step.branches.enumerated() {
                if let earlier = seen[branch.condition] {
                    warn(.shadowedBranch, branch.location, "this branch repeats the condition of branch \(earlier + 1) of step '\(step.id)', so it can never be taken")
                } else {
                    seen[branch.condition] = index
                }
                if let why = Self.contradiction(branch.condition) {
                    warn(.neverTrue, branch.location, "condition '\(branch.source)' can never be true (\(why))")
                }
            }
        }
        let recorded = Set(steps.compactMap(\.record))
        let followUp = Set([playbook.followUp?.nextStep, playbook.followUp?.date].compactMap { $0 })
        for field in playbook.fields where field.qualifies != nil && !recorded.contains(field.id) && !followUp.contains(field.id) {
            warn(.qualificationNeverAsked, field.location, "field '\(field.id)' qualifies \(field.qualifies!.label) but no step records it, so it will always be unknown")
        }
        /// Calls `clash` for each text (by its words) that a second owner also claims.
        func shared(_ items: [(owner: String, location: SourceLocation, text: String, key: String)],
                    _ clash: (_ item: (owner: String, location: SourceLocation, text: String, key: String), _ first: String) -> Void) {
            var owner: [String: String] = [:]
            for item in items {
                if let first = owner[item.key], first != item.owner { clash(item, first) } else { owner[item.key] = item.owner }
            }
        }
        func words(_ text: String) -> String { Words.normalised(text).joined(separator: " ") }
        shared(playbook.objections.flatMap { o in o.phrases.map { (o.id, o.location, $0, words($0)) } }) { item, first in
            warn(.duplicatePhrase, item.location, "phrase '\(item.text)' of objection '\(item.owner)' is also a phrase of '\(first)': the matcher cannot tell them apart")
        }
        var cues: [(owner: String, location: SourceLocation, text: String, key: String)] = []
        for field in playbook.fields {
            for (cue, tokens) in zip(field.cues, field.cueTokens) {
                let key = tokens.joined(separator: " ")
                if tokens.count == 1, Utterance.stopwords.contains(key) || YesNoReading.negations.contains(key) {
                    warn(.ambiguousCue, field.location, "cue '\(cue)' of field '\(field.id)' is a word almost every note has: it would fill the field from unrelated notes; use a word that names it")
                } else {
                    cues.append((field.id, field.location, cue, key))
                }
            }
        }
        shared(cues) { item, first in
            warn(.ambiguousCue, item.location, "cue '\(item.text)' marks both '\(first)' and '\(item.owner)': one note would fill both; keep it under the field it names")
        }
        shared(playbook.fields.flatMap { f in f.questions.map { (f.id, f.location, $0, words($0)) } }) { item, first in
            warn(.sharedQuestion, item.location, "question '\(item.text)' asks for both '\(first)' and '\(item.owner)': a practice buyer cannot tell which fact is wanted; keep it under one")
        }
        // Lines a rep reads aloud: their own words must not read as code.
        let fieldIDs = Set(playbook.fields.map(\.id))
        var spoken: [(SourceLocation, String, String)] = []
        for step in steps {
            spoken.append((step.location, "step '\(step.id)'", step.say))
            if let hint = step.hint { spoken.append((step.location, "hint of step '\(step.id)'", hint)) }
        }
        for close in playbook.closes { spoken.append((close.location, "close '\(close.id)'", close.line)) }
        for objection in playbook.objections {
            for rebuttal in objection.rebuttals {
                for text in [rebuttal.acknowledge, rebuttal.explore, rebuttal.respond, rebuttal.check, rebuttal.line].compactMap({ $0 }) {
                    spoken.append((objection.location, "a rebuttal of '\(objection.id)'", text))
                }
            }
        }
        for (location, owner, text) in spoken {
            if let why = Self.readsAsCode(text, fieldIDs: fieldIDs) {
                warn(.codeInWords, location, "\(owner) reads as code to the customer: \(why); write it as you would say it (a field's value goes in {{braces}})")
            }
        }
        for close in playbook.closes {
            if let condition = close.condition, let why = Self.contradiction(condition) {
                warn(.closeNeverFits, close.location, "close '\(close.id)' can never fit: '\(close.conditionSource ?? "")' cannot hold (\(why))")
            }
        }
        return out
    }

    /// Why the plain words of a line (outside `{{…}}`) read as code: a field id with an
    /// underscore, a comparison or boolean operator, `known(…)`. Nil when they read as words.
    static func readsAsCode(_ text: String, fieldIDs: Set<String>) -> String? {
        var plain = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            plain += rest[..<open.lowerBound]
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { rest = ""; break }
            plain += " "
            rest = rest[close.upperBound...]
        }
        plain += rest
        for op in ["==", "!=", "&&", "||", "known(", "unknown(", "<=", ">="] where plain.contains(op) { return "it has '\(op)'" }
        for word in plain.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }) where word.contains("_") && fieldIDs.contains(String(word)) {
            return "'\(word)' is a field id"
        }
        return nil
    }

    /// Why a condition can never hold, for the cases that can be decided from its text:
    /// `known(x) and unknown(x)`, one field equal to two different values, an empty number range.
    static func contradiction(_ condition: Condition) -> String? {
        let parts = condition.conjuncts
        var known: Set<String> = []
        var unknown: Set<String> = []
        var equal: [String: Condition.Literal] = [:]
        var lower: [String: (Double, Bool)] = [:]   // value, inclusive
        var upper: [String: (Double, Bool)] = [:]
        for part in parts {
            switch part {
            case .known(let f): known.insert(f)
            case .unknown(let f): unknown.insert(f)
            case .compare(let f, let op, let value):
                known.insert(f)
                if op == .equal {
                    if let other = equal[f], other != value { return "'\(f)' cannot equal both \(other) and \(value)" }
                    equal[f] = value
                }
                let number: Double?
                switch value {
                case .number(let n), .money(let n): number = n
                default: number = nil
                }
                guard let n = number else { continue }
                switch op {
                case .greater, .greaterOrEqual:
                    let inclusive = op == .greaterOrEqual
                    if let current = lower[f], current.0 > n || (current.0 == n && !current.1) { continue }
                    lower[f] = (n, inclusive)
                case .less, .lessOrEqual:
                    let inclusive = op == .lessOrEqual
                    if let current = upper[f], current.0 < n || (current.0 == n && !current.1) { continue }
                    upper[f] = (n, inclusive)
                case .equal:
                    lower[f] = (n, true)
                    upper[f] = (n, true)
                default: break
                }
            case .measure(let m, let op, let n):
                let f = "#" + m.rawValue
                switch op {
                case .greater, .greaterOrEqual: lower[f] = max(lower[f] ?? (n, op == .greaterOrEqual), (n, op == .greaterOrEqual), by: { $0.0 < $1.0 })
                case .less, .lessOrEqual: upper[f] = min(upper[f] ?? (n, op == .lessOrEqual), (n, op == .lessOrEqual), by: { $0.0 < $1.0 })
                case .equal:
                    lower[f] = (n, true)
                    upper[f] = (n, true)
                default: break
                }
            case .isTrue(let f), .contains(let f, _): known.insert(f)
            default: break
            }
        }
        if let f = known.intersection(unknown).sorted().first { return "'\(f)' cannot be both known and unknown" }
        for (f, low) in lower.sorted(by: { $0.key < $1.key }) {
            guard let high = upper[f] else { continue }
            if low.0 > high.0 || (low.0 == high.0 && !(low.1 && high.1)) {
                return "no value of '\(f.hasPrefix("#") ? String(f.dropFirst()) : f)' is above \(FieldValue.number(low.0)) and below \(FieldValue.number(high.0))"
            }
        }
        if let quality = lower["#qualified"], quality.0 > 100 { return "qualified is at most 100" }
        return nil
    }
}

private func max(_ a: (Double, Bool), _ b: (Double, Bool), by less: ((Double, Bool), (Double, Bool)) -> Bool) -> (Double, Bool) { less(a, b) ? b : a }
private func min(_ a: (Double, Bool), _ b: (Double, Bool), by less: ((Double, Bool), (Double, Bool)) -> Bool) -> (Double, Bool) { less(a, b) ? a : b }
