/// A fifteenth set of discovery questions (`field|question`), written in the twenty-fourth round
/// after its changes and measured once: questions after a short story ("A controller I know
/// closes with a giant checklist. How do you run yours?"), calibrated "how/what" questions, and
/// a rep for whom English is a second language ("Which software you use for the ledger?").
/// Held out: only its totals are read.
enum DiscoveryQuestionSetThirteen {
    static let text = """
    team_size|Last week a CFO told me she runs the whole close with two people. How many have you got?
    team_size|How big a crew do you have on the numbers side?
    team_size|How many persons are in the accounting team, please?
    erp|We see a lot of firms outgrowing Xero. What are you on right now?
    erp|Which software you use for the ledger?
    erp|How is your accounting system set up today, which product is it?
    current_process|A controller I know closes with a giant checklist in a shared drive. How do you run yours?
    current_process|How does the month-end actually happen, from the first day to the last?
    current_process|Can you explain me how your team does the closing each month?
    close_days|I've seen closes anywhere from three days to three weeks. Where does yours land?
    close_days|How long until the books are locked after the month ends?
    close_days|How many working days you need for finish the close?
    pains|A finance manager once told me intercompany was her personal nightmare. What's yours?
    pains|What's the part of month-end nobody wants to do?
    pains|What is making the close difficult for you?
    pains|How does it feel when month-end comes round?
    hours_manual|One client counted two hundred hours of matching a month before they changed. What would your number be?
    hours_manual|How much of the team's time disappears into manual work each month?
    hours_manual|How many hours per month the team spend for matching by hand?
    success_metric|A year from now, if this went well, what would be different?
    success_metric|How would you measure whether a new tool was worth it?
    success_metric|What result you want to see at the end of this project?
    budget|Most of our customers set aside something like a junior hire's salary for this. What have you got to work with?
    budget|How much are you prepared to invest in fixing the close?
    budget|There is money available for this kind of project?
    economic_buyer|In my experience the CFO usually holds the purse. Who signs the cheque at your place?
    economic_buyer|Whose budget would this come out of?
    economic_buyer|Who is giving the final approval for spend like this?
    decision_maker|Who's going to make the call on whether to go ahead?
    decision_maker|Is the decision yours, or someone else's?
    go_live|Some teams want it live before the audit, some before year end. What's your deadline?
    go_live|When does this need to be up and running?
    go_live|For when you need the new system working?
    competitor|A lot of people I speak to are also talking to FloQast. Who else are you speaking with?
    competitor|What other options are on the table?
    competitor|You are comparing with other vendors also?
    decision_criteria|When you compare tools, what matters most to you?
    decision_criteria|What will you judge the options on?
    decision_process|How does a purchase like this normally get approved, step by step?
    decision_process|What happens between you liking a tool and the company buying it?
    paper_process|Once the decision is made, what does the contract and purchase order side look like?
    paper_process|Does legal or procurement need to review anything before signing?
    champion|Who on your side would be most excited to see this fixed?
    champion|Is there someone internally who'd push for a project like this?
    none|How was the drive in this morning?
    none|Did you have a good weekend?
    none|Sorry, is now still a good time?
    none|Are you keeping well?
    none|How long have you been in finance, out of interest?
    """
}
