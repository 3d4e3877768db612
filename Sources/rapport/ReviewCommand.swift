import ArgumentParser
import Foundation
import RapportCore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "A saved transcript as a timeline by stage, with coach comments under their turns.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    @Argument(help: "A transcript file (.jsonl), or with --database a call id (`rapport calls --database URL` lists them).", completion: .file(extensions: ["jsonl"]))
    var transcript: String

    @Option(name: .customLong("database"), help: ArgumentHelp("Read the call from this team store (postgres://…); TRANSCRIPT is then its call id.", valueName: "url"))
    var database: String?

    @Option(help: "text, markdown, json or html.")
    var format: Format = .text

    @Option(help: "Use this playbook instead of the one the transcript names.", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: "Wrap text at this many columns (default: the terminal's width, else 100).")
    var width: Int?

    @OptionGroup var privacy: RedactOption

    private func emit(_ text: String) {
        print(privacy.apply(text), terminator: "")
    }

    func run() throws {
        let transcript: Transcript
        let playbook: Playbook
        let comments: [CoachComment]
        if let database {
            let stored = try StoreCommand.fetchCall(self.transcript, database: database)
            (transcript, playbook) = try TranscriptFile.load(text: stored.text, name: "call \(self.transcript)", playbookOverride: self.playbook)
            comments = stored.comments
        } else {
            (transcript, playbook) = try TranscriptFile.load(self.transcript, playbookOverride: self.playbook)
            comments = CommentCommand.readComments(of: self.transcript)
        }
        let timeline = CallTimeline(transcript: transcript, playbook: playbook, comments: comments)
        switch format {
        case .text: emit(TimelineText.plain(timeline, width: min(max(width ?? Terminal.columns(), 20), 1_000)))
        case .markdown: emit(TimelineText.markdown(timeline))
        case .html: emit(TimelineText.html(timeline))
        case .json:
            let document: [String: Any] = [
                "mode": timeline.header.mode.rawValue, "account": timeline.header.account ?? NSNull(), "rep": timeline.header.rep ?? NSNull(),
                "started": timeline.header.started, "playbook": timeline.header.playbook.id, "highlights": timeline.highlights,
                "damagedLines": timeline.damagedLines,
                "sections": timeline.sections.map { section -> [String: Any] in
                    ["stage": section.stageID ?? NSNull(), "title": section.title, "seconds": section.seconds ?? NSNull(),
                     "items": section.items.map { item -> [String: Any] in
                         ["turn": item.turn ?? NSNull(), "at": item.at, "speaker": item.speaker.rawValue, "text": item.text,
                          "details": item.details, "step": item.step ?? NSNull(),
                          "comments": item.comments.map { ["coach": $0.coach ?? NSNull(), "at": $0.at, "text": $0.text] as [String: Any] }]
                     }]
                },
                "scorecard": timeline.scorecard?.jsonObject ?? NSNull(),
                "reading": timeline.reading?.jsonObject ?? NSNull(),
            ]
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            emit(String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}

/// The width to wrap for: the terminal's (asked of stdout, else stderr, which still is the
/// terminal when output is piped to `less`), else `$COLUMNS`, else 100.
enum Terminal {
    static func columns() -> Int {
        var size = winsize()
        for fd in [STDOUT_FILENO, STDERR_FILENO] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 { return min(value, 1_000) }
        return 100
    }
}
