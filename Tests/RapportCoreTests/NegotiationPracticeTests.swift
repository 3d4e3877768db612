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
}
