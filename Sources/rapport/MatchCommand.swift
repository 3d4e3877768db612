import ArgumentParser
import Foundation
import LineEditor
import RapportCore

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Recognise the objection in customer words: one TEXT, or one utterance per stdin line as JSON Lines.")

    @Option(help: "The playbook whose objections to match (default: playbooks/default.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Argument(help: "The customer's words. Without it, reads one utterance per line from stdin.")
    var text: [String] = []

    @Flag(help: "Show why: for the line and each clause, the nearest phrase of the closest objections and the nearest ordinary talk.")
    var explain = false

    /// For the benchmark script: the time of each match, summarised on stderr.
    @Flag(help: .hidden)
    var timing = false

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
            if explain {
                print("threshold \(String(format: "%.2f", matcher.threshold)), margin over ordinary talk \(String(format: "%.2f", matcher.margin));"
                      + " classifier: ordinary talk unless some reading gives \(String(format: "%.2f", ObjectionMatcher.ordinaryVeto)) to anything else"
                      + " (or the nearest phrase scores \(String(format: "%.2f", ObjectionMatcher.standsAlone))),"
                      + " an objection alone at \(String(format: "%.2f", ObjectionMatcher.classifierAlone))")
                for reading in matcher.explain(utterance) {
                    print("“\(safe(reading.clause))”")
                    for row in reading.nearest {
                        print("  \(row.id.isEmpty ? "(ordinary)" : row.id)\t\(String(format: "%.3f", row.score))\t\(safe(row.phrase))")
                    }
                    if !reading.likeliest.isEmpty {
                        print("  classifier: " + reading.likeliest.map { "\($0.id.isEmpty ? "(ordinary)" : $0.id) \(String(format: "%.3f", $0.chance))" }.joined(separator: ", "))
                    }
                }
            }
            return
        }
        // One output line per input line, in order, whatever the line holds.
        let reader = PlainLineReader(fileDescriptor: STDIN_FILENO)
        var output = ""
        var durations: [Duration] = []
        let clock = ContinuousClock()
        while case .line(let line) = reader.readLine(prompt: "") {
            let start = clock.now
            let result = matcher.match(line)
            if timing { durations.append(clock.now - start) }
            // Written by hand: JSONSerialization cost more than the matching itself.
            let alternatives = result.alternatives.map { "{\"objection\":\(JSONText.quoted($0.objectionID)),\"score\":\(JSONText.number($0.score))}" }
            output += "{\"text\":\(JSONText.quoted(line)),\"objection\":\(result.best.map { JSONText.quoted($0.objectionID) } ?? "null"),"
                + "\"score\":\(JSONText.number(result.best?.score ?? 0)),\"alternatives\":[\(alternatives.joined(separator: ","))]}\n"
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if timing, !durations.isEmpty {
            let micros = durations.map { Double($0.components.attoseconds) / 1e12 + Double($0.components.seconds) * 1e6 }.sorted()
            printError(String(format: "matched %d utterances: median %.1f µs, p90 %.1f µs, p99 %.1f µs",
                              micros.count, micros[micros.count / 2], micros[micros.count * 9 / 10], micros[micros.count * 99 / 100]))
        }
    }
}
