/// A second held-out set of trainee lines labelled with the move they carry (`move|text`), with
/// one more kind: `check`, a trial close that asks the buyer's reaction to what was just said
/// ("how does that sound?") and commits them to nothing. Written at the start of a later round
/// before any change that round, and never used to change how lines are read (only totals
/// read). Voices: a brisk enterprise seller, a warm consultative one, a junior reading from
/// notes, a trainee whose first language is not English; plain questions that use a check's or
/// an acknowledgement's words about something else ("does the process make sense to your
/// auditors?").
enum TraineeMoveHeldOutSetTwo {
    static let text = """
    check|How does that sound to you?
    check|Does that resonate at all?
    check|What's your gut reaction to that?
    check|Is that roughly what you had in mind?
    check|Could you see that working for your team?
    check|How would that go down with your controller?
    check|Does this sound like something that would help?
    check|What are your thoughts so far?
    check|Any initial thoughts on that?
    check|How do you feel about what I've just described?
    check|Does that fit with how you'd want to work?
    check|Is this going in the right direction for you?
    check|So on a scale of one to ten, how interested would you be in something like this?
    check|Is it clear how this works or should I explain again?
    check|Does that answer the question of how we handle intercompany?
    check|What do you think about this approach?
    ack|Okay, I really appreciate you walking me through all of that.
    ack|That's a lot to carry every month, I can only imagine.
    ack|Yeah no, that's a very reasonable thing to be worried about.
    ack|Right, that would frustrate me too.
    ack|Thanks, that's really useful context.
    ack|I hear that a lot from controllers, and it's a fair worry.
    close|Would it make sense to put the pilot paperwork in front of your CFO this week?
    close|Can we agree to start the onboarding on the first of March?
    close|Shall I send the order form over this afternoon?
    close|Are you comfortable moving forward with the annual plan?
    close|If I get you the security document by Friday, can we sign next week?
    close|How about we lock in the twelfth of January as the start of the pilot?
    pitch|What Closewise does is match every bank line to the ledger overnight, so you only look at the exceptions in the morning.
    pitch|We built the intercompany module for exactly this, and customers usually cut two or three days from their close.
    pitch|Our customers in dental groups typically see the consolidation go from a week to a day.
    pitch|The nice thing about our tool is it plugs straight into Dynamics, so there's no migration.
    explore|Say more about that?
    explore|What's sitting behind the hesitation, if you don't mind me asking?
    explore|When you say the timing isn't right, what would the right timing look like?
    explore|Which part of the price feels out of line?
    explore|What did the last vendor get wrong?
    summary|So if I've got it right, twelve days, three hundred hours by hand, and a deadline in January.
    summary|Let me make sure I captured it: four people, QuickBooks, and every month-end eats your weekend.
    summary|Just to recap what I heard — the intercompany errors are the real pain and the owners want a faster close.
    summary|So the short version is the close is slow and you're the one who signs. Fair?
    agenda|What I'd suggest is I ask a few questions first, then if it fits I'll show you the two screens that matter. Okay with you?
    agenda|Before anything else, can we agree that if this isn't a fit you'll just tell me?
    agenda|Plan for today: your questions, my questions, and we decide on a next step only if it makes sense.
    smalltalk|How was the trip back from the conference?
    smalltalk|Did you have a good holiday?
    smalltalk|How's the weather over there today?
    none|Does the current process make sense to your auditors?
    none|How do the clinics feel about sending spreadsheets every month?
    none|What does your controller think of the current setup?
    none|How does the team feel at the end of a long close?
    none|What would you think is a reasonable time to close the books?
    none|How does that sound when you explain it to the owners?
    none|How many people do you have on accounts payable?
    none|What do you use for consolidation today?
    none|Who would sign the contract on your side?
    none|What's driving the January deadline?
    none|Where do the intercompany errors usually come from?
    none|What happens if the close slips past day twelve?
    none|Is budget already set aside for this, or would it need a business case?
    none|Which of those problems costs you the most?
    none|What would a good close look like for you?
    none|How do you decide between vendors normally?
    none|Do you feel the team has the right tools today?
    none|What do you think causes most of the delays?
    """
}
