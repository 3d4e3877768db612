/// Something that happened in a conversation. The transcript records these; replaying them
/// through a new `Conversation` rebuilds the same state.
public enum ConversationEvent: Sendable, Hashable {
    /// The customer's answer to the current step, as the rep typed it.
    case answered(String)
    /// The rep moved on without an answer.
    case skipped
    /// Undo the last move (answer, skip or jump), restoring the profile as it was.
    case wentBack
    case wentToStep(String)
    case wentToStage(String)
    /// A free note; it never moves the conversation and is never undone.
    case noteTaken(String)
    /// The rep says the customer raised this objection (by opening its card).
    case objectionRaised(String)
    /// The latest objection detected in the customer's words was a false alarm (`/obj no`).
    case objectionDismissed
    /// The outcome of the most recent open objection.
    case objectionOutcome(resolved: Bool)
    /// The rep used this closing technique.
    case closeUsed(String)
    /// The deal was won, or lost for the reason given.
    case dealClosed(won: Bool, reason: String?)
    /// The next step and its date, in the rep's words: `pilot kickoff with Dana next Tuesday`.
    case nextStepAgreed(String)
    /// What an earlier call with the account learnt, carried into this one before it starts.
    case carried(CarriedFact)
    /// A concession given, in the rep's words after `/give`: `discount 15% for a three-year term`.
    case conceded(String)
}
