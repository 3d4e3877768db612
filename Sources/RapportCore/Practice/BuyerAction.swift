/// What the practice buyer does in answer to an event, in order. The shell prints `says` and
/// records the rest; `RolePlay.respond(to:)` gathers them into an `Exchange`.
public enum BuyerAction: Sendable, Hashable {
    /// A sentence the buyer speaks.
    case says(String)
    /// The question was heard as asking about this fact, whether or not it was told.
    case heardAbout(String)
    /// A persona fact told (its field id).
    case reveals(String)
    /// The buyer raises one of the persona's objections.
    case raises(String)
    /// Trust moves by this much (already clamped to 0…100 in `RolePlay.trust`).
    case trustMoves(Int)
    /// An open concern is settled (acknowledged or explored, then answered).
    case settles(String)
    /// The trainee passed an open concern by twice: the buyer drops it, unhappy.
    case dropsConcern(String)
    /// Ready to buy, the buyer asks for a better price first.
    case bargains
    /// The trainee's answer to it: a concession traded, given for nothing, or the price held.
    case settlesTerms(RolePlay.Bargain)
    /// The buyer agrees to the trainee's proposal and waits for a day.
    case agrees
    /// The next step is booked for this day: the call is over.
    case books(CalendarDay)
    /// Trust ran out: the buyer ends the call.
    case walksAway
}
