/// A thirteenth set of discovery questions (`field|question`), written in the twenty-first round
/// before set twelve's misses were read: English as a second language ("Which software you are
/// using for the accounting?", "In how many days you finish the closing?") and a consultant's
/// openers ("Help me understand…", "Talk to me about…", "Give me a sense of…"). Held out: only
/// its totals are read.
enum DiscoveryQuestionSetEleven {
    static let text = """
    team_size|How many persons are working in your finance department?
    team_size|Help me understand who is on the team and how many of you there are.
    team_size|Give me a sense of the team size on the finance side.
    erp|Which software you are using for the accounting?
    erp|Talk to me about the system your ledger runs on.
    erp|What is the name of your accounting program?
    current_process|Can you explain me how you are doing the closing every month?
    current_process|Help me understand how a month-end actually unfolds for you.
    current_process|Talk to me about how the reconciliations happen today.
    close_days|In how many days you finish the closing?
    close_days|Give me a sense of how long the close runs, start to end.
    close_days|How much time it takes until the month is closed?
    pains|What is the biggest difficulty for you in the closing?
    pains|Help me understand what isn't working about month-end.
    pains|Talk to me about where the close hurts most.
    pains|Which things are making problems in your month-end?
    hours_manual|How many hours your team is spending for manual matching each month?
    hours_manual|Give me a sense of how much manual work goes into it every month, in hours.
    success_metric|What result you want to reach with a new tool?
    success_metric|Help me understand what success would look like for you.
    budget|How much money you have for this project?
    budget|Give me a sense of the budget you're working with.
    budget|Talk to me about how much you can invest in this.
    economic_buyer|Who is giving the final approval for the money?
    economic_buyer|Help me understand who signs off on the spend.
    go_live|Until when you need the solution working?
    go_live|Give me a sense of when you'd want to be live.
    competitor|Are you also speaking with other companies like us?
    competitor|Talk to me about the other options you're weighing.
    decision_process|How is the process for buying a software in your company?
    decision_process|Help me understand how a decision like this gets made.
    decision_maker|Who else is deciding together with you?
    decision_criteria|On what you will decide which tool is the best?
    paper_process|What is happening with the contract after you say yes, legal and so on?
    champion|Who in your company will support this project from inside?
    none|How is the weather by you today?
    none|I am happy to meet you finally.
    none|Sorry for being two minutes late.
    none|Talk to me about your weekend — anything fun?
    none|Give me one second, I'm just opening my notes.
    """
}
