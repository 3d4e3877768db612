/// A fifth held-out set of customer lines (`label|domain|text`), written before the sixth round
/// of detection work and never used to change anything.
enum ObjectionValidationSetFive {
    static let text = """
    price|b2b|honestly the number is twice what I pencilled in
    price|b2b|that's steep, our whole software spend is less
    price|b2b|you'll need to sharpen your pencil on that quote
    price|b2b|I can't see the board paying that for a close tool
    price|b2b|we'd need a much better number to move forward
    price|b2b|the per-entity pricing doesn't work for a group with nine entities
    price|b2b|that's more than our auditors charge us
    budget|b2b|there's nothing left in this year's budget, full stop
    budget|b2b|all discretionary spend has been frozen by the group
    budget|b2b|we haven't got a line item for anything like this
    budget|b2b|our budget for next year is already signed off without it
    timing|b2b|we're knee-deep in the year-end audit right now
    timing|b2b|ask me again once the new CFO has settled in
    timing|b2b|this will have to wait until after our system upgrade
    timing|b2b|not before the second half of next year
    authority|b2b|my manager would need to sign this off
    authority|b2b|that decision sits with our finance committee
    authority|b2b|I can recommend it but I can't approve it
    authority|b2b|the holding company decides on all finance software
    competitor|b2b|we're already talking to BlackLine about the same thing
    competitor|b2b|our ERP vendor offers a close module we'd probably use
    competitor|b2b|we renewed with our current provider in September
    competitor|b2b|a consultancy is building us something custom
    contract|b2b|a three-year term is out of the question for us
    contract|b2b|we'd need to be able to cancel with a month's notice
    contract|b2b|our policy is no auto-renewing contracts
    no-need|b2b|our close works well enough as it is
    no-need|b2b|we don't really have that problem here
    no-need|b2b|I can't see what we'd gain over our spreadsheets
    trust|b2b|I'd need proof this works for companies our size
    trust|b2b|the last vendor promised the same and failed
    trust|b2b|how secure is our data with you, really?
    fit|b2b|we use a homegrown system, I doubt you'd connect
    fit|b2b|we're only three people in finance, it's overkill
    send-info|b2b|just send me a one-pager and I'll read it
    send-info|b2b|can you email me a summary and some pricing
    not-interested|b2b|we're not interested, thank you
    not-interested|b2b|I'm going to stop you there, it's not for us
    price|consumer|that's far more than I want to pay
    budget|consumer|we really can't afford it this year
    timing|consumer|ask us again after the summer
    authority|consumer|I'd need to talk it through with my wife first
    competitor|consumer|we've already got a quote from another company
    trust|consumer|I've heard too many horror stories about installers
    no-need|consumer|our bills are fine as they are
    price|services|your monthly fee is more than a part-time bookkeeper
    timing|services|maybe once we've hired our first finance person
    authority|services|my business partner would have to agree
    competitor|services|our accountant already does our management accounts
    price|haggling|can you knock a bit off if I buy today?
    price|haggling|that's too much, I'll give you half
    price|haggling|any wiggle room on the price?
    price|haggling|I've seen it cheaper elsewhere, can you match it?
    price|haggling|how about 40 and we call it a deal?
    none|b2b|we're about 250 people, mostly in logistics
    none|b2b|there are seven of us in the finance team
    none|b2b|we run Sage Intacct and a lot of Excel on top
    none|b2b|our close takes about ten working days
    none|b2b|intercompany reconciliation is the worst bit
    none|b2b|I'm the financial controller
    none|b2b|the CFO signs off anything above fifty thousand
    none|b2b|we'd like to be up and running by April
    none|b2b|we had a couple of audit adjustments last year
    none|b2b|the board pack goes out on day twelve
    none|b2b|that's really helpful, thank you
    none|b2b|could you show me how the matching works?
    none|b2b|what does implementation involve on our side?
    none|b2b|is there a limit on the number of users?
    none|b2b|how long would a pilot take?
    none|b2b|yes, that's a fair summary
    none|b2b|we'd measure it by days to close and fewer adjustments
    none|b2b|I'd want our controller on the next call
    none|b2b|Wednesday afternoon works for me
    none|b2b|we looked at a couple of tools last year
    none|b2b|what happens to our data if we leave?
    none|b2b|do you integrate with our bank feeds?
    none|b2b|that would free up a lot of evenings
    none|b2b|we've grown by acquisition, so three ERPs
    none|b2b|the audit committee meets in March
    none|shopping|I'm looking for a present for my dad
    none|shopping|do you have these jeans in a 32 waist?
    none|shopping|which of these kettles boils fastest?
    none|shopping|is this available in black?
    none|shopping|can I get it delivered on Saturday?
    none|shopping|what's the screen size on this model?
    none|shopping|I need a charger for this laptop
    none|shopping|does this come with a case?
    none|shopping|I'll take the medium, please
    none|shopping|is there a newer version coming out?
    none|shopping|how long is the battery warranty?
    none|shopping|can I pay by card?
    none|shopping|do you have a smaller size?
    none|shopping|what are your opening hours on Sunday?
    none|shopping|I'm looking for walking boots
    none|shopping|could you check stock at your other shop?
    none|shopping|which is the lightest one you have?
    none|shopping|how much is the blue one?
    none|shopping|can I reserve it and pick it up later?
    none|shopping|that's lovely, I'll have that one
    """
}
