/// A sixteenth held-out set of customer lines (`label|domain|text`), written at the start of a
/// later round before any change that round and never used to change anything (only totals
/// read). Voices: speech-to-text without punctuation and with fillers ("um", "like"), curt
/// replies of two or three words, English as a second language, American corporate jargon
/// ("bandwidth", "this fiscal", "circle back"); ordinary talk in the same voices from finance
/// leads of a logistics firm, a dental group, a charity and a SaaS company, with "price",
/// "budget" and "time" used about their own work.
enum ObjectionValidationSetSixteen {
    static let text = """
    price|b2b|um yeah that's like way more than we were expecting to pay
    price|b2b|too dear
    price|b2b|For us this price is very high, our last tool was half
    price|b2b|the ROI just isn't there at that price point
    budget|b2b|we don't have the dollars for this right now
    budget|b2b|no money left this year
    budget|b2b|Budget for new tools is closed until next fiscal
    budget|b2b|so basically finance froze everything after Q2
    timing|b2b|we don't have the bandwidth to take this on right now
    timing|b2b|not now
    timing|b2b|Maybe we talk again after the migration, now is not possible
    timing|b2b|let's circle back in Q3 once things calm down
    authority|b2b|honestly it's not my call it's the CFO's
    authority|b2b|need to run it by my boss
    authority|b2b|I cannot decide this alone, my director must agree
    authority|b2b|that would need sign-off from corporate
    competitor|b2b|we're already using floqast and it's fine
    competitor|b2b|Another vendor gave us a better offer last week
    competitor|b2b|we're pretty far down the road with BlackLine
    contract|b2b|three years is way too long for us to commit
    contract|b2b|We cannot sign contract longer than one year
    contract|b2b|we'd need a 30 day out clause or it's a non-starter
    fit|b2b|does it even talk to our ERP because ours is super old
    fit|b2b|Your system has no German language, this is a problem
    fit|b2b|we run like 40 entities across 12 countries, can it handle that
    no-need|b2b|we're good with what we have honestly
    no-need|b2b|Our process works, we don't see why to change
    no-need|b2b|the spreadsheets do the job so why fix what isn't broken
    not-interested|b2b|not interested thanks
    not-interested|b2b|we're gonna pass on this one
    not-interested|b2b|It is not for us, thank you
    send-info|b2b|can you just shoot me an email with the details
    send-info|b2b|Please send me brochure and I will look
    trust|b2b|never heard of you guys tbh
    trust|b2b|How I know my data is safe with your company?
    do-not-contact|b2b|please stop calling me
    none|b2b|um so we like reconcile the bank accounts every morning first thing
    none|b2b|ok
    none|b2b|We price our freight by the pallet, not by weight
    none|b2b|the budget meeting went fine last week actually
    none|b2b|Time sheets are due every Friday at noon
    none|b2b|we have 14 practices and each one sends us their takings
    none|b2b|I am the controller since three years
    none|b2b|our fiscal year ends in June
    none|b2b|we close the books in about eight days give or take
    none|b2b|Our board wants the management accounts by the 10th
    none|b2b|the team is four people plus me
    none|b2b|we moved to NetSuite two years ago
    none|b2b|donations come in through three different platforms
    none|b2b|So revenue recognition is the hardest part for a SaaS business
    none|b2b|we do a lot of intercompany stuff between the UK and US entities
    none|b2b|yeah that makes sense
    none|b2b|Our auditor is one of the big four
    none|b2b|we review the P&L with each department head monthly
    none|b2b|the CFO signs the accounts off at the end
    none|b2b|grants have their own reporting deadlines which is a pain to track
    none|b2b|sure go ahead
    none|b2b|We tried to automate the accruals last year with macros
    none|b2b|right now it's mostly excel and a lot of copy paste
    none|b2b|expenses come in through the app and we approve them weekly
    none|b2b|we're hiring another accountant in January
    """
}
