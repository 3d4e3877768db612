/// A second set of customer lines, written after the third round of phrase banks
/// (`label|domain|text`, labels as in `ObjectionTuningSet`). Held out until the fourth round,
/// which read it line by line: tuning data since.
enum ObjectionValidationSetTwo {
    static let text = """
    price|b2b|that's far more than I'd budgeted in my head
    price|b2b|for a tool like this? that's a lot
    price|b2b|the licence fee alone would eat our tooling budget
    price|consumer|hmm, that's pricey
    price|consumer|I can't spend that much on it
    price|services|that's more than we'd pay a full-time hire
    price|b2b|can you sharpen the price at all?
    budget|b2b|the money just isn't there this year
    budget|b2b|budget's been cut to the bone
    budget|consumer|we're saving up for other things right now
    budget|services|we can't afford outside help yet
    timing|b2b|we're up to our eyes in the year-end, try me in February
    timing|b2b|now's really not a good moment
    timing|consumer|we'll look at it again next year
    timing|services|get back to me when we've closed the round
    timing|b2b|we've got the ERP migration first, then maybe
    authority|b2b|that's one for my CFO, not me
    authority|b2b|I'd need to bring this to the board
    authority|consumer|I'll have to check with my partner
    authority|services|my co-founder would have to sign off
    authority|b2b|procurement will have to approve it
    competitor|b2b|we're already tied in with BlackLine
    competitor|b2b|we just went with FloQast, actually
    competitor|consumer|another installer came round last week and quoted us
    competitor|services|our accountant does all this for us already
    competitor|b2b|we've got a tool in place that does the job
    contract|b2b|a twelve month minimum is a non-starter
    contract|b2b|I'd need a way out if it doesn't deliver
    contract|services|I don't want to be locked into a long engagement
    contract|b2b|we don't do annual upfront payments
    no-need|b2b|our close is fine as it is, to be honest
    no-need|b2b|we don't really see the need
    no-need|consumer|our current one still works perfectly
    no-need|services|we've got the finances under control
    trust|b2b|I've never come across your company before
    trust|b2b|how do I know those numbers are real?
    trust|consumer|this all sounds a bit too good to be true
    trust|services|what makes you different from the consultants who let us down?
    fit|b2b|we're a tiny team, it's overkill for us
    fit|b2b|our setup is unusual, I doubt it'll work
    fit|consumer|our roof is in full shade most of the day
    fit|services|we need someone in the office every day, not part time
    send-info|b2b|just drop me an email with the details
    send-info|b2b|can you send over a brochure?
    send-info|consumer|leave some information and we'll read it
    send-info|services|email me your proposal and I'll look at it
    not-interested|b2b|we're not interested, thank you
    not-interested|consumer|no thanks, not for us
    not-interested|b2b|please don't call again
    not-interested|services|we'll pass on this
    none|b2b|we've got nine people in finance including me
    none|b2b|we use Sage Intacct for the ledger
    none|b2b|the close usually takes us around eight working days
    none|b2b|bank recs are the most painful part
    none|b2b|we spend about thirty hours a month on matching
    none|b2b|the auditors flagged a few things last year
    none|b2b|I'd like to see the dashboard
    none|b2b|how does the approval workflow work?
    none|b2b|what does implementation involve?
    none|b2b|who else in logistics uses it?
    none|b2b|that sounds really useful
    none|b2b|makes sense, go on
    none|b2b|we'd want it live before the audit in March
    none|b2b|our budget for this is around thirty thousand
    none|b2b|I sign off on anything under fifty thousand
    none|b2b|the price sounds reasonable
    none|b2b|can we book a demo for next Wednesday?
    none|b2b|I'll bring our controller along
    none|b2b|we close on day ten most months
    none|b2b|we grew a lot this year
    none|consumer|I'm looking for a new tablet
    none|consumer|does this come in green?
    none|consumer|how long does delivery take?
    none|consumer|I'll take two of these please
    none|consumer|what's the battery like on this one?
    none|consumer|is it easy to set up?
    none|consumer|we have a south-facing roof and a big garden
    none|consumer|our bills are about two hundred a month
    none|consumer|can I pay monthly?
    none|consumer|is there a warranty?
    none|services|we're a company of thirty people
    none|services|I do the bookkeeping myself in Xero
    none|services|we need a forecast for the bank
    none|services|what would you do in the first month?
    none|services|sounds good, when could you start?
    none|b2b|good morning, thanks for calling
    none|b2b|sorry I'm a few minutes late
    none|b2b|let me just close the door
    """
}
