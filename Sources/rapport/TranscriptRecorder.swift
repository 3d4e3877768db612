import Foundation
import RapportCore

/// Numbers, stamps and journals a session's entries (each fsync'd), and reports write
/// failures once when they start and once when writing works again; at the end it closes the
/// journal, writing a rescue copy if the file could not take everything.
final class TranscriptRecorder {
    let journal: TranscriptJournal
    let header: TranscriptHeader
    private(set) var seq: Int

    init(journal: TranscriptJournal, header: TranscriptHeader, lastSeq: Int) {
        self.journal = journal
        self.header = header
        self.seq = lastSeq
    }

    func record(_ kind: TranscriptEntry.Kind, turn: Int? = nil, stage: String? = nil, step: String? = nil, text: String? = nil,
                target: String? = nil, score: Double? = nil, from: String? = nil, day: String? = nil, reading: AnswerReading? = nil) {
        seq += 1
        var entry = TranscriptEntry(seq: seq, turn: turn, at: TranscriptClock.iso(Date()), stage: stage, step: step, type: kind,
                                    text: text, target: target, score: score, reading: reading)
        entry.from = from
        entry.day = day
        let wasFailing = journal.lastError != nil
        do {
            try journal.append(Transcript.line(entry))
            if wasFailing { printError("rapport: the transcript is being saved again; every turn so far is on disk.") }
        } catch {
            if !wasFailing {
                printError("rapport: could not save \(turn.map { "turn \($0)" } ?? "line \(seq)") to \(journal.path): \(error.reason). Your notes are kept in memory and retried with every line; /quit writes a rescue copy if the disk stays unwritable.")
            }
        }
        if journal.recreated {
            journal.recreated = false
            printError("rapport: the transcript file was removed or replaced during the session; it has been written again at \(journal.path) with every event so far.")
        }
    }

    /// Closes the journal; says where a rescue copy went, or prints what could not be saved.
    func close() {
        if let rescue = journal.closeAndRescue(header: header) {
            printError("rapport: the transcript could not be completed at \(journal.path); everything typed was saved to \(rescue).")
        } else if journal.hasPending {
            printError("rapport: the transcript could not be completed and no rescue file could be written; the unsaved events follow, one JSON line each:")
            for line in journal.unsavedLines { printError(line) }
        }
    }
}
