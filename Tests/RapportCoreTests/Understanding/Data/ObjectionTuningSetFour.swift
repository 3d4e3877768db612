/// Tuning lines (`label|domain|text`) written beside the fifteenth held-out set, in its voices but
/// other sentences, and read line by line: strained politeness, a pasted e-mail, rambling, an
/// objection put as a question or with a condition; ordinary talk from finance leads of a
/// software company, a hotel group, a school trust and a builder, and shoppers.
enum ObjectionTuningSetFour {
    static let text = """
    price|b2b|With all due respect, the fee is way beyond what we'd get out of it.
    price|b2b|Why would I pay that much when a temp could do the matching?
    price|b2b|The per-user pricing gets silly once you add the whole team.
    price|b2b|Unless there's serious movement on price, it's a no.
    budget|b2b|Further to my email, we simply have no budget allocated for this.
    budget|b2b|The new payroll system ate the whole IT budget this year.
    budget|b2b|There's no pot of money I can dip into for this right now.
    budget|b2b|The governors have put a freeze on any new spending.
    timing|b2b|We've got the audit, then budgeting season, so honestly not until summer.
    timing|b2b|It's a really bad time, half the team is off sick.
    timing|b2b|Let's revisit once the new finance director has started.
    timing|b2b|We're in peak season till the autumn, nothing new before then.
    authority|b2b|That's not my call to make, the CFO would have to sign it off.
    authority|b2b|I can put it forward, but someone above me decides.
    authority|b2b|Any new supplier has to be approved by the board, and they only meet twice a year.
    authority|b2b|Group procurement buys all our software, you'd need to speak to them.
    competitor|b2b|We signed with FloQast last month, so that ship has sailed.
    competitor|b2b|Our accountants use Dext and want us on the same thing.
    competitor|b2b|Why change when BlackLine is doing the job?
    competitor|b2b|Our reseller is already building us a custom solution.
    contract|b2b|A two-year lock-in just isn't going to fly here.
    contract|b2b|Unless it's month to month, we won't sign.
    contract|b2b|Legal won't accept your indemnity clause as it stands.
    contract|b2b|We'd need a break clause after six months.
    contract|b2b|Automatic renewals are against our purchasing rules.
    no-need|b2b|I don't really see a problem to solve, the books get closed.
    no-need|b2b|Spreadsheets do the job and they cost nothing.
    no-need|b2b|With only one bank account, it's not worth automating.
    no-need|b2b|If it isn't broken, why fix it?
    trust|b2b|I've never come across your company, which makes me wary with financial data.
    trust|b2b|What happens to our data if you go bust?
    trust|b2b|The last small vendor we used went under and it was a nightmare.
    trust|b2b|I'd want to know where the servers are before I go any further.
    fit|b2b|We're a charity with restricted funds, I'm not sure your tool copes with that.
    fit|b2b|It needs to plug into Sage 200 and I don't think it does.
    fit|b2b|Our group structure is far too complicated for something standard.
    fit|b2b|We need Spanish for the Madrid office and you only do English.
    send-info|b2b|Just email me something and I'll look at it when I can.
    send-info|b2b|Could you send a brochure over? I'll pass it round.
    send-info|b2b|Put the numbers in an email and we'll go from there.
    not-interested|b2b|To be honest, it's not something we'll be taking forward.
    not-interested|b2b|Thanks, but we'll give this one a miss.
    not-interested|b2b|We discussed it and it's a no from us.
    do-not-contact|b2b|Take my number off your list, please.
    do-not-contact|b2b|I've told you twice, stop calling me.
    price|consumer|Forty pounds a month for the gym? No way.
    timing|consumer|Let's talk about the solar panels next year.
    authority|consumer|I need to ask my wife before I sign anything.
    no-need|consumer|I've got weights at home, I don't need a membership.
    none|b2b|We're a software company, about sixty staff, finance is three of us.
    none|b2b|Deferred revenue is the awkward part of our month end.
    none|b2b|We use QuickBooks plus a billing tool.
    none|b2b|Management accounts go to the board on day twelve.
    none|b2b|We have four hotels and a central finance team.
    none|b2b|Each property sends its takings to head office daily.
    none|b2b|We're an academy trust, five schools, one finance office.
    none|b2b|The budget for next year gets approved by the trustees in July.
    none|b2b|Any invoice over five hundred pounds needs a second approver.
    none|b2b|We're a contractor, mainly housing, about ninety staff.
    none|b2b|Subcontractor payments are the biggest volume we reconcile.
    none|b2b|Our financial year runs to the end of August.
    none|b2b|I trained at a mid-tier audit firm before moving in-house.
    none|b2b|Can you show me how exceptions get flagged?
    none|b2b|Does it handle US dollars as well as sterling?
    none|b2b|Tuesday at ten is fine for the follow-up.
    none|b2b|I'll bring our financial controller to the demo.
    none|b2b|The board reviews cash flow at every meeting.
    none|consumer|Have you got this in a larger pot?
    none|consumer|Where are the bird feeders?
    none|consumer|Can I get this prescription filled today?
    none|consumer|Is this one suitable for children?
    none|consumer|How old is this car?
    none|consumer|Can I book a test drive?
    none|consumer|Do you take cash?
    """
}
