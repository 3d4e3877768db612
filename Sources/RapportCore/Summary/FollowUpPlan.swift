/// The agreed next step: from `/next` when the rep used it, else from the playbook's
/// follow-up fields as answered in the follow-up stage.
public struct FollowUpPlan: Sendable, Hashable {
    public var what: String
    public var day: CalendarDay?
    /// The turn it was agreed at.
    public var turn: Int

    public init?(playbook: Playbook, profile: NeedsProfile) {
        if let agreed = profile.nextStep {
            self.what = agreed.what
            self.day = agreed.day
            self.turn = agreed.turn
            return
        }
        guard let fields = playbook.followUp, let entry = profile[fields.nextStep], !entry.raw.isEmpty else { return nil }
        self.what = entry.raw
        self.turn = entry.turn
        if case .date(let day)? = profile.value(fields.date) { self.day = day } else { self.day = nil }
    }
}
