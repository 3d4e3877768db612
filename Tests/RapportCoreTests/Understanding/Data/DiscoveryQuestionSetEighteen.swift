/// An eighteenth set of discovery questions (`field|question`), written at the start of a round
/// before any change in it: a trainee typing chat-fast (lower case, abbreviations, typos), a
/// speaker of English as a second language ("How much people…", "Which software you are
/// using…"), a rep who muses instead of asking ("Curious how the close runs calendar-wise"),
/// and one who talks in idioms ("Where's the bottleneck?"). Held out: only its totals are read.
enum DiscoveryQuestionSetEighteen {
    static let text = """
    team_size|hw many ppl in ur finance team?
    team_size|How much people are working in the accounting department?
    team_size|Curious how big the crew is that gets the close done
    team_size|How many bodies have you got on the finance side?
    team_size|so its just u or r there others?
    erp|wht accounting sw r u on
    erp|Which software you are using for the bookkeeping?
    erp|Wondering what system the general ledger lives in these days
    erp|What's the beating heart of your finance stack?
    erp|qb? xero? something else?
    current_process|walk me thru month end?
    current_process|Please explain me how you make the closing of the month now.
    current_process|I'd love to hear how the close actually runs, step by step
    current_process|What does the sausage-making look like at month end?
    current_process|how do u do recs today
    close_days|how long does month end take u
    close_days|How many days you need for closing the books?
    close_days|Curious how long it is from month end until the numbers are final
    close_days|How long before the dust settles after month end?
    close_days|close = how many days rn?
    pains|whats the biggest headache?
    pains|What is the most difficult thing for you in the closing?
    pains|I'd be interested to hear what frustrates the team most about it
    pains|Where's the bottleneck?
    pains|wat keeps u up at nite around month end
    hours_manual|hrs per month on manual stuff?
    hours_manual|How many hours your team spends for the manual work each month?
    hours_manual|Curious how much time goes into copy-paste and ticking each month
    hours_manual|How many hours a month go down the drain on keying things in?
    hours_manual|roughly how much time on manual recs per month
    success_metric|what does good look like for u
    success_metric|How you will know the project is successful?
    success_metric|I'd like to understand what a win looks like from where you sit
    success_metric|If this hits it out of the park, what's different?
    success_metric|how wud u measure success
    budget|got budget for this?
    budget|How much money is available for this project?
    budget|Wondering whether there's a number you've got in mind for this
    budget|How deep are the pockets for something like this?
    budget|$ range ur thinking?
    economic_buyer|who holds the purse strings?
    economic_buyer|Who is the person who gives the final approval for the money?
    economic_buyer|Curious who ultimately signs the cheque on something like this
    economic_buyer|whos the final sign off on spend
    economic_buyer|At the end of the day, whose budget does this come out of?
    decision_maker|can u sign this off urself?
    decision_maker|You are able to decide this alone or you need other people?
    decision_maker|Wondering if this is your call to make or somebody else's
    decision_maker|Is the buck stopping with you on this one?
    go_live|when do u need it live by
    go_live|From when you want to start using the new system?
    go_live|Curious what timeframe you have in mind for getting this up and running
    go_live|When's the drop-dead date to be live?
    go_live|target go live?
    competitor|who else r u talking to
    competitor|Which other companies you are considering for this?
    competitor|I'd be curious who else is on the shortlist
    competitor|Who else is throwing their hat in the ring?
    competitor|looked at floqast or blackline?
    decision_criteria|how will u pick
    decision_criteria|What are the most important things for choosing the solution?
    decision_criteria|Curious what will tip the decision one way or the other
    decision_criteria|What are the must-haves versus the nice-to-haves?
    decision_process|whats the process to get to a yes
    decision_process|Which are the steps for taking the decision in your company?
    decision_process|I'd like to understand how a decision like this gets made over there
    decision_process|How does the sausage get made on a purchase like this?
    paper_process|legal / procurement involved?
    paper_process|After you decide, what is the process for the contract and the purchase order?
    paper_process|Curious what the paperwork side looks like once you say yes
    paper_process|Any red tape we should know about before a contract gets signed?
    champion|who internally is pushing for this
    champion|Who in your company is supporting this project the most?
    champion|Wondering who'd be our biggest fan on the inside
    champion|Who's going to carry the torch for this internally?
    none|hey how r u
    none|How was your weekend? You did something nice?
    none|Curious how you ended up in finance in the first place
    none|Did you catch the game last night?
    none|thx for making time today
    none|Nice to meet you finally, I hope you are doing well.
    none|Love the background, is that your office?
    none|sry im a few min late
    """
}
