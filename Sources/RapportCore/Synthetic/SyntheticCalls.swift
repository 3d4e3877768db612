import Foundation

/// Realistic synthetic transcripts for tests and benchmarks, each a list of JSON lines (the
/// header first), the same for the same seed: live calls driven through the real
/// conversation state machine, and practice sessions played against the real personas.
public enum SyntheticCalls {
    public static let reps = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan"]

    /// The `index`-th transcript of a generated set: a practice session with probability
    /// `practice` (when the playbook has personas), else a live call.
    public static func transcript(_ playbook: Playbook, index: Int, path: String, practice: Double, random: inout SeededGenerator) -> [String] {
        let base = Date(timeIntervalSince1970: 1_790_000_000)  // September 2026
        let started = base.addingTimeInterval(Double(index) * 3_700 + Double(random.next() % 600))
        let rep = random.pick(reps)!
        if Double(random.next() % 1000) / 1000 < practice, let persona = random.pick(playbook.personas) {
            return practiceSession(playbook, persona: persona, rep: rep, started: started, path: path, random: &random)
        }
        return liveCall(playbook, rep: rep, started: started, path: path, random: &random)
    }

    /// A live call driven through the real conversation state machine: answers of the right
    /// kinds (some unclear), objections, notes, backs, skips; most run the playbook, some stop
    /// early; those that got far try a close and end won, lost or with a next step.
    public static func liveCall(_ playbook: Playbook, rep: String, started: Date, path: String, random: inout SeededGenerator) -> [String] {
        let day = CalendarDay(started)
        var header = TranscriptHeader(mode: .live, playbook: playbook, playbookPath: path, rep: rep, account: "Account \(random.next() % 5000)", started: started, sessionDay: day)
        // Generated calls are the same for the same seed: their id comes from the header line.
        header.call = nil
        var conversation = Conversation(playbook: playbook, today: day)
        var lines = [Transcript.line(header)]
        var seq = 0
        var clock = started
        // Most calls run the playbook and keep going with notes; some stop early.
        let stopAfter = random.next() % 5 == 0 ? Int(random.next() % 40) + 8 : Int(random.next() % 50) + 70
        func write(_ kind: TranscriptEntry.Kind, turn: Int?, prompt: StepPrompt?, text: String? = nil, target: String? = nil, score: Double? = nil,
                   reading: AnswerReading? = nil) {
            seq += 1
            clock = clock.addingTimeInterval(Double(random.next() % 40 + 5))
            lines.append(Transcript.line(TranscriptEntry(seq: seq, turn: turn, at: TranscriptClock.iso(clock), stage: prompt?.stageID, step: prompt?.stepID,
                                                         type: kind, text: text, target: target, score: score, reading: reading)))
        }
        var events = 0
        while events < stopAfter {
            let prompt = conversation.prompt
            events += 1
            let roll = random.next() % 100
            let event: ConversationEvent
            if roll < 4 && prompt != nil {
                event = .skipped
            } else if roll < 7 && conversation.turn > 2 && prompt != nil {
                event = .wentBack
            } else if roll < 11 {
                event = .noteTaken(random.pick(["call back after the board meeting", "sounds keen", "mentioned a reorg", "wants a case study"])!)
            } else if roll < 17, let objection = random.pick(playbook.objections) {
                event = .answered(random.pick(objection.phrases) ?? objection.title)
            } else {
                event = .answered(answer(for: prompt?.recordsInto.flatMap(playbook.field), random: &random))
            }
            let actions = conversation.handle(event)
            if actions.count == 1, case .rejected = actions[0] { continue }
            let (kind, text, target) = TranscriptEntry.fields(for: event)
            write(kind, turn: conversation.turn, prompt: prompt, text: text, target: target, reading: conversation.lastReading)
            var detected = false
            for action in actions {
                if case .objectionDetected(let match) = action {
                    detected = true
                    write(.detect, turn: nil, prompt: prompt, target: match.objectionID, score: match.score)
                }
                if case .competitorMentioned(let id) = action { write(.mention, turn: nil, prompt: prompt, target: id) }
            }
            if detected {
                let settle = random.next() % 3
                if settle < 2 {
                    _ = conversation.handle(.objectionOutcome(resolved: settle == 0))
                    write(.outcome, turn: conversation.turn, prompt: conversation.prompt, text: settle == 0 ? "resolved" : "unresolved")
                }
            }
        }
        // Calls that got far enough try to close.
        if events >= stopAfter || conversation.prompt == nil, random.next() % 3 != 0, let close = CloseAdvisor(playbook: playbook).rank(conversation.profile).first {
            _ = conversation.handle(.closeUsed(close.closeID))
            write(.close, turn: conversation.turn, prompt: conversation.prompt, target: close.closeID)
            let result = random.next() % 4
            if result == 0 {
                _ = conversation.handle(.dealClosed(won: false, reason: random.pick(["chose a competitor", "no budget this year", "timing", "went quiet"])))
                write(.lost, turn: conversation.turn, prompt: conversation.prompt, text: conversation.profile.outcome?.reason)
            } else {
                if result == 1 {
                    _ = conversation.handle(.dealClosed(won: true, reason: nil))
                    write(.won, turn: conversation.turn, prompt: conversation.prompt)
                }
                let next = random.pick(["demo for the CFO next Tuesday", "pilot kickoff in 2 weeks", "contract review on 2026-12-15", "call with IT next Friday"])!
                if case .nextStepAgreed? = conversation.handle(.nextStepAgreed(next)).first {
                    write(.next, turn: conversation.turn, prompt: conversation.prompt, text: next)
                }
            }
        }
        write(.end, turn: conversation.turn, prompt: conversation.prompt, text: "quit")
        return lines
    }

    static func answer(for field: Field?, random: inout SeededGenerator) -> String {
        guard let field else { return random.pick(["ok", "sure", "sounds good", "go on", "fine by me"])! }
        if random.next() % 12 == 0 { return random.pick(["not sure", "I'd have to check", "hmm, depends", "we'll see"])! }
        switch field.type {
        case .text: return random.pick(["we do it all in spreadsheets", "the CFO, Maria", "procurement takes two weeks", "faster close and fewer errors", "ease of use and integration", "Dana in accounting"])!
        case .number: return "\(random.next() % 150 + 2)"
        case .money: return random.pick(["$20k", "30-50k", "around 60 thousand", "$15,000", "100k"])!
        case .yesno: return random.pick(["yes", "no", "yeah definitely", "not really"])!
        case .date: return random.pick(["by March", "next quarter", "2027-01-15", "in 6 weeks", "end of year"])!
        case .choice: return random.pick(field.choices).map { random.pick([$0.label] + $0.synonyms) ?? $0.label } ?? "other"
        case .tags: return random.pick(field.tags).map { random.pick($0.synonyms) ?? $0.label } ?? "manual work"
        }
    }

    /// A practice session played against a real persona with a mix of good and poor lines,
    /// ending with its scorecard.
    public static func practiceSession(_ playbook: Playbook, persona: Persona, rep: String, started: Date, path: String, random: inout SeededGenerator) -> [String] {
        let day = CalendarDay(started)
        let seed = random.next() % 100_000
        var header = TranscriptHeader.practice(playbook: playbook, playbookPath: path, persona: persona, seed: seed, exam: random.next() % 2 == 0, rep: rep, started: started, sessionDay: day)
        header.call = nil
        var play = RolePlay(playbook: playbook, persona: persona, seed: seed, today: day)
        var lines = [Transcript.line(header)]
        var seq = 0
        var clock = started
        func write(_ kind: TranscriptEntry.Kind, turn: Int, text: String, target: String? = nil, score: Double? = nil) {
            seq += 1
            clock = clock.addingTimeInterval(Double(random.next() % 30 + 5))
            lines.append(Transcript.line(TranscriptEntry(seq: seq, turn: turn, at: TranscriptClock.iso(clock), stage: nil, step: nil, type: kind, text: text, target: target, score: score)))
        }
        write(.buyer, turn: 0, text: play.opening, score: Double(play.trust))
        // Skill grows with practice: each trainee mixes good and poor moves.
        let skill = Double(random.next() % 100) / 100
        var goodIndex = 0
        var poorIndex = 0
        while play.ending == nil && play.turn < 40 {
            let line: String
            if Double(random.next() % 100) / 100 < skill, goodIndex < PracticeLines.good.count {
                line = PracticeLines.good[goodIndex]
                goodIndex += 1
            } else if poorIndex < PracticeLines.poor.count {
                line = PracticeLines.poor[poorIndex]
                poorIndex += 1
            } else if goodIndex < PracticeLines.good.count {
                line = PracticeLines.good[goodIndex]
                goodIndex += 1
            } else {
                break
            }
            let exchange = play.respond(to: line)
            write(.say, turn: exchange.turn, text: line)
            write(.buyer, turn: exchange.turn, text: exchange.reply, target: exchange.raised, score: Double(exchange.trust))
        }
        play.end()
        let card = Scorecard(play)
        write(.scorecard, turn: play.turn, text: SavedScorecard(card).json, score: Double(card.overall))
        write(.end, turn: play.turn, text: "end of input")
        return lines
    }
}
