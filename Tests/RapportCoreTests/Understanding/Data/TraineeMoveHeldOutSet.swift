/// Trainee lines labelled with the move they carry (`move|text`: agenda, summary, ack, explore,
/// close, pitch, smalltalk, or none for a plain discovery question), held out: written before
/// trainee moves were read by meaning, and never used to change how they are read.
enum TraineeMoveHeldOutSet {
    static let text = """
    agenda|Can I suggest how we use the next twenty minutes? I'll ask about your close, then show you one thing, and you tell me if it's worth continuing.
    agenda|Would you mind if I started with a few questions so I don't waste your time?
    agenda|So the idea today is just to understand where you are, no pitch, and if there's nothing there we shake hands and part ways.
    agenda|Here's how I thought we'd run this: you talk, I listen, and at the end we see if a demo is worth it.
    agenda|Is it all right if we spend most of the call on your process and leave ten minutes at the end for questions?
    agenda|My plan for today is to learn about your month-end first. If it turns out we can't help, I'll tell you straight.
    summary|Just to make sure I've understood: twelve days to close, lots of manual matching and the owners want it halved.
    summary|So if I put that together, the pain is the intercompany, the deadline is January and you decide. Right?
    summary|Let me read that back to you — nine days, four people, mostly spreadsheets. Did I get that right?
    summary|OK so the big things are the audit findings and the weekend work. Is that it?
    summary|In short, the close is too slow and the errors worry your CFO. Have I got that?
    ack|That sounds really frustrating.
    ack|I completely get why you'd feel that way.
    ack|Yeah, that's a fair concern and lots of people raise it.
    ack|Thanks for being honest with me about that.
    ack|Right, I can see how that would be a worry.
    ack|That's totally reasonable.
    explore|What's making you hesitate?
    explore|When you say it's expensive, what are you comparing it with?
    explore|Can you unpack that a little for me?
    explore|What would need to be true for this to make sense?
    explore|What's your biggest worry about switching?
    close|Shall we get the pilot on the calendar?
    close|Are you happy to go ahead on that basis?
    close|Can I send over the paperwork today?
    close|Would you like to start with the two-week trial?
    close|Is there anything stopping us from moving ahead?
    close|Let's get you set up for January then.
    pitch|Our platform matches bank lines automatically and flags exceptions for review.
    pitch|We've helped over two hundred finance teams cut their close in half.
    pitch|The tool comes with a built-in close checklist and audit trail.
    pitch|With Closewise your team will never chase a receipt again.
    pitch|Let me tell you about our new intercompany module.
    smalltalk|How's your week been so far?
    smalltalk|Did you have a good weekend?
    smalltalk|Hope things aren't too hectic over there.
    smalltalk|Lovely to finally speak to you.
    none|How long does the close usually take you?
    none|Which ERP are you on?
    none|How many people are in the finance team?
    none|What's the hardest part of month-end?
    none|Who else is involved in a decision like this?
    none|What budget have you set aside?
    none|When would you want something in place?
    none|Are you looking at any other tools?
    none|How do you handle reconciliations today?
    none|What would a good close look like for you?
    none|How many hours a month go into matching?
    none|Do you use Excel for the checklist?
    none|Is the audit a big deal for you?
    none|What does the CFO care about most?
    none|Tell me about your team.
    none|Where do errors usually creep in?
    none|What happens when the close runs late?
    none|How do you report to the board?
    """
}
