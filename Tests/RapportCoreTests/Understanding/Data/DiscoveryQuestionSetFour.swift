/// A sixth set of discovery questions (`field|question`), written at the start of the eleventh
/// round before the buyer was touched and held out from it (only its totals read); its misses
/// were read in the twelfth round, so it is now seen.
enum DiscoveryQuestionSetFour {
    static let text = """
    team_size|So who's actually doing the work at month-end, how many bodies?
    team_size|What's the headcount in finance these days?
    team_size|Is it a big team you're running or quite lean?
    team_size|How many accountants report into you?
    erp|What does the team keep the books in?
    erp|Which finance system are you running on?
    erp|What's underneath it all, software-wise?
    erp|Are the accounts in an ERP or mostly spreadsheets?
    erp|What do you post your journals into?
    current_process|Talk me through what happens after the last day of the month.
    current_process|How do the books get closed each month, roughly?
    current_process|What does a normal month-end look like from the inside?
    current_process|Who does what during the close?
    current_process|How does the reconciliation side work right now?
    close_days|How many days after month-end are the books final?
    close_days|What day of the month do you usually sign off the numbers?
    close_days|How quick is the close, realistically?
    close_days|On a good month, how long is the close?
    pains|What's the one thing about month-end you'd get rid of tomorrow?
    pains|Where do things usually get stuck?
    pains|What's causing the most headaches right now?
    pains|What part of the close do people dread?
    pains|Where does the close let you down?
    hours_manual|How many hours go into ticking and matching each month?
    hours_manual|Roughly how much of the team's month is spent reconciling by hand?
    hours_manual|How much manual matching is there, in hours?
    success_metric|How would you know this had worked, a year in?
    success_metric|What result would make this a success for you?
    success_metric|What's the number you'd want to move?
    success_metric|What would make your CFO say this was worth it?
    budget|Is there a figure in mind for fixing this?
    budget|What could you put towards solving it?
    budget|Do you have money for this in this year's plan?
    budget|What sort of investment would be realistic?
    economic_buyer|Whose budget would this come out of?
    economic_buyer|Who has the final say on a purchase like this?
    economic_buyer|Who else needs to be convinced before anything gets signed?
    economic_buyer|Who'd need to put their name to it?
    go_live|When would you need it up and running?
    go_live|What's your deadline for getting this fixed?
    go_live|How soon would you want to switch it on?
    go_live|Is there a date that's driving this?
    competitor|Who else are you looking at?
    competitor|Have you spoken to any other providers?
    competitor|Are any other tools on your shortlist?
    competitor|Have you had demos from anyone else?
    none|How's your week been so far?
    none|Did you have a good weekend?
    none|Is this still a good time to talk?
    none|Can you hear me okay?
    """
}
