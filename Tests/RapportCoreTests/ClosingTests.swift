import Testing
@testable import RapportCore

/// Close ranking, the deal's outcome, the agreed next step, and competitor mentions.
struct ClosingTests {
    func start() -> Conversation { Conversation(playbook: Fixtures.playbook, today: Fixtures.today) }

    func ranking(_ c: Conversation) -> [String] { CloseAdvisor(playbook: Fixtures.playbook).rank(c.profile).map(\.closeID) }

    @Test func closesThatFitComeFirstAndTailoredOnesBeforeGenericOnes() throws {
        var c = start()
        // Nothing known: only the trial close (no condition) fits; the others follow by nearness.
        let empty = CloseAdvisor(playbook: Fixtures.playbook).rank(c.profile)
        #expect(empty.map(\.closeID) == ["trial", "calm", "summary"])
        #expect(empty.map(\.fits) == [true, false, false])
        #expect(empty[1].missing == ["qualified >= 50"])
        #expect(empty[2].missing == ["known(pains)", "signer"])

        _ = c.handle(.skipped)
        _ = c.handle(.answered("$40k"))
        _ = c.handle(.answered("yes, I sign"))
        _ = c.handle(.answered("everything is manual, done by hand"))
        // Budget, authority and pain known: 3 of 4 qualification elements. Summary and calm fit
        // now and are built on what was said, so they outrank the generic trial close.
        let ranked = CloseAdvisor(playbook: Fixtures.playbook).rank(c.profile)
        #expect(ranked.map(\.closeID) == ["summary", "calm", "trial"])
        #expect(ranked.allSatisfy { $0.fits })
        #expect(ranked[0].line == "You said manual work")
        // The calm close's line names the go-live date, still unknown: a gap it shows.
        #expect(ranked[1].gaps == ["when"])
        #expect(ranked[1].line == "Shall we start by [Go-live?]?")
        #expect(ranked[0].score > ranked[1].score && ranked[1].score > ranked[2].score)
    }

    @Test func anOpenObjectionDemotesClosesThatRequireNone() throws {
        var c = start()
        _ = c.handle(.skipped)
        _ = c.handle(.answered("$40k"))
        _ = c.handle(.answered("yes"))
        #expect(ranking(c).first == "calm")
        _ = c.handle(.objectionRaised("price"))
        let ranked = CloseAdvisor(playbook: Fixtures.playbook).rank(c.profile)
        #expect(ranked.first?.closeID == "trial")
        #expect(ranked.first { $0.closeID == "calm" }?.missing == ["open_objections == 0"])
        #expect(CloseAdvisor(playbook: Fixtures.playbook).readiness(c.profile).openObjections == ["price"])
        _ = c.handle(.objectionOutcome(resolved: true))
        #expect(ranking(c).first == "calm")
    }

    @Test func measuresReadTheWholeCall() throws {
        var c = start()
        #expect(Condition.Measure.qualified.value(on: c.profile, playbook: Fixtures.playbook) == 0)
        _ = c.handle(.skipped)
        _ = c.handle(.answered("$40k"))
        #expect(Condition.Measure.qualified.value(on: c.profile, playbook: Fixtures.playbook) == 25)
        _ = c.handle(.objectionRaised("price"))
        _ = c.handle(.objectionOutcome(resolved: false))
        #expect(Condition.Measure.openObjections.value(on: c.profile, playbook: Fixtures.playbook) == 1, "unresolved is still open")
        #expect(Condition.Measure.objectionsRaised.value(on: c.profile, playbook: Fixtures.playbook) == 1)
    }

    @Test func closeUsedOutcomeAndNextStepAreRecordedAndReplay() throws {
        var c = start()
        let events: [ConversationEvent] = [
            .skipped, .answered("$40k"), .closeUsed("trial"), .dealClosed(won: true, reason: nil),
            .nextStepAgreed("kickoff call with Dana and IT next Tuesday"),
        ]
        var actions: [[ConversationAction]] = []
        for event in events { actions.append(c.handle(event)) }
        #expect(actions[2] == [.closeUsed("trial")])
        #expect(c.profile.closesUsed == [UsedClose(closeID: "trial", turn: 3)])
        #expect(c.profile.outcome == DealOutcome(won: true, reason: nil, closeID: "trial", turn: 4))
        let next = try #require(c.profile.nextStep)
        #expect(next.what == "kickoff call with Dana and IT")
        #expect(next.day == CalendarDay(year: 2026, month: 12, day: 1))  // the Tuesday after Friday 27 November
        #expect(next.dateWords == "next Tuesday")
        // The playbook's follow-up fields hold it too, so conditions and summaries see it.
        #expect(c.profile.value("next_step") == .text("kickoff call with Dana and IT"))
        #expect(c.profile.value("next_date") == .date(CalendarDay(year: 2026, month: 12, day: 1)))
        var replayed = start()
        for event in events { _ = replayed.handle(event) }
        #expect(replayed == c)
    }

    @Test func refusedWithoutTheWhatOrTheDate() {
        var c = start()
        for text in ["next Tuesday", "a demo soon", "x"] {
            guard case .rejected(let why)? = c.handle(.nextStepAgreed(text)).first else {
                Issue.record("'\(text)' has no step or no date: it must be refused")
                continue
            }
            #expect(why.contains("/next demo for the CFO next Tuesday"))
        }
        guard case .rejected(let why)? = c.handle(.closeUsed("trail")).first else {
            Issue.record("an unknown close must be refused")
            return
        }
        #expect(why.contains("Did you mean 'trial'?"))
        #expect(c.turn == 0)
    }

    @Test func lostKeepsTheReasonAndTheCloseThatPrecededIt() {
        var c = start()
        _ = c.handle(.closeUsed("summary"))
        _ = c.handle(.dealClosed(won: false, reason: "chose Acme on price"))
        #expect(c.profile.outcome?.label == "lost")
        #expect(c.profile.outcome?.reason == "chose Acme on price")
        #expect(c.profile.outcome?.closeID == "summary")
    }

    @Test func goingBackKeepsWhatTheRepRecordedSinceButUndoesTheAnswer() {
        var c = start()
        _ = c.handle(.skipped)
        _ = c.handle(.answered("$40k"))
        _ = c.handle(.objectionRaised("price"))
        _ = c.handle(.objectionOutcome(resolved: true))
        _ = c.handle(.closeUsed("trial"))
        _ = c.handle(.dealClosed(won: true, reason: nil))
        _ = c.handle(.wentBack)
        #expect(c.profile["budget"] == nil, "the answer is undone")
        #expect(c.profile.objections.map(\.resolved) == [true], "the objection opened and settled since is kept")
        #expect(c.profile.closesUsed.map(\.closeID) == ["trial"])
        #expect(c.profile.outcome?.won == true)
    }

    @Test func nextStepReadingSplitsTheStepFromItsDate() {
        let today = Fixtures.today
        func read(_ text: String) -> (String, String, String)? {
            NextStepReading.read(text, today: today).map { ($0.what, $0.day.description, $0.dateWords) }
        }
        #expect(read("pilot kickoff on 2027-01-12")! == ("pilot kickoff", "2027-01-12", "on 2027-01-12"))
        #expect(read("demo for the CFO next Tuesday")! == ("demo for the CFO", "2026-12-01", "next Tuesday"))
        #expect(read("send the contract in 2 weeks")! == ("send the contract", "2026-12-11", "in 2 weeks"))
        #expect(read("contract review with legal, by end of month")! == ("contract review with legal", "2026-11-30", "by end of month"))
        #expect(read("call back tomorrow")! == ("call back", "2026-11-28", "tomorrow"))
        #expect(read("workshop - 15/01/2027")! == ("workshop", "2027-01-15", "15/01/2027"))
        #expect(read("tomorrow") == nil)
        #expect(read("a demo with the team") == nil)
        // The whole date at the end, not its month alone.
        #expect(read("demo the 8th of December")! == ("demo", "2026-12-08", "the 8th of December"))
        #expect(read("pilot kickoff with Maria and Dana on the 8th of December")! == ("pilot kickoff with Maria and Dana", "2026-12-08", "on the 8th of December"))
        #expect(read("demo 8 Dec")! == ("demo", "2026-12-08", "8 Dec"))
        #expect(read("review Wed 9 Dec")! == ("review", "2026-12-09", "Wed 9 Dec"))
        #expect(read("board pack by mid January")?.1 == "2027-01-15")
    }

    @Test func competitorsAreSpottedAsWholeWordsOnce() {
        let spotter = CompetitorSpotter(playbook: Fixtures.playbook)
        #expect(spotter.spot("we trialled ACME-tools last year") == ["acme"])
        #expect(spotter.spot("Acme's pricing was lower") == ["acme"])
        #expect(spotter.spot("the acmetools rep called") == ["acme"])
        #expect(spotter.spot("we are an academy") == [])
        #expect(spotter.spot("") == [])
        #expect(spotter.competitor(named: "Acme Tool") == "acme")
        #expect(spotter.competitor(named: "zzz") == nil)

        var c = start()
        _ = c.handle(.skipped)
        let actions = c.handle(.answered("Acme quoted 30k"))
        #expect(actions.contains(.competitorMentioned("acme")))
        _ = c.handle(.noteTaken("they keep mentioning acme"))
        #expect(c.profile.competitors == [CompetitorMention(competitorID: "acme", turn: 2)], "pointed out once per call")
    }

    @Test func conditionsPrintInTheirOwnSyntax() throws {
        for text in ["known(pains) and signer", "budget >= $10000 or not (tool == excel and hours < 5)",
                     "open_objections == 0 and qualified >= 75", "pains contains manual", "when <= 2027-03-31"] {
            var parser = ConditionParser(fields: { Fixtures.playbook.field($0) })
            let condition = try parser.parse(text)
            var again = ConditionParser(fields: { Fixtures.playbook.field($0) })
            #expect(try again.parse(condition.description) == condition, "\(condition)")
        }
        var parser = ConditionParser(fields: { Fixtures.playbook.field($0) })
        #expect(throws: ConditionParser.Failure.self) { _ = try parser.parse("qualified >= high") }
        #expect(throws: ConditionParser.Failure.self) { _ = try parser.parse("open_objections") }
    }
}

/// Close conditions as a rep reads them on the screen.
struct ConditionWordsTests {
    @Test func conditionsReadInWordsNotCode() throws {
        let playbook = try Fixtures.defaultPlaybook()
        let words = ConditionWords(playbook: playbook)
        func read(_ source: String) throws -> String {
            var parser = ConditionParser(fields: playbook.field)
            return words.words(try parser.parse(source))
        }
        #expect(try read("decision_maker == yes and interest == high") == "contact signs off and reaction to the proposal is keen")
        #expect(try read("known(go_live)") == "target go-live known")
        #expect(try read("open_objections == 0") == "no open objections")
        #expect(try read("budget >= $20k").hasPrefix("budget at least $20"))
        for close in playbook.closes {
            guard let condition = close.condition else { continue }
            let said = words.words(condition)
            #expect(!said.contains("==") && !said.contains("_") && !said.contains("known("), "\(close.id): \(said)")
        }
    }
}

struct OutcomeReplacedTests {
    @Test func aSecondOutcomeSaysWhichItReplaces() throws {
        var c = Conversation(playbook: try Fixtures.defaultPlaybook(), today: Fixtures.today)
        let first = c.handle(.dealClosed(won: true, reason: nil))
        #expect(first.count == 1)
        let second = c.handle(.dealClosed(won: false, reason: "too expensive"))
        guard case .outcomeReplaced(let earlier)? = second.first else {
            Issue.record("expected the replaced outcome first, got \(second)")
            return
        }
        #expect(earlier.won)
        #expect(c.profile.outcome?.won == false && c.profile.outcome?.reason == "too expensive")
    }
}

struct NextStepAnswersItsStepTests {
    @Test func nextAtTheStepThatAsksForItMovesOn() throws {
        var c = Conversation(playbook: try Fixtures.defaultPlaybook(), today: Fixtures.today)
        _ = c.handle(.wentToStep("next-step"))
        let actions = c.handle(.nextStepAgreed("demo for the CFO next Tuesday"))
        #expect(actions.contains(.passedOver(["next-step", "next-step-date"])), "\(actions)")
        #expect(c.prompt?.stepID == "check-in", "the date is not asked for again")
        _ = c.handle(.wentBack)
        #expect(c.prompt?.stepID == "next-step", "/back returns to where /next was typed")
    }
}
