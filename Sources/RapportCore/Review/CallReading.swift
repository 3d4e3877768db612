import Foundation

/// How a call ended, read one way for every command: the fields known (by id, with their typed
/// values), each objection's outcome, and the deal's result. `review`, `summary` and `report`
/// all build it from the same replayed conversation, so they cannot disagree about a call.
public struct CallReading: Sendable, Hashable {
    /// Field id → its value as `/profile` shows it; fields whose words stayed unclear are left out.
    public var fields: [String: String]
    /// Objection id → `resolved`, `unresolved` or `open` (dismissed false alarms and detections
    /// undone with `/back` are gone). An objection raised twice keeps its latest outcome.
    public var objections: [String: String]
    /// `won`, `lost`, or nil.
    public var outcome: String?

    public init(_ conversation: Conversation) {
        let playbook = conversation.playbook
        let profile = conversation.profile
        var fields: [String: String] = [:]
        for field in playbook.fields {
            guard let entry = profile[field.id], entry.value != nil, let shown = LineTemplate.display(field, entry) else { continue }
            fields[field.id] = shown
        }
        self.fields = fields
        var objections: [String: String] = [:]
        for raised in profile.objections {
            objections[raised.objectionID] = CallReading.outcome(raised.resolved)
        }
        self.objections = objections
        outcome = profile.outcome.map { $0.won ? "won" : "lost" }
    }

    /// The outcome word for an objection's `resolved` flag.
    public static func outcome(_ resolved: Bool?) -> String {
        resolved == true ? "resolved" : resolved == false ? "unresolved" : "open"
    }

    /// The encoded reading as JSON-ready values (for documents built as dictionaries), so its
    /// keys are spelled once, in the encoding.
    public var jsonObject: [String: Any] {
        let data = (try? JSONEncoder().encode(self)) ?? Data("{}".utf8)
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}

extension CallReading: Encodable {
    private struct Written: Encodable {
        var fields: [String: String]
        var objections: [String: String]
        @NullWhenAbsent var outcome: String?
    }

    /// As `jsonObject`: the outcome is `null` when the call has none.
    public func encode(to encoder: any Encoder) throws {
        try Written(fields: fields, objections: objections, outcome: outcome).encode(to: encoder)
    }
}
