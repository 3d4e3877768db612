import Testing
@testable import RapportCore

/// What earlier calls with an account carry into the next, and where each value came from.
struct AccountMemoryUnitTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    static func call(_ name: String, day: String, account: String, _ events: [ConversationEvent]) -> AccountMemory.Call {
        var conversation = Conversation(playbook: playbook, today: CalendarDay(iso: day)!)
        for event in events { _ = conversation.handle(event) }
        let header = TranscriptHeader(mode: "live", playbook: playbook, playbookPath: "/p.yaml", rep: "Jo", account: account,
                                      started: .init(timeIntervalSince1970: 0), sessionDay: CalendarDay(iso: day)!)
        var fixed = header
        fixed.started = day + "T10:00:00.000Z"
        return AccountMemory.Call(name: name, header: fixed, profile: conversation.profile, lastStage: nil)
    }

    @Test func theLatestValueWinsAndKeepsItsCall() {
        let first = Self.call("c1", day: "2026-11-20", account: "Acme", [.answered("12 ppl, netsuite"), .objectionRaised("price"),
                                                                          .nextStepAgreed("demo on 1 December")])
        // The second call carried the first's facts and changed the team size.
        var carried = AccountMemory(calls: [first], playbook: Self.playbook).carried.map(ConversationEvent.carried)
        carried += [.wentToStep("team-size"), .answered("14")]
        let second = Self.call("c2", day: "2026-12-01", account: "ACME", carried)
        let memory = AccountMemory(calls: [second, first], playbook: Self.playbook)
        let facts = Dictionary(uniqueKeysWithValues: memory.carried.compactMap { fact -> (String, CarriedFact)? in
            if case .field(let id, _) = fact.item { return (id, fact) }
            return nil
        })
        #expect(facts["erp"]?.from == "c1", "carried unchanged: still the first call's")
        #expect(facts["next_step"] == nil && facts["next_step_date"] == nil, "a call's own next step is not carried")
        #expect(memory.carried.contains(CarriedFact(.objection("price"), from: "c1", day: "2026-11-20")), "\(memory.carried)")
        #expect(memory.nextStep?.step.what == "demo")
        let brief = memory.brief(playbook: Self.playbook, today: CalendarDay(iso: "2026-12-01")!)
        #expect(brief.first == "Acme: 2 earlier calls (20 November, Tuesday 1 December), last with Jo.", "\(brief)")
        #expect(brief.contains("Today is the demo agreed on 20 November."), "\(brief)")
    }

    @Test func accountNamesMatchWhateverTheirCaseAccentsAndDashes() {
        #expect(AccountMemory.key("Zoë Müller GmbH") == AccountMemory.key("zoe-muller gmbh"))
        #expect(AccountMemory.key("ACME  Freight") == "acme-freight")
        #expect(AccountMemory.key("東京 Trading") == "東京-trading")
    }
}
