import Testing
@testable import RapportCore

/// Whole practice calls in trainees' own voices, written apart from the personas: good calls
/// (an agenda, open questions, each objection acknowledged, explored and answered, a summary, a
/// dated next step) should score well on every default persona, poor ones (pitching, closed
/// questions, pushing to sign, ignoring objections) badly, and the buyer should never say the
/// same sentence on two turns running.
struct TraineeScriptTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    static let agendaStyle = [
        "Thanks for making the time today.",
        "Before we dive in, would it be OK if I asked a few questions to understand your situation, and at the end we decide together whether a next step makes sense?",
        "Great. To start, what does your role cover and who's on the team?",
        "And what systems are the books kept in?",
        "Walk me through how a typical month-end close runs for you.",
        "How long does that usually take from start to finish?",
        "What's the most frustrating part of it?",
        "How much time goes into doing reconciliations by hand?",
        "Totally understand. Tell me more about what's behind that.",
        "That makes sense. Teams we work with usually find the matching time pays for itself within a year, and you only commit after a pilot.",
        "What would a really good close look like for you a year from now?",
        "Who else would be involved in deciding on something like this?",
        "What kind of budget have you got for this?",
        "Understood. What's driving that?",
        "Fair enough. A pilot on one close lets you prove the saving before any budget is committed.",
        "When would you want something in place?",
        "Have you looked at any other options?",
        "So to summarise: the close takes too long, a lot of it is manual matching, and you want a faster, cleaner close before the audit. Did I get that right?",
        "Shall we set up a pilot kickoff on Tuesday the 8th of December with your CFO?",
    ]

    static let spinStyle = [
        "Hi, thanks for taking the call. How are things at your end?",
        "Can you tell me about your current close process?",
        "What tools does the team use for it?",
        "How many people are involved?",
        "How long does it usually take to close the books?",
        "Where does the process tend to break down?",
        "What happens when the close runs late?",
        "How many hours does the team spend on manual matching each month?",
        "I hear you, that sounds painful. What have you tried so far?",
        "I see. Many controllers felt the same; what helped them was seeing the matching run on their own data first.",
        "If you could cut that time in half, what would it mean for you and the team?",
        "Who else would need to sign off on a change like this?",
        "What budget is available for improving the close?",
        "That's fair. What would make it easier to justify?",
        "Understood — we can start with a paid pilot on one close, so the saving is proven before the annual decision.",
        "By when would you want this solved?",
        "Are you comparing any other vendors?",
        "Let me recap what I heard: a slow close, too much manual reconciliation, and pressure to be faster. Is that fair?",
        "Would you be open to a pilot kickoff next Thursday?",
    ]

    /// What the agenda and SPIN callers say when the buyer raises a concern (both scripts were
    /// written for one persona's order; a good trainee answers a concern whenever it comes).
    static let agendaConcern = [
        "Totally understand.",
        "Tell me more about what's behind that.",
        "That makes sense. Teams we work with usually start with a pilot on one close, so you only commit once you've seen it work.",
    ]
    static let spinConcern = [
        "I hear you, that's a fair concern.",
        "What's driving it?",
        "Understood — we can start with a paid pilot on one close, so the value is proven before any bigger decision.",
    ]

    static let pitchingPoor = [
        "Hi, I'm calling from Closewise, the best close software on the market.",
        "Our platform automates reconciliation, gives you a live checklist, an audit trail and variance alerts, all in one place.",
        "Do you use spreadsheets?",
        "Is your close slow?",
        "It costs 40 thousand a year, which is great value.",
        "So shall we get you signed up today?",
        "Come on, it's a no-brainer, can I send the contract?",
        "Okay, can we book the start for next Monday?",
    ]

    static let closedQuestionsPoor = [
        "Hello.",
        "Are you the controller?",
        "Do you use NetSuite?",
        "Is the close more than five days?",
        "Do you have budget?",
        "Do you want to buy it?",
        "Can we sign this week?",
        "Can I send the contract?",
    ]

    /// Held out: written after the buyer's changes, never used to change it.
    static let consultativeStyle = [
        "Good morning, thanks for fitting me in.",
        "I'd like to suggest a plan for our time: I ask a few questions, you ask me anything, and we agree at the end whether it's worth a second conversation. Sound fair?",
        "What made you want to take this call?",
        "Can you describe what month-end looks like for your team?",
        "How many people are involved in that?",
        "Which system do you do it in?",
        "How many working days does it take?",
        "What's the impact on you when it runs over?",
        "I can imagine. How much of the team's time is spent matching by hand?",
        "What would you like it to look like instead?",
        "Who besides you would have a view on changing it?",
        "How is something like this usually paid for?",
        "I appreciate you being open about that. What would make the numbers work for Sam?",
        "That's fair. Most finance teams we work with fund the first year from the overtime they stop paying, and the pilot costs nothing if it doesn't hit the target.",
        "What timeframe are you working towards?",
        "Are you talking to anyone else about this?",
        "Let me play that back: nine days is too long, the matching is manual and error-prone, and you want a clean, fast close before the audit. Anything I missed?",
        "Could we pencil in a pilot kickoff for Monday the 14th of December?",
    ]

    static let rushedPoor = [
        "Hey! Quick one — Closewise saves finance teams days every month, everyone loves it.",
        "We've got reconciliation, checklists, alerts, the lot, and it's priced per entity.",
        "It's really not expensive. Can we get a trial started?",
        "Are you the one who signs?",
        "Great, I'll send the order form over now, ok?",
        "Let's do the kickoff tomorrow.",
    ]

    /// Held out from the fourth round on, and adaptive as a trainee is: the plan's lines in
    /// order, and whenever the buyer raises a concern the trainee's own acknowledge, explore
    /// and answer lines first.
    static let challengerPlan = [
        "Hi, thanks for taking the call. How's your week going?",
        "Here's what I had in mind: I'd love to understand how your close runs today, share what we see at similar teams, and then we decide together if a next step makes sense. Does that work?",
        "To start, walk me through what happens in your team from the last day of the month until the books are closed.",
        "Roughly how many days does that take end to end?",
        "And who's doing the work — how big is the team?",
        "What are you running the ledger on these days?",
        "Where does it hurt the most?",
        "What does that cost you — in overtime, mistakes, or the audit?",
        "If the close took half the time, what would you do with the days you got back?",
        "Who else would want a say before you changed how the close works?",
        "What sort of budget would something like this come from?",
        "When would you ideally want a new process running?",
        "Have you looked at any other options so far?",
        "Let me check I've got it: the close runs long, a lot of it is manual matching, and the audit is where it bites. Is that a fair summary?",
        "Would it make sense to run a two-week pilot on your own data, starting Tuesday the 8th of December?",
    ]
    static let challengerConcern = [
        "That's a completely fair point, and I'm glad you raised it.",
        "Can you tell me a bit more about what's behind that?",
        "What we usually do is start small with a pilot on your own numbers, so you only commit once you've seen the hours saved, and you can walk away if it doesn't deliver.",
    ]
    static let briskPlan = [
        "Morning. Thanks for the time.",
        "Quick plan: my questions first, then yours, then we decide if there's a next step. OK?",
        "How does your month-end run today?",
        "How long, in working days?",
        "How many in the team?",
        "Which ERP?",
        "What's the worst part?",
        "What happens when it slips?",
        "What would good look like a year from now?",
        "Who signs off on tools like this?",
        "Is there budget set aside?",
        "Deadline?",
        "Anyone else in the running?",
        "So: long close, manual matching, audit pressure. Did I miss anything?",
        "Shall we book a pilot kickoff for Thursday 10 December?",
    ]
    static let briskConcern = [
        "Understood — that matters.",
        "What's driving that concern?",
        "Fair. Most teams start with a small pilot that pays for itself in saved hours, and there's no long commitment until you've seen the results.",
    ]
    static let featureDumpPlan = [
        "Hi, I'm calling from Closewise.",
        "We are the leading close automation platform with reconciliation, task management and flux analysis.",
        "Do you use Excel?",
        "Is your close slow?",
        "Our customers cut their close by 50 percent.",
        "Do you want to see a demo?",
        "It only costs 2,000 a month.",
        "Can we sign this week?",
        "I'll send you the contract tomorrow.",
    ]

    /// Written after the fifth round, before the sixth, and held out from it: a warm, methodical
    /// trainee in yet another voice.
    static let methodicalPlan = [
        "Good afternoon! Thanks for squeezing me in today.",
        "So you know what to expect: I'll ask about how month-end works for you, then we can look at whether anything we do is relevant. If not, no hard feelings. OK?",
        "Could you talk me through a typical month-end, from the first day to sign-off?",
        "How many working days does that usually take?",
        "And how large is the finance team?",
        "Which accounting system are you on?",
        "Of all of that, which part takes the most effort?",
        "What knock-on effect does that have on the business?",
        "Picture the close a year from now, working well. What's different?",
        "Who would be involved in deciding to change the process?",
        "Is there money earmarked for this kind of improvement?",
        "By when would you need something working?",
        "Are you evaluating any other approaches at the moment?",
        "To play it back: the close takes too long, a lot is manual, and that creates risk and stress. Is that right?",
        "How about we set up a short pilot on one of your entities, kicking off Monday 7 December?",
    ]
    static let methodicalConcern = [
        "I appreciate you being straight with me about that.",
        "What's the main thing behind that worry?",
        "That's why we start with a small pilot with clear exit criteria, so you see the results on your own close before committing to anything.",
    ]

    /// Written at the start of the eighth round, before the buyer was touched, and held out
    /// from it: a casual trainee who types in lower case and short bursts, a structured one who
    /// qualifies as MEDDIC teaches, and a pushy poor one.
    static let casualPlan = [
        "hey, thanks for jumping on",
        "so my idea for today - i ask a bunch of questions, you tell me how things work, and if there's nothing there we just say so. cool?",
        "how do you guys do month end right now?",
        "how long does it take you, roughly?",
        "and who does the work, how many of you?",
        "what are you on, system wise?",
        "what's the most annoying bit?",
        "what does that end up costing you?",
        "if that went away, what would change for you?",
        "who else cares about this, like who'd need to agree?",
        "is there any money for this kind of thing?",
        "when would you want it sorted by?",
        "you looking at anyone else?",
        "ok so let me make sure i got it - close is slow, matching is manual, and it stresses everyone out around the audit. right?",
        "how about we do a quick pilot, kick off wednesday 9 december?",
    ]
    static let casualConcern = [
        "yeah totally get that",
        "what's making you feel that way?",
        "makes sense - we'd just do a small pilot first so you can see it working on your own numbers, no big commitment till then",
    ]
    static let structuredPlan = [
        "Good morning, I appreciate you making time for this.",
        "I'd propose we spend most of the time on your situation, I'll keep the product part short, and we finish by agreeing whether a next step is worthwhile. Is that okay with you?",
        "What's the current state of your month-end close?",
        "How many business days does it typically run?",
        "How is the finance team structured?",
        "Which ERP are you running?",
        "What's the biggest pain in that process?",
        "How does that affect the rest of the business?",
        "How would you measure success if you fixed it?",
        "Who is the economic buyer for a change like this?",
        "Has budget been allocated for it?",
        "What's the timeline you're working to?",
        "What other solutions are you considering?",
        "Let me summarise what I've heard: a long close, lots of manual reconciliation, and real exposure at audit time. Have I captured that correctly?",
        "Would you agree to a pilot starting Thursday the 10th of December, with success criteria we write together?",
    ]
    static let structuredConcern = [
        "That's a reasonable concern and I appreciate you raising it.",
        "Could you help me understand what's driving it?",
        "Many customers start with a limited pilot against agreed success criteria, so you only commit once you've seen it work on your own close.",
    ]
    static let pushyPlan = [
        "Hi there, this is Sam from Closewise and I'll keep it quick.",
        "Closewise is the number one close tool, trusted by thousands of finance teams.",
        "You're on spreadsheets, right?",
        "And the close takes too long, yes?",
        "We can have you live in two weeks at 3k a month.",
        "Honestly you'd be crazy not to do this.",
        "Can I get your signature today?",
        "I'll pencil you in for onboarding on Monday.",
    ]

    /// Written at the start of the ninth round, before the buyer was touched, and held out
    /// from it (only totals read): a warm trainee who talks in longer sentences, a terse one
    /// who asks short professional questions, and a poor one who demos and discounts.
    static let warmPlan = [
        "Hi, lovely to meet you, and thank you for giving me some of your afternoon.",
        "What I thought might be useful: you tell me a bit about how things run at your end, I'll ask a few questions, and then we can both decide if it's worth another conversation. Does that work?",
        "I'd love to hear how month-end actually plays out for your team at the moment.",
        "And from start to finish, how many days is that, usually?",
        "How many people are involved in getting it done?",
        "What are you using for the accounting itself?",
        "Which part of all that causes the most grief?",
        "When that happens, what does it mean for you and for the business?",
        "Say we got this right - what would be different for you next year?",
        "Who else would want a say in a decision like this?",
        "Has any budget been put aside for improving this?",
        "Is there a point in time you'd want this fixed by?",
        "Are you talking to anyone else about it?",
        "Can I check I've understood? The close runs long, a lot of it is matching by hand, and it gets stressful around the audit. Fair summary?",
        "Would it make sense to set up a small pilot, say starting Tuesday 15 December?",
    ]
    static let warmConcern = [
        "I hear you, and that's completely fair.",
        "Can you say a bit more about what worries you there?",
        "What we'd suggest is a small pilot with success criteria agreed up front, so you see it on your own numbers before you commit to anything.",
    ]
    static let tersePlan = [
        "Thanks for the time.",
        "Plan: ten minutes of questions, five on whether we can help, then we decide on next steps. OK?",
        "Walk me through your close today.",
        "How many days?",
        "Team size?",
        "Which system?",
        "Biggest problem?",
        "What does that cost you?",
        "What would good look like?",
        "Who signs off on something like this?",
        "Budget in place?",
        "Timeline?",
        "Other vendors in the frame?",
        "So: slow close, manual matching, audit pressure. Correct?",
        "Pilot starting Monday 14 December?",
    ]
    static let terseConcern = [
        "Understood, fair point.",
        "What's behind that?",
        "We'd run a short pilot with agreed exit criteria, so you only commit once it works on your close.",
    ]
    static let demoPlan = [
        "Hi, let me share my screen and show you the product straight away.",
        "This is our dashboard, it does automatic matching, variance analysis and audit trails.",
        "Most teams love the reporting module too.",
        "Do you use Excel?",
        "Would faster close be good?",
        "I can knock 20% off if you sign this week.",
        "Shall I send the contract over now?",
        "Great, I'll book onboarding for tomorrow.",
    ]

    /// Written in the ninth round to tune on (seen): a chatty trainee who asks in statements
    /// ("I'd be really interested to hear how…") and asks what problems lead to.
    static let chattyPlan = [
        "Hello! Really good of you to find the time, I know this time of year is hectic.",
        "Here's what I had in mind, if it suits you: I'd mostly like to listen and understand how your month-end works, and towards the end we can see together whether it's worth taking things further. How does that sound?",
        "I'd be really interested to hear how your team goes about closing the books each month.",
        "Roughly how long does all of that take you, from the first day to the last?",
        "And how many of you are there doing that work?",
        "What's the accounting software you're working in?",
        "Out of everything you've described, what's the bit that gives you the most trouble?",
        "And when that goes wrong, what's the knock-on effect for the business?",
        "If we fast-forward a year and this is fixed, what does the world look like for you?",
        "Who else would have an opinion on a change like this?",
        "Is there any money set aside to improve things here?",
        "Is there a date by which you'd want it sorted?",
        "Are there other companies you're talking to about this?",
        "Let me just check I've got the picture: the close drags on, a lot of the matching is done by hand, and audit time is stressful. Have I got that right?",
        "Would it be worth setting up a short pilot, perhaps kicking off on Wednesday 16 December?",
    ]
    static let chattyConcern = [
        "That's a really fair thing to raise, thank you.",
        "Could you tell me a little more about what's behind that?",
        "What most teams do is start with a small pilot and agree what success looks like up front, so you only commit once you've seen it work on your own close.",
    ]

    /// Written in the ninth round to tune on (seen): a gentle trainee whose up-front contract
    /// and acknowledgements are long, and who follows the pain with "how is that showing up…".
    static let gentlePlan = [
        "Good to see you, and thanks so much for fitting me in before the weekend.",
        "Just so we're on the same page, I was hoping to spend most of our time hearing about your world, then share a little about us only if it seems relevant, and we'll agree at the end whether to keep talking. Would that be alright?",
        "Could you paint me a picture of what a typical month-end is like for you and the team?",
        "That's really helpful. Typically, how many working days does it take before you can call the books closed?",
        "And roughly how many people are pulling all of that together?",
        "Which accounting platform sits underneath all this?",
        "Of everything you've mentioned, where do you feel the most pain?",
        "How is that showing up elsewhere in the business?",
        "Imagine it's a year from now and month-end is running beautifully - what's changed for you?",
        "When it comes to making a decision like this, who else would need to be comfortable?",
        "Have you been able to set aside any budget for tackling this?",
        "Is there a deadline you're working towards for having this sorted?",
        "Have you had a chance to look at any other providers?",
        "So if I've understood you properly, the close takes longer than it should, there's a lot of manual reconciliation, and the audit piles on pressure. Is that a fair reflection?",
        "Would it be helpful to run a short pilot together, perhaps beginning on Thursday 17 December?",
    ]
    static let gentleConcern = [
        "Thank you for being honest about that - it's a really reasonable thing to worry about.",
        "I'd love to understand a bit more about what's behind it, if you don't mind.",
        "Many finance teams felt the same, which is why we suggest a short pilot on your own close with success criteria agreed up front, so you only decide once you've seen the results.",
    ]
    /// Written in the ninth round to tune on (seen): a trainee who types in texting shorthand
    /// ("hw big is the finance team", "r u looking at other vendors?") and one whose English is
    /// a second language ("How much days is necessary…", "May I ask what is the reason of this
    /// concern?").
    static let typoPlan = [
        "hi! thx for taking the call",
        "quick plan - i ask some qs, u tell me how things work, then we see if theres a fit at the end. ok?",
        "so how does ur month end close work rn?",
        "how many days does it usualy take?",
        "hw big is the finance team",
        "what erp r u on?",
        "whats the most painfull part",
        "what does that cost u in time or stress?",
        "if u fixed it what wud be different?",
        "who else wud need to sign off?",
        "any budget for this yr?",
        "when wud u want it live by?",
        "r u looking at other vendors?",
        "ok so - slow close, lots of manual matching, audit stress. did i get that rite?",
        "could we do a pilot starting mon 14 dec?",
    ]
    static let typoConcern = ["totally get that", "whats behind that worry?", "we'd start with a small pilot so u see it on ur own numbers before committing to anything"]
    static let formalPlan = [
        "Good day. Thank you very much for accepting this meeting.",
        "If you permit, I would like first to ask some questions about your processes, and after that we can decide together if a further meeting is useful. Is this acceptable for you?",
        "Please, could you explain me how is done the monthly closing in your company?",
        "How much days is necessary for finishing the closing?",
        "How many persons are working in the finance department?",
        "Which accounting system do you utilise?",
        "What is for you the biggest difficulty in this process?",
        "Which consequences has this for the business?",
        "In the ideal situation, how would look the closing in one year?",
        "Who is taking the final decision for such investment?",
        "Is there a budget foreseen for this project?",
        "Until when do you need a solution?",
        "Are you also in discussion with other suppliers?",
        "If I understood well: the closing takes too long, much manual reconciliation, and pressure at the audit. Is it correct?",
        "May I propose a pilot beginning on Tuesday 15 December?",
    ]
    static let formalConcern = ["I understand very well your concern.", "May I ask what is the reason of this concern?", "For this reason we propose always first a small pilot on your own data, so you decide only after seeing the results."]
    /// Written in the ninth round to tune on (seen): a trainee who leads with an insight and
    /// then a short question about it ("…Is that happening for you?").
    static let insightPlan = [
        "Thanks for making the time — I know month-end never really stops.",
        "Quick suggestion for the next twenty minutes: I'll share one thing we see a lot, ask about your setup, and then we decide if it's worth a second conversation. Fair?",
        "Most teams your size lose two or three days of the close to matching. How does that compare with your month-end?",
        "Interesting. And how long is the close end to end right now?",
        "Who's doing that work — how many people?",
        "What's the system underneath?",
        "Where does that hurt the most?",
        "We often hear that late closes mean the board sees numbers too late to act on. Is that happening for you?",
        "If the close were two days shorter, what would you do with that time?",
        "Who would you need on board to change how the close works?",
        "Have you earmarked anything for fixing it?",
        "When does it need to be better by?",
        "Anyone else you're talking to about this?",
        "Let me play it back: a long close, a lot of manual matching, and pressure from above. Did I miss anything?",
        "Shall we put a two-week pilot in the diary for Monday 14 December?",
    ]
    static let insightConcern = ["That's fair, and I'm glad you said it.", "What would you need to see to feel comfortable?", "That's exactly why we start with a short pilot on your own close, with exit criteria we agree together."]
    /// Written at the start of the eleventh round, before the buyer was touched, and held out
    /// from it (only totals read): a trainee who works the pain as a funnel ("give me an
    /// example", "how long has that been going on", "what have you tried"), a nervous one who
    /// hedges and asks two things at once, and a poor one who takes the order before learning
    /// anything.
    static let funnelPlan = [
        "Hi, thanks for picking up — is now still a good time?",
        "Great. Can I suggest how we use the half hour? I'll ask about what's going on at your end, you can grill me about us, and by the end we'll both know whether there's anything worth pursuing. Okay with you?",
        "So what's going on with month-end at the moment?",
        "Can you give me an example of a close that went badly?",
        "How long has it been like that?",
        "How many days does a normal close take you?",
        "How many of you are working on it?",
        "And the ledger — what's it sitting on?",
        "What have you tried so far to fix it?",
        "How does that affect you personally?",
        "If that pain went away, what would that be worth to the business?",
        "Apart from you, whose opinion counts when it comes to buying something like this?",
        "Where would the money for this come from?",
        "What's the deadline you're up against?",
        "Is anyone else pitching you on this right now?",
        "Let me make sure I've got it right: the close is too long, matching eats the team's time, and the audit makes it worse. What did I miss?",
        "How about a pilot, starting Wednesday 16 December?",
    ]
    static let funnelConcern = [
        "Okay, thanks for telling me that.",
        "Help me understand — what's the biggest worry there?",
        "Makes sense. That's why most teams start with a small pilot on their own close, with clear criteria, so nothing is committed until you've seen it pay off.",
    ]
    static let nervousPlan = [
        "Hello, um, thanks so much for agreeing to talk to me today.",
        "I thought maybe I could ask you some questions first, if that's alright, and then at the end we could see if it makes sense to talk again?",
        "So, I was wondering if you could maybe tell me a little about how your month-end works and what the main steps are?",
        "And roughly how long does that take you, and is that normal for you?",
        "How many people do you have on the finance side, and who does what?",
        "Sorry, and what system do you use for the accounts?",
        "Is there a part of it that you find particularly difficult, or that takes longer than it should?",
        "And does that cause problems anywhere else, like for your boss or the board?",
        "What would you ideally like it to look like instead?",
        "Would anyone else need to be involved if you wanted to change things?",
        "I hope you don't mind me asking, but is there any budget for something like this?",
        "And is there a particular date you'd want it sorted by?",
        "Have you spoken to any other companies about this?",
        "Okay, so just to check I've got it right, the close takes a long time, a lot of the matching is manual, and the audit is stressful. Is that right?",
        "Would you maybe be up for trying a pilot, perhaps starting on Friday 11 December?",
    ]
    static let nervousConcern = [
        "Oh, I completely understand, that's a fair point.",
        "Could I ask what's making you feel that way?",
        "That's fair. A lot of teams start with a small pilot first, so you'd see it working on your own numbers before deciding anything.",
    ]
    static let orderTakerPlan = [
        "Hi, thanks for the call, I've got your details from the webinar.",
        "So do you want the monthly or the annual plan?",
        "The annual is 40k and the monthly works out a bit more.",
        "How many seats do you need?",
        "Great, I'll put you down for the annual.",
        "Can you give me your PO number?",
        "I'll send the invoice tonight and we'll start Monday.",
    ]

    /// Written in the eleventh round to tune on (seen): a trainee who quantifies everything,
    /// and one who speaks in plain, friendly everyday words.
    static let numbersPlan = [
        "Thanks for the time today, appreciate it.",
        "Proposal for the next 20 minutes: I ask questions for 15, you ask me anything for 5, and we agree whether a follow-up is worth it. Good?",
        "Give me the picture: what happens between the last day of the month and the final numbers?",
        "How many business days is that in a typical month?",
        "And how many FTEs work on it?",
        "What's the ledger system?",
        "Out of those days, where is most of the effort going?",
        "How many hours a month would you say go on manual matching?",
        "What does a late close cost you, in money or in risk?",
        "If we got the close down by three days, what would that be worth to you?",
        "Who has to approve a spend like this, and at what threshold?",
        "What's the budget range you'd be comfortable with?",
        "What date would you need it live by?",
        "Who else have you looked at?",
        "Quick recap: a long close, lots of hours matching by hand, and risk at audit time. Accurate?",
        "Can we lock in a pilot kickoff for Monday 14 December?",
    ]
    static let numbersConcern = [
        "Fair point, thanks for raising it.",
        "What's the number behind that concern?",
        "Most teams start with a two-week pilot on their own data, with a target we agree up front, so there's no commitment until the numbers prove it.",
    ]
    static let plainPlan = [
        "Hiya, thanks for having me.",
        "How about this: I ask you a few things about how it all works, then we see together if it's worth another chat. Alright?",
        "So how do you get the month closed off?",
        "How long does all that take you?",
        "Who helps you with it?",
        "What do you keep the figures in?",
        "What's the worst bit?",
        "And what happens because of that?",
        "What would you like to be different?",
        "Who'd have to say yes to something like this?",
        "Have you got any money to spend on it?",
        "When do you want it sorted?",
        "Is anybody else trying to sell you something like this?",
        "Right, so: it takes too long, lots of matching by hand, and the audit is a worry. Have I got that?",
        "Shall we try a pilot, starting Tuesday 15 December?",
    ]
    static let plainConcern = [
        "Yeah, I get that.",
        "What's worrying you about it?",
        "We'd just start small with a pilot on your own books, so you can see it working before you decide anything.",
    ]

    /// Written at the end of the eleventh round, after its changes, and held out from them
    /// (only totals read): an American rep who talks in everyday idiom, a trainee who
    /// teaches a point of view before asking, and a poor one who leads with a discount.
    static let folksyPlan = [
        "Hey, appreciate you hopping on with me.",
        "So here's my thinking — I'll ask you a handful of questions, you poke holes in anything I say, and if it's not a fit we'll call it. Fair?",
        "Paint me a picture of month-end over there.",
        "Got it. Start to finish, how many days are we talking?",
        "How big's the crew doing all that?",
        "What are the books running on?",
        "What's the piece of it that bugs you the most?",
        "What does that end up doing to the rest of the business?",
        "Let's say we nail this — what's different for you a year out?",
        "Who else gets a vote on something like this?",
        "Is there money earmarked for fixing it, or would we have to find it?",
        "When do you need this thing working by?",
        "Anybody else in the mix?",
        "Okay, let me play it back — close drags, tons of hand-matching, and audit season's rough. That about right?",
        "What if we kicked off a pilot Monday 14 December?",
    ]
    static let folksyConcern = [
        "Totally hear you on that.",
        "What's driving that for you?",
        "Here's how folks usually handle it: a small pilot on your own numbers, success criteria up front, and no commitment till it proves out.",
    ]
    static let teachingPlan = [
        "Thanks for making time — I'll be respectful of the half hour.",
        "I'd like to share one pattern we see, ask about your close, and then we both decide if a next conversation is worth it. Does that suit you?",
        "What we see most often is that the last three days of a close are spent chasing reconciliations rather than reviewing them. How does your month-end compare?",
        "How many working days does it run, typically?",
        "How many people carry it?",
        "Which ERP are you on?",
        "What would you say is the single biggest drag on it?",
        "When the close slips, who feels it first, and how?",
        "What would getting two days back be worth to the team?",
        "Who besides you would weigh in on a decision like this?",
        "How do purchases like this usually get funded?",
        "Is there an event — an audit, a board meeting — that sets a deadline?",
        "What else have you looked at?",
        "Let me summarise: the close runs long, reconciliations are manual, and the audit raises the stakes. Did I miss anything?",
        "Shall we put a two-week pilot in the calendar starting Thursday 17 December?",
    ]
    static let teachingConcern = [
        "That's a fair challenge.",
        "What specifically worries you about it?",
        "That's why we'd start with a short pilot on your own data and agreed success criteria, so you decide only on results.",
    ]
    static let discountFirstPlan = [
        "Hi, I've got a special offer for you this month only.",
        "If you sign before Friday I can do 30% off the annual licence.",
        "You're using spreadsheets, right?",
        "Our tool automates all of it.",
        "So, 30% off — shall I send the paperwork?",
        "I can throw in free onboarding too if you sign today.",
    ]

    // The thirteenth set: written at the start of the twelfth session's round, before any call
    // was read, in voices not used before (a crisp pain funnel; plain words of a speaker of
    // English as a second language; a feature-then-push poor call).
    static let painFunnelPlan = [
        "Good afternoon, thank you for your time today.",
        "My suggestion for the next twenty minutes: I ask some questions, you ask me anything, and at the end we agree if there is a sensible next step or not. Is that alright with you?",
        "To begin with, how would you describe the way the month-end close works at the moment?",
        "And from the last day of the month, how long until everything is closed?",
        "How many people are involved in it?",
        "What software sits underneath it?",
        "Which part of that causes the most trouble?",
        "Can you give me an example of when that went wrong?",
        "And what did it cost you when that happened?",
        "Suppose it worked the way you want it to — what would be better?",
        "Who, apart from yourself, would be part of a decision like this?",
        "Is any budget available for it this year?",
        "Is there a particular date you are working towards?",
        "Are you speaking with any other providers?",
        "Let me make sure I have understood: the close takes too long, much of the matching is manual, and that puts pressure on the audit. Is that a fair summary?",
        "Would you be open to a pilot with your own data, starting on Tuesday 15 December?",
    ]
    static let painFunnelConcern = [
        "I understand, that is a reasonable concern.",
        "Can you tell me a little more about what is behind it?",
        "Many teams had the same worry; we handle it with a small pilot, agreed success measures, and no commitment until you have seen the results.",
    ]
    static let plainPlan13 = [
        "Hello, nice to meet you.",
        "I want to ask you some questions first, and after we see together if it makes sense to continue. OK for you?",
        "Please tell me, how is your month end today?",
        "How many days you need for close?",
        "How many persons work in your finance team?",
        "Which system you use for accounting?",
        "What is the biggest problem for you?",
        "What happens to the company when this problem comes?",
        "If this problem goes away, what changes for you?",
        "Who decides about buying a tool like this?",
        "You have money planned for this?",
        "When you want to start with a new solution?",
        "Do you look also at other companies?",
        "So, if I understand correct: the close is long, there is much manual work, and this is a risk for the audit. Correct?",
        "Can we do a pilot together, beginning Monday 14 December?",
    ]
    static let plainConcern13 = [
        "I understand this, thank you for saying it.",
        "Why is this important for you?",
        "We can start small with a pilot on your data, with clear goals, and you decide only when you see the result.",
    ]
    static let featurePushPlan = [
        "Hi! Let me show you our new release.",
        "It has AI matching, a close calendar, variance alerts and forty connectors.",
        "Most customers love the dashboards.",
        "It is the best tool on the market, honestly.",
        "Can I get your signature this week?",
        "I really need this deal for my quarter, so what do you say?",
    ]

    // The fourteenth set: written after the twelfth round's changes and never used to make any
    // (an enterprise seller who qualifies thoroughly; a junior rep full of fillers and typos; a
    // poor call of closed questions and a quoted price).
    static let enterprisePlan = [
        "Thanks for joining — I know month-end is a busy time.",
        "Here's how I'd like to use the half hour: understand your close, share what's relevant, and agree at the end whether it's worth involving anyone else. Sound fair?",
        "Walk me through how the close runs today, end to end.",
        "Roughly how many business days does that take?",
        "And how many people are on it?",
        "What's the ledger you close in?",
        "Where does it break down most often?",
        "How does that show up for the business — the board, the auditors?",
        "If you had that time back, what would it be worth?",
        "Walk me through how a purchase like this gets approved on your side.",
        "Does legal or procurement need to review a contract, and how long does that take?",
        "Who internally would champion a change like this?",
        "Has budget been set aside for this?",
        "Are you evaluating anyone else?",
        "So: a long close, a lot of manual matching, and pressure from the audit. Have I got that right?",
        "Could we set up a pilot on one entity, starting Wednesday 16 December?",
    ]
    static let enterpriseConcern = [
        "That's completely fair.",
        "Help me understand what's behind that.",
        "What we'd propose is a pilot on your own data with success criteria agreed up front, so you only commit on results.",
    ]
    static let juniorPlan = [
        "hiya, thanks so much for the time!!",
        "so um, basically I was gonna ask a few questions and then at the end we can see if it's worth another chat, if thats ok?",
        "so like how does month end actualy work for you guys?",
        "and how long does it take, like days wise?",
        "how many ppl are in the team?",
        "what do you use for the accounts, like software?",
        "whats the most annoying bit about it?",
        "and what does that mean for the rest of the company?",
        "if that was sorted what would be better for you?",
        "who else would get a say in buying something like this?",
        "is there any budget for it?",
        "when would you want it working by?",
        "are you looking at any other tools?",
        "ok so just to recap, the close is long, loads of manual matching, and audit is stressful. is that right?",
        "could we maybe do a pilot, starting monday 14 december?",
    ]
    static let juniorConcern = [
        "oh totally, that makes sense.",
        "can I ask whats behind that?",
        "what we normally do is a small pilot on your own data so you can see it working before you commit to anything.",
    ]
    static let closedPricePlan = [
        "Hi, do you use Excel for your close?",
        "Is it slow?",
        "Would automation help?",
        "Our price is 24,000 a year.",
        "Is that OK?",
        "Can I send the contract today?",
    ]

    // The fifteenth set: written after the twelfth round's last change and never used to make
    // any (a consultant who is curious out loud; a rep who types in fragments; a poor call that
    // talks for minutes and asks at the end).
    static let curiousPlan = [
        "Appreciate you making the time, especially this week.",
        "I thought we'd spend most of the call on how things work for you today, and leave five minutes at the end to decide whether a follow-up makes sense. Works for you?",
        "I'm curious — what does a typical month-end look like for your team?",
        "How long does it usually run from the first working day?",
        "Who's doing the heavy lifting, and how many of you are there?",
        "What's the accounting system behind all this?",
        "Help me understand the part that frustrates you most.",
        "What's the impact of that further up — on leadership, or on the audit?",
        "And if that frustration disappeared tomorrow, what would you do with the time?",
        "How do decisions about tools like this usually get made at your company?",
        "What sort of budget would something like this come from?",
        "What's your take on timing — is there a point by which this needs to be sorted?",
        "Have you looked at other ways of solving this?",
        "Let me play back what I heard: the close runs long, the matching is manual, and audit season is painful. Did I capture it?",
        "Would it be worth running a two-week pilot together, starting Thursday 17 December?",
    ]
    static let curiousConcern = [
        "I appreciate you being open about that.",
        "What's driving that concern, if you don't mind me asking?",
        "Most teams start with a pilot on their own data, with success measures agreed beforehand, and only commit once it has proven itself.",
    ]
    static let fragmentsPlan = [
        "hi, thanks for the time",
        "quick plan: few questions from me, then we decide if a next step makes sense. ok?",
        "so, your close today — how does it work?",
        "days to close?",
        "team size?",
        "erp?",
        "biggest headache?",
        "what does that cost you?",
        "and if it was fixed?",
        "who signs off on something like this?",
        "budget for it?",
        "deadline?",
        "anyone else you're talking to?",
        "recap: slow close, manual matching, audit pressure. fair?",
        "pilot from tue 15 dec?",
    ]
    static let fragmentsConcern = [
        "fair point.",
        "what's behind that?",
        "we'd start with a small pilot on your data, clear success criteria, no commitment till it works.",
    ]
    static let monologuePlan = [
        "Hi there! So let me tell you about us. We were founded in 2019, we have 400 customers, our platform automates reconciliations, close checklists, variance analysis, intercompany and reporting, and it integrates with every major ERP, and honestly our customers close in half the time, and we've won three industry awards this year alone.",
        "We also have a mobile app, a dashboard your CFO will love, and 24/7 support, and our implementation takes just two weeks, which is the fastest on the market.",
        "So, any questions? Shall I send over an order form?",
    ]

    // The sixteenth round, written before the fifteenth round's calls were read: an
    // insight-led call that shares an observation before asking, a qualifier's call in the
    // MEDDIC order, and a friendly rep who pitches, discounts and pushes.
    static let insightLedPlan = [
        "Hi, thanks for making the time today.",
        "To make this useful, I thought I'd ask how things work on your side first, then share what we've seen elsewhere, and if it fits we can agree what happens next — does that work?",
        "Something we keep seeing with finance teams your size is that the close slips because reconciliations wait on other departments. Is that anything like your experience?",
        "How is your month-end put together at the moment?",
        "Which pieces of that eat the most time?",
        "Roughly how many hours a month go into matching by hand?",
        "And what does a late close mean for the rest of the business?",
        "If you got those hours back, what would the team do with them?",
        "Who besides yourself would weigh in on a decision like this?",
        "Have you earmarked any money for fixing this?",
        "By when would you want something in place?",
        "Are you looking at any other options at the moment?",
        "Let me play that back: the close drags because matching is manual, it costs real hours, and there's pressure to be done sooner. Is that fair?",
        "Based on that, the part of Closewise worth your time is automated matching — it takes the manual hours out of reconciliation.",
        "Would it make sense to try it on one month's data in a short pilot starting Thursday 17 December?",
    ]
    static let insightLedConcern = [
        "I hear you, that's a fair worry.",
        "Can you tell me a bit more about what's behind it?",
        "Many teams felt that way at first; we'd start small with your own data, and you'd only go further if it clearly saves time.",
    ]
    static let qualifierPlan = [
        "Morning! Appreciate you jumping on.",
        "My plan is simple: I'll ask some questions, you tell me where it hurts, and we'll both decide if there's a reason to keep talking. Sound fair?",
        "What made you agree to this call?",
        "What's the close like for you right now, day to day?",
        "What would you like to measure the improvement by?",
        "What's the impact on the business when month-end runs long?",
        "Who has to approve spending on something like this?",
        "What criteria will you use to judge a solution?",
        "What are the steps from here to a signed agreement?",
        "Is there someone on your side who'd champion this internally?",
        "What's the team size, and what system are you on?",
        "Is there a budget range you're working within?",
        "What's your timeframe?",
        "So, to recap: the close takes too long, the matching is manual, and you'd measure success by closing faster. Did I miss anything?",
        "Could we set up a working session with your team on Tuesday 15 December to scope a pilot?",
    ]
    static let qualifierConcern = [
        "That makes sense, thanks for raising it.",
        "What would you need to see to feel comfortable?",
        "Fair enough. Our pilots are four weeks, on your data, and there's no commitment unless it hits the target you set.",
    ]
    static let friendlyPitcherPlan = [
        "Hey! Great to meet you, how's your week going?",
        "Awesome. So Closewise is the leading close management platform, we automate reconciliations and checklists and our customers love us.",
        "You'd save loads of time, trust me.",
        "Our price is $30,000 a year but I can do 15% off if you sign this week.",
        "Is that a yes?",
        "Come on, it's a no-brainer. Can I send the contract today?",
    ]

    // The seventeenth round, written before the sixteenth round's calls were read: a rep who
    // reflects the buyer's words back ("it sounds like…"), a rep who teaches with numbers
    // before asking, and an interrogator with yes-or-no questions and an early close.
    static let reflectivePlan = [
        "Good to meet you — thanks for fitting me in.",
        "I'd love to mostly listen today: hear how your close runs, ask a few questions, and then, only if it seems useful, talk about a next step at the end. Is that alright?",
        "Where would you like to start — what's been on your mind about month-end lately?",
        "It sounds like that's been wearing on you. How does the close actually run, step by step?",
        "And from the first working day, how many days until you're done?",
        "How many people are carrying that load?",
        "What are you running it all on?",
        "It sounds like a lot of it is done by hand. How many hours a month would that be, roughly?",
        "When it drags, who feels it most — leadership, auditors, the team?",
        "Picture the close working the way you'd like. What's different?",
        "When it comes to choosing something, who gets the final word?",
        "What sort of budget is realistic for this?",
        "Is there a date you're aiming for?",
        "Who else have you spoken to about this problem?",
        "Let me check I've understood: a long close, lots of manual matching, pressure to finish sooner. Have I got that right?",
        "How about we run a pilot on one entity, starting Monday 14 December?",
    ]
    static let reflectiveConcern = [
        "That's completely understandable.",
        "What's making you feel that way?",
        "We'd keep it small — your data, a clear target agreed up front, and you decide after the pilot whether it's worth going further.",
    ]
    static let teacherPlan = [
        "Hello, thanks for the time.",
        "Quick plan: I'll share one thing we've learned from other finance teams, ask you some questions, and at the end we'll see together if there's a next step. OK?",
        "In our benchmark, teams that still match by hand spend roughly a third of close week on it. How does that compare with what you see?",
        "Talk me through your close today.",
        "How long is it taking, start to finish?",
        "What part causes the most grief?",
        "Why does that matter beyond the finance team?",
        "If the matching took care of itself, what would that be worth to you?",
        "How big is the finance team?",
        "Which ERP are you on?",
        "Who will sign off on the spend?",
        "Do you have a figure in mind for the investment?",
        "When would you want it running?",
        "Are other vendors in the picture?",
        "To sum up: the close is long, matching eats the week, and you want it shorter. Fair summary?",
        "Could we book a pilot kickoff for Wednesday 16 December?",
    ]
    static let teacherConcern = [
        "I appreciate you saying so.",
        "Tell me more about that.",
        "That's why we run a short pilot on your own numbers first — you only commit if it hits the target.",
    ]
    static let interrogatorPlan = [
        "Are you the decision maker?",
        "Do you have budget?",
        "Is your close longer than five days?",
        "Do you use Excel?",
        "Is it painful?",
        "Would you like to buy Closewise?",
        "Can we sign today?",
    ]

    // The eighteenth round, written before the seventeenth round's good calls were read: a rep
    // who tells short customer stories and asks after each, a brief warm rep with short lines,
    // and a rep who assumes the need and books a start without asking.
    static let storytellerPlan = [
        "Hi there, thanks for taking the call.",
        "Here's how I'd like to use the time, if that's OK: I'll ask about your close, share a story or two if they're relevant, and we'll agree at the end whether it's worth another conversation. Does that sound fair?",
        "One controller I worked with told me month-end felt like a relay race where someone always drops the baton. How does your close run?",
        "What's the longest it's taken you recently?",
        "Where does the baton get dropped for you?",
        "Another customer had two people doing nothing but matching for a week. How much of your team's time goes on that?",
        "How many people are in the team altogether?",
        "What system sits underneath it all?",
        "When the close runs late, what happens next — who notices?",
        "That same customer said the real win was getting their evenings back. What would the win be for you?",
        "Who, apart from you, would have a say in a decision like this?",
        "Is money set aside for it this year?",
        "What sort of timescale are you working to?",
        "Have you spoken to anyone else about it?",
        "So if I've got it: a long close, matching that eats the team's time, and a clear reason to finish sooner. Anything I've missed?",
        "Could we set up a pilot on one month's data, kicking off Tuesday 15 December?",
    ]
    static let storytellerConcern = [
        "That's a fair thing to raise.",
        "What's sitting behind that for you?",
        "That's exactly why we start with a small pilot on your own data — if it doesn't show the time saved, you walk away.",
    ]
    static let briefPlan = [
        "Hi! Thanks for the time.",
        "Mind if I ask a few questions first, then we see if a next step makes sense?",
        "How does your close work?",
        "How long does it take?",
        "What's the hardest bit?",
        "What does that cost you?",
        "How many in the team?",
        "Which system?",
        "Hours on manual matching?",
        "If that went away?",
        "Who decides?",
        "Budget?",
        "Timeline?",
        "Other options?",
        "So: slow close, manual matching, pressure to speed up. Right?",
        "Pilot on Tuesday 15 December?",
    ]
    static let briefConcern = [
        "Fair.",
        "Say more?",
        "We'd pilot on your data first; you only commit if it works.",
    ]
    static let assumerPlan = [
        "Hi, I'll be quick.",
        "I know exactly what you need: your close is slow because of spreadsheets, and Closewise fixes that.",
        "Our customers close in half the time and the audit trail builds itself.",
        "It's $30,000 a year, which pays for itself in months.",
        "Let's start on Monday 14 December.",
    ]

    // The nineteenth round, written before the eighteenth round's calls were read: a rep who
    // builds the business case in numbers, a rep who keeps asking "why", and a rep who takes an
    // order without finding a need.
    static let businessCasePlan = [
        "Morning, and thanks for the time.",
        "What I'd suggest: I ask some questions so I can put numbers on this, then we decide together if a business case is worth building. OK with you?",
        "Let's start with the basics — how many people work on the close?",
        "And how many working days does it take at the moment?",
        "What's the target the business has set you?",
        "Of those days, how many hours go into manual reconciliation each month?",
        "What's the biggest single cause of the delay?",
        "What does a late close cost the business — in decisions, audit fees, anything else?",
        "If we got you to the target, how would you measure that it worked?",
        "Which system would we need to connect to?",
        "What budget would a business case have to fit?",
        "Who signs off a case like that?",
        "By when would the numbers need to be real?",
        "Is anyone else putting a case in front of you?",
        "Let me read back the numbers: a long close against a shorter target, a lot of hours by hand, and a clear cost when it slips. Fair?",
        "Shall we start a pilot on Thursday 17 December to prove the hours?",
    ]
    static let businessCaseConcern = [
        "Good that you said so.",
        "What would you need to believe to get past that?",
        "The pilot runs on your own numbers with a target you set; if it misses, you don't buy.",
    ]
    static let whyPlan = [
        "Hello! Thanks for making time.",
        "Can I suggest we spend most of this on your world, and leave the last few minutes to decide whether there's a next step?",
        "Why did you take this call?",
        "Why is that a problem now rather than last year?",
        "How does month-end work in your team?",
        "Why does it take as long as it does?",
        "How many days is that, typically?",
        "Why does that matter to the people above you?",
        "What would change for you if it were fixed?",
        "How many people are on the team?",
        "What do you run the books on?",
        "Who would you need to convince?",
        "Why would budget be hard or easy to find?",
        "When would it need to be working?",
        "Who else have you looked at?",
        "So, in short: the close is slow, the matching is manual, and that hurts further up. Is that right?",
        "Could we agree a pilot start on Monday 14 December?",
    ]
    static let whyConcern = [
        "I get that.",
        "Why is that, do you think?",
        "Then let's keep the risk small: a short pilot on your data, and you only go further if it proves itself.",
    ]
    static let orderTakerPoPlan = [
        "Hi, calling about Closewise.",
        "Are you interested?",
        "Can you raise a purchase order this week?",
        "What's the PO number going to be?",
        "Great, I'll send the invoice.",
    ]

    // The twentieth round, written before the nineteenth round's calls were read: a rep who
    // qualifies by the MEDDICC letters in plain words, a relaxed rep who talks in run-on
    // sentences with fillers, and a rep who leads with a discount and a deadline.
    static let meddiccPlan = [
        "Hi, thanks for taking the call today.",
        "Quick plan: I'd like to understand how the close runs and who's involved, and then we can see together if a next step is worth it. Sound fair?",
        "What's the thing about month-end that bothers you most?",
        "How would you put a number on that — days, hours, money?",
        "What are you aiming for instead?",
        "Who would have the final say on spending for something like this?",
        "What would you judge a tool like ours on?",
        "Walk me through the steps from 'we like it' to a signed order on your side.",
        "Is there legal or procurement paperwork we'd have to go through?",
        "Is there someone inside who'd push for this with you?",
        "What are you using to run the books today?",
        "And how big is the team doing the close?",
        "Are you weighing up any other options?",
        "When would you want this live by?",
        "Let me check I have it: the close drags, it costs real hours, you have a target in mind, and there's a clear path to sign-off. Did I miss anything?",
        "How about a pilot kick-off on Tuesday 15 December?",
    ]
    static let meddiccConcern = [
        "That's a reasonable thing to worry about.",
        "What's behind that, if you don't mind me asking?",
        "We'd start small, on one entity, with an exit if it doesn't show results in the first month.",
    ]
    static let relaxedPlan = [
        "Hey, how's your week going so far?",
        "So, um, I thought I'd mostly listen today and ask a few things, and if it makes sense we can talk next steps at the end, is that alright?",
        "So how does the close usually go for you, like start to finish?",
        "Right, and roughly how many days does all that take?",
        "And what's, um, the most annoying bit of it honestly?",
        "Yeah, and what does that end up doing to the rest of the business when it drags?",
        "OK and if you could get it faster, what would that actually give you?",
        "So who's on the team, how many of you are there?",
        "And what are the books on, which system?",
        "Who else would be in on a decision like this, like who signs?",
        "Have you got money set aside for something like this or not really?",
        "And, um, is there a date you're working towards?",
        "Anyone else you're talking to about it?",
        "OK so just to say it back: the close is long, a lot of it is by hand, and it knocks on to everyone else. That about right?",
        "How about we pencil in Wednesday 16 December to kick off a small pilot?",
    ]
    static let relaxedConcern = [
        "Yeah, fair enough, I hear you.",
        "What makes you say that?",
        "So what we'd do is keep it tiny: a pilot on one month's data, and you decide after that whether it's worth going on.",
    ]
    static let discountDeadlinePlan = [
        "Hi, I've got a special offer on Closewise this month.",
        "If you sign by Friday I can take 30% off.",
        "It really is the best tool on the market.",
        "Can I send the contract over now?",
        "The discount goes away next week, so shall we do it?",
    ]

    // The twenty-first round, written before the twentieth round's calls were read and before
    // any change in it: a rep who sells by the gap between the current and the future state, a
    // rep who works the Sandler pain funnel (in a voice the earlier pain-funnel call does not use), and a rep who asks only closed questions and pushes.
    static let gapPlan = [
        "Morning! Appreciate you making the time.",
        "Here's what I had in mind for the next half hour: you tell me where things stand today and where you want to get to, I'll ask plenty of questions, and we'll both decide at the end whether there's a fit. Work for you?",
        "Paint me the current state: what happens in your team from the last day of the month until the books are closed?",
        "Which piece of that goes wrong most often?",
        "What's the root cause, in your view — people, process or the software?",
        "What software is doing the heavy lifting right now?",
        "How many people does it take to get it done?",
        "How many working days does the whole thing take?",
        "When it slips, who feels it and what does it cost the business?",
        "Fast forward a year and it's fixed: what does the future state look like?",
        "Is there a number attached to that goal?",
        "Who gets to decide whether closing that gap is worth the money?",
        "Has anything been budgeted for closing it?",
        "Any deadline driving this?",
        "Are other vendors in the picture?",
        "Let me recap the gap as I heard it: today the close is slow and manual, the business waits for numbers, and you want it shorter and cleaner. Is that a fair picture?",
        "Could we meet again on Thursday 10 December to scope a pilot together?",
    ]
    static let gapConcern = [
        "That makes sense, and I'd feel the same.",
        "Tell me more — what would have to be true for that not to be a worry?",
        "Here's how we'd handle it: a four-week pilot with one entity, clear success criteria agreed up front, and you can walk away if they're not met.",
    ]
    static let sandlerPlan = [
        "Hi, it's Sam from Closewise — did I catch you at an OK time?",
        "Before we start: can we agree that by the end of this call it's fine for either of us to say this isn't a fit? And if it is, we'll set up a next step.",
        "What made you agree to this conversation?",
        "Tell me more about that.",
        "Can you be more specific — give me an example from last month's close?",
        "How long has that been a problem?",
        "What have you tried to do about it?",
        "And how has that worked out?",
        "What do you think that costs you, in hours or in money?",
        "How do you feel about that personally?",
        "Who besides you would be involved in deciding to change it?",
        "How do decisions like this normally get funded?",
        "What system are the books in?",
        "How big is the finance team?",
        "By when does it need to be solved?",
        "So if I heard you right: the close takes too long, it's been that way for a while, what you tried didn't stick, and it's costing real hours. Did I get that right?",
        "Let's put Friday 11 December in the diary to go through a pilot plan — does that suit?",
    ]
    static let sandlerConcern = [
        "I appreciate you being straight with me on that.",
        "When you say that, what exactly do you mean?",
        "What we'd suggest is a small paid pilot on one entity, with an exit clause, so the risk stays with us.",
    ]
    static let closedOnlyPlan = [
        "Hi, this is Sam from Closewise.",
        "Do you use Excel for the close?",
        "Is it more than five days?",
        "Do you have a budget?",
        "Are you the decision maker?",
        "Great, so can I send you the order form today?",
        "Shall we just get it signed this week?",
    ]

    // The twenty-second round, written at the end of the twenty-first round after its last
    // change and measured once: a rep who qualifies by NEAT (need, economic impact, access to
    // authority, timeline), a rep who starts from the buyer's goals, and a rep who pitches and
    // argues with the buyer's concern.
    static let neatPlan = [
        "Hello, and thanks for setting aside the time.",
        "To make this useful: I'd like to learn about your close and what you'd like to change, and at the end we can decide whether it's worth another conversation. How does that sound?",
        "What's the most important thing you need from month-end that you're not getting today?",
        "What's standing in the way of that right now?",
        "Walk me through a typical close so I can see where that happens.",
        "Which system do those steps run in?",
        "And how many people share that work?",
        "Roughly how long does it take from the last day of the month to final numbers?",
        "What does that delay cost you — in hours, in money, or in decisions made late?",
        "If nothing changes this year, what happens?",
        "Who besides you would want a say in fixing it?",
        "Is there money available for this, or would it need a business case first?",
        "What's driving the timing — is there a date you're working back from?",
        "Are you looking at anyone else for this?",
        "Let me play back what I've got: you need numbers sooner, the close takes too long because of manual steps, and it's costing hours and confidence. What did I miss?",
        "Would Monday 14 December work for a short session with your team to map out a pilot?",
    ]
    static let neatConcern = [
        "I hear you, and that's a fair concern.",
        "Can you tell me a bit more about what's driving that?",
        "What we typically do is a one-month pilot on a single entity with clear success measures, and you only continue if they're met.",
    ]
    static let goalsPlan = [
        "Hi there — good to finally speak.",
        "I've got a few questions about where you're trying to get to, and then you can grill me. If it looks like a fit, we'll agree a next step at the end. OK with you?",
        "What goals has finance been set for this year?",
        "How does the month-end close help or hurt those goals?",
        "Tell me about the close as it runs today.",
        "What tools are involved?",
        "How large is the team behind it?",
        "How many days does it take, start to end?",
        "Where does most of the manual effort go, and how many hours is that a month?",
        "When the numbers are late, what does it do to the rest of the business?",
        "If the close took half the time, what would you do with the time you got back?",
        "Who would sign off on an investment like this?",
        "What sort of budget would you expect to set aside?",
        "When would you want to see a difference?",
        "Just so I'm sure I've understood: the goal is faster, cleaner numbers, today the close is long and manual, and that's holding the business up. Have I got that right?",
        "How about we start a pilot on Tuesday 15 December and review it together after the January close?",
    ]
    static let goalsConcern = [
        "That's completely understandable.",
        "What's the biggest worry behind that?",
        "The pilot is designed for exactly that: one entity, a fixed fee, and you decide after one close whether to go on.",
    ]
    static let arguerPlan = [
        "Hi, Closewise here, have you got a minute?",
        "Closewise is the fastest close tool on the market, our customers cut their close in half.",
        "It automates reconciliations, intercompany and reporting, all in one place.",
        "Honestly, there's no reason not to do this.",
        "That's not really true, the numbers speak for themselves.",
        "So shall I send you the contract to sign today?",
    ]

    // The twenty-third round, written in the twenty-third session before its calls were run, with
    // no buyer change made in that session: a rep who talks in business outcomes (cash, audit,
    // board), a friendly rep who rambles and tells stories between questions, and a rep who
    // leads with a discount and asks only yes-or-no questions.
    static let outcomesPlan = [
        "Morning! Thanks for making the time, I know month-end weeks are busy.",
        "Here's what I'd suggest: I ask about how the close affects the business, you ask me anything you like, and in twenty minutes we both decide if there's a reason to talk again. Fair?",
        "When the board pack goes out, what do they look at first?",
        "How does the close feed into that pack today?",
        "Which platform is the ledger on?",
        "How many people are involved in getting the numbers out?",
        "From the last working day, how long until the numbers are final?",
        "Where do the hours go — which part of the close eats the most time?",
        "What does a late close do to cash decisions or the audit?",
        "Suppose the numbers were final in half the time — what would the board get that it doesn't today?",
        "Apart from you, whose approval would an investment like this need?",
        "Is there a budget set aside, or would this come out of next year's plan?",
        "By when would you need to see a change for it to matter?",
        "Are you comparing us with any other tools?",
        "Let me check I've got it: the board waits on the numbers, the close is slow because of manual work, and that delay has a real cost. Is that fair?",
        "Could we put Wednesday 16 December in the diary to agree the scope of a pilot with your team?",
    ]
    static let outcomesConcern = [
        "Fair point, and I'd be asking the same.",
        "What would you need to see to feel comfortable?",
        "That's why we start small: one entity, one close, a fixed fee, and clear measures you set before we begin.",
    ]
    static let ramblerPlan = [
        "Hi! Lovely to meet you — I was just saying to a colleague that month-end always seems to land on the worst week.",
        "I don't want to waste your time, so my plan is to ask a handful of questions, share a little about what we do if it's relevant, and then we can see together if a next step makes sense — does that work?",
        "I was talking to a controller last week who said her close felt like a relay race with someone always dropping the baton. What's your close like?",
        "Funny you should say that. What do you use to run it all?",
        "And who's on the team doing this with you?",
        "How long does it usually take before you can call it closed?",
        "Out of all of it, which bit do you most wish would just go away?",
        "I can imagine. When that drags on, who feels it most in the business?",
        "If you had those days back every month, what would you do with them?",
        "When something like this gets bought at your place, who makes the final call?",
        "Have you got a figure in mind for what you'd be prepared to spend?",
        "Is there a moment you're aiming for — a year end, an audit, a new CFO?",
        "OK, so let me say back what I heard: the close takes too long, one part of it is painful and manual, and it's felt across the business. Did I get that right?",
        "How would Thursday 17 December be for a proper look with your team, so we can plan a small pilot?",
    ]
    static let ramblerConcern = [
        "Oh, I completely get that.",
        "Can I ask what's behind it?",
        "What most teams do is try it on one entity for a single close, at a fixed price, and only carry on if it's worked.",
    ]
    static let discounterPlan = [
        "Hi, I'm calling from Closewise, we've got a special offer this month.",
        "If you sign before Friday I can take 30% off the first year.",
        "Do you use spreadsheets for your close?",
        "Is your close slow?",
        "Would you like it to be faster?",
        "So the discount makes it a no-brainer, right?",
        "Can I send the contract over now?",
    ]

    /// A round of held-out calls on one persona: each good call at least its floor, the poor
    /// one at most 35; the scores printed as "trainee NAME round PERSONA: style score, …".
    // Round twenty-four, written before it was run and held out: a rep who labels feelings and
    // asks calibrated "how/what" questions, a rep for whom English is a second language, and a
    // poor rep who talks features and asks only for a yes.
    static let empathyPlan = [
        "Hi, thanks for picking up — sounds like I've caught you between meetings?",
        "I won't keep you long. Can I ask a few questions about how month-end goes for you, and then you tell me if anything I say is useful? If it isn't, we stop there.",
        "It seems like you're the person everyone turns to when the numbers are late. What does your role cover these days?",
        "How big is the group that gets the close done?",
        "What are you running the books on at the moment?",
        "Walk me through a typical month-end — how many days before you can call it done?",
        "It sounds like there's one part that drags more than the rest. What is it?",
        "Roughly how many hours a month go into that by hand?",
        "How does it land on you and the team when the close runs long?",
        "And if it ran late again before the audit, what would that cost you?",
        "What would it be worth to you to get those days back?",
        "Have you looked at anything else to fix this, or tried something before?",
        "When you buy a tool like this, how does that get decided, and who has the final say?",
        "What sort of money has been put aside for improving the close?",
        "By when would you need something working for it to matter?",
        "Let me make sure I heard you: the close takes too long, one part eats most of it, and the cost shows up in the audit and the team's evenings. Did I miss anything?",
        "What we'd usually do next is run one month's close on your own data with you watching. How would a session next Thursday work for you?",
        "Shall I put Thursday in the diary, then?",
    ]
    static let empathyConcern = [
        "It sounds like you've been burned by something like this before.",
        "What about it worries you most?",
        "That's fair. We'd start small — one entity, one month, and you decide after that whether it's earned a second.",
    ]
    static let secondLanguagePlan = [
        "Good morning, thank you for taking my call, I hope your week is going well.",
        "I propose: first I ask some questions for understand your situation, after you can ask me, and at the end we see together if next step make sense. Is ok for you?",
        "What is your position in the company, please?",
        "How many persons are working in your finance team?",
        "Which accounting system you are using now?",
        "How many days it takes to close the month?",
        "What is the most difficult part in the closing for you?",
        "How many hours each month the team spend on this manual work?",
        "What happen if the closing is late — for the managers, for the audit?",
        "If the close is two times faster, what this means for your team?",
        "You are looking also other solutions, or only us?",
        "Who will take the final decision for buy a tool like this?",
        "There is a budget planned for this project?",
        "When you want that the new system is working?",
        "So if I understand well: the close is long, much manual work, and this make problems for the audit. Is correct?",
        "I suggest a demo with your real data, maybe next Wednesday at 10? Is possible?",
        "Perfect, so we can agree for Wednesday?",
    ]
    static let secondLanguageConcern = [
        "I understand, this is important.",
        "Can you explain me a little more why you worry about this?",
        "Many customers start with only one entity and one month, with fixed price, so the risk is small.",
    ]
    static let featureTalkerPlan = [
        "Hello, this is Sam from Closewise, have you got two minutes?",
        "Closewise has automatic bank matching, a close checklist, variance analysis and an audit trail, all in one.",
        "We also integrate with over forty ERPs and have a mobile app.",
        "Does that sound good?",
        "Would you be interested in a licence?",
        "Great, can I get your signature today?",
    ]

    // Round twenty-five, written before it was run and held out: a rep who follows a pain
    // funnel ("tell me more", "give me an example", "how long has that been going on?"), a
    // rep who types in a casual, clipped American voice, and a poor rep who talks about their
    // own company and asks when they can start.
    static let funnelRecapPlan = [
        "Morning! Appreciate you making the time — how's the week treating you so far?",
        "Here's what I had in mind for the next twenty minutes: I'll ask about how your finance team works, you can grill me on anything, and by the end we'll both know whether a second conversation is worth it. Sound fair?",
        "To start, could you tell me a bit about what you're responsible for?",
        "And how many people report into finance right now?",
        "Which platform is the general ledger on?",
        "From the last day of the month, how long until the books are actually closed?",
        "Tell me more about what slows it down.",
        "Can you give me an example of where it went wrong recently?",
        "How many hours would you say disappear into that every month?",
        "How long has that been going on, and what has it meant for the business?",
        "Suppose that problem simply went away. What would be different for you?",
        "What else have you tried or looked at so far?",
        "Apart from yourself, who would weigh in on a purchase like this, and who signs?",
        "Is there money set aside in this year's plan for fixing it?",
        "What's driving the timing — is there a date this needs to be in place by?",
        "Let me recap so I'm sure I've understood: the close drags because of manual work, it has been that way a while, and it costs the team evenings and the business late numbers. Is that a fair summary?",
        "Would it make sense to book an hour next Friday to walk through one of your own months in the product?",
        "Great, I'll send an invite for Friday — does 11am suit?",
    ]
    static let funnelRecapConcern = [
        "That makes total sense, and I'd rather hear it now than later.",
        "Can you tell me more about what's behind that?",
        "We'd keep the first step small: one entity, one month, fixed fee, and you decide afterwards whether to go further.",
    ]
    static let clippedPlan = [
        "hey! thanks for jumping on, hope the day's been ok",
        "quick plan — i ask a few things, you tell me what's broken, if it's a fit we figure out next steps, if not no worries. cool?",
        "so what's your gig over there?",
        "how big's the crew doing month end?",
        "what are you guys on — netsuite, xero, something else?",
        "and close usually takes how many days?",
        "what's the most painful bit?",
        "ballpark, how many hours a month is that eating?",
        "what happens when it slips — who feels it?",
        "if that just went away, what would you do with the time?",
        "you checking out anyone else right now?",
        "who else gets a vote on this and who's signing?",
        "got budget earmarked or is that still tbd?",
        "any deadline you're working toward?",
        "ok so lemme play it back: close is slow, manual stuff is killing you, and it's hurting the audit. that about right?",
        "how about we do a demo with your actual data next tuesday?",
        "awesome, want me to lock tuesday in?",
    ]
    static let clippedConcern = [
        "totally get it",
        "what's the part that bugs you most?",
        "we can start tiny — one entity, one month, fixed price — and you bail if it doesn't work",
    ]
    // Round twenty-six, written before it was run and held out: a rep who asks two things in
    // most lines, a rep who leads each question with a short story about another customer,
    // and a poor rep who opens with a discount and pushes for a signature with a deadline.
    static let compoundPlan = [
        "Hi, thanks for taking the call. Busy time of year for you?",
        "I'd like to ask about your team and your month end, tell you a little about us, and then we decide whether it's worth another conversation. Is that OK with you?",
        "What's your role, and what does the team you run look like?",
        "How many people are in finance, and what system are the books kept in?",
        "How long does the close take, and which part of it takes longest?",
        "What's the hardest part of it, and how often does it go wrong?",
        "How many hours a month go on manual matching, and who does most of it?",
        "What would a good close look like a year from now, and how would you measure it?",
        "If nothing changes, what does that cost you, and who notices first?",
        "Have you looked at other tools, and what did you make of them?",
        "Who besides you would be involved, and who has the final sign-off?",
        "Is there budget for this, and roughly how much?",
        "When would you want it running, and what's driving that date?",
        "So, to sum up: the close is slow, a lot of it is manual, and it's costing the team evenings. Have I got that right?",
        "Could we book a demo on your own data next Thursday?",
        "Perfect, I'll send the invite for Thursday at 2pm.",
    ]
    static let compoundConcern = [
        "I hear you, that's a fair concern.",
        "What's making you feel that way?",
        "We could begin with a single entity for one month at a fixed fee, so you see results before committing to more.",
    ]
    static let storyPlan = [
        "Good morning, and thanks for finding the time today.",
        "Before we start, would it be alright if I ask a few questions first, share what we've seen work elsewhere, and then we agree together whether a next step makes sense?",
        "A controller I spoke to last week said her job is mostly chasing other people. What does your job involve?",
        "Another customer of ours runs finance with five people. How big is your team?",
        "Most of the firms we talk to are on NetSuite or Sage. Which system do you use?",
        "One retailer told us their close took three weeks before they changed things. How long does yours take?",
        "For a lot of teams, reconciling by hand is what hurts most. What's the hardest part for you?",
        "One team worked out they were losing a hundred hours a month. How much time does manual work take your team?",
        "When a close slips, some CFOs say the board loses confidence. What happens in your business when it runs late?",
        "If you could get that time back, what would you do with it?",
        "Several teams compared us with other vendors first. Are you looking at anyone else?",
        "In most companies, someone beyond the finance lead signs. Who would make the final call here?",
        "Some teams fund this from the audit budget. Do you have money set aside for it?",
        "Others tie it to the start of the year. When would you want it running?",
        "Let me check I've understood: the close is slower than you'd like, matching is done by hand, and it costs the team real time. Did I get that right?",
        "Would next Wednesday work for a demo on a month of your own data?",
        "Great, I'll send over an invite for Wednesday morning.",
    ]
    static let storyConcern = [
        "That's completely understandable.",
        "Could you tell me a bit more about that?",
        "What we'd suggest is a small pilot on one entity and one month, at a fixed price, so the risk is low.",
    ]
    static let discountPusherPlan = [
        "Hi, I'm calling because we have a special offer this month only.",
        "If you sign before Friday I can give you 30% off the list price.",
        "Closewise automates your reconciliations and cuts your close in half.",
        "Our customers love it and it pays for itself in weeks.",
        "Do you use spreadsheets for the close?",
        "Great, so you definitely need this.",
        "The discount ends on Friday, so we really need to move quickly.",
        "Can I send you the contract today?",
        "Shall we get the paperwork signed this week?",
    ]

    static let dictatedPlan = [
        "hi thanks for jumping on a call with me today how's your week going",
        "so what i'd like to do is ask you a few questions about how things work today and then if it makes sense we can talk about next steps is that ok",
        "so tell me a bit about your role and what you look after",
        "and how many people are on the team that does the close",
        "so what system are you guys using for the accounts at the moment",
        "and how many days does it usually take you to close the month",
        "so what's the most painful part of all that for you",
        "roughly how many hours a month go into the manual reconciliations",
        "and what happens when the close runs late who feels it",
        "so are you talking to any other vendors about this at the moment",
        "and who would actually sign off on the spend at the end of the day",
        "so have you got a budget set aside for something like this",
        "so when would you ideally want something like this up and running",
        "ok so just to play that back the close takes too long there's a lot of manual matching and it's eating into the team's evenings is that about right",
        "would it make sense to set up a demo with your own data next tuesday",
        "great i'll send the invite over for tuesday afternoon",
    ]
    static let dictatedConcern = [
        "yeah that's totally fair",
        "can you tell me a bit more about what's behind that",
        "what we usually do is start with one entity for one month at a fixed fee so you can see it working before you commit",
    ]
    static let indirectPlan = [
        "Good afternoon, thank you ever so much for making the time.",
        "Would it be alright if I asked a few questions about how things are at the moment, and then we could see together whether it's worth taking further?",
        "Would you mind me asking what your role covers?",
        "Might I ask roughly how many are in your team?",
        "I was wondering which accounting package you're on at present?",
        "I was wondering how long the month-end close tends to take?",
        "Would it be fair to ask what you find most frustrating about it?",
        "Might I ask how much time the team spends on manual work each month?",
        "I'd be curious what it means for the business when the numbers are late?",
        "Would you mind telling me which other providers you're considering?",
        "May I ask who holds the purse strings for a purchase like this?",
        "Would you mind sharing what sort of budget you have in mind?",
        "Might I ask by when you'd hope to have it in place?",
        "If I may summarise: the close runs longer than you'd like, much of the matching is done by hand, and it's costing the team time. Is that a fair summary?",
        "Would you be open to a demonstration on a month of your own figures next Thursday?",
        "Lovely, I'll send an invitation for Thursday morning.",
    ]
    static let indirectConcern = [
        "I completely understand, that's a reasonable worry.",
        "Would you mind telling me a little more about it?",
        "Perhaps we could start small: one entity, one month, at a fixed price, so there's very little risk.",
    ]
    static let leadingPlan = [
        "Hi, you're the finance person there, right?",
        "You'd agree month end is a pain, wouldn't you?",
        "And you'd like it to be faster, yes?",
        "So you'd want to save time, obviously?",
        "Our tool fixes all of that, so it's a no-brainer, isn't it?",
        "Shall I send the order form over now?",
        "Can we get it signed by Friday?",
    ]

    /// Tuning calls in round twenty-seven's voices (other lines), read line by line to change
    /// the buyer.
    static let indirectTuningPlan = [
        "Hello, and thank you so much for sparing the time this afternoon.",
        "Would you mind if I asked a handful of questions about how things stand, and then we could decide between us whether there's anything worth pursuing?",
        "Might I ask what your position involves?",
        "Would you mind me asking how large the finance team is?",
        "I was wondering what software the books are kept in?",
        "Might I ask how many days it takes to close the month?",
        "Would it be fair to ask which part of it causes the most grief?",
        "I was wondering roughly how many hours a month go on manual matching?",
        "I'd be interested to know what happens when the close slips?",
        "Would you mind me asking whether you've looked at anyone else?",
        "Might I ask who would give the final approval for something like this?",
        "I was wondering whether any money has been set aside for it?",
        "Would you mind telling me when you'd ideally want it running?",
        "If I might play that back: the close takes longer than it should, a lot of the matching is manual, and the team is paying for it in time. Have I understood correctly?",
        "Would you be amenable to a demonstration using your own data next Wednesday?",
        "Splendid, I'll send an invitation for Wednesday afternoon.",
    ]
    static let indirectTuningConcern = [
        "I quite understand, that's a perfectly reasonable concern.",
        "Would you mind saying a little more about that?",
        "Perhaps we could begin modestly: a single entity for a single month, at a fixed fee.",
    ]
    static let leadingTuningPlan = [
        "Hey, you look after the numbers over there, don't you?",
        "I bet month end is a nightmare, isn't it?",
        "You'd want it done quicker, surely?",
        "And nobody likes manual work, right?",
        "Our platform sorts all of that out, so it's an easy yes, isn't it?",
        "Can I email the contract across now?",
        "Shall we aim to sign by Friday?",
    ]

    static let companyTalkerPlan = [
        "Hi, it's Alex from Closewise, is now a good time?",
        "We were founded in 2015 and have grown to over two hundred employees across four offices.",
        "Our investors include some of the biggest names in fintech and we just closed our Series C.",
        "We were named a leader in three analyst reports this year.",
        "So when can we get you started?",
        "I can have the contract over to you this afternoon.",
    ]

    static let storytellerTuningPlan = [
        "Hi there, thanks for fitting me in. I had a call with a brewery in Leeds earlier and they'd just finished their close at midnight, so I'm feeling for every finance team today!",
        "I always like to start the same way: you tell me how things are, I share what I've seen elsewhere if it helps, and we see if it's worth a proper look. Alright with you?",
        "One finance lead I worked with said her job was mostly chasing people for numbers. What does your day-to-day actually look like?",
        "Funny, a lot of people say that. Out of interest, how many of you are on the team doing the close?",
        "We see all sorts of setups — some on Xero, some on SAP, some held together with spreadsheets. What's yours built on?",
        "I remember one company took three weeks to close and nobody questioned it. How long does yours take from the end of the month?",
        "When I sat with a controller last year, the bank recs were where everything got stuck. Where does it get stuck for you?",
        "And roughly, in a normal month, how much time goes into doing that by hand?",
        "Another customer told me the late close meant the sales director kept making calls on last month's numbers. What does a slow close end up costing your business?",
        "Picture the close finishing three days earlier. What would you and the team do with that time?",
        "Some teams I talk to are also looking at BlackLine or building something themselves. Are you looking at anything else?",
        "In my experience it's rarely one person who decides on a tool like this. Who would be involved in signing it off on your side?",
        "Was there any money earmarked for this kind of project this year?",
        "And is there a date you're working towards, like the audit or a new financial year?",
        "Let me play that back to make sure I've got it: the close runs long, the manual matching is the big drag, and it's holding up decisions. Have I got that right?",
        "The easiest next step is usually a working session where we load one month of your data. Could we do that next Tuesday?",
        "Great — shall I send the invite for Tuesday morning?",
    ]
    static let storytellerTuningConcern = [
        "I hear you, and honestly that comes up a lot.",
        "What's making you hesitate?",
        "What we normally suggest is a short pilot on one entity at a fixed fee, so you can see it work before committing.",
    ]
    /// A tuning call in the storyteller's voice (an anecdote before each question), written in
    /// the twenty-fourth round and read line by line: 69, 65, 55 and 57 on Dana, Priya, Marcus
    /// and Lena at first — an agenda with no order words ("I like to start the same way: you
    /// tell me…, and we see if…") was a question, "where does it get stuck?" was not a pain
    /// question, "what does a slow close end up costing your business?" not an implication, and
    /// "what would you and the team do with that time?" not a need-payoff; "what does your
    /// day-to-day look like?" counted days. About 90, 87, 78 and 73 after (Lena keeps facts this
    /// call never asks for, and the storyteller speaks two words in three).
    @Test(arguments: [("dana", 75), ("priya", 75), ("marcus", 75), ("lena", 70)])
    func storytellerTuningCall(persona: String, floor: Int) {
        #expect(Self.playAdaptive(persona, Self.storytellerTuningPlan, concern: Self.storytellerTuningConcern).1.overall >= floor, "\(persona)")
    }

    static let empathyTuningPlan = [
        "Good afternoon — it sounds like it's been one of those weeks?",
        "Before anything else: I'd suggest you tell me how month-end really goes, I'll ask a few things as we go, and at the end you decide if a second conversation is worth your time. How does that sound?",
        "It seems like a lot lands on your desk. What are you responsible for these days?",
        "How many people help you get the numbers out?",
        "What's the accounting system underneath it all?",
        "It sounds like the close has a rhythm of its own. How long is it, start to finish?",
        "What's the part of it you'd happily never do again?",
        "How much time does that eat each month, roughly?",
        "It seems like that has knock-on effects. How does a late close affect the people around you?",
        "What would it mean for you personally if that went away?",
        "How are you thinking about the alternatives — have you looked at other tools?",
        "How does a decision like this get made on your side, and who signs?",
        "What has been set aside to spend on this?",
        "What's driving the timing — is there a date that matters?",
        "It sounds like the matching is the real drag, it spills into the audit, and the team pays for it in overtime. Is that fair?",
        "How would it be if we tried it on one month of your data, say next Wednesday?",
        "Shall I send that invitation for Wednesday then?",
    ]
    static let empathyTuningConcern = [
        "It sounds like that's a real worry for you.",
        "What would you need to see to feel comfortable?",
        "We'd start with one entity for one month at a fixed price, and you only continue if it proves itself.",
    ]
    /// A tuning call in the voice of round twenty-four's empathetic rep (other sentences), read
    /// line by line: 95, 92, 86 and 70 on Dana, Priya, Marcus and Lena at first — "what's the
    /// part you'd happily never do again?" was no pain question and "how would it be if we tried
    /// it on one month of your data, say next Wednesday?" no proposal; 95, 92, 86, 80 after.
    @Test(arguments: ["dana", "priya", "marcus", "lena"])
    func empathyTuningCall(persona: String) {
        #expect(Self.playAdaptive(persona, Self.empathyTuningPlan, concern: Self.empathyTuningConcern).1.overall >= 75, "\(persona)")
    }

    static func playRound(_ name: String, _ persona: String, good: [(style: String, plan: [String], concern: [String], floor: Int)], poor: (style: String, plan: [String]), poorCeiling: Int = 35) {
        let scores = good.map { ($0.style, playAdaptive(persona, $0.plan, concern: $0.concern).1.overall, $0.floor) }
        let poorScore = playAdaptive(persona, poor.plan, concern: []).1.overall
        print("trainee \(name) round \(persona): " + (scores.map { "\($0.0) \($0.1)" } + ["\(poor.style) \(poorScore)"]).joined(separator: ", "))
        for (style, score, floor) in scores { #expect(score >= floor, "\(style)") }
        #expect(poorScore <= poorCeiling, "\(poor.style)")
    }

    static func playAdaptive(_ persona: String, _ plan: [String], concern: [String]) -> (RolePlay, Scorecard) {
        var play = RolePlay(playbook: playbook, persona: playbook.persona(persona)!, seed: 7, today: Fixtures.today)
        for line in plan where play.ending == nil {
            let exchange = play.respond(to: line)
            if exchange.raised != nil {
                for answer in concern where play.ending == nil { play.respond(to: answer) }
            }
        }
        play.end()
        return (play, Scorecard(play))
    }

    static func play(_ persona: String, _ lines: [String]) -> (RolePlay, Scorecard) {
        var play = RolePlay(playbook: playbook, persona: playbook.persona(persona)!, seed: 7, today: Fixtures.today)
        for line in lines where play.ending == nil { play.respond(to: line) }
        play.end()
        return (play, Scorecard(play))
    }

    /// Tuning calls (the buyer was changed while reading them) must score as a trainer would
    /// score them; held-out calls are reported, with floors under what they gave (consultative
    /// 79, 59 and 52 on Dana, Priya and Marcus when first run, 79, 58 and 48 after the second
    /// round of example questions; rushed 16, 11 and 11, then 16, 11 and 9). Both were read
    /// line by line in the fourth round (consultative then 97, 95 and 65) and are seen since.
    @Test(arguments: ["dana", "priya", "marcus"])
    func goodCallsScoreWellAndPoorOnesBadly(persona: String) {
        for (lines, concern) in [(Self.agendaStyle, Self.agendaConcern), (Self.spinStyle, Self.spinConcern), (Self.chattyPlan, Self.chattyConcern), (Self.gentlePlan, Self.gentleConcern),
                                  (Self.typoPlan, Self.typoConcern), (Self.formalPlan, Self.formalConcern), (Self.insightPlan, Self.insightConcern),
                                  (Self.numbersPlan, Self.numbersConcern), (Self.plainPlan, Self.plainConcern)] {
            #expect(Self.playAdaptive(persona, lines, concern: concern).1.overall >= 75, "\(persona)")
        }
        for lines in [Self.pitchingPoor, Self.closedQuestionsPoor, Self.rushedPoor] { #expect(Self.play(persona, lines).1.overall <= 35, "\(persona)") }
        #expect(Self.play(persona, Self.consultativeStyle).1.overall >= 60, "\(persona)")
    }

    /// The buyer never says the same thing twice running, over many seeded calls in every voice.
    /// The adaptive calls, run once when the fourth round was done: challenger 83, 79 and 55,
    /// brisk 96, 96 and 65, feature-dump 20, 15 and 15 on Dana, Priya and Marcus. The challenger
    /// call on Marcus was read line by line in the sixth round (80, 74 and 59 after it), so it
    /// is seen since. Floors and ceilings just outside those.
    /// After the eighth round: challenger 80, 74 and 69, brisk 96, 93 and 88; then 91, 85 and 82
    /// once "what does that cost you?" stopped counting as a price and a dated pilot proposal as
    /// a close (the challenger call was read for those two).
    @Test(arguments: [("dana", 86, 90), ("priya", 80, 90), ("marcus", 78, 84)])
    func heldOutAdaptiveCalls(persona: String, challengerFloor: Int, briskFloor: Int) {
        let challenger = Self.playAdaptive(persona, Self.challengerPlan, concern: Self.challengerConcern).1.overall
        let brisk = Self.playAdaptive(persona, Self.briskPlan, concern: Self.briskConcern).1.overall
        let poor = Self.playAdaptive(persona, Self.featureDumpPlan, concern: []).1.overall
        print("trainee held out \(persona): challenger \(challenger), brisk \(brisk), feature-dump \(poor)")
        #expect(challenger >= challengerFloor)
        #expect(brisk >= briskFloor)
        #expect(poor <= 30)
    }

    /// The methodical call, held out from the sixth round (written before it; only its totals
    /// were read): 70, 72 and 38 on Dana, Priya and Marcus before and after that round. Read
    /// line by line on Marcus and Lena in the eighth round (seen since): 76, 77 and 85 after it.
    @Test(arguments: [("dana", 72), ("priya", 72), ("marcus", 80)])
    func heldOutMethodicalCall(persona: String, floor: Int) {
        let score = Self.playAdaptive(persona, Self.methodicalPlan, concern: Self.methodicalConcern).1.overall
        print("trainee held out \(persona): methodical \(score)")
        #expect(score >= floor)
    }

    /// The eighth round's held-out calls on every default persona (only totals were read):
    /// casual 77, 73, 59 and 57, structured 96, 91, 72 and 66, pushy 20, 12, 13 and 14 on Dana,
    /// Priya, Marcus and Lena before that round; casual 92, 89, 84 and 75, structured 96, 91, 87
    /// and 71, pushy 21, 19, 19 and 22 after it. Floors and ceilings just outside.
    @Test(arguments: [("dana", 88, 92), ("priya", 85, 88), ("marcus", 80, 83), ("lena", 70, 66)])
    func eighthRoundHeldOutCalls(persona: String, casualFloor: Int, structuredFloor: Int) {
        let casual = Self.playAdaptive(persona, Self.casualPlan, concern: Self.casualConcern).1.overall
        let structured = Self.playAdaptive(persona, Self.structuredPlan, concern: Self.structuredConcern).1.overall
        let pushy = Self.playAdaptive(persona, Self.pushyPlan, concern: []).1.overall
        print("trainee eighth round \(persona): casual \(casual), structured \(structured), pushy \(pushy)")
        #expect(casual >= casualFloor)
        #expect(structured >= structuredFloor)
        #expect(pushy <= 30)
    }

    /// The ninth round's held-out calls on every default persona (only totals read): warm 71,
    /// 62, 58 and 52, terse 98, 95, 91 and 78, demo 17, 16, 15 and 16 on Dana, Priya, Marcus
    /// and Lena before that round; warm 72, 64, 59 and 54, terse 99, 96, 92 and 79 after it
    /// (demo the same). Warm was read line by line in the eleventh round (seen since): a dated
    /// pilot proposed with "would it make sense…" was taken for an agenda (no close, no next
    /// step), "what does it mean for you and the business?" for a question about the ERP,
    /// "what are you using for the accounting?" was not understood ("using" did not meet
    /// "use"), "…fixed by?" was not heard as a deadline and "say a bit more about what worries
    /// you" did not explore the concern: 88, 82, 79 and 67 after those five changes.
    @Test(arguments: ["dana", "priya", "marcus", "lena"])
    func ninthRoundHeldOutCalls(persona: String) {
        let warm = Self.playAdaptive(persona, Self.warmPlan, concern: Self.warmConcern).1.overall
        let terse = Self.playAdaptive(persona, Self.tersePlan, concern: Self.terseConcern).1.overall
        let demo = Self.playAdaptive(persona, Self.demoPlan, concern: []).1.overall
        print("trainee ninth round \(persona): warm \(warm), terse \(terse), demo \(demo)")
        let floors = ["dana": (85, 96), "priya": (79, 93), "marcus": (76, 89), "lena": (64, 76)][persona]!
        #expect(warm >= floors.0)
        #expect(terse >= floors.1)
        #expect(demo <= 35)
    }

    /// The eleventh round's held-out calls on every default persona (only totals read): funnel
    /// 76, 70, 68 and 59, nervous 82, 77, 57 and 57, order-taker 29, 28, 28 and 31 on Dana,
    /// Priya, Marcus and Lena before that round, and exactly the same after its changes from
    /// the warm, numbers and plain calls — those changes did not carry over to these voices.
    /// Read line by line after that (seen since): "how about a pilot on <day>?" was heard as an
    /// open question, "thanks for telling me that" was not an acknowledgement, "could I ask
    /// what's making you feel that way?" did not explore, "just to check I've got it right…"
    /// was not a summary, "whose opinion counts when it comes to…" asked "when", "…, but is
    /// there any budget?" was not heard past its lead-in: funnel 83, 78, 75 and 63 and nervous
    /// 91, 86, 78 and 65 after those changes; funnel 98, 93, 90 and 75 once "how about…?" was
    /// never an open question.
    @Test(arguments: [("dana", 95, 88), ("priya", 90, 83), ("marcus", 87, 75), ("lena", 72, 62)])
    func eleventhRoundHeldOutCalls(persona: String, funnelFloor: Int, nervousFloor: Int) {
        Self.playRound("eleventh", persona, good: [("funnel", Self.funnelPlan, Self.funnelConcern, funnelFloor), ("nervous", Self.nervousPlan, Self.nervousConcern, nervousFloor)],
                       poor: ("order-taker", Self.orderTakerPlan))
    }

    /// The twelfth set of calls, written after the eleventh round's changes and held out from
    /// them (only totals read): folksy 76, 68, 61 and 49, teaching 73, 65, 75 and 75,
    /// discount-first 14, 13, 12 and 13 on Dana, Priya, Marcus and Lena when first run. Good
    /// calls in voices the buyer has not met still score under 75 on most personas: the goal is
    /// not met. Floors just under, so a change that makes them worse fails.
    /// Read line by line in the twelfth round (seen since): "How big's the crew?" was small talk,
    /// "what if we kicked off a pilot Monday 14 December?" an open question (no close), "what
    /// would you say is…" and "let's say…" heard as who has the say, "who else gets a vote?"
    /// answered with the budget. After: folksy 95, 91, 86 and 71, teaching 93, 85, 91 and 75.
    @Test(arguments: [("dana", 93, 91), ("priya", 89, 83), ("marcus", 84, 89), ("lena", 69, 73)])
    func twelfthRoundHeldOutCalls(persona: String, folksyFloor: Int, teachingFloor: Int) {
        Self.playRound("twelfth", persona, good: [("folksy", Self.folksyPlan, Self.folksyConcern, folksyFloor), ("teaching", Self.teachingPlan, Self.teachingConcern, teachingFloor)],
                       poor: ("discount-first", Self.discountFirstPlan))
    }

    /// The thirteenth set, written before the twelfth round's changes and held out from them
    /// (only totals read): pain funnel 89, 84, 80 and 62, plain words 83, 80, 80 and 77,
    /// feature-push 22, 22, 23 and 26 on Dana, Priya, Marcus and Lena, the same before and after
    /// those changes. Then read line by line (seen since): a need-payoff question ("suppose it
    /// worked the way you want — what would be better?") was answered with the pain again, "an
    /// example of when that went wrong" with the go-live date, "what happens to the company
    /// when…" with the pain again, "OK for you?" after a plan was not an agenda, and a buyer with
    /// nothing to tell said the same line twice behind "Like I said". After: funnel 96, 91, 85
    /// and 66, plain words 88, 85, 84 and 77. Floors just under.
    @Test(arguments: [("dana", 94, 86), ("priya", 89, 83), ("marcus", 83, 82), ("lena", 64, 75)])
    func thirteenthRoundHeldOutCalls(persona: String, funnelFloor: Int, plainFloor: Int) {
        Self.playRound("thirteenth", persona, good: [("funnel", Self.painFunnelPlan, Self.painFunnelConcern, funnelFloor), ("plain-words", Self.plainPlan13, Self.plainConcern13, plainFloor)],
                       poor: ("feature-push", Self.featurePushPlan))
    }

    /// The fourteenth set, written after the twelfth round's changes and never used to make any
    /// (only totals read): enterprise 71, 64, 63 and 67, junior 98, 94, 89 and 76, closed
    /// questions and a price 14, 13, 12 and 13 on Dana, Priya, Marcus and Lena when first run.
    /// The thorough enterprise call scores under 75 everywhere: the goal is not met for it.
    /// Then read line by line (seen since): "where does it break down?" was not heard as the
    /// pain, "how does that show up for the business?" was not an implication, "…, and how
    /// long does that take?" after a question about legal review was heard as the close's
    /// length, and "walk me through how a purchase gets approved" repeated the close process.
    /// After: enterprise 92, 87, 83 and 88. Floors just under.
    @Test(arguments: [("dana", 90, 96), ("priya", 85, 92), ("marcus", 81, 87), ("lena", 79, 74)])
    func fourteenthRoundHeldOutCalls(persona: String, enterpriseFloor: Int, juniorFloor: Int) {
        Self.playRound("fourteenth", persona, good: [("enterprise", Self.enterprisePlan, Self.enterpriseConcern, enterpriseFloor), ("junior", Self.juniorPlan, Self.juniorConcern, juniorFloor)],
                       poor: ("order-taker", Self.closedPricePlan))
    }

    /// The fifteenth set, written after the twelfth round's last change and never used to make
    /// any (only totals read): curious 94, 88, 69 and 75, fragments 93, 90, 86 and 77,
    /// monologue 4, 4, 3 and 3 on Dana, Priya, Marcus and Lena when first run. Read line by line
    /// in the sixteenth round (seen since): the agenda "…how things work for you today, and
    /// leave five minutes at the end… Works for you?" was an open question (its "today" read as
    /// a day proposed) — curious 93, 87, 69 and 75 after. Marcus still refuses the close: "how
    /// do decisions about tools like this get made?" is heard as "what made you look…" as much
    /// as who decides, so he never says who signs. Floors just under.
    @Test(arguments: [("dana", 92, 91), ("priya", 86, 88), ("marcus", 67, 84), ("lena", 73, 75)])
    func fifteenthRoundHeldOutCalls(persona: String, curiousFloor: Int, fragmentsFloor: Int) {
        Self.playRound("fifteenth", persona, good: [("curious", Self.curiousPlan, Self.curiousConcern, curiousFloor), ("fragments", Self.fragmentsPlan, Self.fragmentsConcern, fragmentsFloor)],
                       poor: ("monologue", Self.monologuePlan))
    }

    /// The sixteenth set, written before the fifteenth round's calls were read: insight-led 69,
    /// 64, 61 and 55, qualifier 90, 89, 85 and 76, friendly pitcher 17 on every persona when
    /// first run, the same after the changes made from the fifteenth round. The insight-led call
    /// was then read (seen since): an insight checked with "Is that anything like your
    /// experience?" was heard as being about "teams your size" (the team), "how is your
    /// month-end put together?" was unclear between the pain and the process, "what does a late
    /// close mean for the rest of the business?" was no implication and got the ERP, and "if you
    /// got those hours back, what would the team do with them?" was no need-payoff question.
    /// After: insight-led 93, 85, 81 and 60 (Lena withholds her timeline and rivals and bargains
    /// at the close). Floors just under.
    @Test(arguments: [("dana", 91, 88), ("priya", 83, 87), ("marcus", 79, 83), ("lena", 58, 74)])
    func sixteenthRoundHeldOutCalls(persona: String, insightFloor: Int, qualifierFloor: Int) {
        Self.playRound("sixteenth", persona, good: [("insight-led", Self.insightLedPlan, Self.insightLedConcern, insightFloor), ("qualifier", Self.qualifierPlan, Self.qualifierConcern, qualifierFloor)],
                       poor: ("friendly-pitcher", Self.friendlyPitcherPlan))
    }

    /// The seventeenth set, written before the sixteenth round's calls were read; its good calls
    /// never used to make any change (only totals read): reflective 83, 77, 74 and 64, teacher
    /// 98, 94, 90 and 80 on Dana, Priya, Marcus and Lena when first run and after that round's
    /// changes. The interrogator scored 36, 32, 29 and 39 — over 35 on two personas — and was
    /// read (seen since): "Would you like to buy Closewise?" was no close, and a close asked
    /// over a concern nobody answered earned as much as one asked well. After: 32, 28, 25 and
    /// 39 (37 on Lena later in the round). On Lena it stays over 35: she answers each yes-or-no question with a fact and raises
    /// no concern, so the call is scored on what it did find; the ceiling there is the measured
    /// miss, not the goal. The reflective call was read later in that round (seen since): "Where
    /// would you like to start — what's been on your mind…?" was heard as asking for the
    /// business ("would you like to start"); after, reflective 83, 76, 75 and 65. "When it drags,
    /// who feels it most — leadership, auditors, the team?" was heard as a "when" question (the
    /// go-live date) and not as an implication; after, reflective 99, 94, 91 and 79.
    @Test(arguments: [("dana", 97, 96, 35), ("priya", 92, 92, 35), ("marcus", 89, 88, 35), ("lena", 77, 78, 38)])
    func seventeenthRoundHeldOutCalls(persona: String, reflectiveFloor: Int, teacherFloor: Int, poorCeiling: Int) {
        Self.playRound("seventeenth", persona, good: [("reflective", Self.reflectivePlan, Self.reflectiveConcern, reflectiveFloor), ("teacher", Self.teacherPlan, Self.teacherConcern, teacherFloor)],
                       poor: ("interrogator", Self.interrogatorPlan), poorCeiling: poorCeiling)
    }

    /// The eighteenth set, written before the seventeenth round's good calls were read and never
    /// used to make any change (only totals read): storyteller 95, 91, 87 and 69, brief 92, 91,
    /// 88 and 76, assumer 9 on Dana, Priya, Marcus and Lena when first run. The storyteller call
    /// was then read on Lena (seen since): "What's the longest it's taken you recently?" was not
    /// heard as how long the close takes, and a buyer with one way of saying "I don't follow"
    /// said it twice, the second time as "As I say — i'm not sure…". After: storyteller 97, 94,
    /// 89 and 72. Floors just under.
    @Test(arguments: [("dana", 95, 90), ("priya", 92, 89), ("marcus", 87, 86), ("lena", 70, 74)])
    func eighteenthRoundHeldOutCalls(persona: String, storytellerFloor: Int, briefFloor: Int) {
        Self.playRound("eighteenth", persona, good: [("storyteller", Self.storytellerPlan, Self.storytellerConcern, storytellerFloor), ("brief", Self.briefPlan, Self.briefConcern, briefFloor)],
                       poor: ("assumer", Self.assumerPlan))
    }

    /// The nineteenth set, written before the eighteenth round's calls were read (only totals
    /// read until the twentieth round, seen since): business case 91, 88, 84 and 71, why 93,
    /// 89, 77 and 72, order-taker 19, 19, 24 and 17 on Dana, Priya, Marcus and Lena when first
    /// run. Read in the twentieth round: "Good that you said so." was no acknowledgement and
    /// "let me read back the numbers" / "so, in short:" no summary (then 96/94/90/77 and
    /// 94/91/78/73); the default personas' one-word topics "people", "hard" and "today" (heard
    /// in other senses: "why does that matter to the people above you?" was the team's size)
    /// became phrases or went: why 100/97/94/81. Left: "What's the target the business has set
    /// you?" answered with the ERP, "why did you take this call?" heard as about days ("take";
    /// without that topic "what prompted you to take this call?" went to who decides). Lena's
    /// calls miss her paper process and champion.
    @Test(arguments: [("dana", 94, 98), ("priya", 92, 95), ("marcus", 88, 92), ("lena", 75, 79)])
    func nineteenthRoundHeldOutCalls(persona: String, businessCaseFloor: Int, whyFloor: Int) {
        Self.playRound("nineteenth", persona, good: [("business-case", Self.businessCasePlan, Self.businessCaseConcern, businessCaseFloor), ("why", Self.whyPlan, Self.whyConcern, whyFloor)],
                       poor: ("order-taker", Self.orderTakerPoPlan))
    }

    /// The twentieth set, written before the nineteenth round's calls were read and never used
    /// to make any change (only totals read): MEDDICC 87, 80, 74 and 87, relaxed 90, 86, 82 and
    /// 70, discount-and-deadline 9 on each of Dana, Priya, Marcus and Lena when first run (6 of
    /// 8 good calls at 75 or more). Read in the twenty-first round (seen since): "just to say it
    /// back: … That about right?" was no summary and "what would that actually give you?" no
    /// need-payoff question (then relaxed 94, 89, 83 and 68 — Lena's answers now leave the
    /// trainee less of the talking); left: "how does the close usually go, like start to
    /// finish?" answered with its length, "is there someone inside who'd push for this?" with
    /// the team's size, "walk me through the steps from 'we like it' to a signed order" with the
    /// close process. Floors just under.
    /// Once a question about a field the buyer has no fact for stopped being answered with the
    /// nearest fact they have: MEDDICC on Lena 87 → 81 (she says she does not know, where a
    /// kin fact had been credited).
    @Test(arguments: [("dana", 85, 88), ("priya", 78, 84), ("marcus", 72, 80), ("lena", 80, 66)])
    func twentiethRoundHeldOutCalls(persona: String, meddiccFloor: Int, relaxedFloor: Int) {
        Self.playRound("twentieth", persona, good: [("meddicc", Self.meddiccPlan, Self.meddiccConcern, meddiccFloor), ("relaxed", Self.relaxedPlan, Self.relaxedConcern, relaxedFloor)],
                       poor: ("discount-deadline", Self.discountDeadlinePlan))
    }

    /// The twenty-first set, written before the twentieth round's calls were read and before any
    /// change in that round; held out (only totals read): gap 92, 86, 80 and 67, Sandler 83, 79,
    /// 88 and 75, closed-only 27, 24, 22 and 34 on Dana, Priya, Marcus and Lena when first run
    /// (7 of 8 good calls at 75 or more), the same after the discovery changes of that round.
    /// Then Lena's gap call was read (seen since; the other seven were not): she bargained over
    /// "Could we meet again on Thursday 10 December to scope a pilot together?" as if asked to
    /// sign, and "Fast forward a year and it's fixed: what does the future state look like?" was
    /// not understood — gap 92, 87, 81 and 73 after (Lena's call still misses her close process:
    /// "Paint me the current state: what happens in your team from the last day of the month
    /// until the books are closed?" gets "do you mean pains or working days to close?"). Floors
    /// just under.
    /// Once a question about a field the buyer has no fact for stopped being answered with the
    /// nearest fact they have: Sandler 83, 79, 88, 75 → 86, 81, 82, 68.
    @Test(arguments: [("dana", 90, 81), ("priya", 85, 77), ("marcus", 79, 81), ("lena", 71, 67)])
    func twentyFirstRoundHeldOutCalls(persona: String, gapFloor: Int, sandlerFloor: Int) {
        Self.playRound("twenty-first", persona, good: [("gap", Self.gapPlan, Self.gapConcern, gapFloor), ("sandler", Self.sandlerPlan, Self.sandlerConcern, sandlerFloor)],
                       poor: ("closed-only", Self.closedOnlyPlan))
    }

    /// The twenty-second set, written at the end of the twenty-first round after its last change
    /// and measured once; held out (only totals read): NEAT 92, 88, 84 and 79, goals 79, 78, 72
    /// and 81, arguer 11, 10, 9 and 10 on Dana, Priya, Marcus and Lena (7 of 8 good calls at 75
    /// or more). Floors just under.
    @Test(arguments: [("dana", 90, 77), ("priya", 86, 76), ("marcus", 82, 70), ("lena", 77, 79)])
    func twentySecondRoundHeldOutCalls(persona: String, neatFloor: Int, goalsFloor: Int) {
        Self.playRound("twenty-second", persona, good: [("neat", Self.neatPlan, Self.neatConcern, neatFloor), ("goals", Self.goalsPlan, Self.goalsConcern, goalsFloor)],
                       poor: ("arguer", Self.arguerPlan))
    }

    /// The twenty-third set, written in the twenty-third session before it was run, with no buyer
    /// change in that session; held out (only totals read): outcomes 76, 71, 69 and 82, rambler
    /// 65, 63, 58 and 55, discounter 18, 16, 15 and 15 on Dana, Priya, Marcus and Lena (2 of 8
    /// good calls at 75 or more). A tuning call in the rambler's voice (other sentences) was then
    /// read: the magic-wand question, "who ends up waiting on you?" and "say you got a week back —
    /// what would you spend it on?" were not understood (it went 70 → 91 on Dana, 53 → 78 on
    /// Marcus once they were); this round gave the same totals after, so what the rambler's own
    /// lines miss is something else. Floors just under.
    /// After "what does it do to…" became an implication question and a question about a field
    /// the buyer lacks stopped being answered with another fact: outcomes 81, 76, 73, 82 → 92,
    /// 76, 73, 76.
    /// When "Did I get that right?" stopped counting as the acknowledgement "I get that", the
    /// rambler on Marcus fell 58 → 53 (its summary had passed a price concern by, excused by
    /// that false acknowledgement); reading why, its last line ("How would Thursday 17 December
    /// be for a proper look…?") was seen to be no proposal, and asking how a day suits is now
    /// one: rambler 65, 63, 58, 58 → 80, 79, 69, 70 on Dana, Priya, Marcus, Lena (that line is
    /// seen since).
    @Test(arguments: [("dana", 74, 63), ("priya", 69, 61), ("marcus", 67, 56), ("lena", 75, 53)])
    func twentyThirdRoundHeldOutCalls(persona: String, outcomesFloor: Int, ramblerFloor: Int) {
        Self.playRound("twenty-third", persona, good: [("outcomes", Self.outcomesPlan, Self.outcomesConcern, outcomesFloor), ("rambler", Self.ramblerPlan, Self.ramblerConcern, ramblerFloor)],
                       poor: ("discounter", Self.discounterPlan))
    }

    /// Round twenty-four, written before it was run and held out (only totals read): a rep who
    /// labels what the buyer feels and asks calibrated "how/what" questions 94, 89, 85 and 71 on
    /// Dana, Priya, Marcus and Lena; a rep for whom English is a second language 90, 87, 80 and
    /// 76; a poor rep who recites features and asks for a signature 16, 13, 14 and 11 — 7 of 8
    /// good calls at 75 or more when first run. Floors just under.
    @Test(arguments: [("dana", 93, 89), ("priya", 88, 86), ("marcus", 84, 79), ("lena", 70, 75)])
    func twentyFourthRoundHeldOutCalls(persona: String, empathyFloor: Int, secondLanguageFloor: Int) {
        Self.playRound("twenty-fourth", persona, good: [("empathy", Self.empathyPlan, Self.empathyConcern, empathyFloor), ("second-language", Self.secondLanguagePlan, Self.secondLanguageConcern, secondLanguageFloor)],
                       poor: ("feature-talker", Self.featureTalkerPlan))
    }

    /// Round twenty-five, written before it was run, with no buyer change in that round, and
    /// held out (only totals read): a pain-funnel rep who plays the call back 95, 92, 84 and 79
    /// on Dana, Priya, Marcus and Lena; a casual, clipped typist 87, 84, 77 and 74; a poor rep
    /// who talks about their own company and asks when to start 26, 24, 22 and 14 — 7 of 8
    /// good calls at 75 or more. Floors just under.
    @Test(arguments: [("dana", 94, 86), ("priya", 91, 83), ("marcus", 83, 76), ("lena", 78, 73)])
    func twentyFifthRoundHeldOutCalls(persona: String, funnelFloor: Int, clippedFloor: Int) {
        Self.playRound("twenty-fifth", persona, good: [("funnel-recap", Self.funnelRecapPlan, Self.funnelRecapConcern, funnelFloor), ("clipped", Self.clippedPlan, Self.clippedConcern, clippedFloor)],
                       poor: ("company-talker", Self.companyTalkerPlan))
    }

    /// Round twenty-six, written before it was run, with no buyer change for it, and held out
    /// (only totals read): a rep asking two things in most lines 93, 88, 80 and 74 on Dana,
    /// Priya, Marcus and Lena; a rep leading each question with another customer's story 93,
    /// 90, 82 and 73; a poor rep opening with a discount and a deadline 16, 16, 16 and 15 — 6
    /// of 8 good calls at 75 or more (Lena, the hardest buyer, just under). Floors just under.
    /// Compound on Lena 74 → 71 once a question about a field she lacks got no other fact.
    @Test(arguments: [("dana", 92, 92), ("priya", 87, 89), ("marcus", 79, 81), ("lena", 70, 72)])
    func twentySixthRoundHeldOutCalls(persona: String, compoundFloor: Int, storyFloor: Int) {
        Self.playRound("twenty-sixth", persona, good: [("compound", Self.compoundPlan, Self.compoundConcern, compoundFloor), ("story", Self.storyPlan, Self.storyConcern, storyFloor)],
                       poor: ("discount-pusher", Self.discountPusherPlan))
    }

    /// Round twenty-seven, written before it was run and held out (only totals read): a rep
    /// dictating by voice (lower case, run-on, "so tell me…") and a politely indirect British
    /// rep ("Would you mind me asking…", "Might I ask…", "Would you be open to a demonstration
    /// …?"), and a poor rep asking only leading yes-or-no questions before pushing the order
    /// form. First run on Dana, Priya, Marcus and Lena: dictated 89, 84, 76, 72; indirect 71,
    /// 65, 59, 57; leading 37, 32, 29, 25. A tuning call in the indirect voice showed a
    /// "demonstration" proposed for a day was no next step, "would you mind saying a little
    /// more about that?" no exploring, "might I ask how…" no open question; a tuning call in
    /// the leading voice, that a claim closed by a tag ("…, isn't it?") was no pitch and
    /// "email the contract across" no close. After: indirect 94, 90, 83, 72; leading 27, 24,
    /// 29, 25; dictated unchanged (6 of 8 good calls at 75 or more, Lena under on both).
    /// Then "what your role covers" was answered with who the buyer is ("I'm the controller at
    /// Northwind Freight…"), no longer with the close process it had been credited as: indirect
    /// 90, 85, 79, 73.
    @Test(arguments: [("dana", 88, 89), ("priya", 83, 84), ("marcus", 75, 78), ("lena", 71, 71)])
    func twentySeventhRoundHeldOutCalls(persona: String, dictatedFloor: Int, indirectFloor: Int) {
        Self.playRound("twenty-seventh", persona, good: [("dictated", Self.dictatedPlan, Self.dictatedConcern, dictatedFloor), ("indirect", Self.indirectPlan, Self.indirectConcern, indirectFloor)],
                       poor: ("leading", Self.leadingPlan))
    }

    /// Round twenty-seven's tuning calls: the indirect one 67 and 61 on Dana and Lena before
    /// the round's changes (no demonstration heard as a proposal, no exploring), 91 and 76
    /// after; the leading one 39 and 33 on Dana and Priya before (its pitch closed by a tag
    /// heard as a question, "email the contract across" as a question about who signs), 25 and
    /// 21 after. On all four: indirect 91, 87, 81, 76; leading 25, 21, 28, 26.
    /// With the role answered as who the buyer is: indirect 86, 82, 77, 77.
    @Test(arguments: [("dana", 85), ("priya", 81), ("marcus", 76), ("lena", 75)])
    func twentySeventhRoundTuningCalls(persona: String, indirectFloor: Int) {
        Self.playRound("twenty-seventh tuning", persona, good: [("indirect", Self.indirectTuningPlan, Self.indirectTuningConcern, indirectFloor)],
                       poor: ("leading", Self.leadingTuningPlan), poorCeiling: 30)
    }

    /// A buyer who trusts the trainee but has not yet said what they must before agreeing
    /// names it, rather than a bare no (Marcus needs his budget known: the MEDDICC call never
    /// asks it plainly).
    @Test func aBuyerWhoTrustsTheTraineeSaysWhatIsMissing() throws {
        let (play, card) = Self.playAdaptive("marcus", Self.meddiccPlan, concern: Self.meddiccConcern)
        let last = try #require(play.exchanges.last)
        #expect(last.move.asksToClose && last.reply.contains("budget") && !play.isRevealed("budget"), "\(last.reply)")
        #expect(card.lines.first { $0.item == .close }?.score == 0.4)
    }

    @Test func noReplyIsRepeatedOnConsecutiveTurns() {
        for persona in Self.playbook.personas {
            for seed in UInt64(1)...20 {
                for lines in [Self.agendaStyle, Self.spinStyle, Self.pitchingPoor, Self.closedQuestionsPoor, Self.consultativeStyle, Self.rushedPoor,
                              Self.closedQuestionsPoor + Self.closedQuestionsPoor] {
                    var play = RolePlay(playbook: Self.playbook, persona: persona, seed: seed, today: Fixtures.today)
                    for line in lines where play.ending == nil { play.respond(to: line) }
                    for (a, b) in zip(play.exchanges, play.exchanges.dropFirst()) where !a.reply.isEmpty {
                        #expect(a.reply != b.reply, "\(persona.id) seed \(seed) turn \(b.turn): \(b.reply)")
                    }
                }
            }
        }
    }

    @Test func figures() {
        for persona in ["dana", "priya", "marcus"] {
            var row: [String] = []
            for (name, lines) in [("agenda", Self.agendaStyle), ("spin", Self.spinStyle), ("pitching", Self.pitchingPoor), ("closed", Self.closedQuestionsPoor),
                                  ("consultative (seen)", Self.consultativeStyle), ("rushed (seen)", Self.rushedPoor)] {
                let (play, card) = Self.play(persona, lines)
                var repeats = 0
                for (a, b) in zip(play.exchanges, play.exchanges.dropFirst()) where !a.reply.isEmpty && a.reply == b.reply { repeats += 1 }
                row.append("\(name) \(card.overall) (repeats \(repeats))")
                #expect(repeats == 0 && (0...100).contains(card.overall), "\(persona) \(name)")
            }
            print("trainee scripts \(persona): " + row.joined(separator: ", "))
        }
    }
}

/// What a trainee's line does, as the buyer reads it.
struct TraineeMoveTableTests {
    static let playbook = try! Fixtures.defaultPlaybook()
    func move(_ text: String) -> TraineeMove { TraineeMove(text, playbook: Self.playbook, today: Fixtures.today) }

    @Test(arguments: [
        "Before we dive in, would it be OK if I asked a few questions, and at the end we decide together whether a next step makes sense?",
        "Here's what I'd suggest as a plan for our time: a few questions from me, then we see whether there's a fit.",
        "Would it be alright if I asked a few questions first?",
    ])
    func anAgendaIsNotAClose(text: String) {
        let m = move(text)
        #expect(m.setsAgenda && !m.asksToClose, "\(text)")
    }

    @Test(arguments: ["Shall we get a pilot booked?", "Can we get you signed up today?", "Are you ready to move forward?", "Let's kick off the pilot next week."])
    func askingForTheBusiness(text: String) {
        #expect(move(text).asksToClose, "\(text)")
    }

    /// "What if we…" with a next step on a named day proposes it; without a day it is a question.
    @Test func whatIfWeWithADayProposes() {
        let m = move("What if we kicked off a pilot Monday 14 December?")
        #expect(m.asksToClose && !m.isOpen && m.date?.description == "2026-12-14")
        #expect(!move("What if we could cut that in half, what would it mean for you?").asksToClose)
    }

    /// "How big's the crew?" asks how many, not how they are; "what does that end up doing to
    /// the business?" asks what the problem does.
    @Test func anAmountIsNotSmallTalkAndWhatItDoesIsAnImplication() {
        #expect(!move("How big's the crew doing all that?").smallTalk)
        #expect(move("How's your week been?").smallTalk)
        #expect(move("What does that end up doing to the rest of the business?").asksImplication)
        #expect(move("How does that show up for the business — the board, the auditors?").asksImplication)
        // An amount asked for is not what the problem does to them.
        #expect(!move("What does the manual matching cost you in hours?").asksImplication)
        // Contractions written out or not, the same move: "what is driving" explores as "what's
        // driving" does; "it doesn't deliver" is no pitch.
        #expect(TraineeMove.explores("What is behind that?") && TraineeMove.explores("What's behind that?"))
        #expect(TraineeMove.isBroad("What is changed recently?") == TraineeMove.isBroad("What's changed recently?"))
        #expect(!move("You only commit once you've seen the hours saved, and you can walk away if it doesn't deliver.").pitches)
        // Who approves is a discovery question, not a close.
        #expect(!move("Do you sign it off yourself, or does it go higher?").asksToClose)
        #expect(!move("Who ultimately signs the purchase order?").asksToClose)
        #expect(!move("So who would raise the purchase order?").asksToClose)
        #expect(move("Can we get the order form signed this week?").asksToClose)
        #expect(move("Could you raise the purchase order today?").asksToClose)
        // What a problem means for someone, and what they would do once it is gone, whatever
        // the problem and whoever does it.
        #expect(move("And what does a late close mean for the rest of the business?").asksImplication)
        #expect(move("If you got those hours back, what would the team do with them?").asksNeedPayoff)
        #expect(!move("What does your team do with the exports?").asksNeedPayoff)
        #expect(move("Imagine you had two days back each month — what would you use them for?").asksNeedPayoff)
        #expect(!move("How much would you spend on a tool like this?").asksNeedPayoff)
        // Whoever would do it, in as many words as it takes; a future that is better by a
        // measure ("earlier", "faster") pictures the problem solved.
        #expect(move("Picture the close finishing three days earlier. What would you and the team do with that time?").asksNeedPayoff)
        #expect(move("Picture the close three days faster — what's possible then?").asksNeedPayoff)
        #expect(!move("Picture your close today: what do you do first?").asksNeedPayoff)
        #expect(move("When the numbers slip, who's left waiting on them?").asksImplication)
        // Asked indirectly, or as what it does to someone.
        #expect(move("I'd be curious what it means for the business when the numbers are late?").asksImplication)
        #expect(move("When the numbers are late, what does it do to the rest of the business?").asksImplication)
        #expect(!move("What do you do to get the numbers out?").asksImplication)
        #expect(!move("If the close is two times faster, what this means for your team?").asksImplication)
        // Dictated without its mark, a question led by "roughly" or "ballpark" still asks.
        #expect(move("roughly how many hours a month go into the manual reconciliations").isQuestion)
        #expect(move("ballpark how many people are on the team").isOpen)
        #expect(!move("roughly forty hours a month go on it for most teams").isQuestion)
        // A caller saying who they are and where they call from is not selling yet.
        #expect(!move("Hi, it's Sam from Closewise — did I catch you at an OK time?").pitches)
        #expect(move("Hi, it's Sam from Closewise — did I catch you at an OK time?").smallTalk)
        #expect(!move("This is Jo calling from Closewise, is now still a good time?").pitches)
        #expect(move("Closewise cuts the close in half.").pitches)
        #expect(move("It's Sam from Closewise. Closewise cuts the close in half.").pitches)
        #expect(move("Would you like to buy Closewise?").asksToClose)
        // Asking where to begin the conversation proposes nothing; asking when to begin does.
        #expect(!move("Where would you like to start — what's been on your mind about month-end lately?").asksToClose)
        #expect(move("When would you like to start the pilot?").asksToClose)
        // Who bears the problem is what it does to the business; the "when" clause only sets it up.
        #expect(move("When it drags, who feels it most — leadership, auditors, the team?").asksImplication)
        #expect(FactFinder.expects("When it drags, who feels it most — leadership, auditors, the team?") == .person)
        #expect(FactFinder.expects("When do you normally finish closing, which business day?") == .time)
        // A line of thousands of scene-setting clauses is read in one pass, not one per clause.
        #expect(FactFinder.expects(String(repeating: "when it drags, ", count: 20_000) + "who feels it?") == .person)
        // An insight checked with the buyer is about what it claims, not where it was seen.
        #expect(FactFinder.claim("Something we keep seeing with finance teams your size is that the close slips because reconciliations wait on other departments.")
            == "the close slips because reconciliations wait on other departments.")
        #expect(FactFinder.claim("Most teams close in six days.") == "Most teams close in six days.")
        var dana = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 1, today: Fixtures.today)
        #expect(dana.respond(to: "How is your month-end put together at the moment?").revealed == ["current_process"])
        // "longest" asks how long; "biggest" is about importance and "interest" is no superlative.
        #expect(Stemmer.stem("longest") == Stemmer.stem("long") && Stemmer.stem("quickest") == Stemmer.stem("quick"))
        #expect(Stemmer.stem("biggest") != Stemmer.stem("big") && Stemmer.stem("interest") == Stemmer.stem("interests"))
        // A reply said again keeps its capital "I": "Again, I'm not sure what you mean."
        #expect(RolePlay.joined("Again, ", "I'm not sure what you mean.") == "Again, I'm not sure what you mean.")
        // A persona with no replies of its own for not following has more than one way to say it.
        var lena = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("lena")!, seed: 7, today: Fixtures.today)
        let first = lena.respond(to: "Where does the baton get dropped?")
        let second = lena.respond(to: "And the relay, who runs it?")
        #expect(first.reply != second.reply && !second.reply.contains(" i'm"), "\(first.reply) / \(second.reply)")
        // "today" in "how things work for you today" proposes no day: the plan is an agenda.
        let plan = move("I thought we'd spend most of the call on how things work for you today, and leave five minutes at the end to decide whether a follow-up makes sense. Works for you?")
        #expect(plan.setsAgenda && !plan.isOpen && plan.date == nil)
    }

    @Test(arguments: ["Who else would need to sign off on a change like this?", "You only commit after the pilot.", "What would it take to move forward, from your side?"])
    func notAskingForTheBusiness(text: String) {
        #expect(!move(text).asksToClose || move(text).isOpen, "\(text)")
    }

    @Test(arguments: ["Of all of that, which part takes the most effort?", "By when would you need something working?",
                      "So who's in the finance department with you?", "If you could cut that in half, what would it mean for you?"])
    func openQuestionsAfterALeadIn(text: String) {
        #expect(move(text).isOpen, "\(text)")
    }

    @Test(arguments: ["I'd love to hear how your team gets the books closed each month.", "I'm curious how the work is split across the team.",
                      "I'd be interested in what you use for the ledger.", "It would be great to understand who else weighs in.",
                      "Thanks. I was wondering how long the close usually runs."])
    func aRequestToTellIsAnOpenQuestion(text: String) {
        let m = move(text)
        #expect(m.isQuestion && m.isOpen, "\(text)")
    }

    @Test(arguments: ["I'd like to get you set up on a pilot.", "I'd love to show you the dashboard.", "I'm curious, so I read your annual report."])
    func aStatementAboutOurselvesIsNotARequest(text: String) {
        #expect(!move(text).isOpen, "\(text)")
    }

    @Test func anAgendaThatEndsInOkIsNotAnOpenQuestion() {
        let m = move("So you know what to expect: I'll ask about how month-end works for you, then we see what's relevant. OK?")
        #expect(m.setsAgenda && !m.isOpen)
    }

    @Test(arguments: [
        "I want to ask you some questions first, and after we see together if it makes sense to continue. OK for you?",
        "Just so we're on the same page, I was hoping to spend most of our time hearing about your world, and we'll agree at the end whether to keep talking. Would that be alright?",
        "My plan: you talk, I listen and ask a few things, then we see if there's anything worth a second call. Sound good?",
        "I always like to start the same way: you tell me how things are, I share what I've seen elsewhere if it helps, and we see if it's worth a proper look. Alright with you?",
    ])
    func anUpFrontContractInAnyWords(text: String) {
        let m = move(text)
        #expect(m.setsAgenda && !m.asksToClose && !m.isOpen, "\(text)")
    }

    @Test(arguments: ["First we'd run a pilot on one entity, then roll out to the rest. Does that work for you?",
                      "Then let's start the pilot on Thursday 17 December and review it at the end. Does that work for you?"])
    func aPlanForTheProjectIsNotAnAgenda(text: String) {
        #expect(!move(text).setsAgenda, "\(text)")
    }

    @Test(arguments: ["Could you paint me a picture of a typical month-end?", "Can you run me through the close?", "Could you fill me in on the team?"])
    func politeRequestsToDescribeAreOpen(text: String) {
        #expect(move(text).isOpen, "\(text)")
    }

    /// Typed fast in chat, a question loses its mark: "how many…" and "how much…" still ask.
    @Test(arguments: ["how many people do the recs", "how much do u spend on audit fees each yr"])
    func howManyWithoutAMarkStillAsks(text: String) {
        #expect(move(text).isQuestion && move(text).isOpen, "\(text)")
        #expect(!move("How we do it is simple: one entity first.").isQuestion)
    }

    /// What the buyer said, given back in the trainee's words and checked, is a summary; so is
    /// any "say it back" / "play that back". A plan of ours checked the same way is not.
    @Test(arguments: ["Right, let me feed that back: three people, a spreadsheet per entity, and audits that drag. Close?",
                      "So the books sit in Xero, the team is small and month-end eats two weekends. Have I got that straight?",
                      "Reading it back, you want a five-day close and fewer errors."])
    func whatWasHeardGivenBackIsASummary(text: String) {
        #expect(move(text).summarises, "\(text)")
    }

    @Test(arguments: ["We'd begin with one entity, add the others in January and keep your auditors in the loop. Does that sound fair?",
                      "I'll send the proposal tonight and call you on Monday to go through it. Is that alright?"])
    func aPlanOfOursCheckedIsNoSummary(text: String) {
        #expect(!move(text).summarises, "\(text)")
    }

    /// "Would you mind telling me…", "it would help me to know…", "could I ask what…" ask as
    /// openly as a question, with or without a mark.
    @Test(arguments: ["Would you mind telling me who approves the spend?", "It would help me to know how the reconciliations get done.",
                      "Could I ask what the team uses for consolidation.", "Would you mind walking me through the approval steps?"])
    func politeIndirectRequestsAreOpenQuestions(text: String) {
        #expect(move(text).isQuestion && move(text).isOpen, "\(text)")
    }

    @Test func talkToMeAboutAsksAndAPauseIsSmallTalk() {
        #expect(move("Talk to me about how approvals work.").isOpen)
        #expect(move("Bear with me, the page is loading.").smallTalk)
        #expect(move("Give me a minute to find the file.").smallTalk)
    }

    /// A picture of the future with the problem gone asks what that would be worth.
    @Test(arguments: ["Imagine the close is sorted by spring. What does a normal week look like then?", "Fast forward a year and it works: what's different for you?"])
    func aPictureOfTheProblemSolvedIsANeedPayoffQuestion(text: String) {
        #expect(move(text).asksNeedPayoff, "\(text)")
    }

    /// Asking after something that just happened to the buyer is small talk; asking how the
    /// close goes is not.
    @Test func askingAfterTheirWeekIsSmallTalk() {
        #expect(move("How was the conference in Berlin?").smallTalk)
        #expect(move("How did the office move go last week?").smallTalk)
        #expect(!move("How did the last close go?").smallTalk)
        #expect(move("Where are you calling from today?").smallTalk)
    }

    /// "How would it be if we…" with a next step on a day proposes it; without one it asks.
    @Test func howWouldItBeIfWeProposes() {
        let proposal = move("How would it be if we tried it on one month of your data, say next Wednesday?")
        #expect(proposal.asksToClose && !proposal.isOpen)
        #expect(!move("How would it be if we started with your team?").asksToClose)
    }

    /// "How are you" and then a verb with something to do it to asks how a thing is done.
    @Test func howAreYouDoingSomethingIsAQuestion() {
        for text in ["How are you doing the reconciliations today?", "How you are doing the reconciliations today?",
                     "Some of our clients pay for it out of the audit savings. How are you thinking about funding this?", "How are you handling intercompany at the moment?"] {
            #expect(!move(text).smallTalk, "\(text)")
        }
        for text in ["How are you doing today?", "How are you getting on?", "How are you keeping these days?", "How are things going this week?"] {
            #expect(move(text).smallTalk, "\(text)")
        }
    }

    /// Emphasis does not hide what a question asks.
    @Test func anAdverbInsideAQuestionDoesNotHideIt() {
        #expect(move("And if the close took half the time, what would that really mean for you?").asksNeedPayoff)
        #expect(move("So what does that honestly end up doing to the rest of the business?").asksImplication)
    }

    @Test func shorthandIsReadWrittenOut() {
        #expect(Shorthand.expanded("hw big is ur team rn? thx") == "how big is your team right now? thanks")
        #expect(Shorthand.expanded("U ok w/ a pilot b4 xmas?") == "You ok with a pilot before xmas?")
        #expect(Shorthand.expanded("budget 40k, 12 ppl") == "budget 40k, 12 people")
        #expect(Shorthand.expanded("Thanks, see you Monday.") == "Thanks, see you Monday.")
        #expect(move(Shorthand.expanded("hw big is the finance team")).isOpen)
    }

    @Test(arguments: ["And when that goes wrong, what's the knock-on effect for the business?", "How does a late close affect the rest of the company?",
                      "What happens when the numbers are late?", "When that happens, what does it mean for you and for the business?",
                      "And what happens because of that?", "And does that cause problems anywhere else, like for your boss or the board?",
                      "Another customer told me a late close meant decisions on old numbers. What does a slow close end up costing your business?"])
    func implicationQuestions(text: String) {
        #expect(move(text).asksImplication, "\(text)")
    }

    @Test(arguments: ["How long does the close take?", "If you could cut that in half, what would it mean for you?", "What if we ran a pilot?"])
    func notImplicationQuestions(text: String) {
        #expect(!move(text).asksImplication, "\(text)")
    }

    @Test func aStatementWithAClauseStartingWithWhichIsNotAQuestion() {
        let m = move("It costs 40 thousand a year, which is great value.")
        #expect(!m.isQuestion && !m.isOpen)
    }

    @Test func askingWhatAProblemCostsThemIsNotStatingAPrice() {
        #expect(!move("What does that cost you — in overtime, mistakes, or the audit?").mentionsPrice)
        #expect(!move("What is the slow close costing the business?").mentionsPrice)
        #expect(move("It costs 40 thousand a year, which is great value.").mentionsPrice)
        #expect(move("How do you feel about the price?").mentionsPrice)
    }

    @Test func aDatedProposalOfANextStepAsksForTheBusiness() {
        #expect(move("Would it make sense to run a two-week pilot on your own data, starting Tuesday the 8th of December?").asksToClose)
        #expect(!move("What would a pilot need to show by the end of January?").asksToClose, "an open question about a pilot is not a close")
    }

    @Test(arguments: ["How about we set up a short pilot on one of your entities, kicking off Monday 7 December?", "How about a pilot, starting Wednesday 16 December?",
                      "Would it make sense to set up a small pilot, say starting Tuesday 15 December?"])
    func aProposalWithADayIsNotAnAgenda(text: String) {
        let m = move(text)
        #expect(!m.setsAgenda && m.asksToClose && m.date != nil, "\(text)")
    }

    @Test(arguments: ["Can you say a bit more about what worries you there?", "Could you tell me a little more about what's behind that?",
                      "Could you expand on that?", "Could I ask what's making you feel that way?"])
    func aSoftenedRequestToSayMoreExplores(text: String) {
        let m = move(text)
        #expect(m.isOpen && m.exploresAConcern, "\(text)")
    }

    @Test(arguments: ["Totally understand.", "Understood — that's a fair point.", "I can see why that worries you.", "That sounds painful.",
                      "Okay, thanks for telling me that.", "Good that you said so.", "I'm glad you raised it.", "Point taken."])
    func acknowledgements(text: String) {
        #expect(move(text).acknowledges, "\(text)")
    }

    @Test(arguments: ["So to summarise: nine days, manual matching, audit pain. Did I get that right?", "Let me play that back to you: it's slow and manual.",
                      "Quick recap: a long close, lots of hours matching by hand, and risk at audit time. Accurate?",
                      "Okay, so just to check I've got it right, the close takes a long time and a lot of the matching is manual. Is that right?",
                      "Let me read back the numbers: a long close, a lot of hours by hand. Fair?", "So, in short: the close is slow and it hurts further up. Is that right?"])
    func summaries(text: String) {
        let m = move(text)
        #expect(m.summarises && !m.smallTalk, "\(text)")
    }

    @Test func aDayIsNeededForANextStep() {
        #expect(move("Shall we run a pilot for the January close?").date == nil)
        #expect(move("Shall we kick off on Tuesday the 8th of December?").date == CalendarDay(year: 2026, month: 12, day: 8))
        #expect(move("How about the 3rd?").date == CalendarDay(year: 2026, month: 12, day: 3))
        #expect(move("Honestly, we're probably not the right fit for you today. Could I send you a checklist instead?").date == nil, "no day is proposed")
        #expect(move("Can we sign today?").date == Fixtures.today)
        #expect(move("Shall we talk later today at four?").date == Fixtures.today)
    }
}

/// An open concern never makes the buyer stop answering.
struct NoStonewallTests {
    @Test func questionsAboutFactsAreAnsweredWhileAConcernIsOpen() {
        let playbook = TraineeScriptTests.playbook
        for persona in playbook.personas {
            for seed in UInt64(1)...10 {
                var play = RolePlay(playbook: playbook, persona: persona, seed: seed, today: Fixtures.today)
                // An early close raises a concern with every default persona; then only questions.
                play.respond(to: "Shall we sign the contract today?")
                var stonewalled = 0
                for question in ["What does month-end look like for your team?", "How long does the close take?", "What's the hardest part of it?",
                                 "How many people are in finance?", "Which system are the books in?", "What would success look like?"] {
                    let exchange = play.respond(to: question)
                    if exchange.revealed.isEmpty && !exchange.reply.contains("do you mean") && !exchange.reply.contains("As I") { stonewalled += 1 }
                }
                #expect(stonewalled <= 2, "\(persona.id) seed \(seed): \(play.exchanges.map(\.reply))")
            }
        }
    }
}
