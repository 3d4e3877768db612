import ArgumentParser
import Foundation
import RapportCore

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a playbook's stages and steps as a flow chart (Graphviz DOT or Mermaid).",
        discussion: "Edges carry the branch conditions; unreachable steps are marked. Render DOT with `dot -Tsvg`, or paste Mermaid into a Markdown file.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, mermaid }

    @Argument(help: "The playbook (default: playbooks/default.yaml).")
    var playbook: String?

    @Option(help: "dot or mermaid.")
    var format: Format = .dot

    func run() throws {
        let loaded = try PlaybookFile.loadOrExit(playbook ?? PlaybookFile.defaultPath())
        let flow = PlaybookFlow(playbook: loaded)
        print(format == .dot ? flow.dot : flow.mermaid, terminator: "")
    }
}
