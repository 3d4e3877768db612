import Foundation
import RapportCore
import Testing

/// Role-play practice through the built `rapport`, with piped input.
@Suite struct PracticeTests {
    /// Open discovery questions on each area, LAER on the objections that come up, a summary,
    /// then a close with a date.
    static let goodRep = PracticeLines.good

    /// Pitches at once, asks closed questions, ignores objections, pushes to close.
    static let poorRep = PracticeLines.poor

    struct Outcome {
        var stdout: String
        var transcript: URL
        var overall: Int
        var revealed: Int
        var facts: Int
    }

    func practise(_ persona: String, _ lines: [String], seed: Int = 11, extra: [String] = [], playbook: String = RapportProcess.defaultPlaybook, in folder: URL) throws -> Outcome {
        let before = Set(((try? RapportProcess.transcripts(in: folder.appendingPathComponent("t"))) ?? []).map(\.path))
        let result = try RapportProcess.run(["practice", "--playbook", playbook, "--persona", persona, "--seed", "\(seed)", "--transcripts", "t"] + extra,
                                            lines: lines, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first { !before.contains($0.path) })
        let overallLine = try #require(result.stdout.split(separator: "\n").last { $0.hasPrefix("Overall: ") })
        let overall = Int(overallLine.dropFirst("Overall: ".count).prefix { $0.isNumber }) ?? -1
        let discovery = try #require(result.stdout.split(separator: "\n").first { $0.contains("Discovery coverage: ") })
        let counts = discovery.split(separator: ":")[1].split(separator: " ").compactMap { Int($0) }
        return Outcome(stdout: result.stdout, transcript: transcript, overall: overall, revealed: counts[0], facts: counts[1])
    }

    @Test(arguments: ["dana", "marcus", "priya"])
    func aGoodRepUncoversMostFactsAndScoresFarAboveAPoorOne(persona: String) throws {
        let folder = try RapportProcess.temporaryFolder()
        let good = try practise(persona, Self.goodRep, in: folder)
        let poor = try practise(persona, Self.poorRep, in: folder)
        #expect(Double(good.revealed) >= 0.8 * Double(good.facts), "\(persona): good rep uncovered \(good.revealed) of \(good.facts)")
        #expect(poor.revealed * 2 < good.revealed)
        #expect(good.overall >= 85, "\(persona): \(good.overall)\n\(good.stdout)")
        #expect(good.overall - poor.overall >= 50, "\(persona): good \(good.overall), poor \(poor.overall)")
        #expect(good.stdout.contains("Next step with a date: agreed for 2026-") || good.stdout.contains("Next step with a date: agreed for 2027-"))
        #expect(poor.stdout.contains("Do differently\n  1. "))
    }

    /// A good and a poor homeowner conversation for the consumer playbook.
    static let solarGood = [
        "Thanks for having me. Do you own the home?",
        "Is there anyone else who would want a say in a decision like this?",
        "Roughly what is your electricity bill each month?",
        "I understand, that's a fair worry.",
        "What would you need to see to feel safe?",
        "That makes sense. Our installers are employees, we're rated 4.8 by thousands of homeowners, and you can cancel within 14 days.",
        "Which way does the roof face, and is anything shading it?",
        "What got you thinking about solar now?",
        "How many people live at home?",
        "How long do you see yourselves staying here?",
        "How would you prefer to pay for it?",
        "Have you had other quotes?",
        "When would you ideally want it installed?",
        "How will you decide between the quotes?",
        "Does anything need someone else's permission first, like planning or a lender?",
        "Who at home is keenest on this?",
        "So what I'm hearing is the bills keep rising, the roof gets good sun, and you want it done properly.",
        "Shall we book the free roof survey for next Saturday?",
    ]
    static let solarPoor = [
        "Hi! Brightroof panels are the best on the market and our battery is amazing.",
        "You'll save thousands, guaranteed, and our fixed-rate finance means you pay nothing upfront, it's a no-brainer really.",
        "Do you have a big bill?",
        "Is your roof south-facing?",
        "The price is 14,000 dollars installed.",
        "Anyway, shall we sign you up today?",
        "Can I put you down for an install next month?",
    ]

    @Test(arguments: ["sam", "rita", "dev"])
    func theConsumerPlaybookPersonasRewardTheGoodConversation(persona: String) throws {
        let folder = try RapportProcess.temporaryFolder()
        let playbook = RapportProcess.repositoryRoot.appendingPathComponent("playbooks/home-solar.yaml").path
        let good = try practise(persona, Self.solarGood, playbook: playbook, in: folder)
        let poor = try practise(persona, Self.solarPoor, playbook: playbook, in: folder)
        #expect(good.revealed * 10 >= good.facts * 7, "\(persona): good uncovered \(good.revealed) of \(good.facts)")
        #expect(good.overall - poor.overall >= 40, "\(persona): good \(good.overall), poor \(poor.overall)")
    }

    /// A good and a poor conversation for the professional-services playbook.
    static let cfoGood = [
        "Thanks for the time. Could you tell me about the business and the team — how many people?",
        "Roughly what revenue are you doing this year?",
        "Who looks after the finance today?",
        "What's the hardest part of the finance side for you right now?",
        "A year from now, what would tell you this worked?",
        "Who else needs to agree on a decision like this?",
        "What else are you considering?",
        "Who on your side would work with us week to week?",
        "What budget did you have in mind for outside help?",
        "Is there anything to sign before we start, an engagement letter your lawyer needs to see?",
        "I understand, that's a fair concern.",
        "What would have made the last engagement worth it?",
        "That makes sense. We agree three outcomes up front and review them monthly, and you can stop with a month's notice.",
        "When would you want to start?",
        "So what I'm hearing is you need numbers you trust every month, without doing them yourself.",
        "Shall we start with one month from next Monday?",
    ]
    static let cfoPoor = [
        "Hi! Northlight is the best fractional CFO firm and we will transform your finance function.",
        "Our monthly pack, cash forecast and fundraising support are world class and our clients raised 48 million last year, so you really should sign up.",
        "Do you have a bookkeeper?",
        "Is cash tight?",
        "Our fee is 5,000 dollars a month.",
        "Anyway, can we sign you up today?",
        "Shall I send the contract now?",
    ]

    @Test(arguments: ["maya", "tom", "grace"])
    func theProfessionalServicesPersonasRewardTheGoodConversation(persona: String) throws {
        let folder = try RapportProcess.temporaryFolder()
        let playbook = RapportProcess.repositoryRoot.appendingPathComponent("playbooks/fractional-cfo.yaml").path
        let good = try practise(persona, Self.cfoGood, playbook: playbook, in: folder)
        let poor = try practise(persona, Self.cfoPoor, playbook: playbook, in: folder)
        #expect(good.revealed * 10 >= good.facts * 8, "\(persona): good uncovered \(good.revealed) of \(good.facts)")
        #expect(good.overall - poor.overall >= 50, "\(persona): good \(good.overall), poor \(poor.overall)")
    }

    @Test func theSameSeedAndInputGiveTheSameTranscript() throws {
        let folder = try RapportProcess.temporaryFolder()
        let lines = Self.poorRep + Self.goodRep
        let first = try practise("priya", lines, seed: 5, in: folder)
        let second = try practise("priya", lines, seed: 5, in: folder)
        func content(_ url: URL) throws -> [String] {
            try RapportProcess.events(url, detections: true).map { event in
                var copy = event
                copy["at"] = nil
                return String(describing: copy.sorted { $0.key < $1.key })
            }
        }
        #expect(try content(first.transcript) == content(second.transcript))
        #expect(first.stdout == second.stdout)
    }

    @Test func theTranscriptHoldsEveryLineAndAScorecardThatCanBeRecomputed() throws {
        let folder = try RapportProcess.temporaryFolder()
        let outcome = try practise("dana", Self.goodRep, extra: ["--rep", "Sam"], in: folder)
        let text = try String(contentsOf: outcome.transcript, encoding: .utf8)
        let transcript = try Transcript.parse(text)
        #expect(transcript.header.mode == "practice")
        #expect(transcript.header.persona == "dana")
        #expect(transcript.header.seed == 11)
        #expect(transcript.header.rep == "Sam")
        #expect(transcript.entries.filter { $0.type == .say }.compactMap(\.text) == Self.goodRep)
        #expect(transcript.entries.first?.type == .buyer, "the buyer's opening comes first")
        let saved = try #require(transcript.entries.last { $0.type == .scorecard })
        #expect(saved.score.map(Int.init) == outcome.overall)
        let playbook = try PlaybookLoader.load(source: String(contentsOfFile: RapportProcess.defaultPlaybook, encoding: .utf8), file: "default.yaml")
        let replayed = try #require(transcript.replayPractice(on: playbook))
        #expect(Scorecard(replayed).overall == outcome.overall)
        #expect(transcript.entries.last?.type == .end)
        #expect(try RapportProcess.permissions(outcome.transcript.path) == 0o600)
    }

    @Test func badInputNeverCrashesAndStillLeavesAScorecard() throws {
        let folder = try RapportProcess.temporaryFolder()
        var input = Data("\n\n".utf8)
        input += Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }.filter { $0 != 10 })
        input += Data("\n".utf8)
        input += Data(String(repeating: "blah ", count: 200_000).utf8) + Data("\n".utf8)
        input += Data("\u{1B}[2J\u{1B}]0;owned\u{07}\0 what is your budget?\n/nonsense\n/hint\n".utf8)
        let result = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--persona", "marcus", "--seed", "1", "--transcripts", "t"],
                                            input: input, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Overall: "))
        #expect(result.stdout.contains("Unknown command /nonsense."))
        #expect(!result.stdout.contains("\u{1B}[2J") && !result.stdout.contains("\u{1B}]0;"), "typed escapes never reach the terminal")
        // The million-character line is cut at 64 KiB: still a monologue of thousands of words.
        #expect(result.stdout.contains("Longest monologue: longest turn 1310"), "\(result.stdout.suffix(2000))")
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let parsed = try Transcript.parse(String(decoding: try Data(contentsOf: transcript), as: UTF8.self))
        #expect(parsed.problems.isEmpty)
        #expect(parsed.entries.contains { $0.type == .scorecard })
    }

    @Test func endOfInputAtTheStartStillScores() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--exam"], input: Data(), in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exam: no hints."))
        #expect(result.stdout.contains("Overall: 0/100"))
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        #expect(try RapportProcess.events(transcript).map { $0["type"] as? String } == ["buyer", "scorecard", "end"])
    }

    @Test func listUnknownPersonaAndExamHints() throws {
        let folder = try RapportProcess.temporaryFolder()
        let list = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--list"], in: folder)
        #expect(list.stdout.contains("dana       easy"))
        #expect(list.stdout.contains("marcus     hard"))
        let unknown = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--persona", "marcos", "--transcripts", "t"], in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no persona 'marcos'") && unknown.stderr.contains("Did you mean 'marcus'?"))
        let exam = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--exam", "--transcripts", "t"], lines: ["/hint", "/end"], in: folder)
        #expect(exam.stdout.contains("Hints are off in --exam."))
        let coached = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: ["/hint", "/rubric", "/end"], in: folder)
        #expect(coached.stdout.contains("Hint: Ask about"))
        #expect(coached.stdout.contains("Rubric  (points out of 100)"))
    }
}
