/// A twelfth set of discovery questions (`field|question`), written at the start of the
/// twenty-first round before any change in it and before set eleven's misses were read: questions
/// that open with a sentence of context before they ask ("Most teams we meet lose a week to the
/// close. How long is yours?"), and indirect, hedged ones ("I was wondering…", "Would you mind
/// telling me…", "I'd be interested to know…"). Held out (only its totals read) until it was
/// read in the same round; seen since.
enum DiscoveryQuestionSetTen {
    static let text = """
    team_size|A lot of the finance teams we talk to are two or three people. How many are on yours?
    team_size|I was wondering how large your accounting group is.
    team_size|Would you mind telling me how many people work on the books?
    team_size|Just so I can picture it, how many of you share the month-end work?
    erp|Most of our customers come to us from Sage or NetSuite. What are you running?
    erp|I'd be interested to know which accounting package you're on.
    erp|Would you mind saying what platform the ledger lives in?
    erp|Before I forget, what's the finance software you use today?
    current_process|Every team closes differently, so I'd rather not assume. How does yours do it?
    current_process|I was wondering if you could talk me through a normal month-end.
    current_process|Would you mind describing how the reconciliations get done now?
    current_process|I'd be interested to hear how the work flows from the ledger to the final report.
    close_days|We usually see closes of somewhere between four and twelve days. Where do you land?
    close_days|I was wondering how long it takes you to close a month.
    close_days|Would you mind telling me which working day the close usually finishes on?
    close_days|Roughly speaking, how many days pass before the month is locked?
    pains|Nobody calls us when things are going perfectly. What's not working?
    pains|I'd be interested to know what frustrates you most about the close.
    pains|Would you mind sharing what tends to go wrong at month-end?
    pains|If there were one thing about the close you could change tomorrow, what would it be?
    pains|What gets in the way of a smooth month-end for you?
    hours_manual|Manual matching is usually where the hours go. How many does it eat for you each month?
    hours_manual|I was wondering how much time the team spends keying and ticking by hand.
    hours_manual|Would you mind estimating the hours that go into manual work every month?
    success_metric|Let's say this works brilliantly. How would you measure that?
    success_metric|I'd be interested to know what good would look like for you in six months.
    success_metric|What result would you want to be able to show your boss?
    budget|Projects like this tend to come in around the cost of a part-time hire. Is there money earmarked?
    budget|I was wondering whether any budget has been set aside for this.
    budget|Would you mind giving me a ballpark of what you could spend?
    budget|What sort of figure did you have in mind for a fix?
    economic_buyer|In most companies your size the CFO holds the purse strings. Who is it for you?
    economic_buyer|I'd be interested to know who ultimately approves the spend.
    economic_buyer|Would you mind telling me whose signature goes on the order?
    go_live|Teams often want this running before year-end. What's your timeline?
    go_live|I was wondering when you'd ideally want to be up and running.
    go_live|Is there a date you're aiming to go live by?
    competitor|People usually look at two or three tools. Who else are you considering?
    competitor|I'd be interested to know whether you've spoken to any other providers.
    competitor|Would you mind saying which alternatives are on the table?
    decision_process|Every company buys a little differently. How will this one get decided?
    decision_process|I was wondering what steps a purchase like this goes through on your side.
    decision_maker|Would you mind telling me who else has a say in choosing a tool?
    decision_maker|Apart from you, who gets a vote on this?
    decision_criteria|Everyone weighs these things differently. What matters most when you compare options?
    decision_criteria|I'd be interested to know how you'll judge which solution is right.
    paper_process|Contracts sometimes sit with legal for weeks. What does your paperwork look like?
    paper_process|Would you mind walking me through what happens once you've said yes, contract-wise?
    champion|I was wondering who inside the company would back this with you.
    none|I hope the weather is kinder where you are than it is here.
    none|I really appreciate you taking the time today.
    none|Sorry, my connection dropped for a second there.
    none|I saw your company was in the news last week, congratulations.
    none|Did you have a good weekend?
    none|Thanks for the quick reply to my email.
    """
}
