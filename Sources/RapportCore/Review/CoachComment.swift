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

    public init(turn: Int, coach: String?, at: String, text: String) {
        self.turn = turn
        self.coach = coach
        self.at = at
        self.text = text
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
