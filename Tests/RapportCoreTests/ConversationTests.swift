import Testing
@testable import RapportCore

struct ConversationTests {
    func start() -> Conversation { Conversation(playbook: Fixtures.playbook, today: Fixtures.today) }

    func step(_ conversation: Conversation) -> String? { conversation.prompt?.stepID }

    @Test func startsAtTheFirstStepWithWhatIsUnknown() {
        let conversation = start()
        let prompt = try! #require(conversation.prompt)
        #expect(prompt.stepID == "hello")
        #expect(prompt.badge == "[qualify 1/4]")
        #expect(prompt.unknownQualifications == [.budget, .authority, .timeline, .pain])
    }

    @Test func answerRecordsTypedValueWithRawWordsAndTurn() {
        var c = start()
        _ = c.handle(.skipped)
        let actions = c.handle(.answered("about $40k"))
        #expect(actions.first == .recorded(field: "budget", value: .money(Money(amount: 40_000))))
        #expect(c.profile["budget"]?.raw == "about $40k")
        #expect(c.profile["budget"]?.turn == 2)
        #expect(step(c) == "signer")
        #expect(c.prompt?.unknownQualifications == [.authority, .timeline, .pain])
    }

    @Test func branchTakesTheFirstConditionThatHolds() {
        var c = start()
        _ = c.handle(.skipped)
        _ = c.handle(.answered("5k"))
        #expect(step(c) == "small")
        _ = c.handle(.skipped)
        #expect(step(c) == "signer")
    }

    @Test func unclearAnswerIsKeptAndFlagged() {
        var c = start()
        _ = c.handle(.skipped)
        let actions = c.handle(.answered("we'll see what finance says"))
        #expect(actions.first == .keptUnclear(field: "budget", raw: "we'll see what finance says"))
        #expect(c.profile["budget"]?.isUnclear == true)
        #expect(c.profile["budget"]?.raw == "we'll see what finance says")
        // Unclear is not known: the qualification element stays open.
        #expect(c.unknownQualifications.contains(.budget))
    }

    @Test func backUndoesTheAnswerAndRestoresTheProfile() {
        var c = start()
        _ = c.handle(.skipped)
        _ = c.handle(.answered("$40k"))
        _ = c.handle(.answered("yes"))
        #expect(step(c) == "pain")
        let actions = c.handle(.wentBack)
        #expect(step(c) == "signer")
        #expect(c.profile["signer"] == nil)
        #expect(c.profile.value("budget") == .money(Money(amount: 40_000)))
        guard case .show(let prompt)? = actions.first else {
            Issue.record("back should show the step")
            return
        }
        #expect(prompt.stepID == "signer")
        _ = c.handle(.wentBack)
        #expect(step(c) == "budget")
        #expect(c.profile["budget"] == nil)
    }

    @Test func backAtTheStartIsRefusedAndChangesNothing() {
        var c = start()
        let before = c
        guard case .rejected? = c.handle(.wentBack).first else {
            Issue.record("expected a refusal")
            return
        }
        #expect(c == before)
    }

    @Test func notesSurviveGoingBack() {
        var c = start()
        _ = c.handle(.skipped)
        _ = c.handle(.noteTaken("CFO is new"))
        _ = c.handle(.answered("$40k"))
        _ = c.handle(.wentBack)
        _ = c.handle(.wentBack)
        #expect(step(c) == "hello")
        #expect(c.profile.notes.map(\.text) == ["CFO is new"])
    }

    @Test func gotoStepAndStage() {
        var c = start()
        _ = c.handle(.wentToStage("discover"))
        #expect(step(c) == "pain")
        _ = c.handle(.wentToStep("never"))
        #expect(step(c) == "never")
        _ = c.handle(.wentBack)
        #expect(step(c) == "pain")
        guard case .rejected(let message)? = c.handle(.wentToStep("pian")).first else {
            Issue.record("unknown step must be refused")
            return
        }
        #expect(message.contains("Did you mean 'pain'?"))
        guard case .rejected? = c.handle(.wentToStage("nowhere")).first else {
            Issue.record("unknown stage must be refused")
            return
        }
    }

    @Test func templatesFillFromTheProfile() {
        var c = start()
        _ = c.handle(.wentToStep("hours"))
        #expect(c.prompt?.line == "How many hours, [tool?] user?")
        _ = c.handle(.wentToStep("tool"))
        _ = c.handle(.answered("google sheets"))
        #expect(step(c) == "hours")
        #expect(c.prompt?.line == "How many hours, Google Sheets user?")
    }

    @Test func explicitEndFinishesAndLaterAnswersBecomeNotes() {
        var c = start()
        _ = c.handle(.wentToStep("when"))
        let actions = c.handle(.answered("by March"))
        #expect(actions.contains(.finished))
        #expect(c.state == .finished)
        #expect(c.prompt == nil)
        #expect(c.profile.value("when") == .date(CalendarDay(year: 2027, month: 3, day: 31)))
        let late = c.handle(.answered("also wants SSO"))
        guard case .noted(let quote)? = late.first else {
            Issue.record("an answer after the end must be kept as a note")
            return
        }
        #expect(quote.text == "also wants SSO")
        _ = c.handle(.wentBack)
        #expect(step(c) == "when")
    }

    @Test func tagsAccumulateAcrossAnswers() {
        var c = start()
        _ = c.handle(.wentToStep("pain"))
        _ = c.handle(.answered("everything by hand"))
        _ = c.handle(.wentToStep("pain"))
        _ = c.handle(.answered("and no visibility at all"))
        #expect(c.profile.value("pains") == .tags(["manual", "blind"]))
        #expect(c.profile["pains"]?.quotes.count == 2)
    }

    static let script: [ConversationEvent] = [
        .skipped, .answered("30-50k"), .noteTaken("likes golf"), .answered("nope"), .wentBack, .answered("yes"),
        .answered("all manual, spreadsheets"), .wentToStage("qualify"), .wentToStep("pain"), .answered("security worries"),
        .answered("excel"), .answered("forty"), .answered("next quarter"), .answered("late remark"),
    ]

    @Test func replayingTheEventsRebuildsTheSameState() {
        var live = start()
        for event in Self.script { _ = live.handle(event) }
        var replayed = start()
        for event in Self.script { _ = replayed.handle(event) }
        #expect(live == replayed)
        #expect(live.turn == Self.script.count)
        #expect(live.profile.value("signer") == .yesNo(true))
        #expect(live.profile.value("hours") == .number(40))
        #expect(live.profile.notes.map(\.text) == ["likes golf", "late remark"])
    }

    @Test func replayOfAPrefixDiffersFromTheWhole() {
        var whole = start()
        for event in Self.script { _ = whole.handle(event) }
        var part = start()
        for event in Self.script.dropLast(2) { _ = part.handle(event) }
        #expect(whole != part)
    }
}

struct ConversationObjectionTests {
    @Test func detectedRaisedAndSettledObjectionsReplay() throws {
        let playbook = try Fixtures.defaultPlaybook()
        let events: [ConversationEvent] = [
            .skipped, .answered("honestly it's way too expensive"), .objectionOutcome(resolved: true),
            .objectionRaised("authority"), .answered("12"), .objectionOutcome(resolved: false),
        ]
        var live = Conversation(playbook: playbook, today: Fixtures.today)
        var actions: [[ConversationAction]] = []
        for event in events { actions.append(live.handle(event)) }
        #expect(actions[1].contains { if case .objectionDetected(let m) = $0 { return m.objectionID == "price" } else { return false } })
        #expect(actions[4].allSatisfy { if case .objectionDetected = $0 { return false } else { return true } }, "a clean number is not an objection")
        #expect(live.profile.objections.map(\.objectionID) == ["price", "authority"])
        #expect(live.profile.objections.map(\.resolved) == [true, false])
        #expect(live.profile.openObjections.map(\.objectionID) == ["authority"])
        var replayed = Conversation(playbook: playbook, today: Fixtures.today)
        for event in events { _ = replayed.handle(event) }
        #expect(replayed == live)
        guard case .rejected? = live.handle(.objectionOutcome(resolved: true)).first else {
            Issue.record("nothing open: the outcome must be refused")
            return
        }
        guard case .rejected? = live.handle(.objectionRaised("nonsense")).first else {
            Issue.record("unknown objection must be refused")
            return
        }
    }

    @Test func goingBackUndoesTheDetectionWithTheAnswer() throws {
        var c = Conversation(playbook: try Fixtures.defaultPlaybook(), today: Fixtures.today)
        _ = c.handle(.skipped)
        _ = c.handle(.answered("it's too expensive"))
        #expect(c.profile.objections.count == 1)
        _ = c.handle(.wentBack)
        #expect(c.profile.objections.isEmpty)
    }
}

/// Notes that answer more than the step asked, on the default playbook.
struct DenseNoteConversationTests {
    func start() throws -> Conversation { Conversation(playbook: try Fixtures.defaultPlaybook(), today: Fixtures.today) }

    @Test func aDenseNoteFillsManyFieldsPassesOverTheirStepsAndBackUndoesThemAll() throws {
        var c = try start()
        _ = c.handle(.skipped)
        let actions = c.handle(.answered("cfo, 12 ppl, close takes 9 days, budget maybe 40-60k, decide by Q3, uses netsuite + excel"))
        let recorded = actions.compactMap { if case .recorded(let f, _) = $0 { return f } else { return nil } }
        #expect(Set(recorded).isSuperset(of: ["role", "team_size", "erp", "budget", "go_live", "close_days"]))
        #expect(actions.contains(.passedOver(["team-size", "erp"])))
        #expect(c.prompt?.stepID == "need")
        #expect(c.profile["team_size"]?.raw == "12 ppl", "each fact keeps the words it came from")
        #expect(c.profile["team_size"]?.turn == 2)
        _ = c.handle(.answered("yes"))
        #expect(c.prompt?.stepID == "rapport", "after the need comes discovery; budget is asked after the pains")
        _ = c.handle(.wentBack)
        _ = c.handle(.wentBack)
        #expect(c.prompt?.stepID == "role")
        for field in ["role", "team_size", "erp", "budget", "go_live", "close_days"] {
            #expect(!c.profile.isKnown(field), "\(field) is undone with the note")
        }
        #expect(c.handle(.wentToStep("erp")).contains { if case .show(let p) = $0 { return p.stepID == "erp" } else { return false } }, "a passed-over step is still reachable")
    }

    @Test func anAsideNeverOverwritesAKnownValueButSaysItDiffers() throws {
        var c = try start()
        _ = c.handle(.skipped)
        _ = c.handle(.answered("controller"))
        _ = c.handle(.answered("12"))
        let actions = c.handle(.answered("netsuite, team of 15 really"))
        #expect(c.profile.value("team_size") == .number(12))
        #expect(actions.contains(.differs(field: "team_size", value: .number(15), words: "team of 15 really")))
    }

    @Test(arguments: ["absolutely not", "definitely not", "certainly not", "of course not", "no way", "certainly not, the board does"])
    func aNegationIsNeverRecordedAsYes(answer: String) throws {
        var c = try start()
        _ = c.handle(.wentToStep("authority"))
        _ = c.handle(.answered(answer))
        #expect(c.profile.value("decision_maker") == .yesNo(false))
        #expect(c.prompt?.stepID == "economic-buyer")
    }

    @Test func aTranscriptReplayRebuildsTheSameProfile() throws {
        var c = try start()
        let lines = ["", "controller, 9 ppl, sage intacct, close is 11 days", "yes", "been here three years", "all in excel", "matching by hand"]
        var events: [ConversationEvent] = []
        for line in lines {
            let event: ConversationEvent = line.isEmpty ? .skipped : .answered(line)
            events.append(event)
            _ = c.handle(event)
        }
        var replayed = try start()
        for event in events { _ = replayed.handle(event) }
        #expect(replayed == c)
        #expect(c.profile.value("close_days") == .number(11))
        #expect(c.prompt?.stepID == "hours", "close-days was passed over: the note gave it")
    }
}

/// The screen's "Still unknown" line names what this part of the call should learn first.
struct PressingUnknownsTests {
    @Test func theUnknownsTheNextStepsAskAboutComeFirst() throws {
        let playbook = try Fixtures.defaultPlaybook()
        var conversation = Conversation(playbook: playbook, today: Fixtures.today)
        let start = try #require(conversation.prompt)
        #expect(Set(start.pressingUnknowns) == Set(start.unknownQualifications), "every unknown is still listed")
        let firstAsked = playbook.stages.flatMap(\.steps).compactMap { $0.record.flatMap(playbook.field)?.qualifies }.first
        #expect(start.pressingUnknowns.first == firstAsked)
        // In discovery, what discovery asks comes before what qualifying asked and was skipped.
        _ = conversation.handle(.wentToStage("discovery"))
        let discovery = try #require(conversation.prompt)
        let discoveryAsks = playbook.stage("discovery")!.steps.compactMap { $0.record.flatMap(playbook.field)?.qualifies }
        if let asked = discoveryAsks.first(where: discovery.unknownQualifications.contains) {
            #expect(discovery.pressingUnknowns.first == asked, "\(discovery.pressingUnknowns)")
        }
    }
}

struct ConversationNoteAtAFreeTextStepTests {
    /// A note that is wholly other fields' facts, typed at a step that takes any words, answers
    /// those fields: the step's own field stays unknown and the call stays on it, and `/back`
    /// and a replay treat it like any answer.
    @Test func anotherQuestionsAnswerLeavesTheStepAsking() throws {
        let playbook = try Fixtures.defaultPlaybook()
        var call = Conversation(playbook: playbook, today: Fixtures.today)
        _ = call.handle(.wentToStep("situation"))
        let actions = call.handle(.answered("team of 6, all on netsuite"))
        #expect(call.state == .atStep("situation"))
        #expect(actions.contains { if case .stillAsking("situation") = $0 { return true } else { return false } })
        #expect(call.profile.value("team_size") == .number(6))
        #expect(call.profile.value("erp") == .choice("netsuite"))
        #expect(call.profile.value("current_process") == nil)
        // A description of the process is the process, whatever else it names.
        let described = call.handle(.answered("each clinic emails a spreadsheet, we key it into Dynamics"))
        #expect(!described.contains { if case .stillAsking = $0 { return true } else { return false } })
        #expect(call.profile.value("current_process") == .text("each clinic emails a spreadsheet, we key it into Dynamics"))
        _ = call.handle(.wentBack)
        _ = call.handle(.wentBack)
        #expect(call.profile.value("team_size") == nil && call.state == .atStep("situation"))
    }

    @Test func aNextStepWithATimeKeepsItsDay() throws {
        var call = Conversation(playbook: try Fixtures.defaultPlaybook(), today: Fixtures.today)
        _ = call.handle(.nextStepAgreed("demo w/ Sarah + CEO thurs 10 dec 2pm"))
        #expect(call.profile.nextStep?.day.description == "2026-12-10")
        #expect(call.profile.nextStep?.what == "demo w/ Sarah + CEO")
    }
}

struct ShippedPlaybookNoteTests {
    static func load(_ name: String) throws -> Playbook {
        let path = Fixtures.repositoryRoot.appendingPathComponent("playbooks/\(name)").path
        return try PlaybookLoader.load(source: try String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    /// Every shipped playbook declares cues, so a rep's dense note at its first question fills
    /// the fields it names, and the steps that ask for them are passed over.
    @Test(arguments: [
        ("home-solar.yaml", "yes own it since 2019, 4 of us at home, south facing roof, bills about $180/mo and prices going up, got a quote from another installer, would finance it",
         ["homeowner", "household", "roof", "monthly_bill", "pains", "competitor", "finance"]),
        ("fractional-cfo.yaml", "founder, 35 staff, about 4m revenue, books done by a part-time bookkeeper, cash flow is a mess, could spend 3k a month, want to start in January",
         ["role", "employees", "revenue", "current_help", "pains", "budget", "start_by"]),
    ])
    func aDenseNoteFillsTheFieldsItNames(playbook name: String, note: String, fields: [String]) throws {
        let playbook = try Self.load(name)
        var call = Conversation(playbook: playbook, today: Fixtures.today)
        _ = call.handle(.skipped)
        _ = call.handle(.answered(note))
        for field in fields { #expect(call.profile.value(field) != nil, "\(name): \(field)") }
    }
}
