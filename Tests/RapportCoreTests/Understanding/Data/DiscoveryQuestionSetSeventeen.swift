/// A seventeenth set of discovery questions (`field|question`), written in a later round before
/// any change in it: a rep who offers a guess and asks to be corrected ("My guess is you're
/// on something like Xero — how close am I?"), a rep who asks through other people ("If I
/// asked your team…, what would they say?"), and a rep who asks the reverse of what they mean
/// ("I'm guessing the close isn't much of a headache?"). Held out: only its totals are read.
enum DiscoveryQuestionSetSeventeen {
    static let text = """
    team_size|My guess is there are five or six of you doing the close. How close am I?
    team_size|If I walked into the finance office right now, how many desks would I count?
    team_size|I'm guessing it's a one-person show on the accounts side?
    erp|I'd bet you're on something like Xero or Sage. Am I warm?
    erp|If I asked your team what they log into every morning, what would they say?
    erp|You're not still on a desktop accounts package, are you?
    close_days|I'd imagine the books take a week or so to close. Fair?
    close_days|If I asked the CEO when the monthly numbers land, what would she say?
    close_days|I'm guessing the month closes in a couple of days and that's that?
    current_process|My hunch is a lot of it still lives in spreadsheets. What does it actually look like?
    current_process|If a new starter shadowed the close, what would they see you do, start to finish?
    current_process|I assume the close pretty much runs itself these days?
    pains|My guess is the bank recs are the bit everyone dreads. Am I right, or is it something else?
    pains|If I asked your team what they'd fix first, what would they say?
    pains|I'm guessing the close isn't much of a headache for you?
    hours_manual|I'd guess a good chunk of the month goes on manual matching. Any idea how many hours?
    hours_manual|If you added up the time spent keying and ticking each month, what would it come to?
    hours_manual|I imagine hardly any time goes on manual work now?
    success_metric|Let's say we meet in a year and this worked. What's different?
    success_metric|If your CFO had to judge this project a success, what would she look at?
    success_metric|I'm guessing faster numbers is the whole point, or is there more to it?
    competitor|I'd imagine a few vendors have been knocking on your door. Who else are you talking to?
    competitor|If you weren't speaking to us, what would you do instead?
    competitor|I take it we're the only ones you've looked at?
    budget|My guess is nothing's been set aside for this yet. Is that right?
    budget|If your FD asked what this should cost, what number would you give?
    budget|I assume money isn't really a question here?
    decision_maker|I'm guessing this one is your call?
    decision_maker|If you decided tomorrow that you wanted it, could you just go ahead?
    decision_maker|You'd need someone else's blessing for this, I take it?
    economic_buyer|My hunch is the purchase order would need the CFO's signature. Right?
    economic_buyer|If the contract landed on someone's desk to sign, whose desk would it be?
    economic_buyer|I suppose nobody above you needs to sign off?
    go_live|I'd imagine you want this in before the year end. Is that the plan?
    go_live|If everything went smoothly, when would you like to be using it?
    go_live|There's no real rush on timing, I take it?
    decision_criteria|I'd guess ease of use matters more than price to you. Fair?
    decision_criteria|If you were scoring vendors side by side, what would the columns be?
    decision_criteria|I assume any tool would do, as long as it's cheap?
    decision_process|My guess is there'd be a trial, then a business case, then sign-off. Is that how it goes?
    decision_process|If this moved forward, what would happen between now and a signature?
    decision_process|I suppose there's no formal process for buying software?
    paper_process|I'd imagine legal will want to see our terms. How does that side work?
    paper_process|If we sent a contract over, where would it go and how long would it sit there?
    paper_process|I take it procurement won't get involved for something this size?
    champion|My hunch is someone inside is already pushing for this. Who?
    champion|If this needed a cheerleader internally, who would put their hand up?
    champion|I suppose nobody's really going to bat for a change like this?
    none|I read that your company just opened a new site in Manchester — congratulations.
    none|We've helped about two hundred finance teams speed up their close.
    none|Before I forget, I'll send you the slides after this.
    none|The weather's been miserable here all week.
    none|Our product connects to most accounting systems out of the box.
    none|Thanks again for taking the time today.
    """
}
