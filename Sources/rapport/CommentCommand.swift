import ArgumentParser
import Foundation
import RapportCore

struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Pin a coach's comment to a turn of a transcript (kept beside it; the transcript is never changed); --list and --delete N manage them.",
        discussion: """
            --false-alarm OBJECTION marks the objection detected at TURN as a false alarm: review, summary and report then leave \
            it out, as if the rep had typed /obj no (the comment text is optional). Delete the mark with --delete to undo it.
            """)

    @Argument(help: "A transcript file (.jsonl), or with --database a call id.", completion: .file(extensions: ["jsonl"]))
    var transcript: String

    @Option(name: .customLong("database"), help: ArgumentHelp("Write the comment into this team store (postgres://…); TRANSCRIPT is then a call id.", valueName: "url"))
    var database: String?

    @Argument(help: "The turn number, as `rapport review` shows it.")
    var turn: Int?

    @Argument(help: "The comment.")
    var text: String?

    @Option(help: "Who is commenting.")
    var coach: String?

    @Flag(help: "List the comments on the transcript, numbered.")
    var list = false

    @Option(help: "Delete comment N (its number in --list).")
    var delete: Int?

    @Option(name: .customLong("false-alarm"), help: "Mark the objection detected at TURN (its id, as review shows it) as a false alarm.")
    var falseAlarm: String?

    func validate() throws {
        let adding = turn != nil || text != nil || falseAlarm != nil
        if [adding, list, delete != nil].filter({ $0 }).count != 1 || (adding && (turn == nil || (text == nil && falseAlarm == nil))) {
            throw ValidationError("Give TURN and TEXT to add a comment, TURN --false-alarm OBJECTION to mark a detection, or --list, or --delete N.")
        }
    }

    func run() throws {
        if let database {
            if list || delete != nil {
                return try StoreCommand.listOrDeleteComments(of: self.transcript, delete: delete, database: database)
            }
            guard let turn else { return }
            let text = (text ?? "False alarm: not \(falseAlarm ?? "an objection").").trimmingCharacters(in: .whitespacesAndNewlines)
            let stored = try StoreCommand.fetchCall(self.transcript, database: database)
            let (transcript, playbook) = try TranscriptFile.load(text: stored.text, name: "call \(self.transcript)", playbookOverride: nil, quiet: true)
            let turns = CallTimeline(transcript: transcript, playbook: playbook).turns
            guard turns.contains(turn), !text.isEmpty else {
                printError("rapport: call \(safe(self.transcript)) has no turn \(turn)\(turns.isEmpty ? "" : " (its turns are \(turns.min()!) to \(turns.max()!))"), or the comment is empty. Nothing was saved.")
                throw ExitCode(64)
            }
            if let falseAlarm {
                let detected = transcript.replay(on: playbook, comments: stored.comments).profile.objections.filter(\.detected)
                guard detected.contains(where: { $0.objectionID == falseAlarm && $0.turn == turn }) else {
                    let there = detected.map { "\($0.objectionID) at turn \($0.turn)" }
                    printError("rapport: no \(safe(falseAlarm)) detection at turn \(turn) of call \(safe(self.transcript))"
                               + (there.isEmpty ? " (it has no detections left to mark)." : "; detections there: \(there.joined(separator: ", ")).") + " Nothing was saved.")
                    throw ExitCode(64)
                }
            }
            let comment = CoachComment(turn: turn, coach: coach ?? (try? ConfigFile.load())?.rep, at: TranscriptClock.iso(Date()), text: text, falseAlarm: falseAlarm)
            try StoreCommand.addComment(comment, to: self.transcript, database: database)
            print(falseAlarm.map { "False alarm marked: \(safe($0)) at turn \(turn) of call \(safe(self.transcript)) in the team store." }
                  ?? "Comment saved on turn \(turn) of call \(safe(self.transcript)) in the team store.")
            return
        }
        if list { return listComments() }
        if let delete { return try deleteComment(delete) }
        guard let turn else { return }
        try add(turn: turn, text: text ?? "False alarm: not \(falseAlarm ?? "an objection").", falseAlarm: falseAlarm)
    }

    private func listComments() {
        let comments = CommentCommand.readComments(of: transcript)
        if comments.isEmpty { return print("No comments on \(safe(transcript)).") }
        for (index, comment) in comments.enumerated() { print(Self.line(number: index + 1, comment)) }
    }

    /// One numbered line of `--list`, from a sidecar or from the team store.
    static func line(number: Int, _ comment: CoachComment) -> String {
        let mark = comment.falseAlarm.map { " [false alarm: \(safe($0))]" } ?? ""
        return "\(number). turn \(comment.turn)\(comment.coach.map { " · \(safe($0))" } ?? "") · \(comment.at.prefix(16).replacingOccurrences(of: "T", with: " "))\(mark) — \(safe(comment.text))"
    }

    /// Writes the other comments to a new owner-only file and renames it over the old one, so a
    /// crash leaves either every comment or all but the deleted one.
    private func deleteComment(_ number: Int) throws {
        let comments = CommentCommand.readComments(of: transcript)
        guard (1...max(1, comments.count)).contains(number), number <= comments.count else {
            printError("rapport: \(transcript) has \(comments.count) comment\(comments.count == 1 ? "" : "s"); `rapport comment \(transcript) --list` numbers them. Nothing was deleted.")
            throw ExitCode(64)
        }
        var kept = comments
        let removed = kept.remove(at: number - 1)
        let path = CoachComment.sidecarPath(for: transcript)
        let temporary = path + ".\(getpid()).tmp"
        if let problem = PrivateFile.write(kept.map { Transcript.line($0) + "\n" }.joined(), to: temporary, appending: false) {
            unlink(temporary)
            printError("rapport: could not rewrite \(path): \(problem). Nothing was deleted.")
            throw ExitCode(74)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            printError("rapport: could not replace \(path): \(String(cString: strerror(errno))). Nothing was deleted.")
            throw ExitCode(74)
        }
        print("Deleted comment \(number) (turn \(removed.turn): \(safe(String(removed.text.prefix(60))))).")
    }

    private func add(turn: Int, text: String, falseAlarm: String?) throws {
        let (transcript, playbook) = try TranscriptFile.load(self.transcript, playbookOverride: nil)
        let turns = CallTimeline(transcript: transcript, playbook: playbook).turns
        guard turns.contains(turn) else {
            let range = turns.isEmpty ? "it has no turns" : "its turns are \(turns.min()!) to \(turns.max()!)"
            printError("rapport: \(self.transcript) has no turn \(turn) (\(range)); `rapport review \(self.transcript)` shows them. Nothing was saved.")
            throw ExitCode(64)
        }
        if let falseAlarm {
            // Only a detection that is there, read as review reads the call with its marks so far.
            let conversation = transcript.replay(on: playbook, comments: CommentCommand.readComments(of: self.transcript))
            let detected = conversation.profile.objections.filter(\.detected)
            guard detected.contains(where: { $0.objectionID == falseAlarm && $0.turn == turn }) else {
                let there = detected.map { "\($0.objectionID) at turn \($0.turn)" }
                printError("rapport: no \(safe(falseAlarm)) detection at turn \(turn) of \(self.transcript)"
                           + (there.isEmpty ? " (it has no detections left to mark)." : "; detections there: \(there.joined(separator: ", ")).") + " Nothing was saved.")
                throw ExitCode(64)
            }
        }
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            printError("rapport: the comment is empty. Nothing was saved.")
            throw ExitCode(64)
        }
        let comment = CoachComment(turn: turn, coach: coach, at: TranscriptClock.iso(Date()), text: text, falseAlarm: falseAlarm)
        let path = CoachComment.sidecarPath(for: self.transcript)
        if let problem = PrivateFile.write(Transcript.line(comment) + "\n", to: path, appending: true) {
            printError("rapport: could not save the comment to \(path): \(problem). Nothing was saved.")
            throw ExitCode(74)
        }
        print(falseAlarm.map { "False alarm marked: \(safe($0)) at turn \(turn) (\(path))." } ?? "Comment saved on turn \(turn) (\(path)).")
    }

    /// The comments beside a transcript; damaged lines are reported and skipped.
    /// Read as a regular file up to 4 MiB (never a pipe or a device); `quiet` for a report that
    /// reads thousands of them.
    static func readComments(of transcript: String, quiet: Bool = false) -> [CoachComment] {
        let path = CoachComment.sidecarPath(for: transcript)
        guard case .bytes(let bytes) = RegularFile.read(path, limit: 4 << 20), bytes.count <= 4 << 20 else { return [] }
        let (comments, damaged) = CoachComment.parse(String(decoding: bytes, as: UTF8.self))
        if damaged > 0, !quiet { printError("\(path): \(damaged) damaged comment line\(damaged == 1 ? "" : "s") skipped") }
        return comments
    }
}
