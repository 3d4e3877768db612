/// An eleventh held-out set of customer lines (`label|domain|text`), written at the start of the
/// twenty-third round before any change that round and never used to change anything (only
/// totals read). Voices: long sentences with the objection in the middle, typed-in-a-hurry
/// notes of what a customer said, sarcasm, numbers and names, and ordinary talk from discovery
/// answers, a florist, an optician, a bike shop, a pet shop and a post office.
enum ObjectionValidationSetEleven {
    static let text = """
    price|b2b|honestly for what it does I'd expect to pay maybe half
    price|b2b|you want how much? per month?
    price|b2b|so that's thirty-six grand before we've even switched it on, yeah, no
    price|b2b|our CFO will take one look at that quote and laugh
    price|b2b|the number's the problem, everything else I like
    price|b2b|it's priced for companies ten times our size
    budget|b2b|we blew the software budget on the new payroll system in the spring
    budget|b2b|look, there's genuinely no line item I could put this against
    budget|b2b|cash is really tight until the Series B closes
    budget|b2b|finance has put a freeze on anything new until next financial year
    timing|b2b|we're in the middle of an ERP migration, so realistically not this year
    timing|b2b|ping me again in the autumn, it's manic right now
    timing|b2b|I just don't have the bandwidth to take on a project like this at the moment
    timing|b2b|once the audit's signed off maybe, not before
    authority|b2b|it's not really my call, Sarah in group finance owns the tooling budget
    authority|b2b|anything like this has to go through procurement and they take months
    authority|b2b|I'd be happy but the board would have to approve it
    authority|b2b|I'll need buy-in from the controller and IT before I can say yes
    competitor|b2b|we've pretty much decided to go with Trintech
    competitor|b2b|our Sage partner is building us something similar
    competitor|b2b|Workiva came in at a lower price and they already do our reporting
    competitor|b2b|the big four firm that does our audit offered us their tool for free
    contract|b2b|three years is a non-starter, we only do annual
    contract|b2b|the auto-renewal clause would have to come out
    contract|b2b|our legal team won't accept that liability cap
    contract|b2b|we'd need to be able to cancel with thirty days notice
    no-need|b2b|to be fair our close only takes four days already
    no-need|b2b|I'm not sure what problem this solves for us
    no-need|b2b|Excel does everything we need, always has
    no-need|b2b|we're a team of two, we just don't have that much to reconcile
    trust|b2b|a startup holding our general ledger makes me nervous
    trust|b2b|we got burned by the last vendor who promised a four-week implementation
    trust|b2b|are you SOC 2 certified? because without that it's a no from IT
    trust|b2b|I'd want to speak to a couple of customers our size before believing that
    fit|b2b|we run everything on Oracle EBS and I can't see this plugging into it
    fit|b2b|it's built for SaaS companies, we're a manufacturer with inventory
    fit|b2b|we need it in French and German for the subsidiaries and you only do English
    fit|b2b|without consolidation across entities it's no use to us
    send-info|b2b|just fire over a deck and I'll take a look when I get a minute
    send-info|b2b|do you have a brochure or something I can forward to my boss?
    not-interested|b2b|honestly we're fine, thanks for calling
    not-interested|b2b|I'm going to stop you there, it's not something we'd look at
    do-not-contact|b2b|this is the fourth time you've called, please stop
    do-not-contact|b2b|remove my details from your system
    price|consumer|how much?! I could get two for that
    price|consumer|that's more than I wanted to spend on a sofa
    budget|consumer|we're saving for a wedding so money's a bit tight
    timing|consumer|we're moving house in spring, I'll wait until then
    authority|consumer|I'd need to check with my husband, he handles the money
    competitor|consumer|Currys had the same one on offer last week
    trust|consumer|I've read some awful reviews about your delivery
    fit|consumer|it won't fit through our front door, it's a narrow Victorian terrace
    no-need|consumer|my old one still works fine to be honest
    not-interested|consumer|no thanks, I'm just not interested in a new contract
    price|services|your hourly rate is nearly double what our last accountant charged
    authority|services|the partners decide on advisers, not me
    trust|services|how do I know you understand our sector?
    timing|services|we'll revisit outside help after the fundraise
    competitor|services|we already have a bookkeeper who does most of this
    contract|services|a twelve-month retainer is too much commitment for us
    none|b2b|month end usually runs to about seven working days
    none|b2b|the accruals are done by hand in a big workbook
    none|b2b|we've got three entities, two in the UK and one in Ireland
    none|b2b|I report into the finance director
    none|b2b|the bank recs are the part everyone hates
    none|b2b|we're on NetSuite, moved over last year
    none|b2b|could you show me how the approvals work?
    none|b2b|what does onboarding look like on your side?
    none|b2b|we'd probably start with just the UK entity
    none|b2b|the auditors come in at the end of July
    none|b2b|I'd love to get my Fridays back
    none|b2b|how many of your customers are on NetSuite?
    none|b2b|Thursday at ten works, send over an invite
    none|b2b|our budget cycle starts in October
    none|b2b|I'll bring Priya from FP&A to the demo
    none|b2b|the variance commentary takes a full day
    none|b2b|we hired two new analysts this quarter
    none|b2b|can it pull the trial balance automatically?
    none|b2b|that would save us a lot of chasing
    none|b2b|we close the quarter on the 31st
    none|b2b|what's the usual timeline from signing to go-live?
    none|b2b|sounds interesting, what would the next step be?
    none|b2b|our CFO joined six months ago from a bigger company
    none|b2b|most of the errors come from manual journals
    none|b2b|I can get you the number of transactions by Friday
    none|shopper|a dozen red roses please
    none|shopper|could you add a little card? it's for our anniversary
    none|shopper|do you deliver on Saturdays?
    none|shopper|I'd like an eye test, is there anything free today?
    none|shopper|my glasses keep slipping down my nose
    none|shopper|do you do varifocals?
    none|shopper|the chain keeps coming off my bike
    none|shopper|can you put a new inner tube in while I wait?
    none|shopper|what's the lightest helmet you have?
    none|shopper|I need food for a rabbit and some hay
    none|shopper|which lead would you recommend for a puppy that pulls?
    none|shopper|do you have a bigger cage than this one?
    none|shopper|I'd like to send this parcel to Spain
    none|shopper|can I get proof of postage?
    none|shopper|first class stamps, a book of twelve
    none|shopper|how long will it take to arrive?
    none|shopper|is it cheaper if I send it tracked?
    none|shopper|I'll take the bigger bunch then
    none|shopper|can I pay by card?
    none|shopper|that's perfect, thank you so much
    none|shopper|would these frames suit a round face?
    none|shopper|have you got the same bike in a smaller frame?
    none|shopper|does the fish food come in a bigger tub?
    none|shopper|I'll need a receipt for work
    none|shopper|do you sell boxes for posting?
    """
}
