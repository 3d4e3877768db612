/// What happens to the practice buyer: the trainee says a line, or ends the call.
public enum BuyerEvent: Sendable, Hashable {
    case said(String)
    case ended
}
