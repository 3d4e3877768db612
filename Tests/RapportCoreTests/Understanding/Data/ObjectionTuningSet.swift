/// Labelled customer lines the objection detector may be tuned on: `label|domain|text`, the
/// label an objection id of the default playbook or `none` (ordinary talk). Written by the
/// team in many voices; none of these lines is a phrase in a playbook.
enum ObjectionTuningSet {
    static let text = """
    price|b2b|honestly that number made me choke
    price|b2b|it's a lot more than I expected to pay
    price|b2b|we were quoted half that by someone else
    price|b2b|the per-seat pricing kills it for us
    price|b2b|I can't see us paying that much for reconciliation
    price|b2b|that's steep for what it does
    price|consumer|way too pricey for me
    price|consumer|I saw it cheaper online
    price|services|your fees are above what we budgeted for a part-time CFO
    price|b2b|the implementation fee on top is a dealbreaker
    price|b2b|can you do anything on price?
    price|consumer|is there any discount, it's a bit much
    budget|b2b|we've frozen all new spend until next year
    budget|b2b|there's just no budget line for tools like this
    budget|b2b|finance cut our software budget by 30%
    budget|consumer|money's tight at the moment
    budget|services|we're a startup, cash is limited right now
    budget|b2b|all our budget went on the ERP upgrade
    budget|b2b|we'd have to find the money somewhere and I don't know where
    timing|b2b|we're in the middle of year-end, can't look at anything new
    timing|b2b|ping me again in the new year
    timing|b2b|not until after the migration is done
    timing|consumer|we're not ready yet, maybe in the spring
    timing|services|let's talk again once we've closed the funding round
    timing|b2b|bad timing, we're short staffed
    timing|b2b|it's on the list, just not for this quarter
    timing|b2b|can we pick this up in a few months
    authority|b2b|I'd need the CFO's blessing first
    authority|b2b|that's above my pay grade
    authority|consumer|I have to talk it over with my husband
    authority|services|my co-founder would need to agree
    authority|b2b|procurement has the final say on vendors
    authority|b2b|I'll take it to the leadership team
    authority|b2b|it would have to go to committee
    authority|consumer|let me discuss it with my family first
    competitor|b2b|we're pretty locked in with BlackLine
    competitor|b2b|FloQast gave us a much better offer
    competitor|b2b|we just renewed with our current vendor
    competitor|consumer|the other company already quoted us and they seem fine
    competitor|services|we already have an outsourced bookkeeper who does this
    competitor|b2b|our ERP partner is building this for us
    competitor|b2b|we're leaning towards the other vendor
    contract|b2b|twelve months upfront is too much commitment
    contract|b2b|we only do month to month with new vendors
    contract|b2b|the auto-renewal clause has to go
    contract|services|I don't want to be tied into a long retainer
    contract|consumer|I don't want to sign a 25 year agreement
    contract|b2b|our lawyers will never sign unlimited liability
    no-need|b2b|we close in four days already, I don't see the gain
    no-need|b2b|honestly our process is fine as it is
    no-need|b2b|excel does the job for us
    no-need|consumer|I don't really need one
    no-need|services|our accountant handles all that already
    no-need|b2b|I'm not sure what problem this solves for us
    trust|b2b|how many customers like us do you actually have
    trust|b2b|I've heard mixed things about your support
    trust|b2b|sounds too good to be true
    trust|consumer|I don't trust these door to door deals
    trust|b2b|what happens to our data if you get acquired
    trust|services|how do I know you'll be around when things go wrong
    trust|b2b|you guys are pretty new, right?
    fit|b2b|we have twelve entities in four currencies, I doubt you handle that
    fit|b2b|we're on a homegrown ERP, this won't connect
    fit|consumer|my roof faces north so I doubt it'd work
    fit|services|we're too small to need a CFO
    fit|b2b|this looks designed for much larger teams
    fit|b2b|it doesn't do project accounting, which we need
    send-info|b2b|shoot me an email with the details
    send-info|b2b|do you have a one-pager you can send
    send-info|consumer|can you leave a leaflet
    send-info|services|send me your rates and I'll have a look
    send-info|b2b|just forward the deck and I'll read it
    send-info|b2b|I'd rather read about it first
    not-interested|b2b|we're not interested, thanks
    not-interested|b2b|please stop calling me
    not-interested|consumer|no thanks, not for me
    not-interested|b2b|I'm going to pass on this one
    not-interested|b2b|this isn't something we'd ever buy
    not-interested|services|we won't be moving forward
    none|b2b|we have about twelve people in finance
    none|b2b|we're on NetSuite and a lot of Excel
    none|b2b|the close takes nine working days
    none|b2b|I've been the controller for three years
    none|b2b|bank recs are the worst part
    none|b2b|the auditors found a few issues last year
    none|b2b|we spend maybe 40 hours a month matching transactions
    none|b2b|I'd love to see the reconciliation piece
    none|b2b|that makes sense
    none|b2b|sounds good to me
    none|b2b|how does the NetSuite sync work?
    none|b2b|what does the implementation look like?
    none|b2b|how long does it take to go live?
    none|b2b|can you show me the checklist again
    none|b2b|the board meets on the 14th
    none|b2b|Tuesday at 10 works
    none|b2b|I'll bring Dana from AP to the demo
    none|b2b|good month is one where we close on time
    none|b2b|we'd want it live before the audit
    none|b2b|our budget is around 40k
    none|b2b|the price seems fair for what it does
    none|b2b|cost isn't really the issue for us
    none|b2b|yes I sign off on tools under 50k
    none|b2b|we looked at a couple of tools last year
    none|b2b|what's included in the price?
    none|b2b|do you integrate with Sage?
    none|b2b|we'd need SSO
    none|b2b|that would save us a lot of time
    none|b2b|the team works most weekends at month end
    none|b2b|I'm the one who picks the tool
    none|b2b|we close the books by day 8 usually
    none|b2b|I'd like to loop in our IT lead for the security questions
    none|b2b|let's book the pilot kickoff
    none|b2b|great, send the invite to me and Dana
    none|consumer|I'm looking for a new laptop
    none|consumer|do you have this in a larger size?
    none|consumer|what colours does it come in
    none|consumer|how long is the battery life?
    none|consumer|I need a phone with a good camera
    none|consumer|is delivery free?
    none|consumer|I'd like the blue one please
    none|consumer|can I pay by card?
    none|consumer|what's the warranty on this
    none|consumer|we have a south facing roof
    none|consumer|our electricity bill is about 150 a month
    none|consumer|we own the house
    none|consumer|hi, just browsing
    none|consumer|that one looks nice
    none|consumer|how much is the 128GB model?
    none|consumer|can I return it if it doesn't fit
    none|consumer|I'm buying it as a gift
    none|consumer|do you price match?
    none|consumer|I want something under 500 dollars
    none|services|we're a team of eight
    none|services|revenue is about 3 million
    none|services|we're raising a series A next year
    none|services|our bookkeeper does the monthly accounts
    none|services|I need help with cash flow forecasting
    none|services|the investors want monthly reporting
    none|services|what would a typical month look like with you
    none|services|how many hours a week would you work with us
    none|services|I like that you've worked with SaaS companies
    none|services|can we start in January?
    none|services|sure, Thursday works
    none|b2b|not bad, not bad at all
    none|b2b|no problem, I'll check with Dana and come back on the dates
    none|b2b|thanks for walking me through it
    none|b2b|we're growing fast, maybe 20% a year
    none|b2b|we have three entities
    none|b2b|the CFO cares most about the audit
    """
}
