import Testing
@testable import RapportCore

/// The practice buyer and the scorecard, on the default playbook's personas.
struct PracticeTests {
    static let playbook: Playbook = {
        do { return try Fixtures.defaultPlaybook() } catch { fatalError("default playbook: \(error)") }
    }()

    func play(_ persona: String, seed: UInt64 = 1) -> RolePlay {
        RolePlay(playbook: Self.playbook, persona: Self.playbook.persona(persona)!, seed: seed, today: Fixtures.today)
    }

    func move(_ text: String) -> TraineeMove { TraineeMove(text, playbook: Self.playbook, today: Fixtures.today) }

    @Test func politeAndTaggedLinesAreReadForWhatTheyDo() {
        // Asking leave to ask an open question asks it.
        #expect(move("Might I ask how long the close tends to take?").isOpen)
        #expect(move("Would it be fair to ask which part of it causes the most grief?").isOpen)
        #expect(!move("Might I ask whether you use Excel?").isOpen)
        #expect(move("Would you mind saying a little more about that?").exploresAConcern)
        let demonstration = move("Would you be open to a demonstration on a month of your own figures next Thursday?")
        #expect(demonstration.asksToClose && demonstration.proposesAMeeting)
        // A claim closed by a tag asks nothing: it is the claim.
        #expect(move("Our platform sorts all of that out, so it's an easy yes, isn't it?").pitches)
        #expect(!move("You'd agree month end is a pain, wouldn't you?").pitches)
        #expect(move("Can I email the contract across now?").asksToClose)
    }

    @Test func questionsAreReadAsOpenOrClosedFromTheSentenceThatAsks() {
        #expect(move("What's the hardest part of the close?").isOpen)
        #expect(move("Thanks for your time. Could you walk me through your close?").isOpen)
        #expect(move("So, how long does it take").isOpen, "no question mark, but it asks")
        #expect(move("Tell me about the team.").isOpen)
        let closed = move("Do you use Excel?")
        #expect(closed.isQuestion && !closed.isOpen)
        #expect(!move("Is it slow or fast?").isOpen)
        let summary = move("So what I'm hearing is the close takes nine days and the audit hurts.")
        #expect(summary.summarises && !summary.isQuestion)
        #expect(!move("I see.").isQuestion)
        // A question mused, typed without its subject or its mark, still asks openly.
        #expect(move("Curious how many people touch the close").isOpen)
        #expect(move("wondering whose signature goes on the order").isOpen)
        #expect(!move("Curious.").isQuestion)
        #expect(!move("Interested, yes").isQuestion)
    }

    @Test func pitchesPriceClosesAndAcknowledgementsAreRecognised() {
        #expect(move("Closewise reconciles everything automatically.").pitches)
        #expect(move("We offer an audit trail.").pitches)
        #expect(!move("What does your audit trail look like today?").pitches)
        #expect(move("It's 2,000 dollars a month, so the price is fair.").mentionsPrice)
        #expect(move("The licence is $20k.").mentionsPrice)
        #expect(!move("What would you need to design a better process?").asksToClose, "sign is not in design")
        let close = move("Shall we book the kickoff for next Tuesday?")
        #expect(close.asksToClose)
        #expect(close.date == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(move("I understand, that's a fair concern.").acknowledges)
        #expect(move("That makes sense.").acknowledges)
    }

    @Test func aHardBuyerGivesAClosedQuestionOnlyAShortTrueAnswerAndAnOpenOneTheRest() {
        var marcus = play("marcus")
        let closed = marcus.respond(to: "Does the close take long?")
        #expect(closed.revealed == ["close_days"], "a plain question is answered with the fact it asks about")
        #expect(closed.reply == "Twelve days.", "the first sentence only: \(closed.reply)")
        #expect(marcus.briefly == ["close_days"])
        #expect(Scorecard(marcus).lines.first { $0.item == .discovery }!.detail.contains("1 only as short answers to yes-or-no questions, half credit"))
        let open = marcus.respond(to: "How long does the close take you each month?")
        #expect(open.revealed.isEmpty && open.reply.contains("The private-equity owners want six."), "the rest, asked openly: \(open.reply)")
        #expect(marcus.briefly.isEmpty)
        #expect(open.trust > closed.trust)
        #expect(marcus.profile.value("close_days") == .number(12), "revealed facts fill the profile, typed")
        let again = marcus.respond(to: "How many days does your close take?")
        #expect(again.revealed.isEmpty && again.reply.lowercased().contains("twelve days") && again.trust < open.trust, "a repeat costs a little: \(again.reply)")
    }

    /// A close that also brushes a concern aside for the second time is one attempt, not two.
    @Test func aCloseThatIgnoresAConcernIsCountedOnce() {
        var marcus = play("marcus")
        for line in ["Walk me through how the close runs today.", "Where does it break down?", "Are you looking at anyone else?"] { marcus.respond(to: line) }
        try? #require(marcus.pendingObjection != nil)
        marcus.respond(to: "Please let me know what budget has been allocated.")
        let close = marcus.respond(to: "What if we kicked off a pilot Monday 14 December?")
        #expect(marcus.closes.filter { $0.turn == close.turn }.count == 1, "\(marcus.closes)")
        // Asked over a concern nobody answered, the close earns nothing, and the advice says why.
        let card = Scorecard(marcus)
        let line = card.lines.first { $0.item == .close }!
        #expect(line.score == 0 && line.detail.contains("past an open concern (competitor, raised at turn 3)"), "\(line.detail)")
        var suggested: Set<String> = []
        let advice = Scorecard.advice(for: line, marcus, skipping: &suggested)
        #expect(advice?.turn == close.turn && advice?.text.contains("still open") == true, "\(advice?.text ?? "")")
    }

    /// A close asked once the concern was acknowledged and answered is asked well, even when
    /// the buyer is not ready.
    @Test func aCloseAfterAnsweringTheConcernCounts() {
        var marcus = play("marcus")
        for line in ["Walk me through how the close runs today.", "Where does it break down?", "Are you looking at anyone else?"] { marcus.respond(to: line) }
        try? #require(marcus.pendingObjection != nil)
        for line in ["I hear you, that's a fair worry.", "What's behind that?", "We'd start with a small pilot on your data, and you only commit once it works."] { marcus.respond(to: line) }
        marcus.respond(to: "What if we kicked off a pilot Monday 14 December?")
        let line = Scorecard(marcus).lines.first { $0.item == .close }!
        #expect(line.detail.contains("asked 1 time") || line.detail.contains("accepted"), "\(line.detail)")
    }

    @Test func twoQuestionsInOneLineGetTheFactTheBuyerHas() {
        var marcus = play("marcus")
        let both = marcus.respond(to: "Great. To start, what does your role cover and who's on the team?")
        #expect(both.revealed == ["team_size"], "\(both.reply)")
        #expect(FactFinder.parts("Who else is involved, and how do you decide?") == ["Who else is involved,", "how do you decide?"])
        #expect(FactFinder.parts("To start, what does your role cover?") == ["To start, what does your role cover?"])
    }

    @Test func aQuestionAboutAFieldThePersonaHasNoFactForIsNotAnsweredWithAnotherFact() {
        // Lena has no go-live, competitor or success facts in the default playbook.
        for question in ["When would you want this in place?", "Who else are you talking to?", "What would success look like a year from now?"] {
            var lena = play("lena")
            let exchange = lena.respond(to: question)
            #expect(exchange.revealed.isEmpty, "\(question) → \(exchange.revealed)")
            #expect(lena.persona.replies.noFact.contains(exchange.reply), "\(question) → \(exchange.reply)")
        }
    }

    @Test func whoDecidesIsAnsweredByWhatTheBuyerKnowsOfIt() {
        // Marcus has "contact signs off", not an economic buyer: both ask who decides.
        var marcus = play("marcus")
        let exchange = marcus.respond(to: "Who else is involved in a decision like this, and how do you make it?")
        #expect(exchange.revealed == ["decision_maker"], "\(exchange.reply)")
    }

    @Test func askingForTheBusinessOverAnOpenConcernStillCountsAsAsking() {
        var dana = play("dana")
        for line in ["How does your close work today?", "How long does it take?", "What's the hardest part?", "Our platform automates all of it."] {
            dana.respond(to: line)
        }
        #expect(dana.exchanges.last?.raised != nil, "the pitch raises a concern: \(dana.exchanges.map(\.reply))")
        let close = dana.respond(to: "Shall we book the pilot kickoff for Tuesday the 8th of December?")
        #expect(close.reply.contains("I did raise a concern"), "\(close.reply)")
        #expect(dana.closes.last?.turn == close.turn && dana.closes.last?.accepted == false)
        #expect(!Scorecard(dana).advice.contains { $0.text.contains("You never asked for a commitment") })
    }

    @Test func whileAConcernIsOpenALineThatSoundsLikeAnAgendaAnswersIt() {
        var dana = play("dana")
        for line in ["How does your close work today?", "How long does it take?", "What's the hardest part?", "Our platform automates all of it."] {
            dana.respond(to: line)
        }
        #expect(dana.exchanges.last?.raised != nil)
        dana.respond(to: "I understand, that's fair.")
        let answer = dana.respond(to: "We agree three results up front, and you can stop with a month's notice if we miss them.")
        #expect(!dana.persona.replies.agenda.contains(answer.reply), "\(answer.reply)")
        #expect(dana.objections.last?.resolved == true, "\(answer.reply)")
    }

    @Test func anEasyBuyerAnswersAClosedQuestionWhenTrustIsThere() {
        var dana = play("dana")
        let exchange = dana.respond(to: "Do you use NetSuite or another system?")
        #expect(exchange.revealed == ["erp"])
    }

    @Test func objectionsAreTrackedThroughAcknowledgeExploreAndAnswer() throws {
        var dana = play("dana")
        let budget = dana.respond(to: "What budget have you set aside for fixing this?")
        #expect(budget.revealed == ["budget"])
        #expect(budget.raised == "budget", "Dana raises the budget objection once budget is revealed")
        dana.respond(to: "I understand, that's a fair concern.")
        let explore = dana.respond(to: "What would you need to see to make the case?")
        #expect(explore.reply.contains("pay for itself"))
        dana.respond(to: "Most teams your size recover it within a year from the hours saved.")
        let progress = try #require(dana.objections.first)
        #expect(progress.acknowledgedAt == 2 && progress.exploredAt == 3 && progress.answeredAt == 4 && progress.resolved)
        #expect(dana.pendingObjection == nil)
    }

    @Test func ignoringAnObjectionTwiceCostsTrustAndMarksItIgnored() throws {
        var dana = play("dana")
        dana.respond(to: "What budget have you set aside for fixing this?")
        let start = dana.trust
        let first = dana.respond(to: "Do you use Excel?")
        #expect(first.reply.contains("I did raise a concern"))
        dana.respond(to: "Is your close slow?")
        let progress = try #require(dana.objections.first)
        #expect(progress.ignored && !progress.resolved)
        #expect(dana.trust < start)
    }

    @Test func closingBeforeTheNeedIsKnownIsRefusedAndRaisesItsObjection() {
        var dana = play("dana")
        let early = dana.respond(to: "Shall we sign the contract today?")
        #expect(dana.closes == [RolePlay.CloseAttempt(turn: 1, early: true, accepted: false)])
        #expect(early.raised == "timing")
        #expect(early.trust < Self.playbook.persona("dana")!.trust)
    }

    @Test func aBuyerWithNoTrustLeftWalksAway() {
        var marcus = play("marcus")
        var last: RolePlay.Exchange?
        for _ in 0..<10 where marcus.ending == nil {
            last = marcus.respond(to: "Closewise is the best platform on the market and our customers love our features.")
        }
        #expect(marcus.ending == .walkedAway)
        #expect(last?.reply.contains("I'm done here") == true)
        #expect(marcus.respond(to: "Wait!").reply.isEmpty, "nothing more is said after the buyer leaves")
    }

    @Test func theSameSeedAndLinesGiveTheSameCall() {
        let lines = ["Hi there.", "What systems do you use?", "Closewise automates matching.", "Is it slow?", "Tell me about your team.", "Okay.", "Hmm."]
        var a = play("priya", seed: 42)
        var b = play("priya", seed: 42)
        for line in lines {
            #expect(a.respond(to: line) == b.respond(to: line))
        }
        // Another seed changes only the wording the buyer picks, never what the trainee earned.
        var c = play("priya", seed: 7)
        for line in lines { c.respond(to: line) }
        #expect(c.revealed.map(\.field) == a.revealed.map(\.field))
        #expect(c.trust == a.trust)
    }

    @Test func scorecardBacksEachItemWithTurnsAndAdvisesOnTheWeakest() throws {
        var dana = play("dana")
        dana.respond(to: "Do you use Excel?")
        dana.respond(to: "What's the hardest part of the close for your team?")
        dana.respond(to: "Closewise will transform your close, it reconciles everything automatically.")
        let card = Scorecard(dana)
        let questions = try #require(card.lines.first { $0.item == .questions })
        #expect(questions.detail == "1 of 2 questions open (a short call: 3 of 8 turns count)", "a short call says it is pro-rated")
        #expect(questions.evidence == [1], "the closed question is the evidence")
        let discovery = try #require(card.lines.first { $0.item == .discovery })
        #expect(card.revealed.contains("pains") && discovery.evidence.contains(2), "the open question at turn 2 uncovered the pains")
        #expect(card.advice.count == 2)
        #expect(card.advice.allSatisfy { !$0.text.isEmpty })
        #expect(Set(card.advice.map(\.text)).count == 2, "two different pieces of advice")
        #expect((0...100).contains(card.overall))
        let objections = try #require(card.lines.first { $0.item == .objections })
        #expect(objections.applicable == !dana.objections.isEmpty)
    }

    @Test func personasAndRubricAreChecked() {
        func errors(_ yaml: String) -> [String] {
            PlaybookLinter.analyse(source: Fixtures.yaml + yaml, file: "p.yaml").1.filter { $0.severity == .error }.map(\.message)
        }
        let persona = """

            personas:
              - id: bo
                name: Bo
                role: Buyer
                company: Co
                difficulty: %DIFF%
                opening: Hi
                facts:
                  - field: %FIELD%
                    value: %VALUE%
                    topics: [budget]
                    say: Forty thousand.
                objections:
                  - objection: %OBJ%
                    when: %WHEN%
                    say: Too much.
                    detail: It is.
                accepts:
                  facts: 1
                  say: Yes.
            """
        func with(_ pairs: [String: String]) -> String {
            var text = persona
            for (key, value) in ["%DIFF%": "easy", "%FIELD%": "budget", "%VALUE%": "$40k", "%OBJ%": "price", "%WHEN%": "price"].merging(pairs, uniquingKeysWith: { $1 }) {
                text = text.replacingOccurrences(of: key, with: value)
            }
            return text
        }
        #expect(errors(with([:])).isEmpty)
        // A persona's own lines for a need-payoff question are read and used.
        let own = with([:]).replacingOccurrences(of: "    opening: Hi\n", with: "    opening: Hi\n    replies:\n      need_payoff: [We'd close in three days., The audit would be calm.]\n")
        #expect(errors(own).isEmpty)
        let loaded = PlaybookLoader.read(source: Fixtures.yaml + own, file: "p.yaml")
        #expect(loaded.0?.persona("bo")?.replies.needPayoff == ["We'd close in three days.", "The audit would be calm."])
        #expect(errors(with(["%DIFF%": "brutal"])).contains { $0.contains("difficulty must be easy, medium or hard") })
        #expect(errors(with(["%FIELD%": "budgt"])).contains { $0.contains("fact for unknown field 'budgt'; did you mean 'budget'?") })
        #expect(errors(with(["%VALUE%": "lots"])).contains { $0.contains("'lots' does not read as money") })
        #expect(errors(with(["%OBJ%": "prise"])).contains { $0.contains("unknown objection 'prise'") })
        #expect(errors(with(["%WHEN%": "revealed hours"])).contains { $0.contains("'revealed hours' names no fact of this persona") })
        #expect(errors(with(["%WHEN%": "sometimes"])).contains { $0.contains("when must be pitch, price, close") })
        #expect(errors("\nrubric:\n  discovery: 50\n  close: 40\n").contains { $0.contains("must add up to 100, but they add up to 90") })
        #expect(errors("\nrubric:\n  discovery: 60\n  listen: 40\n").contains { $0.contains("listen") })
    }
}

/// The scorecard never blames a trainee for a question they asked, and an ignored objection is
/// always advised on.
struct FairScorecardTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    @Test func aQuestionAskedButNotAnsweredIsAdvisedOnAsAQuestion() {
        var marcus = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("marcus")!, seed: 1, today: Fixtures.today)
        marcus.respond(to: "Do you have a budget for this?")
        marcus.respond(to: "Thanks. Anything else?")
        let card = Scorecard(marcus)
        if !marcus.isRevealed("budget") {
            let advice = card.advice.first { $0.text.contains("Budget") }
            #expect(advice.map { !$0.text.contains("never uncovered") } ?? true, "\(card.advice.map(\.text))")
        }
    }

    @Test func anIgnoredObjectionIsAlwaysInTheAdvice() {
        var dana = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 1, today: Fixtures.today)
        for line in ["What budget have you set aside for fixing this?", "Do you use Excel?", "Is your close slow?", "Do you have an auditor?"] {
            dana.respond(to: line)
        }
        #expect(dana.objections.contains { $0.ignored })
        #expect(Scorecard(dana).advice.first?.item == .objections)
    }

    @Test func aNextStepWithoutADayIsAskedForOne() {
        var dana = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 1, today: Fixtures.today)
        for line in TraineeScriptTests.agendaStyle.dropLast() { dana.respond(to: line) }
        let reply = dana.respond(to: "Shall we run a pilot on two clinics for the January close?")
        #expect(dana.nextStep == nil, "a month is not a day in the diary")
        #expect(!reply.reply.contains("works for me. Send me an invite"))
        let agreed = dana.respond(to: "How about Tuesday the 8th of December?")
        #expect(dana.nextStep?.day == CalendarDay(year: 2026, month: 12, day: 8), "\(agreed.reply)")
    }
}

/// The scorecard a practice transcript keeps, written and read through one Codable value.
struct SavedScorecardTests {
    @Test func aScorecardReadsBackAsItWasSaved() throws {
        let playbook = try Fixtures.defaultPlaybook()
        var play = RolePlay(playbook: playbook, persona: playbook.personas[0], seed: 1, today: Fixtures.today)
        for line in ["How big is the finance team?", "What system do you use?", "Shall we book a pilot on Tuesday 1 December?"] { play.respond(to: line) }
        play.end()
        let card = Scorecard(play)
        let saved = SavedScorecard(card)
        #expect(SavedScorecard(json: saved.json) == saved)
        #expect(saved.overall == card.overall && saved.items?.count == card.lines.count && saved.missed == card.missed)
        #expect(Set(card.jsonObject.keys) == ["overall", "items", "advice", "revealed", "missed", "questions", "openQuestions", "talkShare", "longestMonologue", "ending"])
    }

    @Test func olderAndDamagedScorecardsGiveWhatTheyHave() throws {
        // As an earlier version wrote it (JSONSerialization, no "applicable", an advice without a turn).
        let old = #"{"advice":[{"item":"discovery","text":"Ask more."}],"items":[{"detail":"2 of 11","evidence":[1,2],"item":"discovery","points":4.5,"score":0.18,"title":"Discovery coverage","weight":25}],"longestMonologue":7,"missed":["pains"],"openQuestions":1,"overall":31,"questions":2,"revealed":["team_size"],"talkShare":0.3}"#
        let card = try #require(SavedScorecard(json: old))
        #expect(card.overall == 31 && card.items?.first?.score == 0.18 && card.items?.first?.applicable == nil && card.advice?.first?.turn == nil)
        #expect(SavedScorecard(json: #"{"overall":40,"items":"oops"}"#) == nil, "a damaged one is not half read")
        #expect(SavedScorecard(json: #"{"overall":40}"#)?.overall == 40)
    }
}

/// Trial closes, and what the buyer makes of them.
extension PracticeTests {
    @Test func aTrialCloseAsksForAReactionAndAcknowledgesNothing() {
        for line in ["How does that sound?", "Does that make sense?", "What do you think?", "Could you see this helping your team?",
                     "What's your take?", "How do you feel about what I've just described?"] {
            let read = move(line)
            #expect(read.checksReaction && !read.acknowledges && !read.asksToClose, "\(line)")
        }
        // Asking about something else, or for the business, is not a trial close.
        #expect(!move("How does the team feel about month-end?").checksReaction)
        #expect(!move("What are your thoughts on the budget?").checksReaction)
        #expect(!move("What do you think causes the delays?").checksReaction)
        #expect(!move("Shall we start the pilot on Monday 7 December?").checksReaction)
        // An acknowledgement's words inside the question that asks acknowledge nothing.
        #expect(!move("Would it make sense to run a trial on your February close, starting the 3rd of February?").acknowledges)
        #expect(!move("Is that fair?").acknowledges)
        #expect(move("That makes sense. Who else is involved?").acknowledges)
        // Asking how a day suits proposes it; asking how a day went does not.
        #expect(move("How's next Tuesday for a demo?").asksToClose)
        #expect(move("How does Wednesday 9 December look for a pilot kickoff?").asksToClose)
        #expect(!move("How was your Thursday?").asksToClose)
        // Played back only to lead into what the offer would do: a pitch, not a summary.
        let offer = move("From what you've said, our matching would cut the close by about three days.")
        #expect(offer.pitches && !offer.summarises)
        #expect(move("From what you've said, the close takes nine days and the audit hurts.").summarises)
        // Presenting, then checking: a pitch.
        #expect(move("Closewise matches every transaction overnight. How does that sound?").pitches)
    }

    @Test func theBuyerSaysWhatTheyMakeOfWhatTheyHeard() {
        // Nothing offered yet: fine so far, trust unmoved.
        var early = play("dana")
        let before = early.trust
        let soFar = early.respond(to: "How does that sound?")
        #expect(Self.playbook.persona("dana")!.replies.reactionSoFar.contains(soFar.reply), "\(soFar.reply)")
        #expect(early.trust == before)
        // Once the need is told and the offer made: a warm reaction, trust up (Marcus raises
        // nothing on a pitch).
        var marcus = play("marcus")
        for line in ["What's the hardest part of your month-end?", "What does success look like for you?", "How long does the close take?"] {
            _ = marcus.respond(to: line)
        }
        #expect(marcus.needFound)
        _ = marcus.respond(to: "Closewise matches your clinics' intercompany lines automatically, so the central team only checks exceptions.")
        #expect(marcus.pendingObjection == nil)
        let trust = marcus.trust
        let reaction = marcus.respond(to: "How does that land with you?")
        #expect(Self.playbook.persona("marcus")!.replies.reaction.contains(reaction.reply), "\(reaction.reply)")
        #expect(marcus.trust > trust)
        // A concern the pitch raises is the reaction: Dana's, explored by the check.
        var dana = play("dana")
        for line in ["What's the hardest part of your month-end?", "What does success look like for you?"] { _ = dana.respond(to: line) }
        _ = dana.respond(to: "Closewise matches your bank lines automatically.")
        #expect(dana.pendingObjection != nil)
        let explored = dana.respond(to: "How does that sound?")
        #expect(dana.objections.last?.exploredAt == explored.turn)
    }

    @Test func aProposalOverAnOpenConcernIsNotTakenForSympathy() {
        var priya = play("priya")
        // Priya's pitch objection (send-info) opens on a pitch.
        _ = priya.respond(to: "Closewise matches card payouts to QuickBooks automatically, store by store.")
        #expect(priya.pendingObjection != nil)
        let proposal = priya.respond(to: "Would it make sense to do a trial on your February close? We could kick off on the 3rd of February.")
        #expect(!proposal.reply.contains("That's exactly it"), "\(proposal.reply)")
        #expect(proposal.reply.contains("concern"), "\(proposal.reply)")
    }
}
