/// A tenth held-out set of customer lines (`label|domain|text`), written in the twentieth round
/// after that round's detection changes (a yes-or-no question weighed against phrases put as
/// questions; one word out of context counting for less) and never used to change anything
/// (only totals read). About a third of the objections are put as questions, so the cost of
/// the question rule shows; ordinary lines from discovery answers and from a chemist, a
/// stationer, a car wash and a cinema.
enum ObjectionValidationSetTen {
    static let text = """
    price|b2b|do you really think it's worth forty grand a year?
    price|b2b|can you sharpen the pencil on that number?
    price|b2b|the licence fee is more than my whole team's software spend
    price|b2b|is there any way to get that figure down?
    price|b2b|that's well north of what I had in mind
    budget|b2b|we've got nothing earmarked for this until April
    budget|b2b|is this something we could even pay for this year? I doubt it
    budget|b2b|every new spend is frozen while the merger goes through
    budget|b2b|I'd have to find the money from somewhere and I can't see where
    timing|b2b|could we pick this up again after the audit?
    timing|b2b|the next three months are wall to wall for us
    timing|b2b|now's not the moment, we're moving offices
    timing|b2b|would it be a problem to wait until the new year?
    authority|b2b|does it matter that I can't sign anything over five thousand?
    authority|b2b|the group finance director has the final word, not me
    authority|b2b|I'd need to take it to the exec team first
    authority|b2b|can I loop my CFO in before we go any further?
    competitor|b2b|have you seen what FloQast charges for the same thing?
    competitor|b2b|we're already two months into a trial with BlackLine
    competitor|b2b|our auditors recommended a different tool
    competitor|b2b|why would I pick you over the one our parent company uses?
    contract|b2b|is a three-year term really necessary?
    contract|b2b|we don't sign anything longer than twelve months
    contract|b2b|can we walk away if it doesn't work out after the first quarter?
    no-need|b2b|our close is fine as it is, honestly
    no-need|b2b|we built our own macros and they do the job
    no-need|b2b|do we actually need this? the spreadsheets work
    trust|b2b|how do I know you'll still be around in three years?
    trust|b2b|I've never heard of you, who else uses this?
    trust|b2b|is our ledger data going to be safe on your servers?
    fit|b2b|does it even work with a ledger as old as ours?
    fit|b2b|we're a bit small for something this heavy
    fit|b2b|it doesn't handle multi-currency the way we need
    send-info|b2b|could you just pop something over by email?
    send-info|b2b|send me a one-pager and I'll have a look
    not-interested|b2b|thanks, but it's not for us
    not-interested|b2b|we'll pass on this one
    do-not-contact|b2b|please take me off your call list
    price|consumer|is that the cheapest you've got?
    price|consumer|that's a lot for a pair of trainers
    budget|consumer|I can't stretch to that this month
    authority|consumer|I'll have to run it past my partner first
    competitor|consumer|the shop across the road has it for less
    trust|consumer|does it actually last, or will it break in a year?
    timing|consumer|I'll leave it for now and come back after payday
    none|b2b|we close in about eight working days
    none|b2b|there are six of us in the finance team
    none|b2b|we're on Xero with a couple of add-ons
    none|b2b|the CFO reviews the pack on day ten
    none|b2b|can you tell me how the bank feeds work?
    none|b2b|does it connect to Salesforce?
    none|b2b|the intercompany matching takes the longest
    none|b2b|I'd like to see the audit trail in the demo
    none|b2b|Tuesday afternoon would suit me for a follow-up
    none|b2b|our year end is March
    none|b2b|is there a sandbox we could try?
    none|b2b|we had a good quarter, actually
    none|b2b|I run the close and report to the CFO
    none|b2b|we use a shared drive for the supporting documents
    none|b2b|can you send the meeting invite to my assistant?
    none|b2b|how long does implementation usually take?
    none|b2b|my team would love fewer late nights
    none|b2b|we'd want it live before the summer
    none|b2b|that sounds really useful for the audit
    none|b2b|who would be our main contact on your side?
    none|shopper|have you got any plasters for blisters?
    none|shopper|which of these is best for a dry cough?
    none|shopper|can I pick up my prescription here?
    none|shopper|I need a birthday card and some wrapping paper
    none|shopper|do you sell refill ink for this pen?
    none|shopper|is the A3 paper in the back?
    none|shopper|how much is the deluxe wash?
    none|shopper|does that include the inside as well?
    none|shopper|can I wait in the car while you do it?
    none|shopper|two tickets for the seven o'clock showing please
    none|shopper|are there any seats left near the middle?
    none|shopper|can we bring our own snacks in?
    none|shopper|is there a lift to screen four?
    none|shopper|do you do loyalty cards?
    none|shopper|I'll pay by card please
    none|shopper|could I have a bag for these?
    none|shopper|my son needs a calculator for school, which one?
    none|shopper|is this one allowed in exams?
    none|shopper|can you put it in a gift box?
    none|shopper|will it be busy on Saturday night?
    none|shopper|does the popcorn come in a smaller size?
    none|shopper|thanks, that's lovely
    none|shopper|can I return it if it's the wrong one?
    none|shopper|do you have anything for sensitive skin?
    none|shopper|where's the nearest cash machine?
    """
}
