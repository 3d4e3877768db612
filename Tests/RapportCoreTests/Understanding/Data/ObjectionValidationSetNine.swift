/// A ninth held-out set of customer lines (`label|domain|text`), written at the start of the
/// twelfth round before any detection change and never used to change anything (only totals
/// read): objections as buyers put them in e-mails, on the phone and at a counter (long-winded,
/// blunt, hedged, with names and numbers), and ordinary lines from discovery answers and from
/// a bike shop, a bakery, an optician, a hotel front desk and a garden centre.
enum ObjectionValidationSetNine {
    static let text = """
    price|b2b|honestly the pricing is what's holding me back
    price|b2b|I was thinking more like half that
    price|b2b|32k for software that reconciles bank lines feels steep
    price|b2b|is that really the best you can do on cost?
    price|b2b|the number made my CFO laugh
    price|b2b|we can get most of this from our ERP add-on for a fraction
    budget|b2b|there's no money left in this year's plan
    budget|b2b|budgets are frozen until Q2
    budget|b2b|we blew the tooling budget on the ERP upgrade
    budget|b2b|unless I can free up funds, it's a no
    timing|b2b|call me back after year-end
    timing|b2b|we're mid-migration, the timing is terrible
    timing|b2b|not this quarter, maybe the next
    timing|b2b|my team has zero bandwidth right now
    authority|b2b|the group CFO makes these calls, not me
    authority|b2b|anything over 10k goes to the board
    authority|b2b|I'd have to run it past procurement and IT
    authority|b2b|I'm not the decision maker here
    competitor|b2b|we already signed with BlackLine
    competitor|b2b|FloQast gave us a better offer
    competitor|b2b|our auditors recommended a different tool
    contract|b2b|three years is way too long to commit
    contract|b2b|we only do month-to-month with new vendors
    contract|b2b|the auto-renewal clause has to go
    no-need|b2b|we're doing fine without it
    no-need|b2b|our close is already five days, I don't see the gain
    no-need|b2b|Excel does the job for us
    trust|b2b|you're a small company, what if you go under?
    trust|b2b|I've been burned by tools that promised the same
    trust|b2b|can you prove those numbers?
    fit|b2b|we have twelve entities in four countries, can you even handle that?
    fit|b2b|it has to work with Sage 200, which I doubt
    fit|b2b|our auditors need on-premise, we can't go cloud
    send-info|b2b|just email me something and I'll read it later
    send-info|b2b|send over a deck and we'll see
    not-interested|b2b|not for us, thanks
    not-interested|b2b|we're not in the market for this
    not-interested|b2b|please take me off your list
    price|consumer|that's a lot for a pair of glasses
    price|consumer|the bike down the road is two hundred less
    timing|consumer|I'll come back after payday
    trust|consumer|how long will this thing actually last?
    authority|consumer|I need to ask my husband first
    no-need|consumer|my old one still works fine
    none|b2b|we close in about eight working days
    none|b2b|my team is four people plus a part-timer
    none|b2b|we run Sage Intacct for the ledger
    none|b2b|the CFO would want to see it before we decide
    none|b2b|budget would come from the finance systems line
    none|b2b|we looked at BlackLine a couple of years ago
    none|b2b|the audit is in March, so ideally before then
    none|b2b|it takes a lot of time to reconcile intercompany
    none|b2b|what would the onboarding look like?
    none|b2b|that's helpful, thanks
    none|b2b|can you show me how the matching works?
    none|b2b|we'd want to start with one entity
    none|b2b|I'm the controller, I report to the CFO
    none|b2b|the hardest bit is the bank reconciliations
    none|b2b|could you do a demo for my team next week?
    none|b2b|how long does a typical rollout take?
    none|b2b|we have about three thousand transactions a month
    none|b2b|the board wants the numbers faster
    none|b2b|price-wise, what are we looking at?
    none|b2b|sure, Thursday works
    none|shopper|I need a helmet for my son, he's eight
    none|shopper|do you do gluten-free bread?
    none|shopper|two croissants and a coffee please
    none|shopper|I'd like an eye test, are you free today?
    none|shopper|can I try these frames on?
    none|shopper|do you have a room for two nights?
    none|shopper|what time is breakfast?
    none|shopper|is parking included?
    none|shopper|I'm after something that flowers in winter
    none|shopper|will this grow in shade?
    none|shopper|how much is the compost?
    none|shopper|can you deliver on Saturday?
    none|shopper|do you take card?
    none|shopper|I'll take the blue one
    none|shopper|is there a warranty on the gears?
    none|shopper|my brakes are squeaking, can you look at them?
    none|shopper|do you have anything cheaper in this style?
    none|shopper|can I pay half now and half on collection?
    none|shopper|is the cake enough for twelve people?
    none|shopper|I'd like a late checkout if possible
    none|shopper|could you wrap it as a gift?
    none|shopper|what's the return policy?
    none|shopper|I'm just browsing, thanks
    none|shopper|do you price match?
    none|shopper|can I book a service for next week?
    """
}
