/// A twelfth held-out set of customer lines (`label|domain|text`), written at the start of the
/// twenty-fourth round before any change that round and never used to change anything (only
/// totals read). Voices: chat-message shorthand, British and Australian idioms, objections told
/// as a story or a condition, a manufacturer's and a healthcare buyer's words, terms and
/// liability; ordinary talk from discovery answers in logistics and construction and from
/// shoppers in a department store.
enum ObjectionValidationSetTwelve {
    static let text = """
    price|b2b|mate that's double what we pay now for basically the same thing
    price|b2b|the per-seat pricing kills it for us, we've got 60 occasional users
    price|b2b|if you could knock a third off we'd be having a different conversation
    price|b2b|not gonna lie, the implementation fee made me wince
    price|b2b|we cannot justify that spend for a tool only three people use
    price|b2b|sorry but the quote is way out of line with the market
    budget|b2b|every penny this quarter is already spoken for
    budget|b2b|we've been told to cut costs by 15% so nothing new gets approved
    budget|b2b|there's no money for this until the new fiscal kicks in in April
    budget|b2b|our board slashed opex last week, new tools are off the table
    timing|b2b|we're heads down on year end, circle back in February
    timing|b2b|our team is stretched thin with the reorg, now's not a good moment
    timing|b2b|let's revisit once we've hired the new controller
    timing|b2b|honestly we have too much on our plate to start anything before summer
    authority|b2b|I'm not the one who holds the purse strings here
    authority|b2b|anything over ten thousand has to go through procurement and the MD
    authority|b2b|I'd have to run it past my director, it's her call in the end
    authority|b2b|our group IT decides which systems we roll out, not the local office
    competitor|b2b|we signed with BlackLine eighteen months ago and they've been fine
    competitor|b2b|FloQast quoted us less and they do the same
    competitor|b2b|our auditors already gave us a tool they recommend
    competitor|b2b|we're in the final stages with another vendor already
    contract|b2b|a three year lock-in is a non-starter for us
    contract|b2b|our legal team won't accept auto-renewal clauses
    contract|b2b|we only do month to month with new suppliers
    contract|b2b|the liability cap in your terms is far too low for us
    no-need|b2b|our close is already four days, I'm not sure what this would fix
    no-need|b2b|to be honest Excel does the job for a team our size
    no-need|b2b|we built our own scripts in-house and they work well enough
    no-need|b2b|this is a solution looking for a problem as far as we're concerned
    trust|b2b|you're a small startup, what happens to our data if you go bust?
    trust|b2b|who else in healthcare is actually using this?
    trust|b2b|we got burned by the last vendor who promised a quick setup
    trust|b2b|I'd want to speak to a couple of your customers before going further
    fit|b2b|we run on Sage Intacct, does that even plug in?
    fit|b2b|we need multi-entity consolidation in six currencies, I doubt you cover that
    fit|b2b|it looks built for SaaS companies and we're a manufacturer
    fit|b2b|our IT policy requires on-prem hosting, cloud won't fly
    send-info|b2b|just drop me an email with the brochure and I'll have a look
    send-info|b2b|can you send over a one-pager I can forward to my boss
    send-info|b2b|put something in writing and we'll review it internally
    not-interested|b2b|we're going to pass, thanks for your time
    not-interested|b2b|please take us off your list, this isn't for us
    not-interested|b2b|I'll be straight with you, there's zero appetite for this here
    do-not-contact|b2b|stop calling this number please, I've asked twice
    price|consumer|ouch, that's a lot for a mattress
    price|consumer|I saw the same model online for eighty quid less
    timing|consumer|we'll wait until the January sales I think
    authority|consumer|I need to check with the wife before I commit to anything
    trust|consumer|how do I know these reviews aren't fake
    competitor|consumer|the place down the road offered me a better deal on the same car
    no-need|consumer|my old phone still works fine, I don't really need a new one
    budget|consumer|I've only got about two hundred to spend this month
    contract|services|twelve months minimum for a cleaning contract is too long
    price|services|your hourly rate is higher than the last accountant we had
    trust|services|have you actually done kitchens before or just bathrooms?
    timing|services|can we push the start to after the school holidays
    none|b2b|we close in about nine working days, sometimes ten
    none|b2b|I look after finance for the UK and Ireland entities
    none|b2b|the team is me, two accountants and a part-time AP clerk
    none|b2b|we use NetSuite for the ledger and Excel for everything else
    none|b2b|the worst bit is chasing receipts from the sales team
    none|b2b|our auditors come in every March
    none|b2b|we'd want it live before the next audit if possible
    none|b2b|our controller signs off anything under five thousand
    none|b2b|yes that makes sense, go on
    none|b2b|we're a logistics firm with about 400 staff across three depots
    none|b2b|reconciling the bank accounts takes most of the first week
    none|b2b|intercompany is a nightmare because of the timing differences
    none|b2b|sure, Thursday at 2 works for me
    none|b2b|we grew from two entities to seven in the last year
    none|b2b|I'd love to see how the matching works
    none|b2b|we budget around fifty thousand a year for finance systems
    none|b2b|our CFO is keen to get the close under a week
    none|b2b|I've been in the role about eighteen months
    none|b2b|the board wants monthly reporting by day five
    none|b2b|we tried some macros but they break every time the format changes
    none|b2b|that's a good question, let me think, probably the accruals
    none|b2b|we have a construction business so job costing matters a lot
    none|b2b|send the invite to me and Priya in FP&A
    none|b2b|what does onboarding usually look like?
    none|b2b|great, I'll loop in our IT lead for the security questions
    none|shopper|do you have this jacket in a medium?
    none|shopper|I'm after a present for my dad, he likes fishing
    none|shopper|how long does the battery last on this one?
    none|shopper|can I pay by card?
    none|shopper|is this the newest version?
    none|shopper|I need a charger for a Samsung tablet
    none|shopper|what time do you close on Sundays?
    none|shopper|could you gift wrap it for me?
    none|shopper|we're redoing the bathroom and need some tiles
    none|shopper|are these trainers any good for running?
    none|shopper|I'll take the blue one please
    none|shopper|does it come with a warranty?
    none|shopper|my daughter needs a laptop for university
    none|shopper|where are the light bulbs?
    none|shopper|how much is delivery to Leeds?
    none|shopper|have you got any of the large pots left?
    none|shopper|I'm looking for something for a wedding in June
    none|shopper|is the coffee machine easy to clean?
    none|shopper|can you order it in if you haven't got it?
    none|shopper|I want a sofa that seats four
    none|shopper|do these jeans come in a longer leg?
    none|shopper|what's the difference between these two kettles?
    none|shopper|I was told you do key cutting here
    none|shopper|is there parking round the back?
    none|shopper|I'd like to return this, it doesn't fit
    """
}
