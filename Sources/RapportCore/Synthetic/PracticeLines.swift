/// Sample trainee lines: a good rep (open questions on each area, LAER on objections, a
/// summary, a dated close) and a poor one (pitches, closed questions, pushes to sign), used by
/// the generator and by the end-to-end practice tests.
public enum PracticeLines {
    public static let good = [
        "Thanks for making time. Could you tell me about your role and the finance team?",
        "What systems do you use to run the books today?",
        "Walk me through how your month-end close works today.",
        "How long does the close take you each month?",
        "What's the hardest part of the close for your team?",
        "How much time goes into reconciling by hand?",
        "What would success look like for you a year from now?",
        "What budget have you set aside for fixing this?",
        "I understand, that's a fair concern.",
        "What would you need to see to make the case?",
        "That makes sense. Most teams your size recover it within a year from the hours saved, and the pilot is free to try.",
        "Who else is involved in a decision like this, and how do you make it?",
        "When would you want this in place?",
        "What other options are you looking at?",
        "That makes sense, they're a serious option.",
        "What do you like most about them?",
        "I hear you. Where we tend to win is time to value: most teams are live within one close, with the sync included.",
        "How will you decide between the options?",
        "So what I'm hearing is the close takes too long, matching is done by hand, and that hurts at audit time.",
        "Shall we start a pilot on your next close? Can we book the kickoff for next Tuesday?",
    ]
    public static let poor = [
        "Hi! Closewise is the leading close automation platform and it will transform your finance team.",
        "Our matching engine reconciles everything automatically, our variance explanations are drafted for you, and we have an audit trail built in, so you will never chase anyone again. We also integrate with every ERP and customers love us.",
        "Do you use Excel?",
        "Is your close slow?",
        "Pricing is 2,000 dollars a month.",
        "Anyway, it also has dashboards for everything.",
        "Are you the decision maker?",
        "So can we get you signed up today?",
        "Shall we sign the contract this week?",
        "Do you want to go ahead?",
    ]
}
