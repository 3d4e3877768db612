/// Tuning lines in the seventeenth set's voice (other sentences): the rep's notes of what the
/// customer said and of facts about the deal. Read line by line.
enum ObjectionTuningSetSix {
    static let text = """
    price|b2b|feels the price is steep vs what they pay now
    price|b2b|pushed back hard on cost
    budget|b2b|no funds allocated, would need to find money
    budget|b2b|spending freeze until april
    timing|b2b|too busy with year end, try again in spring
    timing|b2b|asked to reconnect after their restructure
    authority|b2b|owner makes all purchase decisions, not her
    authority|b2b|has to get sign off from the CEO first
    competitor|b2b|locked into a 3 yr deal with trintech
    competitor|b2b|their accountants already provide a tool
    contract|b2b|multi year is a non starter
    contract|b2b|wants a 30 day out clause
    no-need|b2b|says current process is good enough
    no-need|b2b|doesn't think it's a problem worth solving
    trust|b2b|doesn't trust cloud tools with financial data
    fit|b2b|needs an on-prem version, we're cloud only
    send-info|b2b|said email me and I'll look
    not-interested|b2b|politely declined, not interested
    do-not-contact|b2b|do not call again per her request
    price|b2b|thinks 3k a month is crazy
    none|b2b|controller approves all journals
    none|b2b|finance director holds the budget
    none|b2b|competitor demo scheduled next week
    none|b2b|uses excel and a few macros for recs
    none|b2b|payback within 12 months is their rule
    none|b2b|board approval needed above 50k
    none|b2b|looking to go live in april
    none|b2b|they priced a temp at 4k a month
    none|b2b|ceo is supportive of automation
    none|b2b|audit fees went up last year
    none|b2b|she signs contracts up to 25k
    none|b2b|sent the security questionnaire
    none|b2b|current vendor contract ends june
    none|b2b|budget cycle starts in october
    none|b2b|the close slipped twice this quarter
    none|b2b|wants to see the intercompany module
    none|b2b|it team reviews every new tool
    none|b2b|three entities, two currencies
    none|b2b|price list sent after the call
    none|b2b|they negotiate hard with every vendor
    """
}
