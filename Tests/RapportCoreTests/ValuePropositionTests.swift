import Testing
@testable import RapportCore

struct ValuePropositionTests {
    func conversation(_ events: [ConversationEvent]) -> Conversation {
        var c = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        for event in events { _ = c.handle(event) }
        return c
    }

    @Test func featuresRankedByThePainsTheCustomerNamed() {
        let c = conversation([.wentToStep("pain"), .answered("we chase people and do it by hand")])
        let vp = ValueProposition(playbook: Fixtures.playbook, profile: c.profile)
        #expect(vp.pains.map(\.painID) == ["manual", "blind"])
        // Dashboard answers both pains, Automation one; Vault none and is left out.
        #expect(vp.features.map(\.featureID) == ["dash", "auto"])
        #expect(vp.features[0].answers == ["Manual work", "No visibility"])
        #expect(vp.pains[0].quotes == [Quote(text: "we chase people and do it by hand", turn: 2)])
    }

    @Test func impactOnlyWhenItsNumbersAreKnown() {
        let without = conversation([.wentToStep("pain"), .answered("by hand")])
        #expect(ValueProposition(playbook: Fixtures.playbook, profile: without.profile).features.first?.impact == nil)
        let with = conversation([.wentToStep("pain"), .answered("by hand"), .skipped, .answered("12 hours")])
        #expect(ValueProposition(playbook: Fixtures.playbook, profile: with.profile).features.first?.impact == "Saves 12 hours a week")
    }

    @Test func renderedSummaryQuotesTheCustomer() throws {
        let c = conversation([.skipped, .answered("around 25k"), .answered("nope, my CFO does"), .answered("all by hand in spreadsheets"),
                              .skipped, .answered("30"), .noteTaken("call back Tuesday")])
        let vp = ValueProposition(playbook: Fixtures.playbook, profile: c.profile)
        let text = try SummaryRenderer(playbook: Fixtures.playbook).render(vp, playbook: Fixtures.playbook, profile: c.profile,
                                                                            details: .init(account: "Acme", rep: "Jo", date: "2026-11-27"))
        #expect(text.contains("VALUE PROPOSITION — Widget for Acme"))
        #expect(text.contains("Manual work: \"all by hand in spreadsheets\" (turn 4)"))
        #expect(text.contains("Automation, for Manual work: Does it for you"))
        #expect(text.contains("Proof: 3x faster at Acme"))
        #expect(text.contains("Impact: Saves 30 hours a week"))
        #expect(text.contains("Budget: $25,000"))
        #expect(text.contains("Authority (Signs off): no"))
        #expect(text.contains("Timeline (Go-live): unknown"))
        #expect(text.contains("call back Tuesday (turn 7)"))
        #expect(!text.contains("\n\n\n"))
        let markdown = try SummaryRenderer(playbook: Fixtures.playbook, kind: .markdown).render(vp, playbook: Fixtures.playbook, profile: c.profile, details: .init())
        #expect(markdown.hasPrefix("# Value proposition: Widget\n"))
        #expect(markdown.contains("| Budget | $25,000 |"))
    }

    @Test func summaryWithNoPainsSaysWhatToDo() throws {
        let c = conversation([])
        let vp = ValueProposition(playbook: Fixtures.playbook, profile: c.profile)
        let text = try SummaryRenderer(playbook: Fixtures.playbook).render(vp, playbook: Fixtures.playbook, profile: c.profile, details: .init())
        #expect(text.contains("No pains recorded yet"))
        #expect(!text.contains(" for \n"))
    }
}
