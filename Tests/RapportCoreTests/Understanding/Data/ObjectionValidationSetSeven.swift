/// A seventh held-out set of customer lines (`label|domain|text`), written at the start of the
/// ninth round before any detection change and never used to change anything (only totals
/// read; when written: B2B 33/41, consumer 6/6, services 2/3, haggling 2/3 recognised; ordinary B2B
/// lines flagged 2/28, shopper lines 4/20): objections as people put them on calls, in sentences with context, and ordinary
/// answers and shopper lines that share their words (money, time, people, other products).
enum ObjectionValidationSetSeven {
    static let text = """
    price|b2b|honestly the number made me wince
    price|b2b|we'd be paying more for this than for our whole ERP
    price|b2b|it's hard to see where that kind of money pays back
    price|b2b|that quote is miles off where I thought it would be
    price|b2b|I can get three freelancers for what you're asking
    price|b2b|per entity pricing kills it for a group like ours
    price|b2b|that's steep, really steep
    price|b2b|you'd need to sharpen your pencil a lot
    budget|b2b|our budget for this year is spoken for
    budget|b2b|we literally have nothing left in the tools line
    budget|b2b|the CFO froze all discretionary spend last week
    budget|b2b|we'd need to wait for next year's allocation
    budget|b2b|money is really tight since we lost that contract
    timing|b2b|we've got a system migration eating all our time right now
    timing|b2b|ask me again after year end
    timing|b2b|this quarter is impossible, we're flat out
    timing|b2b|not before the summer, there's too much going on
    timing|b2b|maybe later in the year when things calm down
    authority|b2b|my boss would never sign this without seeing it herself
    authority|b2b|anything over ten grand goes to the board
    authority|b2b|I only recommend, the finance director decides
    authority|b2b|I can't commit the company to this on my own
    competitor|b2b|we signed with BlackLine in the spring
    competitor|b2b|our auditors recommended another product and we went with it
    competitor|b2b|we're two weeks into a trial with someone else
    competitor|b2b|our ERP vendor is bundling something similar for free
    contract|b2b|we don't sign anything longer than twelve months
    contract|b2b|a three-year lock-in is a non-starter
    contract|b2b|your cancellation terms are far too strict
    no-need|b2b|to be fair our close is already pretty quick
    no-need|b2b|the spreadsheets work fine for a team our size
    no-need|b2b|we don't really have the problem you're describing
    trust|b2b|I've never heard of you, how long have you been around?
    trust|b2b|how do I know you won't be bought and shut down next year?
    trust|b2b|the reviews I read online weren't great
    fit|b2b|we run our books in Portuguese, does it even support that?
    fit|b2b|we're far too small for something like this
    send-info|b2b|pop something over by email and I'll have a read
    send-info|b2b|do you have a PDF I can share with the team?
    not-interested|b2b|thanks but it's not something we'd look at
    not-interested|b2b|we're going to pass on this one
    price|consumer|that's double what I paid for my last one
    budget|consumer|we just can't afford it with the baby coming
    authority|consumer|I'd need to talk it over with my wife first
    timing|consumer|we'll think about it after the holidays
    trust|consumer|I don't like buying from companies I've never heard of
    competitor|consumer|I've already got a quote from another installer I'm happy with
    price|services|your hourly rate is higher than our last accountant's
    timing|services|come back to us after the funding round closes
    no-need|services|our bookkeeper already handles all of that
    price|haggling|you're having a laugh at that price
    price|haggling|knock fifty off and I'll think about it
    price|haggling|the last one sold for much less
    none|b2b|we spend about four days a month on reconciliations
    none|b2b|the board wants the pack by the tenth working day
    none|b2b|I've been the controller here for three years
    none|b2b|we moved from Sage to NetSuite in the spring
    none|b2b|budget sits with the CFO but I run the evaluation
    none|b2b|we'd want to go live before the year end
    none|b2b|the price seems fair for what it does
    none|b2b|my boss asked me to look into tools like this
    none|b2b|we tried BlackLine a few years ago at my old company
    none|b2b|the team is five people plus a part-time payroll clerk
    none|b2b|we close on day eight most months
    none|b2b|could you show us how the matching rules work?
    none|b2b|what does onboarding involve for a team like ours?
    none|b2b|we'd probably start with the UK entity
    none|b2b|the auditors spent two weeks with us last time
    none|b2b|I'd love to get my evenings back at month end
    none|b2b|the CFO is keen, she brought it up last week
    none|b2b|we need this signed off before the new year
    none|b2b|I'll pull the numbers together before our next call
    none|b2b|how long do most customers take to go live?
    none|b2b|that timeline works for us
    none|b2b|I'm happy with annual billing
    none|b2b|we pay our suppliers on thirty day terms
    none|b2b|most of our spending goes on payroll
    none|b2b|I report straight into the finance director
    none|b2b|a week on Tuesday suits me
    none|b2b|can you include our IT lead on the invite?
    none|b2b|we have about three hundred bank transactions a day
    none|shopping|do you have this in a size twelve?
    none|shopping|how much would it be with the extended warranty?
    none|shopping|I'll need it delivered to my mum's address
    none|shopping|it's for my dad, he's seventy
    none|shopping|which of these is quieter?
    none|shopping|I'd rather pay by card
    none|shopping|we'll take two of the small ones
    none|shopping|can I come back for it later this afternoon?
    none|shopping|my old one lasted ten years
    none|shopping|is there a version without the cable?
    none|shopping|I usually buy the own-brand one
    none|shopping|does the price include fitting?
    none|shopping|how long until it's back in stock?
    none|shopping|my husband wants the bigger one
    none|shopping|I saw it cheaper on your website, is that the same model?
    none|shopping|we're moving house next month so we'll need it then
    none|shopping|could you put it aside until Saturday?
    none|shopping|I'll have a look around and come back
    none|shopping|does it come with batteries?
    none|shopping|that's a good price actually
    """
}
