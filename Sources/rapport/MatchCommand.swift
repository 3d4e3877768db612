import ArgumentParser
import Foundation
import LineEditor
import RapportCore

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Recognise the objection in customer words: one TEXT, or one utterance per stdin line as JSON Lines.")

    @Option(help: "The playbook whose objections to match (default: playbooks/default.yaml).")
    var playbook: String?

    @Argument(help: "The customer's words. Without it, reads one utterance per line from stdin.")
    var text: [String] = []

    func run() throws {
        let loaded = try PlaybookFile.loadOrExit(playbook ?? PlaybookFile.defaultPath())
        let matcher = ObjectionMatcher(playbook: loaded)
        if !text.isEmpty {
            let utterance = text.joined(separator: " ")
            let result = matcher.match(utterance)
            if let best = result.best, let objection = loaded.objection(best.objectionID) {
                print("\(best.objectionID)\t\(String(format: "%.3f", best.score))\t\(safe(objection.title))")
            } else {
                print("none")
            }
            for alternative in result.alternatives {
                print("  \(alternative.objectionID)\t\(String(format: "%.3f", alternative.score))")
            }
            return
        }
        // One output line per input line, in order, whatever the line holds.
        let reader = PlainLineReader(fileDescriptor: STDIN_FILENO)
        var output = ""
        while case .line(let line) = reader.readLine(prompt: "") {
            let result = matcher.match(line)
            var object: [String: Any] = ["text": line, "score": result.best?.score ?? 0]
            object["objection"] = result.best?.objectionID ?? NSNull()
            object["alternatives"] = result.alternatives.map { ["objection": $0.objectionID, "score": $0.score] }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            output += String(decoding: data, as: UTF8.self) + "\n"
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
