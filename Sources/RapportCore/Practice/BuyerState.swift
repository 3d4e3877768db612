/// Where the practice buyer is in a call. Each state carries what it needs, in the style of
/// `Conversation.State`: the buyer answers in every state but `over`, and an open concern
/// colours the answers without stopping them.
public enum BuyerState: Sendable, Hashable {
    /// Answering questions; no concern open and nothing agreed yet.
    case listening
    /// A concern is open: the index of its `ObjectionProgress` in `RolePlay.objections`. It is
    /// settled once acknowledged or explored and then answered, in any order and across turns,
    /// or dropped after being brushed off twice.
    case concerned(Int)
    /// Ready to buy, the buyer asked for a concession at this turn and waits for the answer.
    case bargaining(askedAt: Int)
    /// The buyer agreed to a next step at this turn and waits for a day.
    case awaitingDay(agreedAt: Int)
    /// The call is over.
    case over(RolePlay.Ending)
}
