import Mustache
import Yams

/// Checks made once every part is read: references, conditions and templates.
extension PlaybookBuilder {
    mutating func checkReferences(_ playbook: inout Playbook, painIDs: Set<String>) {
        for feature in playbook.product.features {
            for pain in feature.solves where !painIDs.contains(pain) {
                reader.error(at: feature.location, .unknownPain, "feature '\(feature.id)' solves unknown pain '\(pain)'\(suggest(pain, painIDs))")
            }
        }
        let fieldIDs = Set(playbook.fields.map(\.id))
        for stage in playbook.stages {
            for step in stage.steps {
                if let record = step.record, playbook.field(record) == nil {
                    reader.error(at: step.recordLocation ?? step.location, .unknownField, "step '\(step.id)' records into unknown field '\(record)'\(suggest(record, fieldIDs))")
                }
                if case .step(let target)? = step.defaultNext, playbook.step(target) == nil {
                    reader.error(at: step.location, .unknownStep, "step '\(step.id)' goes to unknown step '\(target)'\(suggest(target, allStepIDs(playbook)))")
                }
            }
        }
        for pending in pendingBranches {
            if case .step(let target) = pending.target, playbook.step(target) == nil {
                reader.error(pending.targetNode, .unknownStep, "branch goes to unknown step '\(target)'\(suggest(target, allStepIDs(playbook)))")
            }
        }
    }

    func allStepIDs(_ playbook: Playbook) -> Set<String> {
        Set(playbook.stages.flatMap { $0.steps.map(\.id) })
    }

    func suggest(_ word: String, _ known: Set<String>) -> String {
        Spelling.closest(word, in: known.sorted()).map { "; did you mean '\($0)'?" } ?? ""
    }

    mutating func parseCondition(_ text: String, at node: Node, playbook: Playbook) -> Condition? {
        var parser = ConditionParser(fields: { playbook.field($0) })
        do {
            return try parser.parse(text)
        } catch {
            reader.error(at: expressionLocation(node, offset: error.offset), DiagnosticCode(condition: error.kind), "bad condition: \(error.message)")
            return nil
        }
    }

    /// The location of a character inside a scalar; quoted scalars start one column later.
    func expressionLocation(_ node: Node, offset: Int) -> SourceLocation {
        let base = reader.location(node)
        let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
        return base.advanced(by: offset + (quoted ? 1 : 0))
    }

    mutating func checkTemplates(_ playbook: Playbook) {
        let known = Set(playbook.fields.map(\.id)).union(LineTemplate.builtInNames)
        for (text, node, what) in templates where LineTemplate.isTemplate(text) {
            // Compiling costs ~0.1 ms a template, so only templates with sections are compiled;
            // for plain `{{name}}` lines, balanced braces are all that can go wrong.
            let hasSections = LineTemplate.hasSections(text)
            let balanced = LineTemplate.isBalanced(text)
            if LineTemplate.sectionDepth(text) > LineTemplate.maximumSectionDepth {
                reader.error(node, .templateSyntax, "\(what): the template's sections nest deeper than \(LineTemplate.maximumSectionDepth) levels; flatten them")
                continue
            }
            if !balanced || (hasSections && (try? MustacheTemplate(string: text)) == nil) {
                reader.error(node, .templateSyntax, "\(what): the template does not parse (check that every {{ has a matching }} and sections are closed)")
                continue
            }
            for name in LineTemplate.variables(in: text) where !known.contains(name) && !(what == "summary template") {
                reader.error(node, .templateField, "\(what): template names unknown field '\(name)'\(suggest(name, Set(playbook.fields.map(\.id))))")
            }
        }
    }
}
