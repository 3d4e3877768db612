import Foundation
import Testing
@testable import RapportCore

/// An answer's reading, recorded with it: a replay on the playbook it was written with takes the
/// call as it was read live; on another playbook, or when the reading does not fit, the words are
/// read again.
struct AnswerReadingTests {
    static let header = """
        {"format":"rapport-transcript","version":1,"mode":"live","playbook":{"id":"closewise","version":"1.0","hash":"HASH","path":"playbooks/default.yaml"},"rep":"Jo","started":"2026-11-27T10:00:00.000Z","sessionDay":"2026-11-27"}
        """

    /// A call at the ERP step, its answer carrying `reading`.
    func call(_ playbook: Playbook, answer: String, reading: String) throws -> Transcript {
        let lines = [
            Self.header.replacingOccurrences(of: "HASH", with: playbook.contentHash),
            #"{"at":"2026-11-27T10:00:01.000Z","seq":1,"turn":1,"type":"goto","target":"erp","stage":"qualify","step":"opener"}"#,
            #"{"at":"2026-11-27T10:00:02.000Z","seq":2,"turn":2,"type":"answer","stage":"qualify","step":"erp","text":"\#(answer)","reading":\#(reading)}"#,
        ]
        return try Transcript.parse(lines.joined(separator: "\n") + "\n")
    }

    @Test func generatedCallsReplayTheSameWithTheirReadingsAsWithout() throws {
        let playbook = try Fixtures.defaultPlaybook()
        var random = SeededGenerator(seed: 11)
        var answers = 0
        var withFacts = 0
        var held = 0
        for index in 0..<40 {
            let lines = SyntheticCalls.liveCall(playbook, rep: "Jo", started: Date(timeIntervalSince1970: 1_790_000_000 + Double(index) * 3_600),
                                                path: "playbooks/default.yaml", random: &random)
            let transcript = try Transcript.parse(lines.joined(separator: "\n") + "\n")
            #expect(transcript.problems.isEmpty)
            for entry in transcript.entries where entry.type == .note || (entry.type == .answer && entry.step == nil) {
                #expect(entry.reading.map { $0.value == nil && $0.facts.isEmpty && $0.objections.isEmpty } == true, "a note carries what it named: \(entry)")
            }
            for entry in transcript.entries where entry.type == .answer && entry.step != nil {
                let reading = try #require(entry.reading, "every answer at a step carries its reading: \(entry)")
                answers += 1
                if !reading.facts.isEmpty || reading.value != nil { withFacts += 1 }
                if reading.held { held += 1 }
            }
            var readAgain = transcript
            for index in readAgain.entries.indices { readAgain.entries[index].reading = nil }
            let taken = transcript.replay(on: playbook)
            let reread = readAgain.replay(on: playbook)
            #expect(taken == reread, "call \(index)")
            #expect(taken.profile.objections == reread.profile.objections)
            #expect(taken.profile.competitors == reread.profile.competitors)
            // review reads it the same way, line for line
            #expect(TimelineText.plain(CallTimeline(transcript: transcript, playbook: playbook), width: 100)
                == TimelineText.plain(CallTimeline(transcript: readAgain, playbook: playbook), width: 100))
        }
        // The calls exercised what a reading records.
        #expect(answers > 500 && withFacts > 200 && held > 5, "\(answers) answers, \(withFacts) with values, \(held) held")
    }

    @Test func aRecordedReadingIsTakenAsTheCallHappenedWhileItFits() throws {
        let playbook = try Fixtures.defaultPlaybook()
        // As read live (by an earlier Rapport, say): Sage Intacct, and a price objection.
        let recorded = #"{"value":{"choice":"sage-intacct"},"heard":[{"objection":"price","score":0.8}]}"#
        let transcript = try call(playbook, answer: "we run NetSuite", reading: recorded)
        let taken = transcript.replay(on: playbook)
        #expect(taken.profile.value("erp") == .choice("sage-intacct"))
        #expect(taken.profile.objections.map(\.objectionID) == ["price"])
        // The playbook was edited since, and still has the choice and the objection: the call
        // reads as it happened.
        var edited = playbook
        edited.contentHash = "0000000000000000"
        #expect(transcript.replay(on: edited).profile.value("erp") == .choice("sage-intacct"))
        // An edit that removed the choice: the words are read again against what is there now.
        let index = try #require(edited.fields.firstIndex { $0.id == "erp" })
        edited.fields[index].choices.removeAll { $0.id == "sage-intacct" }
        let reread = transcript.replay(on: edited)
        #expect(reread.profile.value("erp") == .choice("netsuite"))
        #expect(reread.profile.objections.isEmpty)
    }

    @Test(arguments: [
        #"{"value":{"number":12}}"#,  // not the field's type
        #"{"value":{"choice":"oracle"}}"#,  // not one of its choices
        #"{"heard":[{"objection":"no-such-objection","score":0.9}]}"#,
        #"{"held":true}"#,  // held with nothing heard
        #"{"facts":[{"field":"no_such_field","value":{"text":"x"},"words":"x"}]}"#,
        #"{"facts":[{"field":"team_size","value":{"text":"twelve"},"words":"twelve"}]}"#,
        #"{"competitors":["nobody"]}"#,
        #"{"value":{"date":"2026-02-30"}}"#,
        #"{"value":{"choice":"netsuite","extra":1}}"#,
    ])
    func aReadingThatDoesNotFitIsReadAgain(reading: String) throws {
        let playbook = try Fixtures.defaultPlaybook()
        let transcript = try call(playbook, answer: "we run NetSuite", reading: reading)
        let replayed = transcript.replay(on: playbook)
        #expect(replayed.profile.value("erp") == .choice("netsuite"))
        #expect(replayed.profile.objections.isEmpty)
        #expect(replayed.profile.value("team_size") == nil)
    }

    @Test func aNoteIsTakenWithTheCompetitorsItNamedUnlessTheyAreUnknown() throws {
        let playbook = try Fixtures.defaultPlaybook()
        func note(_ reading: String) throws -> Conversation {
            let lines = [
                Self.header.replacingOccurrences(of: "HASH", with: playbook.contentHash),
                #"{"at":"2026-11-27T10:00:01.000Z","seq":1,"turn":1,"type":"note","stage":"qualify","step":"opener","text":"they looked at FloQast","reading":\#(reading)}"#,
            ]
            return try Transcript.parse(lines.joined(separator: "\n") + "\n").replay(on: playbook)
        }
        #expect(try note(#"{"competitors":["blackline"]}"#).profile.competitors.map(\.competitorID) == ["blackline"])
        #expect(try note(#"{"competitors":["nobody"]}"#).profile.competitors.map(\.competitorID) == ["floqast"])
        #expect(try note(#"{"value":{"text":"x"}}"#).profile.competitors.map(\.competitorID) == ["floqast"])
    }

    @Test func aReadingReadsTheSameThroughTheFastReaderAndTheDecoder() throws {
        let reading = AnswerReading(
            value: .money(Money(amount: 40_000, upTo: 60_000, currency: "EUR")),
            objections: [.init(objectionID: "price", score: 0.734), .init(objectionID: "timing", score: 1)], held: false,
            facts: [.init(field: "team_size", value: .number(12), words: "12 ppl"), .init(field: "go_live", value: .date(CalendarDay(year: 2027, month: 3, day: 1)), words: "live by March"),
                    .init(field: "pains", value: .tags(["errors", "slow-close"]), words: "errors, \"slow\" close"), .init(field: "need_confirmed", value: .yesNo(false), words: "no"),
                    .init(field: "role", value: .choice("cfo"), words: "cfo"), .init(field: "current_process", value: .text("spreadsheets \u{1B}[31m é 🚀"), words: "spreadsheets")],
            competitors: ["blackline"])
        let entry = TranscriptEntry(seq: 3, turn: 2, at: "2026-11-27T10:00:00.000Z", stage: "qualify", step: "budget", type: .answer, text: "40-60k", reading: reading)
        let line = Transcript.line(entry)
        let fast = Array(line.utf8).withUnsafeBufferPointer { TranscriptLineReader.entry($0) }
        let decoded = try JSONDecoder().decode(TranscriptEntry.self, from: Data(line.utf8))
        #expect(fast == entry)
        #expect(decoded == entry)
        // A line with nothing recorded keeps no reading key at all.
        #expect(!Transcript.line(TranscriptEntry(seq: 1, at: "x", stage: nil, step: nil, type: .skip)).contains("reading"))
        // Nesting past what a transcript writes is not followed; the answer is kept, its words
        // to be read again.
        let deep = #"{"seq":1,"at":"x","type":"answer","text":"a","reading":{"facts":"# + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}}"
        #expect(Array(deep.utf8).withUnsafeBufferPointer { TranscriptLineReader.entry($0) } == nil)
        let kept = try JSONDecoder().decode(TranscriptEntry.self, from: Data(deep.utf8))
        #expect(kept.text == "a" && kept.reading == nil)
        // A reading that is JSON but not a reading: both readers keep the answer without it.
        let odd = #"{"seq":1,"at":"x","type":"answer","text":"a","reading":{"value":{"choice":"netsuite","extra":1}}}"#
        let oddFast = Array(odd.utf8).withUnsafeBufferPointer { TranscriptLineReader.entry($0) }
        #expect(oddFast?.text == "a" && oddFast?.reading == nil)
        #expect(try JSONDecoder().decode(TranscriptEntry.self, from: Data(odd.utf8)) == oddFast)
    }
}
