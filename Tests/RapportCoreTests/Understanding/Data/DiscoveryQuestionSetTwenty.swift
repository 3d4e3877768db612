/// A twentieth set of discovery questions (`field|question`), written after the changes of its
/// round and before it was first run: a senior enterprise seller ("Help me understand…", "Talk
/// to me about…", "Where does … sit today?") and a rep who asks through a number or a choice
/// ("Is it closer to five days or ten?"). Held out: only its totals are read.
enum DiscoveryQuestionSetTwenty {
    static let text = """
    team_size|Help me understand the shape of the finance team — how many of you are there?
    team_size|Is it a handful of people or closer to twenty?
    erp|Talk to me about the systems underneath the close.
    erp|Where do the books sit today — NetSuite, Sage, something else?
    current_process|Help me understand how a typical month-end unfolds, step by step.
    current_process|Talk me through who does what once the month ends.
    close_days|Is your close closer to five days or ten?
    close_days|How many working days before the numbers are final?
    pains|Where does the close hurt the most today?
    pains|What keeps coming up in the retro after a bad month-end?
    hours_manual|How much of the team's month disappears into matching by hand?
    hours_manual|If you added up the manual reconciliation time, how many hours would it be?
    budget|Is there money earmarked for fixing this, and roughly how much?
    budget|What kind of investment did you have in mind for this?
    economic_buyer|Whose budget would this ultimately come from?
    economic_buyer|Who puts their signature on a purchase of this size?
    decision_maker|Is this something you can decide on your own?
    decision_maker|Would the final call be yours?
    go_live|When does this need to be live for it to matter?
    go_live|Is there a date you're working back from?
    competitor|Who else is in the conversation on your side?
    competitor|Have you put anyone else through their paces yet?
    success_metric|How will you know, a year from now, that this worked?
    success_metric|What number would you want to see move?
    decision_criteria|What will tip the decision one way or the other?
    decision_criteria|What has to be true of a tool for you to pick it?
    decision_process|Once you like something, what happens next internally?
    decision_process|Talk to me about how a purchase like this gets approved.
    paper_process|What does legal need to see before anything gets signed?
    paper_process|Is there a procurement step we should plan for?
    champion|Who on your side would own this day to day?
    champion|Who internally is most keen to see this fixed?
    none|How was the drive in this morning?
    none|Did you catch the game at the weekend?
    """
}
