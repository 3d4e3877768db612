/// Discovery questions a trainee might ask, each with the fact of the default playbook's
/// personas it asks about (`field|question`; `none` when it asks about no fact). The tuning
/// part may shape the practice buyer's reading; the validation part never does.
enum DiscoveryQuestionSets {
    static let tuning = """
    team_size|How big is your finance team?
    team_size|How many people work on the close?
    team_size|Who's on the team that runs month-end?
    erp|What accounting system are you on?
    erp|Which ERP do you use?
    erp|What software do the books live in?
    current_process|Can you walk me through how your close works today?
    current_process|What does month-end look like for you, step by step?
    current_process|How do you handle the close at the moment?
    close_days|How long does the close take?
    close_days|How many days until the books are closed?
    close_days|When do you usually finish the close each month?
    pains|What's the hardest part of the close?
    pains|What frustrates you most about month-end?
    pains|Where does it tend to go wrong?
    pains|What keeps you up at night during close week?
    hours_manual|How much time goes into reconciling by hand?
    hours_manual|How many hours a month does matching take?
    success_metric|What would success look like for you?
    success_metric|If this went perfectly, what would be different a year from now?
    success_metric|How would you measure whether a new tool worked?
    budget|Do you have a budget set aside for this?
    budget|What are you able to invest in fixing this?
    budget|Is there money allocated for finance tools this year?
    economic_buyer|Who else would be involved in the decision?
    economic_buyer|Who signs off on a purchase like this?
    economic_buyer|Who has the final say?
    go_live|When would you want something in place?
    go_live|What's your timeline for this?
    go_live|Is there a deadline driving this?
    competitor|Are you looking at any other options?
    competitor|Have you spoken to other vendors?
    competitor|What alternatives have you considered?
    none|How was your weekend?
    none|Did you catch the game last night?
    """

    /// A first held-out set: its misses were seen while the playbook's example questions were
    /// written, so it is reported but no longer held out.
    static let seen = """
    team_size|Tell me about your role and your team?
    team_size|How many accountants do you have?
    team_size|What's the headcount in finance?
    team_size|Who does the reconciliations day to day?
    erp|What tools does the team rely on day to day?
    erp|What are you running for your general ledger?
    erp|Is everything in NetSuite or something else?
    current_process|Talk me through a typical month-end.
    current_process|What are the main steps from first day to sign-off?
    current_process|What's your current process for reconciliations?
    close_days|How quickly can you close the books?
    close_days|How long from month end until you report?
    close_days|Is the close on time most months?
    pains|What can you tell me about your current situation?
    pains|What concerns you most?
    pains|If you could wave a magic wand and fix one thing, what would it be?
    pains|What's not working as well as you'd like?
    pains|What prompted you to take this call?
    hours_manual|How much effort goes into matching transactions?
    hours_manual|Roughly how much of the team's time is manual work?
    success_metric|What would a great outcome look like?
    success_metric|If we could cut that in half what would it mean for you?
    success_metric|What goals have you set for the finance team this year?
    budget|What range are you working with?
    budget|How much have you set aside?
    budget|What kind of investment were you expecting?
    economic_buyer|Who else is involved in a decision like this?
    economic_buyer|How do purchases like this get approved?
    economic_buyer|Besides you, who needs to be comfortable with it?
    go_live|Why now?
    go_live|By when does this need to be solved?
    go_live|When are you hoping to have this running?
    competitor|Who else is on your shortlist?
    competitor|What else have you looked at?
    competitor|Have you tried any other tools for this?
    none|How long have you been with the company?
    none|Where are you based?
    """

    /// A second held-out set: measured once (53 of 99 right, 17 wrong) before more example
    /// questions were written, so it counts as seen now.
    static let seenAgain = """
    team_size|So who's in the finance department with you?
    team_size|Roughly how many folks touch the month-end?
    team_size|Is it just you or do you have people under you?
    erp|What's the main finance system?
    erp|What do you keep the accounts in?
    erp|Are you on an ERP or mostly spreadsheets?
    current_process|Could you describe what happens at month end?
    current_process|How does the close actually get done?
    current_process|Run me through your reconciliation routine.
    close_days|How many days does it take you to get the books closed?
    close_days|What's a normal close length for you?
    close_days|When do you typically wrap up month-end?
    pains|What's the part of month-end you dread?
    pains|Where are the biggest problems right now?
    pains|What's the one thing that drives you mad about the close?
    pains|What challenges are you facing with the close?
    hours_manual|How many hours does the team lose to manual reconciliations?
    hours_manual|How much time is wasted doing it by hand?
    success_metric|Six months from now, what would make you say this was worth it?
    success_metric|What result would make this a success for you?
    success_metric|What are you hoping to get out of a new tool?
    budget|Have you got a figure in mind for this?
    budget|How much could you put towards solving it?
    budget|What's the spend you'd be comfortable with?
    economic_buyer|Who would sign this off?
    economic_buyer|Who else would weigh in on a decision like this?
    economic_buyer|Whose approval do you need?
    go_live|When do you need to have it sorted?
    go_live|How soon would you want to be up and running?
    go_live|What's your deadline for a fix?
    competitor|Are there other vendors in the running?
    competitor|Who else are you evaluating?
    competitor|Have you been talking to our competitors?
    none|Nice weather today, isn't it?
    none|How's your day going?
    """

    /// Written after the second round of example questions, never used to change anything.
    static let validation = """
    team_size|And how many are in your team now?
    team_size|Who works alongside you on the numbers?
    team_size|How many heads does finance have?
    erp|What are your books kept in these days?
    erp|Which platform holds the ledger?
    erp|Tell me about the systems you use.
    current_process|What does the close involve, step by step?
    current_process|How do you pull the month together?
    current_process|Walk me through what the team does after month end.
    close_days|How many days does it take to get to a closed month?
    close_days|When are you typically done with the books?
    close_days|How long is a typical close for you?
    pains|What keeps going wrong at month end?
    pains|What would you most like to change about it?
    pains|Where do you lose the most time or sleep?
    pains|What's the biggest frustration for you personally?
    hours_manual|How much of the month goes on manual matching?
    hours_manual|Roughly how many hours does reconciling take you all?
    success_metric|What would you call a successful outcome here?
    success_metric|How would you know, a year on, that it had worked?
    success_metric|What are you hoping changes for the team?
    budget|Is there money earmarked for this?
    budget|Roughly what sort of investment are you thinking about?
    budget|What kind of budget are we talking about?
    economic_buyer|Who would ultimately sign the order?
    economic_buyer|Besides yourself, who decides on a purchase like this?
    economic_buyer|Who do we need on board for a yes?
    go_live|When would you want the new way of working in place?
    go_live|What sort of timeframe do you have in mind?
    go_live|Is there a date driving this?
    competitor|Are you speaking with any other suppliers?
    competitor|What other products have you come across?
    competitor|Is anyone else in the frame?
    none|Did you have a good weekend?
    none|How's the weather over there?
    """

    /// A fourth set, written at the start of the eighth round before the buyer was touched and
    /// never used to change it: longer and embedded questions, several sales methods, and the
    /// facts only the bargaining persona has.
    static let validationTwo = """
    team_size|Just so I picture it, how many people report into you on the finance side?
    team_size|Is it a big team or is it mostly you?
    team_size|What does the finance org look like headcount-wise?
    erp|What are you using for accounting at the moment, if you don't mind me asking?
    erp|Where does your general ledger sit?
    erp|Which finance software is the team working in every day?
    current_process|Talk me through what happens once the month is over.
    current_process|How is month-end organised on your side today?
    current_process|What are the main steps your people go through to close?
    close_days|From the last day of the month, how long until you can report the numbers?
    close_days|How quickly do you get the books closed?
    close_days|What's the turnaround on a close right now?
    pains|What bugs you the most about the way it works now?
    pains|Which bit of the process would you happily never do again?
    pains|Where are the bottlenecks?
    pains|What's not working as well as you'd like?
    hours_manual|How much effort goes into the reconciliations each month?
    hours_manual|How many hours does the team sink into matching transactions?
    success_metric|If we fast forward twelve months and this has worked, what does that look like?
    success_metric|What result would make this a win for you?
    success_metric|What would you want to be able to tell your boss in a year?
    budget|Have you set aside any funds for this project?
    budget|What price range did you have in mind?
    budget|How much were you planning to spend?
    economic_buyer|Who holds the purse strings for something like this?
    economic_buyer|Whose signature would be needed on the contract?
    economic_buyer|Who would have the final word on the purchase?
    go_live|When do you need this up and running by?
    go_live|How soon are you hoping to make a change?
    go_live|Is there an event coming up that this needs to be done before?
    competitor|Who else are you evaluating?
    competitor|Have you had demos from anyone else?
    competitor|Are there other tools on your list?
    decision_process|What does your buying process look like for new software?
    decision_process|Once you've picked something, what are the steps to get it approved?
    paper_process|Does procurement or legal need to review the contract?
    paper_process|How long does it usually take to get a contract signed on your side?
    champion|Who internally would be pushing for this alongside you?
    decision_criteria|How will you choose between the options?
    decision_criteria|What matters most to you when you compare vendors?
    none|Did you have a nice holiday?
    none|Thanks for your time, I really appreciate it.
    none|Are you based in the city?
    """

    /// The fifth set, written before the ninth round in voices from several methods (SPIN,
    /// MEDDIC, Sandler, Challenger, plain and terse); held out: only its totals are read.
    static let validationThree = """
    team_size|So how many folks are on your side of the house?
    team_size|Is it just you doing the accounting, or do you have a team?
    team_size|How big is the group that handles the books?
    team_size|What's the size of your accounting team these days?
    erp|Which package do you do your accounting in?
    erp|Are you on QuickBooks, Xero, something bigger?
    erp|What platform runs your financials?
    erp|Tell me about the systems you're using.
    current_process|Take me through what happens after the month ends.
    current_process|How are reconciliations done today, roughly?
    current_process|Can you describe the way the team closes out a month?
    current_process|What does the process look like from day one of the close?
    close_days|How many days after month-end are the books final?
    close_days|Roughly how long is your month-end close?
    close_days|How long does it take you to close out a month?
    close_days|By what working day do you usually have the numbers?
    pains|What's the biggest headache in all this?
    pains|Where does month-end hurt the most?
    pains|What's the one thing you'd fix tomorrow if you could?
    pains|What gets in the way of a clean close?
    hours_manual|How much of the month goes on manual reconciliation?
    hours_manual|How many hours does your team burn on matching by hand?
    hours_manual|What does the manual work add up to in time?
    success_metric|How would you know in six months that this was the right call?
    success_metric|What does a win look like for you here?
    success_metric|What result would make this worth doing?
    budget|Have you set aside any money for this kind of project?
    budget|What sort of investment were you thinking about?
    budget|Is there budget earmarked for this?
    budget|What price range would you be comfortable with?
    economic_buyer|Who would ultimately sign the cheque?
    economic_buyer|Apart from you, who has a say in this?
    economic_buyer|Whose approval do we need?
    decision_maker|Is this your call to make?
    decision_maker|Would you be the one approving it?
    go_live|When do you want to be up and running?
    go_live|By when does this need to be solved?
    go_live|Is there a particular date you're aiming for?
    competitor|Who else are you evaluating?
    competitor|Have you looked at any other tools for this?
    competitor|Are other suppliers in the running?
    decision_criteria|What will make you pick one vendor over another?
    decision_criteria|Which criteria matter most to you in choosing?
    decision_process|Once you like a product, how does a purchase get made?
    decision_process|Walk me through how you'd go about buying this.
    paper_process|Does legal need to review the contract?
    paper_process|What paperwork does procurement need from a new supplier?
    champion|Who on your team would own this day to day?
    champion|Who internally would push for this?
    none|How's your week been so far?
    none|Did you catch the game last night?
    none|Lovely weather today, isn't it?
    """

    /// Written in the eleventh round to tune on (seen: its wrong answers were read).
    static let tuningTwo = """
    team_size|How many folks are in your finance group?
    team_size|What's the size of the accounting team?
    team_size|Roughly how many staff handle the books?
    team_size|How many of you are there in finance?
    erp|What's your general ledger sitting on?
    erp|Which package do you do the accounts in?
    erp|What software are the books kept in?
    erp|What system do your accountants work in all day?
    erp|Is it NetSuite you're using, or something else?
    current_process|How does month-end actually work for you today?
    current_process|What are the main steps from day one to sign-off?
    current_process|Can you describe what the team does at the close?
    current_process|How do you get from raw transactions to closed books?
    close_days|How long until the books are locked each month?
    close_days|How many working days is the close right now?
    close_days|When in the month do you usually finish closing?
    pains|What drives you mad about the close?
    pains|What's the biggest problem with month-end?
    pains|What would you most like to change about the close?
    pains|Where does the process break down?
    pains|What's the most painful part?
    hours_manual|How much time does the team lose to manual reconciliations?
    hours_manual|How many hours a month go on matching transactions by hand?
    success_metric|What does a great outcome look like for you?
    success_metric|How will you judge whether this was a success?
    success_metric|What would you want to see improve in the first year?
    budget|What budget have you got to work with?
    budget|How much are you looking to spend on this?
    budget|Has money been set aside for a tool like this?
    budget|What would you expect to invest?
    economic_buyer|Who signs off on spend like this?
    economic_buyer|Who else is involved in the decision?
    economic_buyer|Who ultimately approves the purchase?
    go_live|When do you want to be up and running?
    go_live|What's your timeline for this?
    go_live|By when does this need to be in place?
    competitor|Are you evaluating anyone else?
    competitor|Who else is in the running?
    competitor|What other vendors have you spoken to?
    none|How are you doing today?
    none|Thanks for your time, is this still okay?
    """
    /// Tuning, written in the twelfth round in the forms held-out set eight uses (tag and
    /// negative questions, "just quickly —" openers, formal requests, context before the
    /// question) but in other sentences; read line by line.
    static let tuningThree = """
    team_size|Just quickly — how big is the finance team?
    team_size|You're a team of, what, ten or so?
    team_size|Please tell me the number of people in your accounts department.
    team_size|Some of our clients have two accountants and some have forty; how many do you have?
    erp|Just quickly — which ERP are you on?
    erp|You use QuickBooks or similar, right?
    erp|Which software package is your company using for accounts?
    erp|A lot of teams we meet are on Sage; what do you run?
    current_process|Could you outline, roughly, how the month-end works?
    current_process|Please explain how the closing of accounts is done currently.
    current_process|Give me a step-by-step of your month-end.
    current_process|Plenty of teams still tick and tie in Excel; how do you handle it?
    close_days|Just quickly — how many days to close?
    close_days|You're not done within five days, I take it?
    close_days|In how many working days are you finishing the close?
    close_days|Good teams close in about five days; where are you?
    pains|What gives you the biggest headache at month-end?
    pains|What would you most like to be different?
    pains|Please share the main issues you are having with month-end.
    pains|Every close has a bottleneck; where's yours?
    pains|What annoys you about the current process?
    hours_manual|How many hours of manual work go into the recs each month?
    hours_manual|That must eat up a lot of hours, doesn't it?
    hours_manual|What does the manual matching cost you in hours?
    success_metric|What would success look like for you?
    success_metric|A year from now, how will you know it worked?
    success_metric|What result are you really aiming for?
    budget|There's no budget for this yet, is there?
    budget|What level of spend would feel comfortable?
    budget|Please let me know what budget has been allocated.
    budget|Is there a ceiling on what you can spend?
    economic_buyer|Who ultimately approves the contract?
    economic_buyer|Do you sign it off yourself, or does it go higher?
    economic_buyer|Whose sign-off would we need?
    go_live|When would you want this live, ideally?
    go_live|Is there a date you're racing against?
    go_live|Please tell me your target date for implementation.
    competitor|You're probably looking at other options too, aren't you?
    competitor|Which other vendors are you considering?
    competitor|Is anyone else talking to you about this?
    """

    /// Tuning set four, written in the twenty-first round to tune on (read line by line): the
    /// two voices of held-out set twelve in other sentences — a sentence of context before the
    /// question, and questions put indirectly ("I'm curious…", "Could I ask…", "It would help
    /// me to know…", "I wonder…") with no question mark.
    static let tuningFour = """
    team_size|Some of our customers run the whole close with two people. What does your team look like in numbers?
    team_size|I'm curious how many people you have in finance.
    team_size|It would help me to know the size of the team doing month-end.
    erp|Integration is usually the first worry. Which ledger would we be connecting to?
    erp|I wonder which accounting system you've standardised on.
    erp|Could I ask what your books are kept in.
    current_process|No two closes look alike. Can you describe yours?
    current_process|I'm curious how the team gets from raw transactions to a closed month.
    current_process|It would help me to understand the steps your close goes through.
    close_days|The benchmark for a company your size is around six days. How does yours compare?
    close_days|I wonder how many working days your close runs to.
    close_days|Could I ask how soon after month-end the books are final.
    pains|People rarely look at tools like ours when all is well. What's prompting it?
    pains|I'm curious what the hardest part of month-end is for you.
    pains|It would help me to hear what goes wrong most often.
    pains|I wonder what you'd change first about the close.
    hours_manual|Reconciling by hand is where most of the time disappears. How many hours does it take each month?
    hours_manual|I'm curious how much manual effort goes into the close each month.
    success_metric|Imagine it's a year from now and this went well. What changed?
    success_metric|It would help me to know how you'll measure success.
    budget|Most teams fund this from the finance systems line. Has anything been allocated?
    budget|I'm curious what sort of investment you had in mind.
    budget|Could I ask whether there's budget for this year.
    economic_buyer|Spend above a certain level usually goes upstairs. Who approves it for you?
    economic_buyer|I wonder who has the final word on the money.
    go_live|Year-end is a common deadline. When do you want this working?
    go_live|It would help me to know your target date for going live.
    competitor|Most buyers compare a few options. Which others are you looking at?
    competitor|I'm curious whether other vendors are in the running.
    decision_process|Approvals differ a lot between companies. How does yours work for a purchase like this?
    decision_maker|I wonder who else needs to agree before you buy.
    decision_criteria|Could I ask what you'll base the choice on.
    paper_process|Legal reviews can take a while. What does contracting involve on your side?
    champion|It would help me to know who inside would champion this.
    none|I'm curious, is it as cold there as it is here?
    none|Thanks again for fitting me in this week.
    none|It would help me to know if you can hear me all right.
    """

    /// Tuning set five, written in the twenty-first round to tune on (read line by line): the
    /// voices of held-out set thirteen in other sentences — English as a second language and a
    /// consultant's openers ("Help me understand…", "Talk to me about…", "Give me a sense of…").
    static let tuningFive = """
    team_size|How many peoples you have in the accounting?
    team_size|Talk to me about the people doing the close, how many are they?
    team_size|Give me a sense of how big the finance team is.
    erp|What accounting system is your company using now?
    erp|Help me understand which ERP you have.
    erp|With which program you make the bookkeeping?
    current_process|Please explain me the steps of your month closing.
    current_process|Give me a sense of how the close gets done today.
    current_process|Talk to me about your month-end routine.
    close_days|How many days is needing your team for the closing?
    close_days|Help me understand how long the close takes you.
    close_days|After how many days the month is closed?
    pains|What is the main problem you have with the closing?
    pains|Give me a sense of what makes month-end hard.
    pains|Talk to me about what's going wrong in the close.
    hours_manual|How much hours you lose with manual work in one month?
    hours_manual|Help me understand how many hours go into matching by hand.
    success_metric|What you would like to achieve with a better process?
    success_metric|Give me a sense of what a good result looks like.
    budget|Which budget you have foreseen for this?
    budget|Help me understand what you could spend on this.
    economic_buyer|Who is making the final decision about the money?
    economic_buyer|Talk to me about who approves a purchase like this.
    go_live|From when you want to use a new system?
    go_live|Give me a sense of your timeline for going live.
    competitor|You are also looking to other solutions?
    competitor|Help me understand who else you're evaluating.
    decision_process|Which steps are necessary in your company to buy a software?
    decision_maker|Who is also involved in the decision?
    decision_criteria|What is important for you when you choose the tool?
    paper_process|How long is taking your legal department for a contract?
    champion|Who will push this project inside your company?
    none|I am very glad that we could find a time.
    none|Talk to me about your holiday plans, going anywhere nice?
    none|Give me a moment, my screen froze.
    """

    /// Tuning set six, written in the twenty-first round to tune on (read line by line): the
    /// voices of held-out set fourteen in other sentences — asked through someone else's eyes,
    /// and stacked with a follow-up.
    static let tuningSix = """
    team_size|If your CEO described the finance team, how many heads would they count?
    team_size|How big is the team, and is anyone new?
    erp|If a new hire asked which system to log into for the books, what would you tell them?
    erp|Which ERP are you on, and how long have you had it?
    current_process|If a new starter shadowed the close, what would they see happen first?
    current_process|How do you get the month closed, and who owns each step?
    close_days|What would your controller say the close takes, in days?
    close_days|How long is the close, and how long would you like it to be?
    pains|If I asked the team what they hate about month-end, what would they say?
    pains|What goes wrong most at month-end, and how often?
    pains|What would your auditors complain about if I asked them?
    hours_manual|How many hours would the team say they spend ticking and matching each month?
    hours_manual|How much manual work is there each month, and who does it?
    success_metric|What would your CFO need to see to call this a win?
    success_metric|What does success look like, and how would you measure it?
    budget|What would the board be prepared to invest here?
    budget|Have you set money aside, and roughly how much?
    economic_buyer|Who would need to approve the spend, and what would they want to see?
    go_live|When would the board expect it to be working?
    go_live|When do you want to be live, and why then?
    competitor|Who else would you call if we weren't in the picture?
    competitor|Which other vendors have you spoken to, and how did that go?
    decision_process|How would a purchase like this get approved, and how long would it take?
    decision_maker|Who else would weigh in on the choice, and what do they care about?
    decision_criteria|What would your team say matters most when choosing a tool?
    paper_process|After a yes, what would procurement and legal ask of us?
    champion|Who would keep this moving internally if things got busy?
    none|How did the board meeting go last week?
    none|I heard you were on holiday, anywhere nice?
    """

    /// Tuning set seven, written in the twenty-fourth round to tune on (read line by line): the
    /// voices of held-out set fifteen in other sentences — a story first, calibrated questions,
    /// English as a second language.
    static let tuningSeven = """
    team_size|I was with a retailer yesterday whose finance team is just three people. What does yours look like in numbers?
    team_size|How many colleagues you have in finance?
    team_size|What's the headcount on the close?
    erp|Half the teams I meet are still on Sage 50. What runs your books?
    erp|What system the company is using for accounting?
    erp|What are the numbers kept in at the moment?
    current_process|One team I worked with did everything on paper until last year. What does your close look like step by step?
    current_process|How you are doing the reconciliations today?
    current_process|Talk me through what happens on day one of month-end.
    close_days|A logistics firm I know takes fifteen days to close. What about you?
    close_days|How quick is your close usually?
    close_days|When the month is finished, after how many days the books are closed?
    pains|An FD told me the accruals keep her up at night. What's the thing that gets to you?
    pains|What goes wrong most often at month-end?
    pains|Which problem you have most in the closing?
    pains|How do the team feel about month-end?
    hours_manual|I met a team spending a full week of hours on spreadsheets. How much time goes on yours?
    hours_manual|How much hours the manual work takes every month?
    hours_manual|What does the manual matching cost you in hours?
    success_metric|Imagine it's a year from now and this worked. What changed?
    success_metric|What would make you say this was a good investment?
    success_metric|Which result is important for you to see?
    budget|Some of our clients pay for it out of the audit savings. How are you thinking about funding this?
    budget|How much money is there for this project?
    budget|What kind of investment were you expecting to make?
    economic_buyer|Usually the finance director has the final signature. Is that the same with you?
    economic_buyer|Who controls the money for something like this?
    economic_buyer|Who must approve the budget for this?
    decision_maker|Who gets the final say on which tool you choose?
    decision_maker|Are you the person who decides, or is it somebody else?
    go_live|Some clients need it live for the new financial year. When do you need it?
    go_live|What is your timing for start to use the new tool?
    go_live|By when should this be working?
    competitor|Most people look at two or three tools before deciding. What else are you looking at?
    competitor|Which other suppliers you are talking with?
    competitor|Have you spoken to anyone else about this problem?
    decision_criteria|How will you choose between the options?
    decision_criteria|What are the most important things the tool must do for you?
    decision_process|What are the steps to buy software in your company?
    decision_process|After a demo, what happens next internally?
    paper_process|What paperwork is needed before you can sign?
    paper_process|How does the contract get reviewed on your side?
    champion|Who else inside the company would want this to happen?
    champion|Who would help you convince the others?
    none|Busy week so far?
    none|How are things with you today?
    none|Is this still a good moment to talk?
    none|Where are you calling from today?
    """
    /// Tuning set eight, written in the twenty-sixth round in the voices of set sixteen (an
    /// insight-led rep who leads with what peers do, terse lowercase lines typed on a call, a
    /// formal consultative voice) but other questions, and read line by line.
    static let tuningEight = """
    team_size|most finance teams your size run lean, four or five people. how many are you?
    team_size|headcount in finance?
    team_size|Might I ask how many colleagues support you in the finance function?
    erp|A lot of companies we speak to are moving off Sage this year. Which platform are you on?
    erp|erp?
    erp|Could you tell me which accounting system underpins your reporting?
    current_process|Peers of yours tend to reconcile in spreadsheets first. How does your team go about it?
    current_process|walk me thru month end
    current_process|Would you be so kind as to describe your current closing procedure?
    close_days|The best teams we work with close in four days. How long does yours take?
    close_days|close length?
    close_days|How many working days would a typical close require?
    pains|What we hear most is that reconciliations drag. What's the hardest part for you?
    pains|biggest headache?
    pains|Which aspects of the current process give you the greatest concern?
    hours_manual|Teams like yours lose about a week a month to manual matching. How much time goes into it for you?
    hours_manual|hrs per month on manual recs?
    hours_manual|Approximately how many hours are spent on manual reconciliation each month?
    budget|Most companies fund this from the finance tools budget. Is there money set aside?
    budget|budget?
    budget|Has a budget been allocated for an initiative of this nature?
    economic_buyer|Usually the CFO signs off on this kind of spend. Who would it be in your case?
    economic_buyer|who signs?
    economic_buyer|Who would ultimately authorise the expenditure?
    go_live|Teams usually want to be live before year end. When would you need this running?
    go_live|target go live?
    go_live|By what date would you require the solution to be operational?
    competitor|Most people look at two or three tools. Who else are you talking to?
    competitor|other vendors?
    competitor|Are you currently evaluating any alternative providers?
    success_metric|The teams that get the most out of this measure days to close. What would success look like for you?
    success_metric|what does good look like?
    success_metric|How would you measure the success of such a project?
    decision_process|Normally there's a demo, a trial and then a business case. What would the steps be on your side?
    decision_process|next steps internally?
    decision_process|Could you outline the process by which a decision would be reached?
    champion|Usually someone in finance drives a project like this. Who would that be here?
    champion|who'd champion it?
    champion|Is there an individual who would advocate for this internally?
    paper_process|Procurement often adds a few weeks at the end. What does contracting look like for you?
    paper_process|legal review?
    paper_process|What does your procurement and contracting process involve?
    none|Lots of people I speak to are off this week. Are you around next week too?
    none|hows your week going
    none|I trust you had a pleasant weekend?
    """
    /// Tuning set nine, written in the voices of the seventeenth set (a guess offered to be
    /// corrected, a question put through someone else, the reverse of what is meant) but other
    /// questions, and read line by line.
    static let tuningNine = """
    team_size|I'd guess you've got three, maybe four people on the books. Close?
    team_size|If I asked HR how many people sit in finance, what would they tell me?
    team_size|You're not running the whole thing on your own, are you?
    erp|My guess is NetSuite, given your size. Right or wrong?
    erp|If your auditors asked which system holds the ledger, what would you tell them?
    erp|I assume you're not on anything as heavy as SAP?
    close_days|I'd guess month end takes you around ten working days. Am I close?
    close_days|If your board asked how long after month end they get the numbers, what would you say?
    close_days|I suppose the books are closed within a day or two?
    current_process|My guess is it's a lot of exporting and pasting. How does it really work?
    current_process|If I sat next to you during month end, what would I watch you doing?
    current_process|I imagine it's all nicely automated already?
    pains|My hunch is intercompany is what slows things down. Or is it something else?
    pains|If I asked your accountants what drives them mad, what would they say?
    pains|I'm guessing there's nothing about the close you'd change?
    hours_manual|I'd guess somebody spends days every month ticking things off. How many hours is it?
    hours_manual|If you totted up the hours your team spends re-keying, what would the number be?
    hours_manual|I assume almost nothing is done by hand any more?
    success_metric|Imagine it's a year from now and this went well. What has changed?
    success_metric|If your boss had to decide whether this paid off, what would she measure?
    success_metric|I'm guessing it's really just about closing faster?
    competitor|I imagine you've had other vendors calling. Who have you spoken to?
    competitor|If we weren't in the picture, what would you do about it?
    competitor|I take it nobody else is in the running?
    budget|My guess is there's no money earmarked yet. Fair?
    budget|If your CFO asked what you'd spend on this, what figure would you put down?
    budget|I assume cost isn't really a concern for you?
    decision_maker|I'm guessing you can make this call yourself?
    decision_maker|If you liked what you saw, could you just sign it off?
    decision_maker|Someone above you would have to say yes, I assume?
    economic_buyer|My hunch is the FD would have to sign. Am I right?
    economic_buyer|If an invoice for this came in, who would have to approve it?
    economic_buyer|I suppose nobody else needs to put their name to it?
    go_live|I'd guess you'd want it running before the audit. Is that the idea?
    go_live|If it all went to plan, when would your team start using it?
    go_live|I take it there's no deadline on this?
    decision_criteria|I'd guess integration matters more than anything to you. True?
    decision_criteria|If you had to rank vendors, what would you rank them on?
    decision_criteria|I suppose price is the only thing that counts?
    decision_process|My guess is you'd want a pilot, then a proposal, then approval. Is that the order?
    decision_process|If you wanted to go ahead, what would the next few steps be on your side?
    decision_process|I assume there isn't a set way you buy new tools?
    paper_process|I'd imagine procurement would want to review the contract. How does that work?
    paper_process|If we sent our terms across, who would look at them and how long would it take?
    paper_process|I take it legal won't need to see anything?
    champion|My hunch is there's someone on the team who'd love this. Who is it?
    champion|If this needed someone to push it internally, who would that be?
    champion|I suppose no one's going to stick their neck out for this?
    none|I saw on LinkedIn you've been hiring in the finance team.
    none|Our customers usually see results in the first month.
    none|I'll follow up with a summary by email.
    none|Sorry, my line's a bit crackly today.
    none|We support multi-entity consolidation as standard.
    none|I appreciate you making time for this.
    """

    /// Tuning set ten: set eighteen's voices (chat-fast typing, English as a second language,
    /// musing instead of asking, idioms) in other questions; read line by line.
    static let tuningTen = """
    team_size|how big is ur team
    team_size|How many persons are in your team for finance?
    team_size|Curious how many people touch the close
    team_size|How many hands on deck at month end?
    team_size|team size?
    erp|what erp r u using
    erp|Which system you have for the accounting?
    erp|Wondering what you run the books on
    erp|What's the engine under the hood on the finance side?
    erp|netsuite or sth else?
    current_process|how does month end work today
    current_process|Can you explain me your process for closing?
    current_process|I'd love to understand how the reconciliations get done today
    current_process|What's the recipe for a close over there?
    current_process|whats ur process for the close
    close_days|how many days to close
    close_days|How long it takes to close one month?
    close_days|Curious how many working days the close eats up
    close_days|How long does the month-end marathon last?
    close_days|days to close?
    pains|what bugs u most about the close
    pains|What is the biggest problem you have with the month end?
    pains|I'd be keen to hear what the team grumbles about most
    pains|Where does it hurt?
    pains|any pain points?
    hours_manual|how many hrs of manual work a month
    hours_manual|How much hours per month are going for manual tasks?
    hours_manual|Curious how many hours the team loses to re-keying
    hours_manual|How many hours a month get eaten by grunt work?
    hours_manual|manual hrs/month?
    success_metric|what would success be
    success_metric|What result you want to see after one year?
    success_metric|I'd like to understand how you'd judge this a success
    success_metric|What does a home run look like here?
    success_metric|kpis for this?
    budget|whats the budget
    budget|How much you can spend for this solution?
    budget|Wondering what sort of investment you had pencilled in
    budget|What's the war chest looking like for this?
    budget|budget range?
    economic_buyer|who approves the spend
    economic_buyer|Who is giving the money approval in your company?
    economic_buyer|Curious whose signature goes on the purchase order
    economic_buyer|Who's holding the chequebook?
    economic_buyer|final approver?
    decision_maker|is this ur decision
    decision_maker|You can approve this by yourself?
    decision_maker|Wondering whether you have the final say here
    decision_maker|Are you the one who gets to pull the trigger?
    go_live|when do u want to go live
    go_live|When you would like to have it working?
    go_live|Curious when you'd want to be up and running
    go_live|What's the target for flipping the switch?
    go_live|go-live date?
    competitor|any other vendors in the mix
    competitor|Are you speaking also with other providers?
    competitor|I'd be curious who else you're evaluating
    competitor|Who else is in the running?
    competitor|other tools on ur list?
    decision_criteria|what matters most when u choose
    decision_criteria|Which criteria you will use to choose?
    decision_criteria|Curious what the deciding factors will be
    decision_criteria|What will make or break the choice?
    decision_process|how do decisions get made
    decision_process|How is the process of the decision in your company?
    decision_process|I'd like to understand what happens between now and a decision
    decision_process|What hoops does a purchase like this go through?
    paper_process|contract process?
    paper_process|What happens with the contract after you say yes?
    paper_process|Curious how contracts get signed off on your side
    paper_process|Is there a lot of red tape with purchasing?
    champion|who's championing this
    champion|Who is the biggest supporter of this idea inside?
    champion|Wondering who's pushing hardest for a change
    champion|Who's in our corner on this?
    none|how's it going
    none|How is the weather in your city today?
    none|Curious where you're dialling in from
    none|Busy week?
    none|gd to see u again
    none|I hope your family is well.
    none|That's a great coffee mug
    none|apologies for the delay
    """
}
