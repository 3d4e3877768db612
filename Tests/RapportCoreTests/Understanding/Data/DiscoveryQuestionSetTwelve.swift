/// A fourteenth set of discovery questions (`field|question`), written at the end of the
/// twenty-first round after its last change and measured once: questions asked through someone
/// else's eyes ("If I asked your auditors…", "What would your CFO say…") and questions stacked
/// with a follow-up ("…, and why is that?", "…, and has it always been that way?"). Held out:
/// only its totals are read.
enum DiscoveryQuestionSetTwelve {
    static let text = """
    team_size|If I walked into your finance office, how many people would I find there?
    team_size|How many of you work on the close, and has that number changed lately?
    erp|If I asked your IT team, which accounting system would they say you're on?
    erp|What does the team do its bookkeeping in, and has it always been that system?
    current_process|If I sat next to your team at month-end, what would I see them doing?
    current_process|How does the close work day to day, and who does which part?
    close_days|If your CFO were asked how long the close takes, what would they say?
    close_days|How many days does month-end take now, and is that getting better or worse?
    pains|What would your team say is the most painful part of the close?
    pains|What's the one thing about month-end that gets complained about most, and why?
    pains|If I asked your auditors where the problems are, what would they tell me?
    hours_manual|How many hours a month would your team say go into manual reconciling?
    hours_manual|How much time is spent matching by hand each month, and by whom?
    success_metric|What would your boss need to see to call this project a success?
    success_metric|How will you know it worked, and when would you check?
    budget|What would finance leadership be willing to spend on fixing this?
    budget|Is there budget already, and if so, roughly how much?
    economic_buyer|Whose approval would the spend need, and how do they usually decide?
    economic_buyer|If this went to the person who holds the budget, who would that be?
    go_live|By when would your CFO expect this to be running?
    go_live|When would you want to go live, and what's driving that date?
    competitor|If you weren't talking to us, who would you be talking to?
    competitor|What other options have you looked at, and what did you think?
    decision_process|What steps would a purchase like this go through, and how long do they take?
    decision_maker|Who else would want a say in choosing, and why them?
    decision_criteria|What would make one option stand out for your team over another?
    paper_process|Once everyone agrees, what would legal and procurement need from us?
    champion|Who on your side would fight for this if it got difficult?
    none|How was the trip back from the conference?
    none|I hear you've just moved offices, how's the new place?
    none|Sorry about the background noise, I'm at the airport.
    none|Did your team enjoy the summer party?
    """
}
