import Foundation
import Testing
@testable import RapportCore

/// Property-based fuzzing of everything that reads outside input: playbooks (loader and
/// linter), transcripts (reader, fast line reader, replay, timeline), and the text readers of the
/// live and practice sessions. Random mutations of real inputs, from a fixed seed, must never
/// crash, hang or break an invariant. `RAPPORT_FUZZ_ITERATIONS` runs longer (scripts/fuzz.sh).
struct FuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["RAPPORT_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 150
    static let seed = ProcessInfo.processInfo.environment["RAPPORT_FUZZ_SEED"].flatMap(UInt64.init) ?? 20261127

    static let tokens = ["in 99999999999999999999 days", "in 1e400 weeks", "", " ", "\n", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "'", "\"", "#", "|", ">", "~", "null", "0x1F",
                         "\u{0}", "\u{1B}[2J", "é", "🚀", "\u{FEFF}", "\t", "if: ", "goto: end", "when: budget >", "{{", "}}", "{{#x}}",
                         "9999999999999999999999", "-1", "1e309", "known(", "and or not", "$", "2027-02-30"]

    /// One random edit: delete, duplicate or swap lines, insert a token, cut the text.
    static func mutate(_ text: String, _ random: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return random.pick(tokens) ?? "" }
        let i = Int(random.next() % UInt64(lines.count))
        switch random.next() % 7 {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: i)
        case 2:
            let j = Int(random.next() % UInt64(lines.count))
            lines.swapAt(i, j)
        case 3:
            var line = Array(lines[i])
            let at = line.isEmpty ? 0 : Int(random.next() % UInt64(line.count + 1))
            line.insert(contentsOf: Array(random.pick(tokens) ?? ""), at: at)
            lines[i] = String(line)
        case 4: lines[i] = String(repeating: " ", count: Int(random.next() % 9)) + lines[i].trimmingCharacters(in: .whitespaces)
        case 5:
            let scalars = Array(lines[i].unicodeScalars)
            if !scalars.isEmpty {
                let cut = Int(random.next() % UInt64(scalars.count))
                lines[i] = String(String.UnicodeScalarView(scalars[..<cut]))
            }
        default:
            return String(text.prefix(Int(random.next() % UInt64(max(1, text.count)))))
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedPlaybooksNeverCrashTheLoader() throws {
        let source = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("playbooks/default.yaml"), encoding: .utf8)
        var random = SeededGenerator(seed: Self.seed)
        var rejected = 0
        for _ in 0..<Self.iterations {
            var text = Fixtures.yaml
            if random.next() % 4 == 0 { text = source }
            for _ in 0...(random.next() % 4) { text = Self.mutate(text, &random) }
            let (playbook, diagnostics) = PlaybookLinter.analyse(source: text, file: "fuzz.yaml")
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in diagnostics {
                #expect(diagnostic.location.line >= 0 && diagnostic.location.line <= lineCount + 1, "\(diagnostic)")
                _ = diagnostic.rendered(source: text)
            }
            if playbook == nil || diagnostics.contains(where: { $0.severity == .error }) {
                rejected += 1
                #expect(!diagnostics.isEmpty, "a rejected playbook says why")
                continue
            }
            // A playbook that loads must run: a few answers through a conversation and a summary.
            guard let playbook else { continue }
            var conversation = Conversation(playbook: playbook, today: Fixtures.today)
            for answer in ["", "yes", "$40k", "by March", "it's too expensive"] { _ = conversation.handle(.answered(answer)) }
            _ = try? SummaryRenderer(playbook: playbook).render(ValueProposition(playbook: playbook, profile: conversation.profile),
                                                                 playbook: playbook, profile: conversation.profile, details: .init())
        }
        #expect(rejected > 0, "the mutations do break playbooks")
    }

    @Test func mutatedTranscriptsAreReadOrRefusedNeverCrash() throws {
        var conversation = Conversation(playbook: Fixtures.playbook, today: Fixtures.today)
        let header = TranscriptHeader(mode: "live", playbook: Fixtures.playbook, playbookPath: "mini.yaml", rep: "Jo", account: "Acme",
                                      started: Date(timeIntervalSince1970: 1_790_000_000), sessionDay: Fixtures.today)
        var lines = [Transcript.line(header)]
        let events: [ConversationEvent] = [.skipped, .answered("$40k"), .answered("yes"), .noteTaken("call back"), .objectionRaised("price"),
                                           .objectionOutcome(resolved: true), .wentBack, .answered("no"), .closeUsed("trial"),
                                           .nextStepAgreed("demo on 2027-01-12"), .dealClosed(won: true, reason: nil)]
        for (index, event) in events.enumerated() {
            _ = conversation.handle(event)
            let (kind, text, target) = TranscriptEntry.fields(for: event)
            lines.append(Transcript.line(TranscriptEntry(seq: index + 1, turn: conversation.turn, at: "2026-11-27T10:00:0\(index % 10).000Z",
                                                         stage: "qualify", step: "budget", type: kind, text: text, target: target)))
        }
        let original = lines.joined(separator: "\n") + "\n"
        var random = SeededGenerator(seed: Self.seed &+ 1)
        for _ in 0..<Self.iterations {
            var text = original
            for _ in 0...(random.next() % 3) { text = Self.mutate(text, &random) }
            guard let transcript = try? Transcript.parse(text) else { continue }
            let replayed = transcript.replay(on: Fixtures.playbook)
            _ = replayed.profile
            let timeline = CallTimeline(transcript: transcript, playbook: Fixtures.playbook)
            _ = TimelineText.plain(timeline, width: 60)
            _ = TimelineText.html(timeline)
            var report = TeamReport()
            report.add(header: transcript.header, entries: transcript.entries, damagedLines: transcript.problems.count, file: "f", playbook: Fixtures.playbook)
            // The fast line reader never disagrees with the full decoder on what it accepts.
            for line in text.split(separator: "\n").dropFirst() {
                guard let fast = Array(line.utf8).withUnsafeBufferPointer({ TranscriptLineReader.entry($0) }) else { continue }
                if let full = try? JSONDecoder().decode(TranscriptEntry.self, from: Data(line.utf8)) {
                    #expect(fast == full, "\(line)")
                }
            }
        }
    }

    @Test func hostileTextNeverCrashesTheReaders() throws {
        let playbook = try Fixtures.defaultPlaybook()
        var random = SeededGenerator(seed: Self.seed &+ 2)
        let persona = try #require(playbook.personas.first)
        var play = RolePlay(playbook: playbook, persona: persona, seed: 1, today: Fixtures.today)
        var conversation = Conversation(playbook: playbook, today: Fixtures.today)
        let matcher = ObjectionMatcher(playbook: playbook)
        for _ in 0..<Self.iterations {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(random.next() % 80) {
                let value = UInt32(random.next() % 0x11000)
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            let text = String(scalars) + (random.pick(Self.tokens) ?? "")
            let result = matcher.match(text)
            #expect((result.alternatives + [result.best].compactMap { $0 }).allSatisfy { (0...1).contains($0.score) })
            if let best = result.best { #expect(best.score >= matcher.threshold) }
            let turn = conversation.turn
            _ = conversation.handle(.answered(text))
            #expect(conversation.turn == turn + 1, "every answer is a turn, whatever it says")
            if let reading = NextStepReading.read(text, today: Fixtures.today) { #expect(!reading.what.isEmpty) }
            let masked = Redaction.masked(text)
            #expect(Redaction.masked(masked) == masked, "masking is stable")
            #expect(!CalendarInvite.escaped(text).unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "no control characters in ICS TEXT")
            let cell = CRMRecord.cell(text)
            if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                // By bytes: a combining mark at the start of the text joins the opening quote's grapheme.
                #expect(cell.utf8.first == 0x22 && cell.utf8.last == 0x22, "a CSV cell with separators is quoted: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(!TerminalText.neutralised(text).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            if play.ending == nil { play.respond(to: text) }
        }
        #expect((0...100).contains(Scorecard(play).overall))
    }
}

/// Inputs the fuzzer once crashed on, kept as regression tests.
struct FuzzRegressionTests {
    @Test func hugeRelativeDatesAreNotDatesRatherThanACrash() {
        let parser = AnswerParser(today: Fixtures.today)
        let field = Fixtures.playbook.field("when")!
        #expect(parser.parse("in 99999999999999999999 days", for: field) == nil)
        #expect(parser.parse("in 3 days", for: field) == .date(Fixtures.today.adding(days: 3)))
        #expect(NextStepReading.read("call in 1e300 weeks", today: Fixtures.today) == nil)
    }

    @Test func absurdScoresInATranscriptAreIgnored() {
        let header = TranscriptHeader(mode: "practice", playbook: Fixtures.playbook, playbookPath: "x", rep: "Jo", account: nil,
                                      started: Date(timeIntervalSince1970: 1_790_000_000), sessionDay: Fixtures.today)
        var report = TeamReport()
        for score in [1e30, -5, .nan, 250] {
            report.add(header: header, entries: [TranscriptEntry(seq: 1, at: "x", stage: nil, step: nil, type: .scorecard, text: "{}", score: score)],
                       damagedLines: 0, file: "f", playbook: nil)
        }
        #expect(report.practiceSessions == 4)
        #expect(report.scores.count == 0)
        _ = ReportDocument.text(report)
    }
}

struct LongWordTests {
    /// A 2 MB word (one unbroken line pasted into a call) wraps in linear time.
    @Test func aHugeWordWrapsIntoLinesOfTheWidth() {
        let word = String(repeating: "x", count: 2_000_000)
        let lines = TimelineText.wrap("before " + word + " after", width: 80, indent: "  ")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.joined().filter { $0 == "x" }.count == 2_000_000)
        #expect(lines.last?.hasSuffix("after") == true)
    }
}
