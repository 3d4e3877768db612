/// An eleventh set of discovery questions (`field|question`), written in the sixteenth round
/// before set ten's misses were read, in chat shorthand ("how many ppl in ur finance team?") and
/// the qualification checklist words an SDR uses. Held out (only its totals read) until the
/// twenty-first round; seen since.
enum DiscoveryQuestionSetNine {
    static let text = """
    team_size|how many ppl in ur finance team?
    team_size|What's the headcount on the accounting side?
    team_size|Who's on the team, and how many of you?
    team_size|Is finance a big department where you are?
    erp|which erp r u on
    erp|What do you use for accounting at the moment?
    erp|Tell me about your tech stack in finance.
    erp|What's the system of record for your financials?
    current_process|how do u do month end now
    current_process|Could you describe your current close workflow?
    current_process|What does the close process involve, day by day?
    current_process|Where do the spreadsheets come into your close?
    close_days|how many days does close take u
    close_days|What's a typical close for you — five days, ten?
    close_days|By which working day do the books get closed?
    close_days|How long from month-end until the numbers are final?
    pains|whats the biggest pain in the close
    pains|What would you fix first if you could?
    pains|What makes month-end stressful for the team?
    pains|What problems keep coming up in the close?
    pains|What's broken about the current process?
    hours_manual|how many hrs a month on manual recs
    hours_manual|How much time goes into matching by hand every month?
    hours_manual|Roughly how many hours of manual work is the close?
    success_metric|what does success look like for u
    success_metric|What outcome would make you call this a success?
    success_metric|What result are you aiming for?
    budget|is there budget for this
    budget|How much money is available for this project?
    budget|What price range are you thinking?
    budget|What's the spend you're comfortable with?
    economic_buyer|who signs off on budget
    economic_buyer|Who is the economic buyer here?
    economic_buyer|Who has final sign-off on the money?
    go_live|when do u need it by
    go_live|What's your ideal go-live date?
    go_live|When does this need to be working?
    competitor|r u looking at other tools
    competitor|What other options are you evaluating?
    competitor|Who else is in the running?
    decision_process|what's the buying process
    decision_process|What steps does your company take to approve a purchase?
    decision_criteria|how will u decide
    decision_criteria|What criteria will you use to choose?
    champion|who else wants this fixed
    paper_process|what does legal need to see
    paper_process|How does contract review work at your company?
    decision_maker|r u the decision maker
    decision_maker|Are you the person who decides on this?
    none|hi! thx for taking the call
    none|How's your day going?
    none|Sorry, my audio was cutting out.
    none|Lovely to meet you.
    none|Let me share my screen.
    none|Did you have a nice holiday?
    """
}
