import Mustache

/// Renders the value-proposition summary through a Mustache template: the playbook's own
/// (`summary:`) or the built-in one. Templates see every field by id, plus the lists below.
public struct SummaryRenderer: Sendable {
    public struct Details: Sendable {
        public var account: String?
        public var rep: String?
        public var date: String?
        /// The day of the call, so dates read as said ("Thursday 14 January", not 2027-01-14).
        public var today: CalendarDay?
        /// Lines under the rep's name at the end of an e-mail (title, company, phone).
        public var signature: String?

        public init(account: String? = nil, rep: String? = nil, date: String? = nil, today: CalendarDay? = nil, signature: String? = nil) {
            self.account = account
            self.rep = rep
            self.date = date
            self.today = today ?? date.flatMap { CalendarDay(iso: $0) }
            self.signature = signature
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case badTemplate(String)
        public var description: String {
            switch self {
            case .badTemplate(let why): return "the summary template does not parse: \(why)"
            }
        }
    }

    private let template: MustacheTemplate
    private let kind: Kind

    /// What the summary is for: the rep's read-back (the playbook's template or the built-in
    /// text), a Markdown document, or a follow-up email to the customer.
    public enum Kind: Sendable {
        case text, markdown, email
    }

    /// `template` overrides both the playbook's template and the built-in ones.
    public init(playbook: Playbook, kind: Kind = .text, template override: String? = nil) throws(Failure) {
        let builtIn: String
        switch kind {
        case .text: builtIn = playbook.summaryTemplate ?? SummaryRenderer.textTemplate
        case .markdown: builtIn = SummaryRenderer.markdownTemplate
        case .email: builtIn = SummaryRenderer.emailTemplate
        }
        self.kind = kind
        let text = override ?? builtIn
        guard LineTemplate.sectionDepth(text) <= LineTemplate.maximumSectionDepth else {
            throw .badTemplate("its sections nest deeper than \(LineTemplate.maximumSectionDepth) levels")
        }
        do {
            template = try MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}" + text)
        } catch {
            throw .badTemplate("\(error)")
        }
    }

    public func render(_ proposition: ValueProposition, playbook: Playbook, profile: NeedsProfile, details: Details) -> String {
        var context = SummaryRenderer.context(proposition, playbook: playbook, profile: profile, details: details)
        // Markdown: every value is text, never markup: no HTML, links, images or table breaks.
        if kind == .markdown { context = SummaryRenderer.markdownSafe(context) as? [String: Any] ?? context }
        return template.render(context).collapsingBlankLines()
    }

    static func markdownSafe(_ value: Any) -> Any {
        switch value {
        case let text as String: return OutputText.markdown.safe(text)
        case let list as [[String: Any]]: return list.map { markdownSafe($0) }
        case let list as [Any]: return list.map(markdownSafe)
        case let map as [String: Any]: return map.mapValues(markdownSafe)
        default: return value
        }
    }

    /// Control characters and line breaks become spaces.
    static func oneLine(_ text: String) -> String { OutputText.emailHeader.safe(text) }

    /// What templates see. Absent values are left out (not empty strings), so `{{#x}}` hides.
    static func context(_ proposition: ValueProposition, playbook: Playbook, profile: NeedsProfile, details: Details) -> [String: Any] {
        var context: [String: Any] = ["product": playbook.product.name]
        for field in playbook.fields {
            if let entry = profile[field.id] {
                context[field.id] = LineTemplate.display(field, entry) ?? entry.raw
            }
        }
        context["tagline"] = playbook.product.tagline
        // One line each: a line break in an account name or a next step (from a transcript) must
        // never start a new header under an e-mail's Subject.
        context["account"] = details.account.map(SummaryRenderer.oneLine)
        context["rep"] = details.rep.map(SummaryRenderer.oneLine)
        context["date"] = details.date
        func lines(_ list: [ValueProposition.FieldLine]) -> [[String: Any]] {
            list.map { line in
                var item: [String: Any] = ["label": line.label, "value": line.value ?? line.raw, "raw": line.raw, "turn": line.turn,
                                           "unclear": line.unclear, "quoted": line.value != nil && line.value != line.raw]
                item["id"] = line.fieldID
                return item
            }
        }
        context["situation"] = lines(proposition.situation)
        context["outcomes"] = lines(proposition.outcomes)
        // Each quote once in a document: a line that named several pains is quoted under the
        // first and referred to after.
        var quotedTurns: Set<Int> = []
        context["pains"] = proposition.pains.map { pain -> [String: Any] in
            let fresh = pain.quotes.filter { !quotedTurns.contains($0.turn) }
            let repeated = pain.quotes.filter { quotedTurns.contains($0.turn) }
            quotedTurns.formUnion(pain.quotes.map(\.turn))
            let said = (fresh.map { "\"\($0.text)\" (turn \($0.turn))" } + (repeated.isEmpty ? [] : ["same words as above (turn \(repeated.map { String($0.turn) }.joined(separator: ", ")))"]))
                .joined(separator: "; ")
            return ["label": pain.label, "quotes": fresh.enumerated().map { ["text": $1.text, "turn": $1.turn, "last": $0 == fresh.count - 1] },
                    "said": said]
        }
        context["features"] = proposition.features.map { feature -> [String: Any] in
            var item: [String: Any] = ["name": feature.name, "benefit": feature.benefit, "answers": feature.answers.joined(separator: ", ")]
            item["proof"] = feature.proof
            item["impact"] = feature.impact
            return item
        }
        context["impacts"] = proposition.features.compactMap(\.impact).map { ["line": $0] }
        context["qualification"] = proposition.qualification.map { line -> [String: Any] in
            ["element": line.element.label, "label": line.label, "status": line.status, "value": line.value ?? "",
             "raw": line.raw ?? "", "known": line.status == "known", "unclear": line.status == "unclear", "unknown": line.status == "unknown",
             "labelled": line.label.lowercased() != line.element.label.lowercased()]
        }
        context["notes"] = proposition.notes.map { ["text": $0.text, "turn": $0.turn] }
        context["objections"] = profile.objections.map { raised -> [String: Any] in
            ["id": raised.objectionID, "title": playbook.objection(raised.objectionID)?.title ?? raised.objectionID, "turn": raised.turn,
             "status": raised.resolved == true ? "resolved" : raised.resolved == false ? "unresolved" : "open"]
        }
        context["closes"] = profile.closesUsed.enumerated().map { index, used -> [String: Any] in
            ["id": used.closeID, "name": playbook.close(used.closeID)?.name ?? used.closeID, "turn": used.turn,
             "last": index == profile.closesUsed.count - 1]
        }
        context["competitors"] = profile.competitors.enumerated().map { index, mention -> [String: Any] in
            ["id": mention.competitorID, "name": playbook.competitor(mention.competitorID)?.name ?? mention.competitorID,
             "turn": mention.turn, "last": index == profile.competitors.count - 1]
        }
        if let outcome = profile.outcome {
            context["outcome"] = outcome.label
            context["won"] = outcome.won
            context["lostReason"] = outcome.reason.flatMap { outcome.won ? nil : $0 }
        }
        if let next = FollowUpPlan(playbook: playbook, profile: profile) {
            var item: [String: Any] = ["what": SummaryRenderer.oneLine(next.what), "whatAfterIs": SummaryRenderer.oneLine(Prose.afterIs(next.what))]
            item["date"] = next.day?.description
            item["dateLong"] = next.day?.longDescription
            item["dateSpoken"] = next.day.map { Prose.date($0, today: details.today) }
            context["nextStep"] = item
        }
        SummaryRenderer.addProse(to: &context, proposition, playbook: playbook, profile: profile, details: details)
        context["terms"] = profile.terms.map { term -> [String: Any] in
            ["words": term.words, "turn": term.turn, "warnings": term.warnings.joined(separator: "; "), "warned": !term.warnings.isEmpty]
        }
        context["hasTerms"] = !profile.terms.isEmpty
        context["hasCloses"] = !profile.closesUsed.isEmpty
        context["hasCompetitors"] = !profile.competitors.isEmpty
        context["hasObjections"] = !profile.objections.isEmpty
        context["hasPains"] = !proposition.pains.isEmpty
        context["hasFeatures"] = !proposition.features.isEmpty
        context["hasImpacts"] = proposition.features.contains { $0.impact != nil }
        context["hasNotes"] = !proposition.notes.isEmpty
        context["hasSituation"] = !proposition.situation.isEmpty
        context["hasOutcomes"] = !proposition.outcomes.isEmpty
        return context
    }

    /// What an e-mail to the customer needs beyond the fields: their name, their main pains in
    /// a sentence, their own words (only what reads as theirs, each sentence once), the
    /// features that answer those pains as clean sentences, and the rep's signature.
    static func addProse(to context: inout [String: Any], _ proposition: ValueProposition, playbook: Playbook, profile: NeedsProfile, details: Details) {
        // Sentences are punctuated in code: "Acme, Inc." must not end "Acme, Inc..".
        let account = details.account.map(SummaryRenderer.oneLine)
        context["thanks"] = Prose.sentences(["Thank you for your time today" + (account.map { " and for walking me through how things work at \($0)" } ?? "")])
        if let next = context["nextStep"] as? [String: Any], let what = next["whatAfterIs"] as? String {
            let day = (next["dateSpoken"] as? String).map { " on \($0)" } ?? ""
            context["nextSentence"] = Prose.sentences(["As agreed, the next step is \(what)\(day)", "I will send an invitation; tell me if anyone else should join"])
        }
        if let contact = profile["contact"], let name = Prose.firstName(in: contact.raw) {
            context["contactFirstName"] = SummaryRenderer.oneLine(name)
        }
        let main = Array(proposition.pains.prefix(3))
        if !main.isEmpty { context["mainPains"] = Prose.list(main.map { Prose.inSentence($0.label) }) }
        var seen: Set<String> = []
        var heard: [[String: Any]] = []
        for pain in main {
            for quote in pain.quotes where Prose.isCustomersWords(quote.text) {
                let words = Prose.quoted(quote.text) ?? quote.text.trimmingCharacters(in: .whitespacesAndNewlines)
                let key = words.lowercased()
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                heard.append(["label": pain.label, "words": words])
                break
            }
        }
        context["heard"] = heard
        context["hasHeard"] = !heard.isEmpty
        let mainIDs = Set(main.map(\.painID))
        let answering = proposition.features.filter { feature in
            playbook.product.features.first { $0.id == feature.featureID }.map { !Set($0.solves).isDisjoint(with: mainIDs) } ?? false
        }
        context["mainFeatures"] = answering.prefix(3).map { feature -> [String: Any] in
            ["name": feature.name, "line": Prose.sentences([feature.benefit, feature.impact ?? ""])]
        }
        if let signature = details.signature?.trimmingCharacters(in: .whitespacesAndNewlines), !signature.isEmpty {
            context["signature"] = signature
        }
    }

    static let textTemplate = """
        VALUE PROPOSITION — {{product}}{{#account}} for {{account}}{{/account}}
        {{#date}}{{date}}{{/date}}{{#rep}} · {{rep}}{{/rep}}

        {{#hasSituation}}
        Where they are today
        {{#situation}}
          - {{label}}: {{value}}{{#quoted}} ("{{raw}}"){{/quoted}}{{#unclear}} (unclear){{/unclear}}
        {{/situation}}

        {{/hasSituation}}
        {{#hasPains}}
        What hurts, in their words
        {{#pains}}
          - {{label}}: {{said}}
        {{/pains}}

        {{/hasPains}}
        {{#hasFeatures}}
        How {{product}} answers it
        {{#features}}
          - {{name}}, for {{answers}}: {{benefit}}
        {{#proof}}
              Proof: {{proof}}
        {{/proof}}
        {{#impact}}
              Impact: {{impact}}
        {{/impact}}
        {{/features}}

        {{/hasFeatures}}
        {{^hasPains}}
        No pains recorded yet: ask what is hard today before presenting.

        {{/hasPains}}
        Qualification
        {{#qualification}}
          - {{element}}{{#labelled}} ({{label}}){{/labelled}}: {{#known}}{{value}}{{/known}}{{#unclear}}unclear ("{{raw}}"){{/unclear}}{{#unknown}}unknown{{/unknown}}
        {{/qualification}}
        {{#hasObjections}}

        Objections raised
        {{#objections}}
          - {{title}} (turn {{turn}}): {{status}}
        {{/objections}}
        {{/hasObjections}}
        {{#hasCompetitors}}

        Competitors named: {{#competitors}}{{name}}{{^last}}, {{/last}}{{/competitors}}
        {{/hasCompetitors}}
        {{#hasCloses}}

        Closes used: {{#closes}}{{name}} (turn {{turn}}){{^last}}, {{/last}}{{/closes}}
        {{/hasCloses}}
        {{#hasTerms}}

        Terms given
        {{#terms}}
          - {{words}} (turn {{turn}}){{#warned}} — {{warnings}}{{/warned}}
        {{/terms}}
        {{/hasTerms}}
        {{#outcome}}
        Outcome: {{outcome}}{{#lostReason}} — {{lostReason}}{{/lostReason}}
        {{/outcome}}
        {{#nextStep}}
        Next step: {{what}}{{#dateLong}} on {{dateLong}}{{/dateLong}}
        {{/nextStep}}
        {{#hasOutcomes}}

        Agreed and learned
        {{#outcomes}}
          - {{label}}: {{value}}{{#quoted}} ("{{raw}}"){{/quoted}}{{#unclear}} (unclear){{/unclear}}
        {{/outcomes}}
        {{/hasOutcomes}}
        {{#hasNotes}}

        Notes
        {{#notes}}
          - {{text}} (turn {{turn}})
        {{/notes}}
        {{/hasNotes}}
        """

    /// A follow-up email to the customer: greeting by name, thanks, their main pains in a
    /// sentence and in their own words (only what reads as theirs), how the product answers
    /// them, the agreed next step with its day as said, and the rep's name and signature.
    /// Nothing internal (scores, objections, notes, shorthand).
    static let emailTemplate = """
        Subject: {{product}}{{#account}} for {{account}}{{/account}}: {{#nextStep}}{{what}}{{#dateSpoken}} on {{dateSpoken}}{{/dateSpoken}}{{/nextStep}}{{^nextStep}}following up on our conversation{{/nextStep}}

        {{#contactFirstName}}Hello {{contactFirstName}},{{/contactFirstName}}{{^contactFirstName}}Hello,{{/contactFirstName}}

        {{thanks}}
        {{#mainPains}}

        What I took away is that the hardest parts today are {{mainPains}}.
        {{#hasHeard}}
        In your words:
        {{#heard}}
          - "{{words}}"
        {{/heard}}
        {{/hasHeard}}
        {{/mainPains}}
        {{#hasFeatures}}

        How {{product}} helps with that:
        {{#mainFeatures}}
          - {{name}}: {{line}}
        {{/mainFeatures}}
        {{/hasFeatures}}
        {{^hasFeatures}}
        {{#tagline}}

        {{product}}: {{tagline}}
        {{/tagline}}
        {{/hasFeatures}}

        {{#hasTerms}}
        The terms we discussed:
        {{#terms}}
          - {{words}}
        {{/terms}}

        {{/hasTerms}}
        {{#nextSentence}}
        {{nextSentence}}
        {{/nextSentence}}
        {{^nextSentence}}
        Could we agree a next step? Reply with a time that suits you and who should be there.
        {{/nextSentence}}

        {{#rep}}
        Best regards,
        {{rep}}
        {{#signature}}
        {{signature}}
        {{/signature}}
        {{/rep}}
        {{^rep}}
        Best regards
        {{/rep}}
        """

    static let markdownTemplate = """
        # Value proposition: {{product}}{{#account}} for {{account}}{{/account}}

        {{#date}}*{{date}}*{{/date}}{{#rep}} · *{{rep}}*{{/rep}}

        {{#hasSituation}}
        ## Where they are today

        {{#situation}}
        - **{{label}}:** {{value}}{{#quoted}} (“{{raw}}”){{/quoted}}{{#unclear}} *(unclear)*{{/unclear}}
        {{/situation}}

        {{/hasSituation}}
        {{#hasPains}}
        ## What hurts, in their words

        {{#pains}}
        - **{{label}}:** {{said}}
        {{/pains}}

        {{/hasPains}}
        {{#hasFeatures}}
        ## How {{product}} answers it

        {{#features}}
        - **{{name}}** (for {{answers}}): {{benefit}}{{#proof}} *Proof:* {{proof}}{{/proof}}{{#impact}} *Impact:* {{impact}}{{/impact}}
        {{/features}}

        {{/hasFeatures}}
        ## Qualification

        | Element | Status |
        | --- | --- |
        {{#qualification}}
        | {{element}}{{#labelled}} ({{label}}){{/labelled}} | {{#known}}{{value}}{{/known}}{{#unclear}}unclear (“{{raw}}”){{/unclear}}{{#unknown}}unknown{{/unknown}} |
        {{/qualification}}
        {{#hasObjections}}

        ## Objections raised

        {{#objections}}
        - {{title}} (turn {{turn}}): {{status}}
        {{/objections}}
        {{/hasObjections}}
        {{#hasCompetitors}}

        **Competitors named:** {{#competitors}}{{name}}{{^last}}, {{/last}}{{/competitors}}
        {{/hasCompetitors}}
        {{#hasCloses}}

        **Closes used:** {{#closes}}{{name}} (turn {{turn}}){{^last}}, {{/last}}{{/closes}}
        {{/hasCloses}}
        {{#hasTerms}}

        ## Terms given

        {{#terms}}
        - {{words}} (turn {{turn}}){{#warned}} — *{{warnings}}*{{/warned}}
        {{/terms}}
        {{/hasTerms}}
        {{#outcome}}

        **Outcome:** {{outcome}}{{#lostReason}} — {{lostReason}}{{/lostReason}}
        {{/outcome}}
        {{#nextStep}}

        **Next step:** {{what}}{{#dateLong}} on {{dateLong}}{{/dateLong}}
        {{/nextStep}}
        {{#hasOutcomes}}

        ## Agreed and learned

        {{#outcomes}}
        - **{{label}}:** {{value}}{{#quoted}} (“{{raw}}”){{/quoted}}
        {{/outcomes}}
        {{/hasOutcomes}}
        {{#hasNotes}}

        ## Notes

        {{#notes}}
        - {{text}} (turn {{turn}})
        {{/notes}}
        {{/hasNotes}}
        """
}

extension String {
    /// Collapses the runs of blank lines that hidden template sections leave behind.
    func collapsingBlankLines() -> String {
        var lines: [Substring] = []
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace), lines.last?.allSatisfy(\.isWhitespace) ?? true { continue }
            lines.append(line)
        }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
