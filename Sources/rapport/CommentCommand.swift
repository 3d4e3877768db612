import ArgumentParser
import Foundation
import RapportCore

struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Pin a coach's comment to a turn of a transcript (kept beside it; the transcript is never changed).")

    @Argument(help: "A transcript file (.jsonl).")
    var transcript: String

    @Argument(help: "The turn number, as `rapport review` shows it.")
    var turn: Int

    @Argument(help: "The comment.")
    var text: String

    @Option(help: "Who is commenting.")
    var coach: String?

    func run() throws {
        let (transcript, playbook) = try TranscriptFile.load(self.transcript, playbookOverride: nil)
        let turns = CallTimeline(transcript: transcript, playbook: playbook).turns
        guard turns.contains(turn) else {
            let range = turns.isEmpty ? "it has no turns" : "its turns are \(turns.min()!) to \(turns.max()!)"
            printError("rapport: \(self.transcript) has no turn \(turn) (\(range)); `rapport review \(self.transcript)` shows them. Nothing was saved.")
            throw ExitCode(64)
        }
        let text = self.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            printError("rapport: the comment is empty. Nothing was saved.")
            throw ExitCode(64)
        }
        let comment = CoachComment(turn: turn, coach: coach, at: TranscriptClock.iso(Date()), text: text)
        let path = CoachComment.sidecarPath(for: self.transcript)
        if let problem = PrivateFile.write(Transcript.line(comment) + "\n", to: path, appending: true) {
            printError("rapport: could not save the comment to \(path): \(problem). Nothing was saved.")
            throw ExitCode(74)
        }
        print("Comment saved on turn \(turn) (\(path)).")
    }

    /// The comments beside a transcript; damaged lines are reported and skipped.
    static func readComments(of transcript: String) -> [CoachComment] {
        let path = CoachComment.sidecarPath(for: transcript)
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let (comments, damaged) = CoachComment.parse(String(decoding: data, as: UTF8.self))
        if damaged > 0 { printError("\(path): \(damaged) damaged comment line\(damaged == 1 ? "" : "s") skipped") }
        return comments
    }
}
