/// A thirteenth held-out set of customer lines (`label|domain|text`), written at the start of a
/// later round before any change that round and never used to change anything (only totals
/// read). Voices: corporate hedging ("regrettably", "I'm afraid"), blunt fillers ("look",
/// "listen"), an objection after a fact in the same line, English as a second language, numbers
/// and vendor names; consumers buying a gym membership, solar panels, a phone plan, a sofa;
/// an agency and a law firm; ordinary talk from a hotel group's and a retail chain's finance
/// leads and from shoppers at a bike shop, a phone shop and a clothes shop.
enum ObjectionValidationSetThirteen {
    static let text = """
    price|b2b|Regrettably the licence cost is well above what we'd anticipated.
    price|b2b|Look, for that money I could hire another clerk.
    price|b2b|we have 4 entities, paying per entity makes it very expensive for us
    price|b2b|Your renewal uplift of 8% a year is a deal-breaker.
    price|b2b|The close is nine days, which is fine, but the price you mentioned is just too steep.
    budget|b2b|I'm afraid we've exhausted this year's software allocation.
    budget|b2b|Listen, there's a hiring freeze and a spending freeze, nothing moves till Q3.
    budget|b2b|Our capex requests for next year closed in September, so this won't be in there.
    budget|b2b|For money, we don't have a line for this in the plan.
    timing|b2b|Could we pick this up again after the migration goes live in May?
    timing|b2b|Right now is the worst possible time, we're in the middle of an audit.
    timing|b2b|The team is changing ERP this year, so no new projects until it's done.
    timing|b2b|Ask me again in six months, maybe the situation is different.
    authority|b2b|I'd love to, but the final decision sits with our parent company in Frankfurt.
    authority|b2b|I can recommend it but I'm not the budget holder.
    authority|b2b|The CFO would have to sign this off and she's very hard to get time with.
    authority|b2b|Such decisions are taken by the management board, not by me.
    competitor|b2b|We're already two years into a contract with Trintech.
    competitor|b2b|Our NetSuite partner is building us something similar for less.
    competitor|b2b|We trialled FloQast last spring and the team liked it more than your demo.
    competitor|b2b|Adra by Trintech covers most of this for us already.
    contract|b2b|Our policy is no contracts longer than twelve months with any software vendor.
    contract|b2b|The notice period of ninety days is unacceptable for us.
    contract|b2b|We'd need the data processing agreement changed before legal will look at it.
    contract|b2b|Paying the full year upfront is not something we do.
    no-need|b2b|Honestly, our reconciliations are mostly automated already.
    no-need|b2b|We close in three days, what would we gain?
    no-need|b2b|I don't see the problem you're trying to solve for us.
    no-need|b2b|The current process has its faults but it works, and the team knows it.
    trust|b2b|How many customers of our size do you actually have?
    trust|b2b|Your company is two years old, I worry about support in five years.
    trust|b2b|The last implementation partner we used overran by six months, why would you be different?
    trust|b2b|Is our financial data stored in the EU? I need that in writing before anything.
    fit|b2b|We report under IFRS and US GAAP both, can it handle dual reporting?
    fit|b2b|Our bank only gives us statements as PDFs, I don't think your matching would work.
    fit|b2b|We have 200 bank accounts across twelve countries, that sounds beyond what you do.
    fit|b2b|Does it work with Business Central? Because that's what we're moving to.
    send-info|b2b|Send me the pricing sheet and a case study and I'll get back to you.
    send-info|b2b|Can you email me something? I'm between meetings.
    send-info|b2b|I'd rather read about it first, have you got a deck?
    not-interested|b2b|Thanks, but it's a no from us.
    not-interested|b2b|We're not looking at anything like this, I'm afraid.
    not-interested|b2b|I really don't see us buying this, sorry.
    do-not-contact|b2b|Please remove my details from your database.
    do-not-contact|b2b|Don't ring me again.
    price|consumer|£60 a month for a gym? That's daylight robbery.
    budget|consumer|We're saving for the wedding so nothing big this year.
    authority|consumer|My husband handles the car stuff, I'd have to ask him.
    trust|consumer|How do I know the panels will actually produce what you say?
    competitor|consumer|Vodafone offered me unlimited data for less.
    timing|consumer|We're moving house in spring, let's talk after that.
    no-need|consumer|The sofa we have is fine really, we were just looking.
    contract|consumer|I don't want to be stuck in a 24-month plan.
    price|consumer|That's a bit rich for a bike.
    send-info|consumer|Can you send me the brochure by post?
    price|services|Your agency's retainer is twice what our last one charged.
    trust|services|Have you ever handled a case like ours?
    timing|services|We can't start the redesign until after our busy season.
    contract|services|We'd want to be able to cancel with a month's notice.
    none|b2b|We're a hotel group with eleven properties.
    none|b2b|Month-end usually takes us about eight days.
    none|b2b|The group controller reports to me.
    none|b2b|We moved to Business Central last year.
    none|b2b|Most of the pain is in the intercompany eliminations.
    none|b2b|I've been here about three years.
    none|b2b|Our auditors are one of the big four.
    none|b2b|Can you show me the matching screen again?
    none|b2b|That's interesting, tell me more about the reporting.
    none|b2b|We'd probably start with the UK entity.
    none|b2b|We have roughly 30 stores and one warehouse.
    none|b2b|Yes, Tuesday works, send me an invite.
    none|b2b|The budget process starts in October for us.
    none|b2b|I sign off on anything up to 20k myself.
    none|b2b|Our AP team is in Poland.
    none|b2b|Good question, I'd have to check the exact number of bank accounts.
    none|b2b|The finance team is about fifteen people.
    none|b2b|We currently reconcile everything in Excel.
    none|b2b|OK, that sounds reasonable.
    none|b2b|We're planning to open two more hotels next year.
    none|b2b|I'd want my controller on the next call.
    none|b2b|The CFO asked me to look into automation options.
    none|b2b|Every month we chase the store managers for receipts.
    none|b2b|What does the implementation usually look like?
    none|b2b|We're on the second floor, just ask for me at reception.
    none|consumer|Do you have this in a medium?
    none|consumer|I'm looking for a road bike for commuting.
    none|consumer|Which of these phones has the best camera?
    none|consumer|Can I try it on?
    none|consumer|Is there a charger included?
    none|consumer|We need a sofa that seats four.
    none|consumer|What colours does it come in?
    none|consumer|I'll take the blue one.
    none|consumer|Where are the fitting rooms?
    none|consumer|Does this come with a warranty?
    none|consumer|My son needs new football boots, size 5.
    none|consumer|Can you deliver on Saturday?
    none|consumer|Is this the newest model?
    none|consumer|I'm just browsing, thanks.
    none|consumer|How long does the battery last?
    """
}
