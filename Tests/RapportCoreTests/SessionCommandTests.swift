import Testing
@testable import RapportCore

/// The one table of slash commands: what reads a line, what Tab offers and what /help says agree.
struct SessionCommandTests {
    @Test(arguments: [SessionCommand.live, SessionCommand.practice])
    func noWordCallsTwoCommands(table: [SessionCommand]) {
        let words = table.flatMap(\.words)
        #expect(Set(words).count == words.count, "\(words)")
    }

    @Test func everyLiveCommandIsReadAndEveryOtherWordIsUnknown() {
        var conversation = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        for command in SessionCommand.live {
            for word in command.words {
                let read = SessionInput.read("/" + word.uppercased() + " x", conversation: &conversation)
                if case .unknownCommand = read { Issue.record("/\(word) is in the table but not read") }
            }
        }
        #expect(SessionInput.read("/frobnicate", conversation: &conversation) == .unknownCommand("frobnicate"))
        #expect(SessionCommand.suggestion(for: "gto", in: SessionCommand.live) == "goto")
        #expect(SessionCommand.suggestion(for: "hin", in: SessionCommand.practice) == "hint")
    }

    @Test func helpListsEveryCommandAndItsVariants() {
        for table in [SessionCommand.live, SessionCommand.practice] {
            let help = SessionCommand.help(table, intro: "intro", outro: "outro")
            for command in table { #expect(help.contains("/" + command.name), "\(command.name)") }
            #expect(help.hasPrefix("intro\n") && help.hasSuffix("\noutro"))
        }
        #expect(SessionCommand.help(SessionCommand.live, intro: "", outro: "").contains("/obj no"))
    }

    @Test func tabOffersCommandsThenThePlaybooksIDs() {
        let playbook = Fixtures.playbook
        #expect(SessionCommand.completions(after: "/", in: SessionCommand.live, playbook: playbook) == SessionCommand.live.map { "/" + $0.name })
        #expect(SessionCommand.completions(after: "/goto ", in: SessionCommand.live, playbook: playbook) == playbook.stages.flatMap { $0.steps.map(\.id) })
        #expect(SessionCommand.completions(after: "/g ", in: SessionCommand.live, playbook: playbook) == playbook.stages.flatMap { $0.steps.map(\.id) }, "a short form completes as its command")
        #expect(SessionCommand.completions(after: "/obj ", in: SessionCommand.live, playbook: playbook) == playbook.objections.map(\.id))
        #expect(SessionCommand.completions(after: "/note ", in: SessionCommand.live, playbook: playbook).isEmpty)
        #expect(SessionCommand.completions(after: "an answer", in: SessionCommand.live, playbook: playbook).isEmpty)
        #expect(SessionCommand.completions(after: "/", in: SessionCommand.practice, playbook: playbook).contains("/hint"))
    }
}
