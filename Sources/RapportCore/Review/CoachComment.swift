import Foundation

/// A coach's comment pinned to a turn of a transcript. Comments live in a sidecar file next to
/// the transcript (`NAME.jsonl.comments`), one JSON object a line; the transcript itself is
/// never modified.
public struct CoachComment: Codable, Sendable, Hashable {
    public var turn: Int
    public var coach: String?
    /// UTC, ISO 8601.
    public var at: String
    public var text: String
    /// Set when the comment marks a detection as a false alarm: the objection detected at this
    /// turn was not one. Every reading of the call (`review`, `summary`, `report`) then leaves it
    /// out, as if the rep had typed `/obj no`; the transcript is still never changed.
    public var falseAlarm: String?

    public init(turn: Int, coach: String?, at: String, text: String, falseAlarm: String? = nil) {
        self.turn = turn
        self.coach = coach
        self.at = at
        self.text = text
        self.falseAlarm = falseAlarm
    }

    /// The false-alarm marks among comments: (turn, objection id).
    public static func falseAlarms(_ comments: [CoachComment]) -> [(turn: Int, objection: String)] {
        comments.compactMap { comment in comment.falseAlarm.map { (comment.turn, $0) } }
    }

    /// The sidecar file of a transcript.
    public static func sidecarPath(for transcript: String) -> String { transcript + ".comments" }

    /// Reads a sidecar's text; unreadable lines are counted, not fatal.
    public static func parse(_ text: String) -> (comments: [CoachComment], damaged: Int) {
        var comments: [CoachComment] = []
        var damaged = 0
        let decoder = JSONDecoder()
        for line in text.split(separator: "\n") where !line.isEmpty {
            if let comment = try? decoder.decode(CoachComment.self, from: Data(line.utf8)) {
                comments.append(comment)
            } else {
                damaged += 1
            }
        }
        return (comments, damaged)
    }
}
