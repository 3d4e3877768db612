import ArgumentParser
import Foundation
import RapportCore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Rebuild the value-proposition summary from a saved transcript.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: "A transcript file (.jsonl).")
    var transcript: String

    @Option(help: "text, markdown or json.")
    var format: Format = .text

    @Option(help: "Use this playbook instead of the one the transcript names.")
    var playbook: String?

    @Option(help: "A Mustache template (plain text) to render instead of the playbook's.")
    var template: String?

    func run() throws {
        let (transcript, playbook) = try TranscriptFile.load(self.transcript, playbookOverride: self.playbook)
        let conversation = transcript.replay(on: playbook)
        let profile = conversation.profile
        let proposition = ValueProposition(playbook: playbook, profile: profile)
        let header = transcript.header
        let details = SummaryRenderer.Details(account: header.account, rep: header.rep, date: header.sessionDay)
        var templateText: String?
        if let template {
            guard let data = FileManager.default.contents(atPath: template) else {
                printError("rapport: cannot read the template \(template)")
                throw ExitCode(66)
            }
            templateText = String(decoding: data, as: UTF8.self)
        }
        let renderer: SummaryRenderer
        do {
            renderer = try SummaryRenderer(playbook: playbook, markdown: format == .markdown, template: templateText)
        } catch {
            printError("rapport: \(error)")
            throw ExitCode(65)
        }
        let text = renderer.render(proposition, playbook: playbook, profile: profile, details: details)
        switch format {
        case .text, .markdown:
            print(TerminalText.neutralised(text, keepNewlines: true), terminator: "")
        case .json:
            var fields: [[String: Any]] = []
            for field in playbook.fields {
                guard let entry = profile[field.id] else { continue }
                var object: [String: Any] = ["field": field.id, "label": field.label, "type": field.type.rawValue,
                                             "raw": entry.raw, "turn": entry.turn, "unclear": entry.isUnclear]
                object["value"] = entry.value?.jsonObject ?? NSNull()
                if entry.quotes.count > 1 { object["quotes"] = entry.quotes.map { ["text": $0.text, "turn": $0.turn] } }
                if let q = field.qualifies { object["qualifies"] = q.rawValue }
                fields.append(object)
            }
            let document: [String: Any] = [
                "playbook": ["id": playbook.id, "version": playbook.version],
                "account": header.account ?? NSNull(), "rep": header.rep ?? NSNull(), "started": header.started,
                "profile": fields,
                "notes": profile.notes.map { ["text": $0.text, "turn": $0.turn] },
                "objections": profile.objections.map { raised -> [String: Any] in
                    ["objection": raised.objectionID, "turn": raised.turn,
                     "outcome": raised.resolved == true ? "resolved" : raised.resolved == false ? "unresolved" : "open"]
                },
                "unknownQualifications": conversation.unknownQualifications.map(\.rawValue),
                "summary": text,
            ]
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
