import Testing
@testable import RapportCore

/// The practice buyer as a state machine: events in, actions out, the state moving between
/// listening, concerned, awaiting a day and over.
struct BuyerStateMachineTests {
    static let playbook: Playbook = {
        do { return try Fixtures.defaultPlaybook() } catch { fatalError("default playbook: \(error)") }
    }()

    func play(_ persona: String) -> RolePlay {
        RolePlay(playbook: Self.playbook, persona: Self.playbook.persona(persona)!, seed: 1, today: Fixtures.today)
    }

    func said(_ actions: [BuyerAction]) -> String? {
        actions.compactMap { if case .says(let text) = $0 { return text } else { return nil } }.first
    }

    @Test func aConcernOpensIsSettledAndTheBuyerListensAgain() {
        var dana = play("dana")
        #expect(dana.state == .listening)
        let asked = dana.handle(.said("What budget have you set aside for fixing this?"))
        #expect(asked.contains(.heardAbout("budget")) && asked.contains(.reveals("budget")) && asked.contains(.raises("budget")))
        #expect(dana.state == .concerned(0))
        // A question about something else is answered while the concern stays open.
        let other = dana.handle(.said("How long does your close take today?"))
        #expect(other.contains(.reveals("close_days")), "\(other)")
        #expect(dana.state == .concerned(0))
        _ = dana.handle(.said("I understand, that's a fair concern."))
        let answered = dana.handle(.said("Most teams your size recover it within a year from the hours saved."))
        #expect(answered.contains(.settles("budget")), "\(answered)")
        #expect(dana.state == .listening)
        // Every turn says something, and the trust each action reports is the trust kept.
        #expect(said(answered)?.isEmpty == false)
    }

    @Test func aConcernBrushedOffTwiceIsDropped() {
        var dana = play("dana")
        _ = dana.handle(.said("What budget have you set aside for fixing this?"))
        _ = dana.handle(.said("Do you use Excel?"))
        let second = dana.handle(.said("Is the team in one office?"))
        #expect(second.contains(.dropsConcern("budget")), "\(second)")
        #expect(dana.state == .listening)
        #expect(dana.objections.first?.ignored == true)
    }

    @Test func anAgreedCloseWaitsForADayThenTheCallIsOver() {
        var dana = play("dana")
        for line in ["What's the hardest part of month-end for you?", "How long does the close take?", "How many people are on the team?",
                     "Which ERP do you use?", "Who signs off on a purchase like this?", "When would you want this live?"] {
            _ = dana.handle(.said(line))
            if case .concerned = dana.state {
                _ = dana.handle(.said("I understand, that's a fair concern."))
                _ = dana.handle(.said("Most teams your size recover it within a year from the hours saved, and you can stop at any time."))
            }
        }
        #expect(dana.state == .listening, "\(dana.exchanges.map(\.reply))")
        let close = dana.handle(.said("Would you like to go ahead with a pilot?"))
        #expect(close.contains(.agrees), "\(close)")
        guard case .awaitingDay(let at) = dana.state else {
            Issue.record("expected to wait for a day, got \(dana.state)")
            return
        }
        #expect(at == dana.turn)
        let day = dana.handle(.said("How about Tuesday the 8th of December?"))
        #expect(day.contains(.books(CalendarDay(year: 2026, month: 12, day: 8))), "\(day)")
        #expect(dana.state == .over(.agreed))
        #expect(dana.handle(.said("Anything else?")).isEmpty, "nothing is heard after the call is over")
    }

    @Test func endingIsFinalAndTrustRunningOutEndsTheCall() {
        var dana = play("dana")
        #expect(dana.handle(.ended).isEmpty)
        #expect(dana.state == .over(.ended))
        #expect(dana.handle(.said("Hello?")).isEmpty)

        var marcus = play("marcus")
        var walked = false
        let pushy = ["Closewise reconciles everything automatically.", "Shall we sign the contract today?", "We offer an audit trail and it is the best on the market.",
                     "Can I send the order form over now?"]
        for turn in 0..<40 where !walked {
            walked = marcus.handle(.said(pushy[turn % pushy.count])).contains(.walksAway)
        }
        #expect(walked, "\(marcus.exchanges.map { "\($0.trust) \($0.reply)" })")
        #expect(marcus.state == .over(.walkedAway))
        #expect(marcus.trust == 0)
    }
}
