/// A tenth set of discovery questions (`field|question`), written in the sixteenth round before
/// set nine's misses were read, in the plain voice of a first-year rep (short, direct, a few
/// "walk me through" and "what's the…" forms). Held out until its misses were read later in the
/// sixteenth round (seen).
enum DiscoveryQuestionSetEight {
    static let text = """
    team_size|So how big is the team that handles the close?
    team_size|Walk me through who's in finance — how many people?
    team_size|Are you a team of two or twenty?
    team_size|How many accountants do you have?
    erp|And the books — what software are they kept in?
    erp|What's your core finance system?
    erp|Are you on one of the big ERPs or something lighter?
    erp|Which ledger do you post into?
    current_process|What happens between the end of the month and the numbers going to the board?
    current_process|Tell me how you get from raw transactions to a closed month.
    current_process|What are the main steps in your close?
    current_process|How does reconciliation work for you right now?
    close_days|What day of the month are you usually closed by?
    close_days|How quickly can you close the books today?
    close_days|Is your close measured in days or weeks?
    close_days|How long did last month's close take?
    pains|What's slowing you down the most?
    pains|Which part of the close would you happily never do again?
    pains|What goes wrong most often?
    pains|What's the biggest challenge with the way you close today?
    pains|Where do the delays come from?
    hours_manual|How much manual effort goes into the reconciliations?
    hours_manual|How many hours does the team spend matching transactions?
    hours_manual|What does manual work cost you in time each month?
    success_metric|What would a great result look like a year from now?
    success_metric|How would you know it was money well spent?
    success_metric|Which metric matters most to you here?
    budget|Do you have a rough budget in mind?
    budget|How much are you prepared to invest?
    budget|What have you set aside for a tool like this?
    budget|Is funding already approved for this?
    economic_buyer|Who controls the budget for this?
    economic_buyer|Who would sign the contract in the end?
    economic_buyer|Which executive needs to approve this?
    go_live|How soon do you want to be live?
    go_live|When are you hoping to have this in place?
    go_live|What's the deadline for getting this done?
    competitor|Are you comparing us with anyone?
    competitor|Which other vendors are you speaking to?
    competitor|Have you had demos from anyone else?
    decision_process|What's the approval process for new software?
    decision_process|Walk me through how a decision like this gets made.
    decision_criteria|What will the winning vendor need to show you?
    decision_criteria|What are your must-haves?
    champion|Who else on your side wants this to happen?
    paper_process|How long does contracting usually take with legal involved?
    paper_process|Does this need to go through procurement?
    decision_maker|Is this your call to make?
    decision_maker|Will you be the one deciding?
    none|Thanks so much for joining.
    none|Busy day?
    none|Did the invite come through okay?
    none|Are you working from home today?
    none|Shall we get started?
    none|I'll keep this to thirty minutes.
    """
}
