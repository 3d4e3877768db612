/// A fourth set of customer lines (`label|domain|text`), written before the fifth round of
/// detection work and held out through it; read line by line in the sixth, tuning data since: objections in many voices (longer
/// sentences, names, numbers), ordinary B2B answers and questions, shopper lines and haggling.
enum ObjectionValidationSetFour {
    static let text = """
    price|b2b|look, sixty thousand is just not a number I can take upstairs
    price|b2b|I mean the product looks great but the pricing is in another league
    price|b2b|we're paying a third of that for our current setup
    price|b2b|honestly the cost per entity makes it a non-starter for us
    price|b2b|that's way outside what I was expecting, to be frank
    price|b2b|why is it so expensive compared to FloQast?
    price|b2b|if you could get it under 20k we might talk
    price|b2b|I can't see the value at that price point
    price|b2b|I'd be laughed out of the room if I brought that number to finance committee
    price|b2b|hmm, pricey
    price|b2b|the implementation costs alone are more than our annual software spend
    budget|b2b|we've already allocated this year's budget
    budget|b2b|there's literally zero discretionary spend until April
    budget|b2b|the CFO put a freeze on new vendors last month
    budget|b2b|we don't have the funds for another system right now
    budget|b2b|budgets are being cut across the group
    timing|b2b|we're right in the middle of an ERP migration, so not now
    timing|b2b|honestly, reach out again in six months
    timing|b2b|we've got too much on our plate this quarter
    timing|b2b|can we pick this up after the board meeting in March?
    timing|b2b|it's just really bad timing with year-end
    timing|b2b|maybe next year when things settle down
    authority|b2b|I'd need to loop in our CFO before anything happens
    authority|b2b|any purchase over 10k has to go to the board
    authority|b2b|I don't have sign-off authority for this
    authority|b2b|you'd have to convince my boss, not me
    authority|b2b|our parent company controls all software purchasing
    competitor|b2b|we're already using BlackLine across the group
    competitor|b2b|we signed with a competitor two weeks ago
    competitor|b2b|Workiva is doing a demo for us next week
    competitor|b2b|our consultants are setting up something similar in Excel
    competitor|b2b|we're pretty locked in with our current vendor
    contract|b2b|we never sign anything longer than a year
    contract|b2b|I'd want a 30 day out clause
    contract|b2b|paying the whole year upfront doesn't work for us
    contract|b2b|legal will push back on those terms
    no-need|b2b|honestly we're doing fine without it
    no-need|b2b|our close is already pretty quick
    no-need|b2b|I don't think we have a big enough problem to justify a tool
    no-need|b2b|it's a nice-to-have, not a must-have
    trust|b2b|how do I know this will actually work for us?
    trust|b2b|I've heard mixed things about your support
    trust|b2b|do you have any references in healthcare?
    trust|b2b|what guarantees do we have if it doesn't deliver?
    trust|b2b|sounds too good to be true
    fit|b2b|we need it to work with Oracle, which I don't think you support
    fit|b2b|we're too small for this kind of tool
    fit|b2b|our chart of accounts is really messy, it won't work
    fit|b2b|we need everything on-premise for compliance
    send-info|b2b|send me something and I'll pass it around
    send-info|b2b|do you have a one-pager you can email?
    not-interested|b2b|thanks, but it's not something we're interested in
    not-interested|b2b|we're going to pass for now
    not-interested|b2b|I'd rather not continue this conversation
    price|consumer|that's more than our car cost
    price|consumer|way over what we wanted to spend
    budget|consumer|we just don't have that kind of money lying around
    budget|consumer|money's a bit tight after Christmas
    timing|consumer|we'll think about it in the new year
    timing|consumer|not right now, the kids just started school
    authority|consumer|I'd have to run it by my other half
    authority|consumer|my dad owns the house, he'd decide
    competitor|consumer|we had a quote from Octopus that was cheaper
    competitor|consumer|my brother-in-law installs these, he'll do it
    no-need|consumer|we're not home much, our bills are tiny
    trust|consumer|I don't like signing things at the door
    trust|consumer|how do I know you'll still be around in ten years?
    fit|consumer|we rent, so I can't really do that
    send-info|consumer|could you just post me some information
    not-interested|consumer|sorry, not interested
    price|services|your retainer is more than I pay my whole team
    budget|services|we're bootstrapped, there's no money for this
    timing|services|come back after we close the seed round
    authority|services|my co-founder handles anything to do with money
    competitor|services|our accountant already gives us monthly reports
    contract|services|I won't commit to a twelve month engagement
    no-need|services|I do the books myself and it's fine
    trust|services|have you actually worked with startups like ours?
    none|b2b|we've got about 14 people in finance across three countries
    none|b2b|our close is around nine working days right now
    none|b2b|we moved to NetSuite two years ago
    none|b2b|intercompany is the biggest headache
    none|b2b|I'm the finance director, I report to the CEO
    none|b2b|we want something in place by the summer
    none|b2b|can you tell me how the matching rules work?
    none|b2b|what does a typical rollout look like?
    none|b2b|that would be really useful for us
    none|b2b|I like the dashboard
    none|b2b|we've got an audit in February
    none|b2b|roughly 200 hours a month go into reconciliations
    none|b2b|yeah, that's about right
    none|b2b|we looked at BlackLine a while back but didn't go ahead
    none|b2b|the CFO will want to see ROI figures
    none|b2b|we'd probably start with the UK entity
    none|b2b|how many customers do you have in our sector?
    none|b2b|does it integrate with Salesforce as well?
    none|b2b|we're a 300-person logistics company
    none|b2b|the controller does most of the reconciliations
    none|b2b|that's a good point actually
    none|b2b|I'd like my team to see this
    none|b2b|Monday works, morning if possible
    none|b2b|we use Expensify for expenses
    none|b2b|how is the data secured?
    none|b2b|we'd need it to handle three currencies
    none|b2b|can I get a sandbox to play with?
    none|b2b|the board wants faster reporting
    none|b2b|our auditors are KPMG
    none|b2b|definitely, let's set that up
    none|b2b|I'll check my calendar and get back to you today
    none|b2b|what's the onboarding timeline?
    none|b2b|we spend a lot of time on accruals too
    none|b2b|the team would love to get their evenings back
    none|b2b|I need to see it in action first, can we do a demo?
    none|shopping|I'm looking for a birthday present for my wife
    none|shopping|do you have these trainers in black?
    none|shopping|what's the battery life like on this one?
    none|shopping|is the large one in stock?
    none|shopping|how much are the headphones?
    none|shopping|can you tell me the difference between the pro and the standard?
    none|shopping|I'd like to return this, it's the wrong size
    none|shopping|do you do next day delivery?
    none|shopping|which one would you recommend for a beginner?
    none|shopping|I need a new kettle
    none|shopping|is this dishwasher safe?
    none|shopping|do you have it in a medium?
    none|shopping|what time do you close today?
    none|shopping|can I order online and collect here?
    none|shopping|I'm after a rain jacket for hiking
    none|shopping|is there a bundle deal with the case?
    none|shopping|does it come with a warranty?
    none|shopping|I'll take two please
    none|shopping|where can I find the phone chargers?
    none|shopping|can I try this on?
    none|shopping|is it machine washable?
    none|shopping|how heavy is it?
    none|shopping|do you have anything similar in green?
    none|shopping|I'd like the 128GB version
    none|shopping|what's the price of the bigger model?
    none|shopping|that looks perfect
    none|shopping|could you check if you have more in the back?
    none|shopping|is this on sale?
    none|shopping|can I use a gift card?
    none|shopping|I want a laptop that's good for gaming
    none|shopping|does it come assembled?
    none|shopping|how long will delivery take?
    none|shopping|I'm just having a look around
    none|shopping|can I get a receipt please?
    none|shopping|do you have a loyalty card?
    none|shopping|which of these is more comfortable?
    none|shopping|I'm looking for running shorts
    none|shopping|is the grey one the same price?
    none|shopping|I think I'll go with the smaller one
    none|shopping|can you wrap it as a gift?
    price|haggling|that's a bit much, could you do 150?
    price|haggling|I'll give you 300 cash right now
    price|haggling|can you knock 20 off?
    price|haggling|too expensive, I'll look elsewhere
    price|haggling|the one down the street is cheaper
    price|haggling|any chance of a discount if I take three?
    price|haggling|I was hoping to pay closer to 50
    price|haggling|that's a lot for something second-hand
    price|haggling|how low can you go?
    price|haggling|would you accept an offer?
    """
}
