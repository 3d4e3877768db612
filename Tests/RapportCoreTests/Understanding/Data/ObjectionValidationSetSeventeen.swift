/// A seventeenth held-out set of lines (`label|domain|text`), written at the start of a later
/// round before any change that round and never used to change anything (only totals read).
/// The voice is the rep's own: what the customer said, typed as a note during the call, in the
/// third person or in shorthand ("says too pricey", "cfo has to ok it", "happy w/ blackline");
/// the ordinary lines are the same rep's notes of facts about the deal, using the words of
/// price, budget, approval, vendors and timing without anyone objecting.
enum ObjectionValidationSetSeventeen {
    static let text = """
    price|b2b|says its too pricey for what it does
    price|b2b|thinks we're way more expensive than floqast
    price|b2b|she choked at the 45k number
    price|b2b|price is the blocker, wants it under 20k
    budget|b2b|no budget left this FY, maybe next
    budget|b2b|they cant afford anything new till Q2
    budget|b2b|budget got cut, everything frozen
    budget|b2b|says money's tight after the layoffs
    timing|b2b|bad timing - mid audit, call back in feb
    timing|b2b|not a priority rn, too much going on
    timing|b2b|wants to wait until after the ERP migration
    timing|b2b|maybe revisit next yr
    authority|b2b|cfo has to ok it, she cant decide alone
    authority|b2b|needs to run it past the board first
    authority|b2b|not his call, group finance decides
    authority|b2b|wants to check w/ her boss before anything
    competitor|b2b|happy w/ blackline, no reason to switch
    competitor|b2b|already signed with floqast last month
    competitor|b2b|says netsuite's own recon module is good enough
    competitor|b2b|another vendor is cheaper and already in procurement
    contract|b2b|wont sign anything longer than 12 months
    contract|b2b|wants monthly billing, annual upfront is a no
    contract|b2b|legal hates our auto renewal clause
    no-need|b2b|doesn't see the need, close is fine as is
    no-need|b2b|says excel works for them
    no-need|b2b|too small for this, only 2 in finance
    no-need|b2b|they built their own macros, don't need a tool
    trust|b2b|worried about data security, never heard of us
    trust|b2b|wants references from companies their size
    trust|b2b|burned by the last vendor, sceptical
    fit|b2b|we don't integrate with their ERP, dealbreaker
    fit|b2b|needs multi-currency consolidation, we don't do it
    fit|b2b|they're on a custom ledger, wont work
    send-info|b2b|just send a deck, no time for a demo
    send-info|b2b|asked for a one pager by email
    send-info|b2b|wants something in writing first
    not-interested|b2b|not interested, hung up
    not-interested|b2b|flat no, not for them
    do-not-contact|b2b|asked to be taken off our list
    do-not-contact|b2b|told me to stop calling
    none|b2b|cfo signs off on anything over 10k
    none|b2b|uses blackline for bank recs only
    none|b2b|budget gets approved in january
    none|b2b|renewal with current vendor due in march
    none|b2b|team of 6, close takes 9 days
    none|b2b|she owns the close process end to end
    none|b2b|they compared three vendors last year and picked none
    none|b2b|pricing page was shared before the call
    none|b2b|board meets quarterly, next one in feb
    none|b2b|wants it live before year end
    none|b2b|group finance sets the chart of accounts
    none|b2b|pays auditors about 60k a year
    none|b2b|close is painful, lots of manual matching
    none|b2b|asked good questions about the matching engine
    none|b2b|interested in the audit trail
    none|b2b|liked the demo, wants the controller to see it
    none|b2b|procurement needs a vendor form
    none|b2b|they bill their own clients monthly
    none|b2b|timeline is tight but doable
    none|b2b|spends too long chasing country teams
    none|b2b|knows floqast from a previous job
    none|b2b|contract would go through legal, normal 2 weeks
    none|b2b|decision by end of Q1
    none|b2b|asked for pricing for 10 users
    none|b2b|happy with the call, next step booked
    """
}
