/// Labelled customer lines (`label|domain|text`, labels as in `ObjectionTuningSet`), written
/// apart from the phrase banks and the tuning set, in other voices. Held out for three rounds;
/// read line by line in the fourth, so tuning data since (`ObjectionValidationSetThree` is the
/// held-out set now).
enum ObjectionValidationSet {
    static let text = """
    price|b2b|40 grand a year? for a reporting tool? come on
    price|b2b|that's double what we pay today
    price|b2b|the numbers just don't add up for us at that price
    price|b2b|I can't sell that price internally
    price|consumer|that's more than I want to spend
    price|consumer|too dear for me
    price|services|your day rate is really high
    price|b2b|pricing is the sticking point
    price|b2b|can you do a discount?
    price|b2b|is that really the best you can do on price
    price|consumer|I could get two of these elsewhere for that
    price|b2b|I expected something closer to 10k
    budget|b2b|nothing's approved for this year
    budget|b2b|we'd have to wait for next year's budget
    budget|consumer|we can't stretch to that right now
    budget|services|we simply don't have the cash for a fractional CFO
    budget|b2b|spend is locked down company-wide
    budget|b2b|there isn't a budget for it and I can't create one
    budget|b2b|our budget was slashed after the reorg
    timing|b2b|not right now, maybe next year
    timing|b2b|we've got an audit in three weeks, no way we're starting anything
    timing|b2b|come back to me after Q1
    timing|consumer|we're moving house soon so not now
    timing|services|we'll think about it after the raise
    timing|b2b|too much on our plate this quarter
    timing|b2b|let's park it for now
    timing|b2b|maybe later, once the new hire starts
    authority|b2b|I'll have to get sign off from above
    authority|b2b|my boss makes those calls
    authority|b2b|it needs to go through our CFO
    authority|consumer|my wife handles all the money stuff
    authority|services|the board would have to approve it
    authority|b2b|I'd have to run it past IT and finance
    authority|b2b|I'm not the decision maker here
    authority|b2b|leave it with me, I need to get buy-in
    competitor|b2b|we're pretty happy with HubSpot to be honest
    competitor|b2b|we already pay for something that does this
    competitor|b2b|FloQast is cheaper and we know them
    competitor|consumer|I'm getting quotes from two other installers
    competitor|services|our accountant already offers CFO services
    competitor|b2b|we signed a three year deal with BlackLine in March
    competitor|b2b|we're going with a competitor
    contract|b2b|annual is too long for a first year
    contract|b2b|we need an exit clause after six months
    contract|b2b|our policy is no contracts over a year
    contract|services|I want to be able to cancel any month
    contract|consumer|I won't sign a loan for this
    contract|b2b|the payment terms have to be net 60 for us
    contract|b2b|we can't accept the liability cap as written
    no-need|b2b|our close is already pretty quick
    no-need|b2b|we don't have that problem
    no-need|b2b|I don't see why we'd need it
    no-need|consumer|the old one still works fine
    no-need|services|we manage our finances ourselves just fine
    no-need|b2b|everything's working fine with spreadsheets
    no-need|b2b|it's nice but we can live without it
    trust|b2b|I've never heard of your company
    trust|b2b|who else uses this?
    trust|b2b|your reviews online aren't great
    trust|consumer|these deals always have a catch
    trust|services|how do I know you understand our industry
    trust|b2b|we got burnt by the last vendor who promised this
    trust|b2b|I'm sceptical it'll save that much time
    fit|b2b|we're a nonprofit, fund accounting is different
    fit|b2b|doesn't work with SAP, right?
    fit|consumer|my house is listed, I don't think I can put panels up
    fit|services|we need someone full time, not fractional
    fit|b2b|our team is only two people
    fit|b2b|we need multi-currency and you don't have it
    fit|b2b|this is overkill for a company our size
    send-info|b2b|can you send me some material
    send-info|b2b|email me and I'll take a look when I can
    send-info|consumer|have you got a brochure I can take
    send-info|services|just send a proposal over
    send-info|b2b|drop me the link and I'll check it out
    send-info|b2b|I'll look at your website and get back to you
    not-interested|b2b|no thanks, we're fine
    not-interested|b2b|take me off your list
    not-interested|consumer|not interested, sorry
    not-interested|b2b|we're not in the market for this
    not-interested|services|thanks but we'll pass
    not-interested|b2b|don't call again please
    none|b2b|I run a team of 14 accountants
    none|b2b|we use Dynamics and it's fine for the GL
    none|b2b|recs are done by hand in Excel
    none|b2b|we close in about ten days
    none|b2b|the worst part is chasing people for approvals
    none|b2b|last audit took six weeks
    none|b2b|a good month is one where we close on time
    none|b2b|3 yrs, good month = closed by day 6
    none|b2b|annual ok if billed quarterly
    none|b2b|not expensive at all
    none|b2b|price is not a problem
    none|b2b|that's cheaper than I thought
    none|b2b|how much would it cost for 12 users?
    none|b2b|could you walk me through pricing?
    none|b2b|when could we start?
    none|b2b|yes, I can sign that off
    none|b2b|we'd need to involve IT for the SSO setup
    none|b2b|what does the onboarding involve?
    none|b2b|that variance alert would have saved us last quarter
    none|b2b|we're planning to grow the team next year
    none|b2b|we had a restatement in 2024
    none|b2b|the CFO joined in October
    none|b2b|I like the audit trail
    none|b2b|makes total sense
    none|b2b|let's do the pilot on the January close
    none|b2b|send the calendar invite for Thursday
    none|b2b|I'll share our chart of accounts before the demo
    none|b2b|it takes about 20 hours to do the bank recs
    none|b2b|we tried to automate it ourselves once
    none|b2b|we have two entities in the UK
    none|consumer|I am looking for a smartphone
    none|consumer|do you have it in black?
    none|consumer|what's the screen size on that one
    none|consumer|I'd like to order two please
    none|consumer|is this one waterproof?
    none|consumer|how long does shipping take to Leeds?
    none|consumer|my daughter needs a laptop for school
    none|consumer|which one would you recommend for gaming
    none|consumer|can I see the red version
    none|consumer|I'll take it
    none|consumer|does it come with a charger?
    none|consumer|we use about 4000 kWh a year
    none|consumer|the roof was redone two years ago
    none|consumer|we're home most evenings
    none|consumer|is there a student discount?
    none|consumer|I'm after something lightweight for travel
    none|consumer|what's the difference between these two?
    none|consumer|can you hold it for me until Saturday
    none|services|we have 25 employees
    none|services|we're profitable since last year
    none|services|I do the books myself on Xero
    none|services|we need a board pack every quarter
    none|services|the bank wants a forecast for the loan
    none|services|what industries do you usually work with?
    none|services|could you start with a two hour workshop
    none|services|I'm the founder and CEO
    none|b2b|oh nice, that's clever
    none|b2b|good to hear
    none|b2b|we're a manufacturing business
    none|b2b|our fiscal year ends in June
    none|b2b|the team is pretty stretched at month end
    none|b2b|we'd want Dana involved, she runs AP
    none|b2b|can it flag duplicate payments?
    """
}
