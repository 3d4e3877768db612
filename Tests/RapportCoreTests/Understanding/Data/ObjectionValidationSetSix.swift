/// A sixth held-out set of customer lines (`label|domain|text`), written at the start of the
/// eighth round before any detection change and never used to change anything: lines in more
/// voices (curt, hedged, embedded in answers, with names and numbers) and more ordinary talk.
enum ObjectionValidationSetSix {
    static let text = """
    price|b2b|whoa, that's a lot more than I expected
    price|b2b|for that money I could hire a junior accountant
    price|b2b|your competitor came in at about half that
    price|b2b|the licence cost alone would eat our savings
    price|b2b|I just can't justify that number to anyone here
    price|b2b|it's priced for enterprises, not for us
    price|b2b|sixty grand? you're having a laugh
    price|b2b|that's well over what we pay for our ERP
    budget|b2b|we've spent every penny we had on the migration
    budget|b2b|finance tools got zero budget in the plan
    budget|b2b|there's a hiring and spending freeze until March
    budget|b2b|even if I loved it there's no money to pay for it
    budget|b2b|we'd have to find the funds from somewhere else
    timing|b2b|we're in the middle of moving offices, so not now
    timing|b2b|come back to me in the new financial year
    timing|b2b|the team is stretched thin until the merger closes
    timing|b2b|it's just bad timing with the audit coming up
    timing|b2b|let's park this until Q2
    authority|b2b|that's above my pay grade I'm afraid
    authority|b2b|I'd have to run it past our group finance director
    authority|b2b|procurement handles anything like this, not me
    authority|b2b|the owners make every spending decision themselves
    authority|b2b|I'm not the one who can say yes to this
    competitor|b2b|we already have FloQast and it does the job
    competitor|b2b|NetSuite's own reconciliation module is good enough for us
    competitor|b2b|we signed with another vendor last month
    competitor|b2b|our IT team wants to build it in-house
    competitor|b2b|we're halfway through an evaluation of Trintech
    contract|b2b|we don't do annual contracts, monthly only
    contract|b2b|I won't sign anything that auto-renews
    contract|b2b|the termination clause is a deal-breaker for legal
    contract|b2b|two years is too long a commitment
    no-need|b2b|we close in four days already, we're fine
    no-need|b2b|spreadsheets work for us, honestly
    no-need|b2b|it's a nice-to-have, not a must-have
    no-need|b2b|I don't see a real problem here to solve
    trust|b2b|I've never heard of you, who else uses this?
    trust|b2b|what happens if your company goes bust?
    trust|b2b|these tools always sound great in the demo and then don't deliver
    trust|b2b|can you guarantee it will actually work with our data?
    fit|b2b|we have a very unusual chart of accounts, it won't fit
    fit|b2b|we're a charity, this is built for corporates
    fit|b2b|does it even work with multi-currency? we have twelve
    send-info|b2b|put something in writing and I'll look at it when I can
    send-info|b2b|do you have a brochure you can send over?
    not-interested|b2b|thanks but no thanks
    not-interested|b2b|please don't call me again
    not-interested|b2b|we'll pass on this one
    price|consumer|blimey, that's expensive
    price|consumer|I could get it cheaper on Amazon
    budget|consumer|money's tight at the moment, sorry
    timing|consumer|we're moving house next year so not now
    authority|consumer|my husband deals with all this, talk to him
    competitor|consumer|we've just had someone else fit one
    trust|consumer|how do I know you won't just disappear?
    no-need|consumer|we don't really use the heating much
    contract|consumer|I don't want to be tied into a long contract
    not-interested|consumer|no thank you, I'm not interested
    price|services|your day rate is double what our last consultant charged
    budget|services|as a small firm we simply don't have the cash
    authority|services|the partners vote on any new supplier
    competitor|services|we already use a freelance FD two days a month
    timing|services|let's talk after tax season
    trust|services|how do I know you understand our sector?
    price|haggling|meet me halfway and we've got a deal
    price|haggling|what's your best price if I take two?
    price|haggling|I was hoping for something nearer 300
    price|haggling|throw in the delivery and I'll think about it
    price|haggling|that's a bit rich, can you do better?
    price|haggling|cash price?
    none|b2b|we have four entities across two countries
    none|b2b|I report to the CFO, who's been here a year
    none|b2b|the close is mostly me and two accountants
    none|b2b|bank reconciliations take the longest
    none|b2b|we use Xero for the UK and QuickBooks for the US
    none|b2b|our auditors are one of the big four
    none|b2b|I'd want to see it with our own numbers
    none|b2b|could you send the invite to my colleague as well?
    none|b2b|Thursday at ten is fine
    none|b2b|how does the pilot actually work?
    none|b2b|what do other controllers use it for most?
    none|b2b|our year end is the thirty-first of March
    none|b2b|that sounds promising
    none|b2b|we want to get the close down to five days
    none|b2b|sure, go ahead and ask
    none|b2b|we do about two thousand transactions a month
    none|b2b|I think the matching would save us the most time
    none|b2b|the finance team works late most of close week
    none|b2b|we budget every October for the following year
    none|b2b|I'd be the main user, plus one analyst
    none|b2b|our IT team would want to review security
    none|b2b|what's the typical implementation time?
    none|b2b|yes, I can introduce you to our CFO
    none|b2b|we had a restatement two years ago
    none|b2b|that makes sense, carry on
    none|b2b|good question, let me think
    none|b2b|we closed March in eight days
    none|b2b|the board wants faster reporting
    none|b2b|I've been in this role three years
    none|b2b|can you walk me through the dashboard?
    none|shopping|do you sell gift cards?
    none|shopping|I'm after a waterproof jacket for hiking
    none|shopping|what's the difference between these two?
    none|shopping|have you got this in a size 10?
    none|shopping|where are the changing rooms?
    none|shopping|can I return it if it doesn't fit?
    none|shopping|is this one on offer?
    none|shopping|I'm just browsing, thanks
    none|shopping|does it come in other colours?
    none|shopping|which one would you recommend for a beginner?
    none|shopping|do you deliver to Ireland?
    none|shopping|how heavy is this bike?
    none|shopping|can you gift wrap it?
    none|shopping|I bought this last week and it stopped working
    none|shopping|what time do you close today?
    none|shopping|is it compatible with my phone?
    none|shopping|I'd like to order the grey sofa
    none|shopping|do you have it in stock or is it to order?
    none|shopping|can I see the one in the window?
    none|shopping|it's for my daughter's birthday
    none|shopping|is the price including VAT?
    none|shopping|perfect, I'll take two
    none|shopping|do you price match?
    none|shopping|how long does delivery take?
    none|shopping|can I try it on?
    """
}
