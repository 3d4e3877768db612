/// A sixteenth set of discovery questions (`field|question`), written at the start of the
/// twenty-fifth round before any change in it: an insight-led rep who leads with what peers do
/// ("Teams your size usually carry three or four people on the close — is that you?"), a rep
/// typing terse lowercase lines on a call, and a formal consultative voice ("Might I ask…").
/// Held out: only its totals are read.
enum DiscoveryQuestionSetFourteen {
    static let text = """
    team_size|Teams your size usually carry three or four people on the close. Is that roughly you?
    team_size|headcount in finance?
    team_size|Might I ask how many colleagues share the month-end work with you?
    erp|Most mid-market firms we meet are somewhere between QuickBooks and NetSuite. Where are you?
    erp|what are you running for GL
    erp|Might I ask which accounting platform the business standardised on?
    current_process|Plenty of teams still tie everything out in spreadsheets at month-end. Walk me through what yours looks like.
    current_process|so how does close work today, roughly
    current_process|Could you describe the sequence of tasks your team follows when closing the books?
    close_days|The best teams we work with close in about four days. How far off that are you?
    close_days|days to close?
    close_days|May I ask how long the close typically takes from period end to final numbers?
    pains|When I talk to controllers, the thing that comes up most is chasing people for information. What's the sore point for you?
    pains|whats the worst bit of month end
    pains|Which aspects of the present close cause you the greatest concern?
    hours_manual|We usually find about a third of close time goes on manual matching. What's it like for your team?
    hours_manual|how many hrs a month on manual recs
    hours_manual|Could you estimate the hours spent each month on work done by hand?
    success_metric|Companies that switch usually set a target like closing two days faster. What would success look like for you?
    success_metric|what would a win look like
    success_metric|How would you define a successful outcome for this initiative?
    budget|Projects like this tend to run between twenty and fifty thousand a year. Is there money set aside?
    budget|budget?
    budget|Has a budget been earmarked for an initiative of this kind?
    go_live|Most finance teams like to switch over at a quarter end. When would you want to be up and running?
    go_live|target go-live?
    go_live|By what date would you hope to have a new solution in place?
    competitor|Most buyers look at two or three vendors before deciding. Who else are you speaking with?
    competitor|anyone else in the running
    competitor|Are you currently evaluating any alternative providers?
    economic_buyer|In most companies like yours the CFO holds the purse strings. Is that the case here?
    economic_buyer|who owns the budget
    economic_buyer|Which executive would ultimately authorise the expenditure?
    decision_maker|Often it's a joint call between finance and IT. Who has the final word in your case?
    decision_maker|ur call or someone elses?
    decision_maker|Would the final decision rest with you personally?
    decision_criteria|Buyers usually weigh price, ease of setup and support. What tops your list?
    decision_criteria|what matters most when you pick
    decision_criteria|Which criteria will carry the most weight in your evaluation?
    decision_process|Buying software usually goes through legal, IT and finance sign-off. What does that path look like for you?
    decision_process|how does buying work there
    decision_process|Could you outline the approval steps a purchase of this size goes through?
    champion|Changes like this usually need someone inside pushing for them. Who would that be for you?
    champion|who'd back this internally
    champion|Is there a colleague who would advocate for this project internally?
    paper_process|Contracts often sit with procurement for weeks. What happens on the paperwork side for you?
    paper_process|procurement involved?
    paper_process|What contractual or purchasing formalities would we need to go through?
    none|Did you catch the game last night?
    none|sorry about the delay joining
    none|Can you hear me all right?
    none|I hope the week's treating you well.
    none|Is it snowing where you are yet?
    none|Shall I share my screen now?
    """
}
