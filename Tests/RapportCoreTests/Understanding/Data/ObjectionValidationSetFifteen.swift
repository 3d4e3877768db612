/// A fifteenth held-out set of customer lines (`label|domain|text`), written at the start of a
/// later round before any change that round and never used to change anything (only totals
/// read). Voices: strained politeness ("with the greatest respect…"), an e-mail pasted into the
/// call notes, a long rambling objection, an objection put as a question ("why would I pay for
/// that when…"), one with a condition ("unless you can bill monthly, no"); consumers buying a
/// gym membership, solar panels, a kitchen refit; a law firm and a marketing agency; ordinary
/// talk from the finance leads of a software start-up, a hotel group, a school trust and a
/// builder, and from shoppers at a garden centre, a pharmacy and a car dealer.
enum ObjectionValidationSetFifteen {
    static let text = """
    price|b2b|With the greatest respect, that number is well north of what this is worth to us.
    price|b2b|Why would I pay that when our bank feeds already do half of it for free?
    price|b2b|Honestly the per-entity pricing makes it eye-watering for a group like ours.
    price|b2b|Unless you can knock a good chunk off, I can't see it happening.
    budget|b2b|As per my earlier email, there is no budget line for this in FY27.
    budget|b2b|We blew the systems budget on the ERP upgrade, there's literally nothing left.
    budget|b2b|I'd need to find the money from somewhere and right now I can't.
    budget|b2b|Our trustees have frozen all discretionary spend until the spring.
    timing|b2b|Look, we've got year end, then the audit, then budgets, so realistically not before June.
    timing|b2b|Now's just a bad time, we're short two people in the team.
    timing|b2b|Can we park this until the new CFO is settled in?
    timing|b2b|I'd rather not start anything new mid-season, we're slammed till October.
    authority|b2b|That's above my pay grade, the group FD would have to sign it.
    authority|b2b|I can recommend it but the decision isn't mine to make.
    authority|b2b|Our board meets quarterly and they'd need to approve any new supplier.
    authority|b2b|Head office handles all software purchasing, so you'd have to go through them.
    competitor|b2b|We've just signed a three-year deal with BlackLine, so we're locked in.
    competitor|b2b|Our auditors recommended FloQast and we're leaning that way.
    competitor|b2b|Why would we switch when Trintech does the job well enough?
    competitor|b2b|Our ERP partner is building something similar for us already.
    contract|b2b|A three-year minimum term is a non-starter for us.
    contract|b2b|Unless you can bill monthly, no, we don't do annual upfront.
    contract|b2b|Your liability cap is far too low for our legal team to accept.
    contract|b2b|We'd need the right to cancel with thirty days' notice, and I doubt you'd give that.
    contract|b2b|Our procurement policy won't allow auto-renewal clauses.
    no-need|b2b|I'm not convinced we actually have a problem, the close gets done.
    no-need|b2b|Excel works fine for us, it's free and everyone knows it.
    no-need|b2b|We only have two bank accounts, it really doesn't need automating.
    no-need|b2b|What we have isn't broken, so I don't see why we'd fix it.
    trust|b2b|No offence, but I've never heard of you, and that worries me with our ledger data.
    trust|b2b|How do I know you'll still be around in two years?
    trust|b2b|We got burnt by a start-up vendor before and I'm not doing that again.
    trust|b2b|Where's our data actually hosted? I'm nervous about that.
    fit|b2b|We're a not-for-profit, and fund accounting is very different, so I doubt it fits.
    fit|b2b|It has to work with our Access Dimensions setup, and I don't think it does.
    fit|b2b|Our intercompany structure is too messy for an off-the-shelf tool.
    fit|b2b|We need it in French and German for the subsidiaries, and you don't do that.
    send-info|b2b|Just drop me an email with the details and I'll have a read.
    send-info|b2b|Can you send over a deck? I'll share it with the team.
    send-info|b2b|Pop some pricing in writing and we'll take it from there.
    not-interested|b2b|I'll be honest, it's not something we're going to pursue.
    not-interested|b2b|Thanks, but we're going to pass on this one.
    not-interested|b2b|We've looked at it internally and decided it's not for us.
    do-not-contact|b2b|Please remove me from your call list.
    do-not-contact|b2b|This is the third call this week, stop ringing me.
    price|consumer|Sixty quid a month for a gym? You're having a laugh.
    price|consumer|The panels would take fifteen years to pay for themselves at that price.
    timing|consumer|We'll think about the kitchen after Christmas, not now.
    trust|consumer|My neighbour had your installers and they left a right mess.
    authority|consumer|I'll have to see what my partner thinks before I commit.
    no-need|consumer|I run outside anyway, I don't really need a gym.
    contract|consumer|A twelve-month contract? I'd want to be able to cancel any time.
    competitor|consumer|The other solar company quoted two thousand less.
    price|services|Your hourly rate is double what our current firm charges.
    trust|services|I've had agencies promise the world before and deliver nothing.
    timing|services|We're not looking to change firms until the current engagement ends in March.
    no-need|services|We do our own marketing in-house, it's fine.
    none|b2b|We're a SaaS business, about forty people, and finance is just me and a part-time bookkeeper.
    none|b2b|Revenue recognition is the fiddly bit for us because of annual contracts.
    none|b2b|We run on Xero with a couple of add-ons for billing.
    none|b2b|The board pack goes out on the tenth working day.
    none|b2b|We've got six hotels, each with its own bank account and PMS.
    none|b2b|Night audit feeds into the ledger every morning.
    none|b2b|Our auditors are one of the mid-tier firms, they're fine.
    none|b2b|Seasonality hits us hard, summer is about sixty percent of the year.
    none|b2b|We're a trust of eight schools and we report to the ESFA.
    none|b2b|Budgets are set in the spring for the academic year starting September.
    none|b2b|Every purchase over a thousand pounds needs two signatures.
    none|b2b|The trustees review the management accounts every month.
    none|b2b|We're a builder, mostly commercial fit-outs, about 120 on the payroll.
    none|b2b|Retentions and applications for payment make our month end messy.
    none|b2b|Job costing lives in a separate system from the ledger.
    none|b2b|I came from a Big Four background, so I like things documented.
    none|b2b|Our year end is 31 March, so the busy season is April and May.
    none|b2b|We're hiring a management accountant next quarter.
    none|b2b|Most of the reconciliations are bank to ledger and intercompany.
    none|b2b|I'd like to see how the matching rules are set up.
    none|b2b|What does the onboarding look like in the first month?
    none|b2b|Can it handle multiple currencies? We bill in euros too.
    none|b2b|That's interesting, the audit trail feature would please our auditors.
    none|b2b|Sure, Thursday afternoon works for a demo.
    none|b2b|Our CFO will probably want to join the next call.
    none|consumer|Do you have this compost in the bigger bag?
    none|consumer|Where do you keep the seed potatoes?
    none|consumer|Is this plant OK in full sun?
    none|consumer|I've got a prescription to collect for my mum.
    none|consumer|Can I take these with ibuprofen?
    none|consumer|Do you sell the travel-size sun cream?
    none|consumer|I'm after a small hatchback, something economical.
    none|consumer|How many miles has this one done?
    none|consumer|Can I take it for a test drive on Saturday?
    none|consumer|What's the warranty on the used ones?
    none|consumer|We need something with a big boot for the dog.
    none|consumer|Do you do part exchange?
    none|consumer|I'll pay by card if that's all right.
    none|consumer|Could you wrap it as a gift, please?
    none|consumer|Is there parking round the back?
    """
}
