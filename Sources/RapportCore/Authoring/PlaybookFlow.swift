import Foundation

/// The flow of a playbook as a graph: where each step can go (its branches with their
/// conditions, its default, or the next step in order) and what follows from it — the steps
/// no path from the start reaches, and the steps from which no path reaches the end.
public struct PlaybookFlow: Sendable {
    public struct Edge: Sendable, Hashable {
        public enum Kind: String, Sendable { case branch, next, otherwise }
        public var from: String
        /// The step it leads to; nil for the end of the call.
        public var to: String?
        public var kind: Kind
        /// The branch condition, as written.
        public var condition: String?
    }

    public let playbook: Playbook
    public private(set) var edges: [Edge] = []
    /// Steps reachable from the first step by following the flow.
    public private(set) var reachable: Set<String> = []
    /// Reachable steps from which no path leads to the end (a loop with no way out).
    public private(set) var trapped: [String] = []

    public init(playbook: Playbook) {
        self.playbook = playbook
        var edges: [Edge] = []
        for stage in playbook.stages {
            for step in stage.steps {
                for branch in step.branches {
                    edges.append(Edge(from: step.id, to: Self.step(branch.target), kind: .branch, condition: branch.source))
                }
                // With no default, a step whose branches all fail goes on in document order.
                let following = playbook.stepFollowing(step.id)
                if let target = step.defaultNext {
                    edges.append(Edge(from: step.id, to: Self.step(target), kind: .next, condition: nil))
                } else {
                    edges.append(Edge(from: step.id, to: following, kind: step.branches.isEmpty ? .next : .otherwise, condition: nil))
                }
            }
        }
        self.edges = edges
        var outgoing: [String: [Edge]] = [:]
        for edge in edges { outgoing[edge.from, default: []].append(edge) }
        if let first = playbook.firstStepID {
            var stack = [first]
            while let id = stack.popLast() {
                guard reachable.insert(id).inserted else { continue }
                for edge in outgoing[id] ?? [] { if let to = edge.to, playbook.step(to) != nil { stack.append(to) } }
            }
        }
        // Steps that can reach the end: walk the edges backwards from every edge into the end.
        var incoming: [String: [String]] = [:]
        var finishing: [String] = []
        for edge in edges {
            if let to = edge.to { incoming[to, default: []].append(edge.from) } else { finishing.append(edge.from) }
        }
        var canEnd: Set<String> = []
        var stack = finishing
        while let id = stack.popLast() {
            guard canEnd.insert(id).inserted else { continue }
            stack += incoming[id] ?? []
        }
        trapped = playbook.stages.flatMap(\.steps).map(\.id).filter { reachable.contains($0) && !canEnd.contains($0) }
    }

    static func step(_ target: Target) -> String? {
        if case .step(let id) = target { return id }
        return nil
    }

    public var unreachable: [String] { playbook.stages.flatMap(\.steps).map(\.id).filter { !reachable.contains($0) } }

    /// Graphviz DOT: a cluster per stage, conditions on the edges, unreachable steps dashed red.
    public var dot: String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: " ") + "\""
        }
        var out = ["digraph \(quoted(playbook.id)) {", "  rankdir=TB;", "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];",
                   "  edge [fontname=\"Helvetica\", fontsize=9];", "  start [shape=circle, label=\"start\"];", "  end [shape=doublecircle, label=\"end\"];"]
        for (index, stage) in playbook.stages.enumerated() {
            out.append("  subgraph \(quoted("cluster_\(index)")) {")
            out.append("    label=\(quoted(stage.title)); style=rounded; color=\"#9aa5b1\";")
            for step in stage.steps {
                // The id, then the line to say, on two lines of the box (DOT's \n).
                var attributes = "label=" + String(quoted(step.id).dropLast()) + "\\n" + String(quoted(Self.clip(step.say)).dropFirst())
                if !reachable.contains(step.id) { attributes += ", style=\"rounded,dashed\", color=red, fontcolor=red, xlabel=\"unreachable\"" }
                if trapped.contains(step.id) { attributes += ", color=orange, xlabel=\"never ends\"" }
                out.append("    \(quoted(step.id)) [\(attributes)];")
            }
            out.append("  }")
        }
        if let first = playbook.firstStepID { out.append("  start -> \(quoted(first));") }
        for edge in edges {
            var attributes: [String] = []
            if let condition = edge.condition { attributes.append("label=\(quoted(condition))") }
            if edge.kind == .otherwise { attributes.append("style=dashed, label=\"otherwise\"") }
            out.append("  \(quoted(edge.from)) -> \(edge.to.map(quoted) ?? "end")" + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    /// Mermaid flowchart: a subgraph per stage, conditions on the edges, unreachable steps marked.
    public var mermaid: String {
        func node(_ id: String) -> String { "s_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined() }
        func text(_ s: String) -> String { s.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: " ") }
        var out = ["flowchart TD", "  start((start))", "  done(((end)))"]
        for (index, stage) in playbook.stages.enumerated() {
            out.append("  subgraph stage\(index)[\"\(text(stage.title))\"]")
            for step in stage.steps {
                out.append("    \(node(step.id))[\"\(text(step.id)): \(text(Self.clip(step.say)))\"]")
            }
            out.append("  end")
        }
        if let first = playbook.firstStepID { out.append("  start --> \(node(first))") }
        for edge in edges {
            let target = edge.to.map(node) ?? "done"
            if let condition = edge.condition {
                out.append("  \(node(edge.from)) -->|\"\(text(condition))\"| \(target)")
            } else if edge.kind == .otherwise {
                out.append("  \(node(edge.from)) -.->|otherwise| \(target)")
            } else {
                out.append("  \(node(edge.from)) --> \(target)")
            }
        }
        let unreachable = self.unreachable
        if !unreachable.isEmpty {
            out.append("  classDef unreachable stroke:#d00,stroke-dasharray:4 3,color:#d00")
            out.append("  class \(unreachable.map(node).joined(separator: ",")) unreachable")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func clip(_ text: String) -> String {
        text.count <= 48 ? text : String(text.prefix(45)) + "…"
    }
}
