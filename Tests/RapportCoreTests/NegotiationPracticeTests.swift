import Testing
@testable import RapportCore

/// A buyer who bargains at the close, and a scorecard that rewards trading over giving.
struct NegotiationPracticeTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    static let discovery = [
        "Thanks for the time. Could you walk me through your month-end close?", "How long does it take?", "What's the hardest part?",
        "How many people are in the team?", "Which ERP do you use?", "How do decisions like this get made at Keller?",
        "Does procurement or legal need to see the contract?", "Who would own it day to day?",
        "For a team of ten it is 30,000 dollars a year, with the ERP sync included.",
        "I understand, that's a fair concern.", "What would you need to see to justify it?",
        "Most teams your size win back over 100 hours a month, which pays for it well within the year.",
        "Would you like to go ahead with a pilot starting Tuesday 8 December?",
    ]

    static func play(_ answer: String) -> (RolePlay, Scorecard) {
        var play = RolePlay(playbook: playbook, persona: playbook.persona("lena")!, seed: 5, today: Fixtures.today)
        for line in discovery + [answer] where play.ending == nil { play.respond(to: line) }
        play.end()
        return (play, Scorecard(play))
    }

    static func negotiation(_ card: Scorecard) -> Double? { card.lines.first { $0.item == .negotiation }?.score }

    @Test func tradingScoresAboveGivingAwayAndHoldingIsFine() throws {
        let (tradedPlay, traded) = Self.play("I can do 5% off if you sign for two years.")
        let (_, given) = Self.play("Sure, I'll give you 20% off.")
        let (_, held) = Self.play("The price reflects the value; what would need to be true for you to go ahead at that price?")
        #expect(tradedPlay.bargain?.traded == true, "\(tradedPlay.exchanges.map(\.reply))")
        #expect(Self.negotiation(traded) == 1 && Self.negotiation(held) == 1, "\(traded.lines.map(\.detail)) \(held.lines.map(\.detail))")
        #expect(try #require(Self.negotiation(given)) < 0.5, "\(given.lines.map(\.detail))")
        #expect(given.lines.contains { $0.item == .negotiation && $0.detail.contains("more than the buyer hoped for (15%)") }, "20% is more than Lena wants")
        #expect(traded.overall > given.overall)
        #expect(given.advice.contains { $0.item == .negotiation && $0.text.contains("for nothing") }, "\(given.advice.map(\.text))")
        #expect(traded.ending == .agreed, "the buyer says yes either way, with the day proposed at the close")
    }

    /// A buyer who bargains before she signs does not bargain over a meeting: asked to meet
    /// again on a day to scope a pilot, she books it; asked for the pilot itself, she bargains.
    @Test func aMeetingToScopeIsBookedAndOnlyTheBusinessIsBargainedOver() {
        var meeting = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("lena")!, seed: 5, today: Fixtures.today)
        for line in Self.discovery.dropLast() where meeting.ending == nil { meeting.respond(to: line) }
        let booked = meeting.respond(to: "Could we get together on Thursday 10 December to scope the pilot with Jonas?")
        #expect(booked.move.proposesAMeeting && meeting.nextStep?.day == CalendarDay(year: 2026, month: 12, day: 10), "\(booked.reply)")
        #expect(meeting.bargain == nil && !booked.reply.localizedCaseInsensitiveContains("price"), "\(booked.reply)")
        var business = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("lena")!, seed: 5, today: Fixtures.today)
        for line in Self.discovery where business.ending == nil { business.respond(to: line) }
        #expect(!TraineeMove("Would you like to go ahead with a pilot starting Tuesday 8 December?", playbook: Self.playbook, today: Fixtures.today).proposesAMeeting)
        #expect(business.nextStep == nil, "she asks about the price before she says yes")
    }

    @Test func aTradePastTheWalkAwayPointScoresNothing() throws {
        // The default playbook walks away past 25%; a trade there is still no deal worth having.
        let (_, traded) = Self.play("I can do 30% off if you sign for three years.")
        let line = try #require(traded.lines.first { $0.item == .negotiation })
        #expect(line.score == 0 && line.detail.contains("past the walk-away point (25%)"), "\(line.detail)")
        let (_, within) = Self.play("I can do 5% off if you sign for two years.")
        #expect(within.overall > traded.overall)
    }

    @Test(arguments: [
        ("We could bill you quarterly if you sign the annual agreement this month.", true),
        ("I can move you to monthly billing in return for a two-year term.", true),
        ("Sure, we can do net 60 payment terms.", false),
    ])
    func termsAreConcessionsToo(line: String, traded: Bool) {
        let move = TraineeMove(line, playbook: Self.playbook, today: Fixtures.today)
        #expect(move.concedes, "\(line)")
        #expect(move.asksInReturn == traded, "\(line)")
    }

    @Test func buyersWhoDoNotBargainAreScoredAsBefore() {
        var dana = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 1, today: Fixtures.today)
        dana.respond(to: "How long does your close take?")
        #expect(!Scorecard(dana).lines.contains { $0.item == .negotiation }, "negotiation counts only where the buyer bargains")
    }

    /// Grace (fractional CFO) presses once for 20% when the first answer gives less: past the
    /// playbook's 15% walk-away point, so the press tests whether the trainee holds.
    static let cfo: Playbook = {
        let path = Fixtures.repositoryRoot.appendingPathComponent("playbooks/fractional-cfo.yaml").path
        return try! PlaybookLoader.load(source: String(contentsOfFile: path, encoding: .utf8), file: path)
    }()

    static let cfoCall = [
        "Thanks for the time. Could you tell me about the business and the team — how many people?",
        "Roughly what revenue are you doing this year?", "Who looks after the finance today?",
        "What's the hardest part of the finance side for you right now?", "A year from now, what would tell you this worked?",
        "How do you usually decide on outside help like this?", "What else are you considering?",
        "What budget did you have in mind for outside help?", "I understand, that's a fair concern.",
        "What would have made the last engagement worth it?",
        "That makes sense. We agree three outcomes up front and review them monthly, and you can stop with a month's notice.",
        "For two days a month the fee is 4,000 dollars a month.", "I hear you, it is real money for a studio your size.",
        "What would it need to deliver to be worth that?",
        "Knowing margin per project usually finds more than the fee in the first quarter, and you can stop with a month's notice.",
        "So what I'm hearing is you need numbers you trust every month, without doing them yourself.",
        "Shall we start with one month from next Monday?",
    ]

    static func pressed(_ answers: [String]) -> (RolePlay, Scorecard) {
        var play = RolePlay(playbook: cfo, persona: cfo.persona("grace")!, seed: 3, today: Fixtures.today)
        for line in cfoCall + answers where play.ending == nil { play.respond(to: line) }
        play.end()
        return (play, Scorecard(play))
    }

    @Test func aBuyerWhoPressesPastTheWalkAwayIsHeldOrCostsTheNegotiation() throws {
        let hold = "The fee reflects the work that gets the results we agreed; what would need to be true for you to go ahead at that fee?"
        let (heldPlay, held) = Self.pressed([hold, "I can't match that. Fewer days, yes, but not the same work for less."])
        #expect(heldPlay.exchanges.contains { $0.reply.contains("twenty percent") }, "Grace presses after the price is held: \(heldPlay.exchanges.map(\.reply))")
        let heldLine = try #require(held.lines.first { $0.item == .negotiation })
        #expect(heldLine.score == 1 && heldLine.detail.contains("twice"), "\(heldLine.detail)")
        #expect(heldPlay.ending == .agreed)

        let (_, matched) = Self.pressed(["I can do 5% off if you commit to twelve months.", "Alright, 20% off then."])
        let matchedLine = try #require(matched.lines.first { $0.item == .negotiation })
        #expect(matchedLine.score == 0 && matchedLine.detail.contains("past the walk-away point (15%)"), "\(matchedLine.detail)")
        #expect(matched.advice.contains { $0.item == .negotiation && $0.text.contains("walk-away") }, "\(matched.advice.map(\.text))")

        let (_, traded) = Self.pressed(["I can do 5% off if you commit to twelve months.", "5% for a twelve-month engagement is as far as I can go."])
        let tradedLine = try #require(traded.lines.first { $0.item == .negotiation })
        #expect(tradedLine.score == 1, "\(tradedLine.detail)")
        #expect(traded.overall > matched.overall && held.overall > matched.overall)
    }
}
