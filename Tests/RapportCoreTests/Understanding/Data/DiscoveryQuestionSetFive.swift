/// A seventh set of discovery questions (`field|question`), written at the start of the twelfth
/// round, before the buyer was touched, in voices none of the other sets use (terse notes read
/// aloud, a non-native speaker, MEDDIC and gap-selling wording, typos). Held out: only its
/// totals are read. Its misses were read later in the twelfth round, so it is seen since.
enum DiscoveryQuestionSetFive {
    static let text = """
    team_size|how big is finance over there
    team_size|How many persons are working in your accounting department?
    team_size|What does the org chart look like on the finance side, roughly how many?
    team_size|Are you a team of three or thirty?
    erp|whats the general ledger sitting in
    erp|Which accounting package do you guys use?
    erp|Is it SAP, Oracle, something smaller?
    erp|What platform runs your financials today?
    current_process|Can you walk me thru the close step by step?
    current_process|How is the month-end done today, in practice?
    current_process|What's the current workflow from bank statements to final numbers?
    current_process|Paint me a picture of close week for your team.
    close_days|how long does month end take u
    close_days|How many working days until the numbers are locked?
    close_days|When do you normally finish closing, which business day?
    close_days|What's the close cycle time today?
    pains|What frustrates you most about how it works now?
    pains|What is the biggest challenge in your close?
    pains|Where does it hurt?
    pains|If one thing could change about your month-end, what would you pick?
    pains|What's not working today?
    hours_manual|How much time does your team lose to manual reconciliations?
    hours_manual|Roughly how many hours a month go into spreadsheets and matching?
    hours_manual|What's the manual effort, in person-hours?
    success_metric|What does good look like for you twelve months from now?
    success_metric|How will you measure whether this project succeeded?
    success_metric|What KPI are you being held to on this?
    budget|Has money been set aside for this?
    budget|What kind of budget are we talking about?
    budget|How much were you planning to spend?
    budget|Is this funded yet?
    economic_buyer|Who is the economic buyer here?
    economic_buyer|Who controls the purse strings for something like this?
    economic_buyer|At the end of the day, who approves the spend?
    go_live|By when does this need to be live?
    go_live|What's the timeline you're working to?
    go_live|Is there a target go-live date?
    competitor|What other vendors are in the mix?
    competitor|Who are we up against?
    competitor|Are you talking to anybody else about this?
    decision_process|What does your buying process look like from here?
    decision_process|What are the steps to get a contract approved at your company?
    decision_criteria|What will you judge the options on?
    decision_criteria|What matters most to you when choosing a solution?
    champion|Who internally is pushing hardest for this?
    paper_process|What does procurement need from us, security review, legal?
    decision_maker|Are you the one who makes the call on this?
    none|Thanks for making the time today.
    none|Where are you based, by the way?
    none|Sorry, I'm running two minutes late.
    """
}
