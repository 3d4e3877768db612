/// A nineteenth set of discovery questions (`field|question`), written at the start of a round
/// before any change in it: a trainee dictating by voice (lower case, no punctuation, run-on
/// "so tell me…"), a very casual young rep ("what's the vibe at month end"), a politely
/// indirect British voice ("Would you mind me asking…", "I was wondering whether…"), and a rep
/// who asks for ballpark numbers first ("Ballpark, how many…"). Held out: only its totals are
/// read.
enum DiscoveryQuestionSetNineteen {
    static let text = """
    team_size|so tell me how many people are on the team that does the close
    team_size|how big's the squad in finance
    team_size|Would you mind me asking roughly how many are in your team?
    erp|so what system are you guys using for the accounts at the moment
    erp|what are you running the books on these days
    erp|I was wondering which accounting package you're on at present?
    current_process|so walk me through what actually happens at month end from day one
    current_process|what's the month end routine look like
    current_process|Could you possibly talk me through how the close is done today?
    close_days|and how many days does it usually take you to close the month
    close_days|Ballpark, how many working days until the books are closed?
    close_days|I was wondering how long the month-end close tends to take?
    pains|so what's the most painful part of all that for you
    pains|what's the vibe at month end, what sucks the most
    pains|Would it be fair to ask what you find most frustrating about it?
    hours_manual|roughly how many hours a month go into the manual reconciliations
    hours_manual|Ballpark, how many hours of manual matching a month?
    hours_manual|Might I ask how much time the team spends on manual work each month?
    budget|so have you got a budget set aside for something like this
    budget|what kind of money are we talking for this
    budget|Would you mind sharing what sort of budget you have in mind?
    economic_buyer|and who would actually sign off on the spend at the end of the day
    economic_buyer|who's the big boss on spend
    economic_buyer|May I ask who holds the purse strings for a purchase like this?
    decision_maker|so is this your decision or does someone else make the call
    decision_maker|is it your call or someone else's
    decision_maker|I was wondering whether the decision would rest with you?
    go_live|so when would you ideally want something like this up and running
    go_live|when do you wanna be live
    go_live|Might I ask by when you'd hope to have it in place?
    competitor|so are you talking to any other vendors about this at the moment
    competitor|who else are you checking out
    competitor|Would you mind telling me which other providers you're considering?
    success_metric|so what would success look like for you in say six months
    success_metric|what would make this a win for you
    success_metric|How would you judge whether it had been worthwhile?
    decision_criteria|so what are the main things you'll be looking at when you choose
    decision_criteria|what's gonna make or break the decision
    decision_criteria|Could I ask what criteria you'll use to compare the options?
    decision_process|so what are the steps on your side to get something like this approved
    decision_process|how does buying stuff work over there
    decision_process|Would you mind walking me through how a purchase gets approved?
    paper_process|and once you've decided what happens with the contract and legal
    paper_process|how long does legal usually take with contracts
    paper_process|I was wondering what the contracting process involves on your side?
    champion|so who on your team would be the biggest fan of fixing this
    champion|who's gonna push for this internally
    champion|Is there someone in the team who'd champion a change like this, do you think?
    none|so how's your week been so far
    none|love the background btw
    none|I hope the weather's been kinder to you than to us
    none|Ballpark, did you manage a break over the summer?
    """
}
