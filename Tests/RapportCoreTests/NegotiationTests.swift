import Testing
@testable import RapportCore

/// Concessions are traded, never given: the ledger warns when nothing is asked in return,
/// when a discount passes the rep's (or a manager's) authority, and at the walk-away point.
struct NegotiationTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    @Test func thePriceIsForThisCustomer() throws {
        let negotiation = try #require(Self.playbook.negotiation)
        var conversation = Conversation(playbook: Self.playbook, today: Fixtures.today)
        #expect(negotiation.price(for: conversation.profile).total == 3_000, "one user while the team size is unknown")
        _ = conversation.handle(.wentToStep("team-size"))
        _ = conversation.handle(.answered("12"))
        #expect(negotiation.price(for: conversation.profile) == (36_000, 12))
        #expect(LineTemplate.render(negotiation.anchor ?? "", playbook: Self.playbook, profile: conversation.profile).contains("$36,000 a year"))
    }

    @Test func aPurchaseIsPricedOnceNotEachYear() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("playbooks/home-solar.yaml").path
        let solar = try PlaybookLoader.load(source: String(contentsOfFile: path, encoding: .utf8), file: path)
        let negotiation = try #require(solar.negotiation)
        #expect(negotiation.period == .once && negotiation.period.said.isEmpty)
        var conversation = Conversation(playbook: solar, today: Fixtures.today)
        _ = conversation.handle(.wentToStep("design"))
        _ = conversation.handle(.answered("6"))
        let anchor = LineTemplate.render(negotiation.anchor ?? "", playbook: solar, profile: conversation.profile)
        #expect(anchor.contains("$14,400 before any finance") && !anchor.contains("a year"), "\(anchor)")

        let source = try String(contentsOfFile: Fixtures.repositoryRoot.appendingPathComponent("playbooks/default.yaml").path, encoding: .utf8)
            .replacingOccurrences(of: "    count: team_size\n", with: "    count: team_size\n    period: weekly\n")
        let errors = PlaybookLinter.analyse(source: source, file: "broken.yaml").1.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors[0].message.contains("period must be year, month or once"), "\(errors)")
    }

    @Test func theLedgerWarnsWhenAConcessionIsNotTraded() throws {
        var conversation = Conversation(playbook: Self.playbook, today: Fixtures.today)
        let traded = conversation.handle(.conceded("discount 8% for a three-year term"))
        guard case .conceded(let first)? = traded.first else { Issue.record("\(traded)"); return }
        #expect(first.percent == 8 && first.inReturn == "a three-year term" && first.warnings.isEmpty, "\(first)")
        let given = conversation.handle(.conceded("pilot"))
        guard case .conceded(let pilot)? = given.first else { Issue.record("\(given)"); return }
        #expect(pilot.warnings == ["nothing asked in return: ask for exit criteria agreed now and the CFO at the review"])
        let more = conversation.handle(.conceded("discount 7% in return for a case study"))
        guard case .conceded(let second)? = more.first else { Issue.record("\(more)"); return }
        #expect(second.warnings.first?.contains("15% in all is above your authority (10%)") == true, "\(second.warnings)")
        let far = conversation.handle(.conceded("discount 12% for a reference"))
        guard case .conceded(let third)? = far.first else { Issue.record("\(far)"); return }
        #expect(third.warnings.first?.contains("past the walk-away point (25%)") == true, "\(third.warnings)")
        #expect(conversation.profile.terms.count == 4)
        // A discount needs a figure; an unknown concession is refused with the list.
        if case .rejected(let why)? = conversation.handle(.conceded("discount for nothing")).first { #expect(why.contains("How much?")) } else { Issue.record("a discount without a figure") }
        if case .rejected(let why)? = conversation.handle(.conceded("a free car")).first { #expect(why.contains("discount, quarterly")) } else { Issue.record("an unknown concession") }
        // /back undoes the last concession.
        _ = conversation.handle(.wentBack)
        #expect(conversation.profile.terms.count == 3)
    }
}
