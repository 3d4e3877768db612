import Mustache
import Yams

/// Stages, steps and where each step goes next.
extension PlaybookBuilder {
    mutating func readStages(_ node: Node?) -> [Stage] {
        var stageIDs: Set<String> = []
        var stepIDs: Set<String> = []
        var stages: [Stage] = []
        for item in reader.list(node, "stages") {
            guard let map = reader.mapping(item, "a stage", known: ["id", "title", "steps"], required: ["id", "steps"]),
                let id = reader.identifier(map["id"], "stage id")
            else { continue }
            if !stageIDs.insert(id).inserted { reader.error(map["id"], .duplicateID, "duplicate stage id '\(id)'") }
            var steps: [Step] = []
            for stepNode in reader.list(map["steps"], "steps") {
                guard let s = reader.mapping(stepNode, "a step", known: ["id", "say", "hint", "record", "next"], required: ["id", "say"]),
                    let stepID = reader.identifier(s["id"], "step id")
                else { continue }
                if stepID == "end" { reader.error(s["id"], .reservedWord, "'end' is reserved for 'next: end': choose another step id") }
                if !stepIDs.insert(stepID).inserted { reader.error(s["id"], .duplicateID, "duplicate step id '\(stepID)': step ids must be unique across all stages") }
                let say = reader.string(s["say"], "say") ?? ""
                if let sayNode = s["say"] { templates.append((say, sayNode, "step '\(stepID)'")) }
                var step = Step(id: stepID, stageID: id, say: say, hint: s["hint"].flatMap { reader.string($0, "hint") },
                                record: s["record"].flatMap { reader.identifier($0, "record") }, branches: [],
                                defaultNext: nil, location: reader.location(stepNode))
                step.recordLocation = s["record"].map { reader.location($0) }
                if let next = s["next"] { readNext(next, into: &step, stage: stages.count, step: steps.count) }
                steps.append(step)
            }
            if steps.isEmpty, map["steps"] != nil { reader.error(map["steps"], .emptyPart, "stage '\(id)' has no steps") }
            stages.append(Stage(id: id, title: map["title"].flatMap { reader.string($0, "title") } ?? id, steps: steps, location: reader.location(item)))
        }
        return stages
    }

    mutating func readNext(_ node: Node, into step: inout Step, stage: Int, step index: Int) {
        if case .scalar = node {
            step.defaultNext = target(node)
            return
        }
        let items = reader.list(node, "next")
        for (position, item) in items.enumerated() {
            guard let map = reader.mapping(item, "a branch", known: ["if", "goto"], required: ["goto"]) else { continue }
            let goto = map["goto"].flatMap { target($0) }
            if let condition = map["if"] {
                guard let text = reader.string(condition, "condition"), let goto else { continue }
                pendingBranches.append((stage, index, text, condition, goto, map["goto"]))
            } else {
                step.defaultNext = goto
                if position != items.count - 1 {
                    reader.error(item, .branchOrder, "a branch without 'if' always applies, so the branches after it can never be taken: move it last")
                }
            }
        }
    }

    mutating func target(_ node: Node) -> Target? {
        guard let text = reader.identifier(node, "next step") else { return nil }
        return text == "end" ? .end : .step(text)
    }
}
