/// A ninth set of discovery questions (`field|question`), written in the sixteenth round before
/// set eight's misses were read, in voices the other sets use little (plain office English,
/// lower-case chat, idioms — "bodies", "purse strings", "ticking and tying" — and questions
/// about timing events). Held out until the sixteenth round, when its misses were read (seen).
enum DiscoveryQuestionSetSeven {
    static let text = """
    team_size|how many bodies have you got on the finance side?
    team_size|Roughly what size is the accounting function these days?
    team_size|Is it just you doing the books, or is there a crew?
    team_size|How many folks report into you?
    erp|what are you running the ledger on?
    erp|Which system is your general ledger in at the moment?
    erp|Is the accounting done in QuickBooks or something bigger?
    erp|What platform does finance live in?
    current_process|Talk me through what happens on day one of the close.
    current_process|How do the numbers get from the bank into the ledger today?
    current_process|What does a typical month-end look like for your team, start to finish?
    current_process|Who does what when you close the month?
    close_days|how many days till the books are locked?
    close_days|From the last day of the month, when are you actually closed?
    close_days|Roughly how long does the month-end take you now?
    close_days|What's your close cycle running at?
    pains|What's the most frustrating part of month-end for you?
    pains|Where does the process let you down?
    pains|If you could change one thing about the close tomorrow, what would it be?
    pains|What's not working as well as you'd like?
    pains|What headaches does the current setup give you?
    hours_manual|How much of the team's week goes on manual reconciliation?
    hours_manual|Ballpark, how many hours a month are spent ticking and tying by hand?
    hours_manual|How much time is lost to copying numbers between spreadsheets?
    success_metric|How will you measure whether this project worked?
    success_metric|What would success look like six months after go-live?
    success_metric|What number would you want to see move?
    budget|Have you got money set aside for this?
    budget|What sort of spend did you have in mind?
    budget|Where does this sit in terms of budget?
    budget|Is this budgeted for this year or next?
    economic_buyer|Whose budget would this come out of?
    economic_buyer|Who holds the purse strings on something like this?
    economic_buyer|At the end of the day, who says yes to the money?
    go_live|When do you need this live by?
    go_live|What's your target date for switching over?
    go_live|Is there an event driving the timing, like year-end or an audit?
    competitor|Who else are you evaluating?
    competitor|Have you looked at any other tools for this?
    competitor|What alternatives are on the table?
    decision_process|How do purchases like this usually get approved at your company?
    decision_process|What does the buying process look like from here?
    decision_criteria|What matters most to you when you pick a vendor?
    decision_criteria|How will you decide between the options?
    champion|Who inside the business is pushing hardest for a fix?
    paper_process|Once you've decided, what does the contract process involve?
    paper_process|Will procurement or legal want to review anything?
    decision_maker|Are you the one who makes the call on this?
    decision_maker|Do you have the final say here?
    none|Hope your week's been good so far.
    none|Sorry I was a couple of minutes late.
    none|Did you have a good weekend?
    none|Is now still a good time to talk?
    none|Where are you based, by the way?
    none|Can you hear me okay?
    """
}
