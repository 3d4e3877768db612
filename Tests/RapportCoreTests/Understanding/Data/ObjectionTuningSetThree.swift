/// Tuning lines (`label|domain|text`) written beside the thirteenth held-out set, in its voices
/// but other sentences, and read line by line to grow the phrase banks: corporate hedging, blunt
/// fillers, an objection after a fact, English as a second language, numbers and vendor names.
enum ObjectionTuningSetThree {
    static let text = """
    price|b2b|Unfortunately the quote comes in considerably higher than we had hoped.
    price|b2b|Listen, for what you're asking I could get a temp in for the whole year.
    price|b2b|we have 9 bank accounts and paying per account gets silly expensive
    price|b2b|The annual price increase in your terms kills it for me.
    price|b2b|Our team is twelve people, that part's fine, but the fee is just too much.
    price|b2b|For this price it is too much for a company like ours.
    budget|b2b|I'm afraid the software budget for this year has been fully used.
    budget|b2b|Look, everything's frozen, spend and headcount, until the new year.
    budget|b2b|The budget round for next year is already closed, so it's not in there.
    budget|b2b|There is no budget line for this kind of tool at the moment.
    timing|b2b|Can we revisit this once the new ERP is live in the autumn?
    timing|b2b|This is a terrible time, the auditors are on site all month.
    timing|b2b|We're in the middle of a system change, no new projects until that's finished.
    timing|b2b|Call me again in a quarter or so, things may look different then.
    authority|b2b|I'm keen, but head office in Chicago makes the call on software.
    authority|b2b|I can put it forward but I don't control the budget.
    authority|b2b|Our finance director would have to approve it and she's swamped.
    authority|b2b|This kind of decision is made by our board, not me personally.
    competitor|b2b|We're halfway through a three-year deal with BlackLine.
    competitor|b2b|Our implementation partner is building a custom tool for us cheaper.
    competitor|b2b|We piloted Trintech last year and the team preferred it.
    competitor|b2b|Our current reconciliation tool already does most of what you showed.
    contract|b2b|We don't sign multi-year agreements with software vendors, full stop.
    contract|b2b|A six month notice period is far too long for us.
    contract|b2b|Legal will want changes to your standard terms before anything is signed.
    contract|b2b|We pay monthly in arrears, never a year in advance.
    no-need|b2b|To be honest, most of our matching is already automatic.
    no-need|b2b|We close in four days already, so what's the benefit?
    no-need|b2b|I'm not sure what problem this solves for us.
    no-need|b2b|Our process isn't perfect but it works and everyone knows it.
    trust|b2b|How many companies like ours are actually using it?
    trust|b2b|You're a young company, will you still be around in a few years?
    trust|b2b|Every vendor says the setup is quick and it never is, why would you be any different?
    trust|b2b|Where is the data hosted? We need it to stay in the UK.
    fit|b2b|We consolidate in three currencies with different year ends, can it cope?
    fit|b2b|Half our banks only send paper statements, so I doubt the matching works for us.
    fit|b2b|We have hundreds of entities worldwide, that sounds too big for your tool.
    fit|b2b|Is there an integration with Xero? That's what we run on.
    send-info|b2b|Email me the price list and some references and I'll come back to you.
    send-info|b2b|Could you send me something by email? I'm about to go into a meeting.
    send-info|b2b|I'd prefer to read up on it first, do you have slides?
    not-interested|b2b|Thank you, but we'll pass.
    not-interested|b2b|We're not in the market for anything like that, I'm afraid.
    not-interested|b2b|I just can't see us going for this, sorry.
    do-not-contact|b2b|Please delete my contact details.
    do-not-contact|b2b|Don't call me again.
    price|consumer|Fifty quid a month for broadband? That's a rip-off.
    budget|consumer|We're saving for a deposit on a house so no big purchases.
    authority|consumer|My wife does the finances, I'll need to talk to her.
    trust|consumer|How can I be sure the heat pump will really save that much?
    competitor|consumer|EE offered me the same phone for less a month.
    timing|consumer|We're redoing the kitchen first, come back to us after that.
    contract|consumer|I'm not signing up for two years.
    send-info|consumer|Could you post me some information?
    none|b2b|We're a restaurant group with twenty sites.
    none|b2b|Month-end takes roughly a week for us.
    none|b2b|Two accountants report to me.
    none|b2b|We switched to Sage last year.
    none|b2b|The hardest part is the intercompany recharges.
    none|b2b|Can you go back to the dashboard for a second?
    none|b2b|Tell me more about how the approvals work.
    none|b2b|We'd start with the Irish entity, probably.
    none|b2b|Wednesday is good, put something in the diary.
    none|b2b|I approve anything under ten thousand myself.
    none|consumer|Have you got this in a large?
    none|consumer|I'm after a mountain bike for my daughter.
    none|consumer|Which laptop has the longest battery?
    none|consumer|Can I pay by card?
    none|consumer|Does it come in black?
    """
}
