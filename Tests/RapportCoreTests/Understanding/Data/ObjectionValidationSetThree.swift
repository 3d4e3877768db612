/// A third set of customer lines (`label|domain|text`), written before the fourth round of phrase
/// banks and ordinary talk and held out through it; read line by line in the fifth round, so
/// tuning data since: B2B, consumer and
/// professional-services objections, ordinary B2B answers, shopper lines (a customer asking for
/// products, no objection) and haggling lines (price pushed back on).
enum ObjectionValidationSetThree {
    static let text = """
    price|b2b|wow, that's double what we pay for our whole GL system
    price|b2b|I nearly fell off my chair at that quote
    price|b2b|there's no way I get 50k past my CFO for this
    price|b2b|the price tag is hard to justify for a team our size
    price|b2b|you're priced like an enterprise vendor and we're not enterprise
    price|b2b|we could hire a temp for less than that
    price|b2b|what's the best you can do on that number?
    price|b2b|it's too rich for our blood
    price|b2b|that's a big ask for a finance tool
    price|b2b|is that the list price? because we won't pay list
    budget|b2b|we blew our budget for this year on the audit
    budget|b2b|I don't have a cost centre to charge this to
    budget|b2b|it's not in the plan for this fiscal year
    budget|b2b|spend is locked down until Q2
    budget|b2b|we'd need to wait for the new budget cycle
    timing|b2b|we're mid-audit, come back after March
    timing|b2b|honestly my plate is full until the summer
    timing|b2b|this isn't a priority for the next few months
    timing|b2b|we just lost our controller, it's the worst time
    timing|b2b|circle back in the autumn
    timing|b2b|let's revisit after our reorg settles
    authority|b2b|I'm not the one who signs these things
    authority|b2b|my boss makes the call on software
    authority|b2b|this would have to go through our IT steering committee
    authority|b2b|I'd have to run it past our finance director
    authority|b2b|the group CFO in Frankfurt decides on tools
    competitor|b2b|we're halfway through rolling out Trintech
    competitor|b2b|our auditors recommended a different product
    competitor|b2b|NetSuite has something built in that we're going to try
    competitor|b2b|we've shortlisted two other vendors already
    competitor|b2b|we built our own macros that do most of this
    contract|b2b|three years is way too long a commitment
    contract|b2b|we only sign month to month with new vendors
    contract|b2b|the auto-renewal clause is a problem for legal
    contract|b2b|I can't commit to a yearly contract
    no-need|b2b|we close in four days already, I'm not sure what this fixes
    no-need|b2b|excel does everything we need
    no-need|b2b|I don't see a problem worth solving here
    no-need|b2b|our team is small enough to manage by hand
    trust|b2b|I've been burned by software promises before
    trust|b2b|who else like us actually uses this?
    trust|b2b|your company's only been around two years, right?
    trust|b2b|I'd want to speak to a customer before believing that
    fit|b2b|we're on Sage, I doubt you integrate
    fit|b2b|we run on a custom ERP, nothing plugs into it
    fit|b2b|this seems built for much bigger companies
    send-info|b2b|just email me a deck and I'll have a look
    send-info|b2b|can you send over some materials first
    send-info|b2b|put something in writing and I'll share it around
    not-interested|b2b|we're good, thanks
    not-interested|b2b|I really don't want to take this further
    not-interested|b2b|stop calling me please
    price|consumer|that's a lot of money for panels
    price|consumer|my neighbour paid way less
    price|consumer|ouch, that's more than I hoped
    budget|consumer|we just can't afford it right now
    budget|consumer|after the new car there's nothing left
    timing|consumer|maybe after the holidays
    timing|consumer|we're moving house next year so not now
    authority|consumer|my wife handles the money, I'd need to ask her
    authority|consumer|I have to talk it over with my husband
    competitor|consumer|I'm getting three quotes before deciding
    competitor|consumer|we already went with SunPower's installer
    contract|consumer|I don't want to sign a twenty year lease
    no-need|consumer|our electricity bill is already low
    trust|consumer|I've read bad reviews about solar companies
    send-info|consumer|send me a brochure
    not-interested|consumer|no thanks, not for me
    price|services|your day rate is more than our whole finance function costs
    budget|services|we don't have money set aside for advisors
    timing|services|we'll be ready once we hit Series A
    authority|services|the founders decide that together
    competitor|services|our bookkeeper says she can cover it
    contract|services|I'd want to try one month before committing
    no-need|services|we're too small to need a CFO
    trust|services|how do I know you understand our industry?
    none|b2b|we close the books in about eight days
    none|b2b|there are five of us in finance, plus a part-timer
    none|b2b|we run NetSuite and a lot of spreadsheets
    none|b2b|the bank recs are the worst part
    none|b2b|Sarah, our CFO, would want to see it
    none|b2b|we're hoping to be live before the new fiscal year
    none|b2b|that sounds interesting actually
    none|b2b|yes, that would help a lot
    none|b2b|the auditors found two errors last year
    none|b2b|I spend most of Monday chasing people for receipts
    none|b2b|how long does implementation usually take?
    none|b2b|does it handle multiple currencies?
    none|b2b|we have three entities, US, UK and Germany
    none|b2b|I'd say about 20 hours a week goes into reconciliations
    none|b2b|we tried automating with macros a couple years ago
    none|b2b|Thursday at two works for me
    none|b2b|can you show me the matching screen again?
    none|b2b|our fiscal year ends in June
    none|b2b|the board meets quarterly
    none|b2b|I report to the CFO
    none|b2b|sure, go ahead
    none|b2b|good question, let me think
    none|b2b|we use Bill.com for payables
    none|b2b|the team is stretched but coping
    none|b2b|we'd measure success by closing in five days
    none|b2b|ok, and what does onboarding look like?
    none|b2b|that makes sense
    none|b2b|I'll bring our controller to the demo
    none|b2b|we grew from 50 to 200 people in two years
    none|b2b|the pricing page said per user, is that right?
    none|b2b|what's included in the standard plan?
    none|b2b|do you offer training for the team?
    none|b2b|that would save us a ton of time
    none|b2b|we had a great quarter actually
    none|b2b|next Tuesday is fine
    none|shopping|hi, I'm looking for a pair of running shoes
    none|shopping|do you have this in a size ten?
    none|shopping|what colours does it come in?
    none|shopping|is this one waterproof?
    none|shopping|I need a laptop for university
    none|shopping|which model has the better battery?
    none|shopping|can I pick it up in store tomorrow?
    none|shopping|how long is delivery to Leeds?
    none|shopping|I'd like something for my daughter's birthday
    none|shopping|does it come with a charger?
    none|shopping|what's the difference between these two?
    none|shopping|I'm after a winter coat, nothing too heavy
    none|shopping|do you have a cheaper version of this?
    none|shopping|is there a warranty on it?
    none|shopping|can I return it if it doesn't fit?
    none|shopping|I'll take the blue one
    none|shopping|does this work with an iPhone?
    none|shopping|I want a TV around 55 inches
    none|shopping|what's your most popular coffee machine?
    none|shopping|is it in stock?
    none|shopping|I'm just browsing, thanks
    none|shopping|could you gift wrap it?
    none|shopping|how much is the sofa in the window?
    none|shopping|do you price match?
    none|shopping|I need a new phone, mine just broke
    none|shopping|is there a student discount?
    none|shopping|can I pay in instalments?
    none|shopping|that one looks nice
    none|shopping|what size would you recommend?
    none|shopping|I'm looking for a gift under thirty pounds
    none|shopping|does the mattress come with a trial period?
    none|shopping|where's the fitting room?
    none|shopping|do you deliver on weekends?
    none|shopping|I'd like to order two of these
    none|shopping|is the red one available online?
    none|shopping|is that the final price including tax?
    none|shopping|what's the return policy?
    none|shopping|does it need assembling?
    none|shopping|I need a dress for a wedding next month
    none|shopping|perfect, I'll go with that
    price|haggling|would you take four hundred for it?
    price|haggling|that's more than I want to spend, can you come down?
    price|haggling|I've seen the same thing for less down the road
    price|haggling|if I buy two will you knock something off?
    price|haggling|come on, that's too much for a used one
    price|haggling|I can do 80, not a penny more
    price|haggling|what if I pay cash, can you do better?
    price|haggling|is that your best price?
    price|haggling|it's a bit steep, meet me halfway?
    price|haggling|the listing said 200, why is it 250 now?
    """
}
