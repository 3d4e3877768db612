/// Tuning lines in the sixteenth set's voices (other sentences), read line by line to change
/// the matcher: speech-to-text without punctuation, curt replies, English as a second language,
/// American corporate jargon; ordinary talk from a freight forwarder, a vet group, a housing
/// association and an app developer.
enum ObjectionTuningSetFive {
    static let text = """
    price|b2b|yeah so um that's a lot more than we budgeted for a tool like this
    price|b2b|way too pricey
    price|b2b|This cost is too much for company of our size
    price|b2b|I just can't justify that spend for what it does
    budget|b2b|there's no money in the pot for this
    budget|b2b|zero budget
    budget|b2b|Budget is already spent for this year, maybe next one
    budget|b2b|so like corporate cut all discretionary spend
    timing|b2b|we're stretched way too thin to start anything new
    timing|b2b|bad timing
    timing|b2b|After our audit finishes we can speak, not before
    timing|b2b|can we revisit this next quarter
    authority|b2b|yeah that's above me you'd need to talk to our VP
    authority|b2b|gotta check with the boss
    authority|b2b|I am not the person who decides, it is my manager
    authority|b2b|anything like this goes through procurement at HQ
    competitor|b2b|we already have blackline for that
    competitor|b2b|Other company offered us cheaper price
    competitor|b2b|we just renewed with floqast for another year
    contract|b2b|we don't do multi-year deals
    contract|b2b|Contract for two years is not possible for us
    contract|b2b|if there's no monthly option we can't do it
    fit|b2b|does it work with sage 50 cause that's what we're on
    fit|b2b|Your product does not support our currency, this is issue
    fit|b2b|we have a super custom chart of accounts not sure it'd fit
    no-need|b2b|we're fine doing it the way we do it
    no-need|b2b|We don't have this problem, our close is fast
    no-need|b2b|excel works fine for us so not sure we need it
    not-interested|b2b|nah we're not interested
    not-interested|b2b|gonna say no on this one
    not-interested|b2b|This is not interesting for us, thanks
    send-info|b2b|just email me something and I'll take a look
    send-info|b2b|Please send information by mail
    trust|b2b|you guys are pretty new right, kinda risky
    trust|b2b|Who else uses your product, I want to be sure it is reliable
    do-not-contact|b2b|take me off your list
    none|b2b|um so every morning we like download the bank statements
    none|b2b|fine
    none|b2b|We price our shipments per container
    none|b2b|the budget review is on Tuesday
    none|b2b|Overtime is paid monthly with the payroll
    none|b2b|we have 22 clinics and they all send in their numbers
    none|b2b|I am working here as finance manager since five years
    none|b2b|our year end is March
    none|b2b|closing takes about a week usually
    none|b2b|The directors want the pack by working day 7
    none|b2b|it's me and three others in the team
    none|b2b|we went live on Sage Intacct last spring
    none|b2b|rents come in on the first of the month mostly
    none|b2b|So deferred revenue is the tricky bit for subscriptions
    none|b2b|we do intercompany recharges every month between the two companies
    none|b2b|yeah got it
    none|b2b|Our auditors come in every September
    none|b2b|we go through budget versus actual with the managers monthly
    none|b2b|the finance director approves the journals
    none|b2b|service charges have their own year end which is annoying
    none|b2b|ok sure
    none|b2b|We tried Power Query to speed up the recs
    none|b2b|right now it's excel and email mostly
    none|b2b|purchase invoices are approved in the portal weekly
    none|b2b|we've got a new starter joining in February
    """
}
