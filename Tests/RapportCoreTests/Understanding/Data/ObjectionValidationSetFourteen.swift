/// A fourteenth held-out set of customer lines (`label|domain|text`), written at the start of a
/// later round before any change that round and never used to change anything (only totals
/// read). Voices: text-message shorthand ("tbh", "rn", "atm"), British and Australian idiom
/// ("a bit steep", "not fussed"), procurement language, an objection told as a story of the
/// last tool, one hinted at through someone else ("not sure the board would go for it");
/// consumers buying a used car, home insurance, a home alarm, a language course; an IT
/// consultancy and an accounting firm; ordinary talk from a manufacturer's, a charity's and a
/// haulier's finance leads and from shoppers at a grocer's, a bookshop and an electronics shop.
enum ObjectionValidationSetFourteen {
    static let text = """
    price|b2b|tbh the price is a bit steep for what we'd actually use
    price|b2b|That's a lot of money for a reconciliation tool, mate.
    price|b2b|At that price point the numbers just don't stack up for a business our size.
    price|b2b|I was expecting something closer to half that.
    budget|b2b|we've got nothing left in the pot this year
    budget|b2b|Every penny of next year's budget is already spoken for.
    budget|b2b|There's a spending freeze across the group until further notice.
    budget|b2b|finance hasn't been given any money for new systems atm
    timing|b2b|rn we're flat out with the audit, come back in the new year
    timing|b2b|We're in the middle of a restructure, so the timing really isn't great.
    timing|b2b|Can we pick this up again after the summer?
    timing|b2b|It's not the right moment, we've only just finished migrating the ERP.
    authority|b2b|I'm not sure the board would go for it.
    authority|b2b|Anything over five grand has to go to our MD, not my call.
    authority|b2b|I'd have to run it past the owners first, they hold the purse strings.
    authority|b2b|Group IT have the final word on any new software here.
    competitor|b2b|We're already a couple of months into a FloQast rollout.
    competitor|b2b|Our auditors recommended another product and we tend to follow their lead.
    competitor|b2b|BlackLine came in a fair bit cheaper, to be honest.
    competitor|b2b|we signed with someone else last week sorry
    contract|b2b|We won't sign anything longer than twelve months.
    contract|b2b|Your standard terms would never get through our legal team.
    contract|b2b|Procurement insists on a 30-day termination clause in every software deal.
    contract|b2b|The auto-renewal clause is a deal breaker for us.
    no-need|b2b|Honestly our close is fine as it is, we're not fussed.
    no-need|b2b|We only have one bank account, I don't see what there is to automate.
    no-need|b2b|Our spreadsheets do the job and everyone knows them.
    no-need|b2b|I don't really see the problem you're solving for us.
    trust|b2b|Last time we bought a tool like this it sat unused for a year and nobody trusted the numbers.
    trust|b2b|How do I know you'll still be around in three years?
    trust|b2b|We've never heard of you, so I'd want to speak to some of your customers first.
    trust|b2b|I'm wary of putting our bank data in somebody else's cloud.
    fit|b2b|We run everything in euros and sterling, I doubt it copes with multi-currency.
    fit|b2b|Does it even talk to Sage 200? Because that's what we're on.
    fit|b2b|It looks built for much bigger companies than ours.
    fit|b2b|We need it on our own servers, cloud-only won't work for us.
    send-info|b2b|Just pop something over on email and I'll have a look when I can.
    send-info|b2b|Could you send a brochure? I'll pass it round.
    send-info|b2b|drop me the deck and I'll get back to you
    not-interested|b2b|Thanks but we're not looking at anything like this.
    not-interested|b2b|It's a no from me, I'm afraid.
    not-interested|b2b|Not for us, cheers.
    do-not-contact|b2b|Please stop ringing this number.
    do-not-contact|b2b|Remove me from your mailing list, I never signed up for it.
    do-not-contact|b2b|I've asked you lot three times not to call me.
    price|consumer|Eight grand for a car with that many miles? No chance.
    budget|consumer|That's more than we can spend on insurance this year.
    trust|consumer|I've read some bad reviews about your alarm company.
    timing|consumer|We're moving house in spring, so let's wait till then.
    authority|consumer|I'll need to talk it over with my husband first.
    competitor|consumer|The comparison site had the same cover for forty quid less.
    contract|consumer|I don't want to be tied into a three-year monitoring contract.
    no-need|consumer|My kids already speak Spanish to me, I don't need a course.
    fit|consumer|The classes are all in the evening and I work nights.
    send-info|consumer|Just email me the quote and I'll think about it.
    price|services|Your day rate is nearly double what our current consultants charge.
    trust|services|Our last IT consultancy left us with a mess, so we're cautious.
    timing|services|We'll look at changing accountants after the year end, not before.
    contract|services|We'd want a fixed fee, not an open-ended hourly engagement.
    none|b2b|We make packaging, about 180 staff, and finance is four of us.
    none|b2b|The close takes about eight working days at the moment.
    none|b2b|We're on Sage 200 and everything else lives in Excel.
    none|b2b|Bank recs are the worst part, we've got eleven accounts.
    none|b2b|As a charity we report to the trustees every quarter.
    none|b2b|Restricted funds make our reporting a bit more involved.
    none|b2b|I've been finance manager here for six years.
    none|b2b|Our auditors come in during July.
    none|b2b|We haul for supermarkets, so fuel costs swing a lot month to month.
    none|b2b|The drivers' expenses come in on paper, which slows everything down.
    none|b2b|Yes, I'd be the one running the project day to day.
    none|b2b|Our CEO would want to see the business case.
    none|b2b|We'd like to be live before the new financial year in April.
    none|b2b|That sounds interesting, tell me more about the matching.
    none|b2b|How does the audit trail work exactly?
    none|b2b|Can it handle intercompany between our two entities?
    none|b2b|We spend maybe thirty hours a month chasing approvals.
    none|b2b|Thursday afternoon works for a demo.
    none|b2b|I'll bring our financial controller along to the next call.
    none|b2b|The numbers usually go to the board on the tenth working day.
    none|b2b|We grew by about a third last year.
    none|b2b|Mostly it's me and one assistant doing the reconciliations.
    none|b2b|We looked at automating this a couple of years ago but never got round to it.
    none|b2b|Send the invite to my work email, please.
    none|b2b|Good question, I'd have to check how many invoices we process.
    none|consumer|Have you got any ripe avocados today?
    none|consumer|Can I get this delivered on Saturday morning?
    none|consumer|Is the sourdough baked in-store?
    none|consumer|I'm after the new Ian Rankin, is it out in paperback yet?
    none|consumer|Do you have a section for children's books?
    none|consumer|Could you gift wrap this for me?
    none|consumer|Which of these laptops has the longest battery life?
    none|consumer|Does this TV come with a wall bracket?
    none|consumer|I'll take the blue one in 128 gigabytes.
    none|consumer|Can I pay with Apple Pay?
    none|consumer|Do you price match online retailers?
    none|consumer|How long is the warranty on the headphones?
    none|consumer|Is there parking round the back?
    none|consumer|I need a charger for an older Samsung.
    none|consumer|Do you deliver to the next village?
    """
}
