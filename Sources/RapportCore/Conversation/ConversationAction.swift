/// What the shell must do after an event. The conversation itself does no I/O.
public enum ConversationAction: Sendable, Hashable {
    /// Show the step now current.
    case show(StepPrompt)
    /// An answer was read into a typed value.
    case recorded(field: String, value: FieldValue)
    /// The value just recorded replaces a different one known before (`from`).
    case changed(field: String, from: FieldValue)
    /// A note gives a field already known a different value; the known one is kept.
    case differs(field: String, value: FieldValue, words: String)
    /// Steps passed over because what they ask is already known (a note gave it).
    case passedOver([String])
    /// An answer did not read as the field's type: kept as raw words and flagged.
    case keptUnclear(field: String, raw: String)
    case noted(Quote)
    /// The answer sounded like an objection (recorded as raised); the step flow is unchanged.
    case objectionDetected(ObjectionMatcher.Match)
    case objectionRaised(String)
    /// A detection the rep marked as a false alarm; it no longer counts as raised.
    case objectionDismissed(RaisedObjection)
    /// The answer was an objection alone: the call stays on this step (its field unanswered).
    case stayed(String)
    /// The words were another field's fact and nothing else ("maybe 40 hrs/mo on recs" asked
    /// how the close works): recorded there, and the call stays on this step, still asking.
    case stillAsking(String)
    case objectionSettled(RaisedObjection)
    /// The customer named a competitor: point the rep at its battle card.
    case competitorMentioned(String)
    case closeUsed(String)
    case dealClosed(DealOutcome)
    /// A concession entered in the ledger, with its warnings.
    case conceded(AgreedTerm)
    /// A fact carried over from an earlier call with the account.
    case carriedOver(CarriedFact)
    /// The outcome just recorded replaces this earlier one (`/won` after `/lost`, or the reverse).
    case outcomeReplaced(DealOutcome)
    case nextStepAgreed(AgreedNextStep)
    /// The last step is done; the rep can read the summary, go back, or take notes.
    case finished
    /// The event was refused and changed nothing; the message says why and what to do.
    case rejected(String)
}
