/// One line of a transcript after the header: an event, its number, time and place.
public struct TranscriptEntry: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case answer, skip, back, goto, stage, note
        /// The session was resumed from this file.
        case resume
        /// The session ended (`/quit`, end of input, a signal); `text` says how.
        case end
        /// An answer sounded like an objection: `target` is its id, `score` how sure. A note for
        /// readers: replaying the answer detects it again.
        case detect
        /// The rep opened an objection's card: the customer raised it (`target`).
        case objection
        /// `text` is `resolved` or `unresolved`, for the latest open objection.
        case outcome
        /// The latest detection was a false alarm (`/obj no`).
        case dismiss
        /// The customer named a competitor (`target`). A note for readers, like `detect`.
        case mention
        /// The rep used a closing technique (`target`).
        case close
        /// The deal was won; or lost, with the reason in `text`.
        case won, lost
        /// The next step and its date, as the rep typed them (`text`).
        case next
        /// Practice: what the trainee said (`text`), the input the buyer replays from.
        case say
        /// Practice: the buyer's reply (`text`) and trust after it (`score`); a note for readers.
        case buyer
        /// Practice: the trainee asked for a hint (`text`: the hint shown).
        case hint
        /// Practice: the scorecard at the end, as JSON (`text`), overall score in `score`.
        case scorecard
        /// Carried over from an earlier call with the account, before this one started:
        /// `target` is a field id (`text` its words), `objection:ID` or `outcome:won`/`outcome:lost`
        /// (`text` the reason); `from` names the earlier call's transcript, `day` its date.
        case carry
        /// A concession given (`/give`), in the rep's words (`text`).
        case give
    }

    public var seq: Int
    /// The conversation's turn number for conversation events (what notes and quotes cite).
    public var turn: Int?
    public var at: String
    /// Stage and step current when the event happened (nil when finished).
    public var stage: String?
    public var step: String?
    public var type: Kind
    public var text: String?
    public var target: String?
    public var score: Double?
    /// `carry`: the earlier call's transcript name and its day.
    public var from: String?
    public var day: String?
    /// `answer`, `note`: how the words were read when they were given (`AnswerReading`; a note
    /// only for competitors), so a replay takes the call as it happened. Absent in transcripts
    /// written before it existed (their words are read again).
    public var reading: AnswerReading?

    public init(seq: Int, turn: Int? = nil, at: String, stage: String?, step: String?, type: Kind, text: String? = nil, target: String? = nil, score: Double? = nil,
                reading: AnswerReading? = nil) {
        self.reading = reading
        self.seq = seq
        self.turn = turn
        self.at = at
        self.stage = stage
        self.step = step
        self.type = type
        self.text = text
        self.target = target
        self.score = score
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seq = try c.decode(Int.self, forKey: .seq)
        turn = try c.decodeIfPresent(Int.self, forKey: .turn)
        at = try c.decode(String.self, forKey: .at)
        stage = try c.decodeIfPresent(String.self, forKey: .stage)
        step = try c.decodeIfPresent(String.self, forKey: .step)
        type = try c.decode(Kind.self, forKey: .type)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        target = try c.decodeIfPresent(String.self, forKey: .target)
        score = try c.decodeIfPresent(Double.self, forKey: .score)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        day = try c.decodeIfPresent(String.self, forKey: .day)
        // A reading that does not read (damaged, or from a newer Rapport) costs only itself: the
        // answer is kept and its words are read again.
        reading = try? c.decodeIfPresent(AnswerReading.self, forKey: .reading)
    }

    /// The conversation event this entry records; nil for session bookkeeping.
    public var event: ConversationEvent? {
        switch type {
        case .answer: return .answered(text ?? "")
        case .skip: return .skipped
        case .back: return .wentBack
        case .goto: return target.map(ConversationEvent.wentToStep)
        case .stage: return target.map(ConversationEvent.wentToStage)
        case .note: return .noteTaken(text ?? "")
        case .objection: return target.map(ConversationEvent.objectionRaised)
        case .outcome: return text.map { .objectionOutcome(resolved: $0 == "resolved") }
        case .dismiss: return .objectionDismissed
        case .close: return target.map(ConversationEvent.closeUsed)
        case .won: return .dealClosed(won: true, reason: nil)
        case .lost: return .dealClosed(won: false, reason: text)
        case .next: return text.map(ConversationEvent.nextStepAgreed)
        case .give: return text.map(ConversationEvent.conceded)
        case .carry:
            guard let target, let from, let day else { return nil }
            if target.hasPrefix("objection:") { return .carried(CarriedFact(.objection(String(target.dropFirst(10))), from: from, day: day)) }
            if target.hasPrefix("outcome:") { return .carried(CarriedFact(.outcome(won: target == "outcome:won", reason: text), from: from, day: day)) }
            return .carried(CarriedFact(.field(id: target, words: text ?? ""), from: from, day: day))
        case .resume, .end, .detect, .mention, .say, .buyer, .hint, .scorecard: return nil
        }
    }

    /// The kind, text and target that record a conversation event.
    public static func fields(for event: ConversationEvent) -> (Kind, text: String?, target: String?) {
        switch event {
        case .answered(let text): return (.answer, text, nil)
        case .skipped: return (.skip, nil, nil)
        case .wentBack: return (.back, nil, nil)
        case .wentToStep(let id): return (.goto, nil, id)
        case .wentToStage(let id): return (.stage, nil, id)
        case .noteTaken(let text): return (.note, text, nil)
        case .objectionRaised(let id): return (.objection, nil, id)
        case .objectionOutcome(let resolved): return (.outcome, resolved ? "resolved" : "unresolved", nil)
        case .objectionDismissed: return (.dismiss, nil, nil)
        case .closeUsed(let id): return (.close, nil, id)
        case .dealClosed(let won, let reason): return (won ? .won : .lost, reason, nil)
        case .nextStepAgreed(let text): return (.next, text, nil)
        case .conceded(let text): return (.give, text, nil)
        case .carried(let fact):
            switch fact.item {
            case .field(let id, let words): return (.carry, words, id)
            case .objection(let id): return (.carry, nil, "objection:" + id)
            case .outcome(let won, let reason): return (.carry, reason, won ? "outcome:won" : "outcome:lost")
            }
        }
    }
}
