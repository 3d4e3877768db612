import Foundation
import LineEditor
import RapportCore

/// The REPL of a practice call: the trainee's lines go to the buyer, every line and reply is
/// journaled (fsync'd) before the reply is shown, and the scorecard is printed and saved at the
/// end however the call ends (agreement, walk-out, /end, end of input, a stop signal).
final class PracticeSession {

    private var play: RolePlay
    private let recorder: TranscriptRecorder
    private let view: PracticeView
    private let reader: LineReader
    private let interactive: Bool

    init(play: RolePlay, recorder: TranscriptRecorder, view: PracticeView, reader: LineReader, interactive: Bool) {
        self.play = play
        self.recorder = recorder
        self.view = view
        self.reader = reader
        self.interactive = interactive
    }

    enum Ending {
        case finished, signal(Int32)
    }

    func run() -> Ending {
        say(view.briefing())
        recorder.record(.buyer, turn: 0, text: play.opening, score: Double(play.trust))
        say("\n" + view.buyer(play.opening))
        while play.ending == nil {
            if let signal = StopSignal.received {
                finish(reason: "signal \(signal)")
                return .signal(signal)
            }
            switch reader.readLine(prompt: "you > ") {
            case .endOfInput:
                if let signal = StopSignal.received {
                    finish(reason: "signal \(signal)")
                    return .signal(signal)
                }
                finish(reason: "end of input")
                return .finished
            case .interrupted:
                continue
            case .line(let line):
                if line.utf8.count >= PlainLineReader.maximumLineBytes - 4 {
                    say("That line was longer than \(PlainLineReader.maximumLineBytes / 1024) KiB: its first part is kept, the rest was dropped.")
                }
                if !handle(line) {
                    finish(reason: "ended by the trainee")
                    return .finished
                }
            }
        }
        finish(reason: play.ending == .agreed ? "next step agreed" : "the buyer walked away")
        return .finished
    }

    /// Returns false when the trainee ends the call.
    private func handle(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("/") && !trimmed.hasPrefix("//") {
            let command = trimmed.dropFirst().split(separator: " ").first.map { $0.lowercased() } ?? ""
            switch SessionCommand.named(command, in: SessionCommand.practice)?.name {
            case "end": return false
            case "hint":
                guard view.coached else {
                    say(view.style.yellow("Hints are off in --exam."))
                    return true
                }
                let hint = PracticeHint.next(play)
                recorder.record(.hint, turn: play.turn, text: hint)
                say(view.style.dim("Hint: ") + safe(hint))
            case "rubric": say(view.rubric())
            case "score": say(view.scorecard(Scorecard(play), final: false))
            case "help":
                say(SessionCommand.help(SessionCommand.practice, intro: "Type what you would say to the buyer and press Enter.",
                                        outro: "Start a line with // to say something beginning with a slash."))
            default:
                let hint = SessionCommand.suggestion(for: command, in: SessionCommand.practice)
                say(view.style.red("Unknown command /\(safe(command)).") + (hint.map { " Did you mean /\($0)?" } ?? "") + " /help lists them.")
            }
            return true
        }
        let text = trimmed.hasPrefix("//") ? String(trimmed.dropFirst()) : trimmed
        let before = play.trust
        let exchange = play.respond(to: text)
        recorder.record(.say, turn: exchange.turn, text: text)
        recorder.record(.buyer, turn: exchange.turn, text: exchange.reply, target: exchange.raised, score: Double(exchange.trust))
        var output = [view.buyer(exchange.reply)]
        if let cue = view.cue(exchange, before: before) { output.append(cue) }
        say(output.joined(separator: "\n"))
        return true
    }

    private func finish(reason: String) {
        play.end()
        let card = Scorecard(play)
        recorder.record(.scorecard, turn: play.turn, text: SavedScorecard(card).json, score: Double(card.overall))
        recorder.record(.end, turn: play.turn, text: reason)
        reader.close()
        recorder.close()
        say("\n" + view.scorecard(card, final: true))
        if interactive { say(view.style.dim("Saved \(recorder.journal.path)")) }
    }

    private func say(_ text: String) {
        guard !text.isEmpty else { return }
        print(text)
        fflush(nil)
    }
}
