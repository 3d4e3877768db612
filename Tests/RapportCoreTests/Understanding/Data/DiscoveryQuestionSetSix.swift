/// An eighth set of discovery questions (`field|question`), written in the twelfth round before
/// set seven's misses were read, in voices none of the other sets use (tag questions, negative
/// questions, "quick one" openers, formal British, brisk American, Indian English, context
/// before the question). Held out until the sixteenth round, when its misses were read (seen).
enum DiscoveryQuestionSetSix {
    static let text = """
    team_size|Quick one — how many of you are in finance?
    team_size|You've got a fairly small team, haven't you?
    team_size|Kindly tell me the strength of your accounts team.
    team_size|We usually work with teams of five to fifty; where do you sit?
    erp|Quick one — what's your ERP?
    erp|You're on NetSuite or something similar, I'd guess?
    erp|Which accounting software is your company using currently?
    erp|Our customers run everything from Xero to SAP; what's yours?
    current_process|Could you describe, in broad strokes, how your month-end is handled?
    current_process|Kindly explain the current procedure for closing the books.
    current_process|Give me the play-by-play of a normal close.
    current_process|Most teams reconcile in spreadsheets first; how is it done on your side?
    close_days|Quick one — how long is your close?
    close_days|You're not closing in under a week, are you?
    close_days|In how many days are the books getting closed?
    close_days|The benchmark is about six days; how do you compare?
    pains|What keeps you up at night about the close?
    pains|What's the thing you'd most like to fix?
    pains|Kindly share the main problems you are facing in the close.
    pains|Everyone has a weak spot at month-end; what's yours?
    pains|What bugs you about how it's done today?
    hours_manual|How many man-hours go into reconciliation each month?
    hours_manual|You must lose a fair few hours to manual matching, don't you?
    hours_manual|What's the time cost of doing the reconciliations by hand?
    success_metric|How would you define a win here?
    success_metric|Twelve months on, what would tell you this was the right call?
    success_metric|What outcome are you ultimately after?
    budget|You haven't set a budget yet, have you?
    budget|What investment level are you comfortable with?
    budget|Kindly let me know the budget you have allotted for this.
    budget|Is there a number you need to stay under?
    economic_buyer|Who ultimately signs the purchase order?
    economic_buyer|Is it you who approves the spend, or someone above you?
    economic_buyer|Who would have to give the green light?
    go_live|When would you ideally like to be up and running?
    go_live|Is there a deadline you're working against?
    go_live|Kindly tell me by when you are planning to implement.
    competitor|You're probably talking to a few vendors, aren't you?
    competitor|Which other solutions have made your shortlist?
    competitor|Is anyone else pitching you on this?
    decision_process|What are the steps between a yes from you and a signed contract?
    decision_criteria|What will you weigh up when you compare options?
    champion|Apart from you, who's keen to see this fixed?
    paper_process|Does legal need to look at the paperwork?
    decision_maker|Is the final decision yours?
    none|Thanks for having me.
    none|Did you manage to grab lunch?
    none|Can you see my screen alright?
    none|How's the weather over there?
    none|Shall I send the slides after the call?
    """
}
