import Testing
@testable import RapportCore

/// Which fact a practice buyer gives for a discovery question, asked alone at the start of a
/// call with each default persona.
struct DiscoveryQuestionTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    static func questions(_ text: String) -> [(field: String, text: String)] {
        text.split(separator: "\n").compactMap { row in
            let parts = row.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    /// (right fact, a different fact, questions asked) over the personas that have the fact.
    static func measure(_ set: [(field: String, text: String)]) -> (right: Int, wrong: Int, total: Int, wrongs: [String]) {
        var right = 0, wrong = 0, total = 0
        var wrongs: [String] = []
        for persona in playbook.personas {
            for (field, text) in set where field == "none" || persona.facts.contains(where: { $0.field == field }) {
                var play = RolePlay(playbook: playbook, persona: persona, seed: 1, today: Fixtures.today)
                let exchange = play.respond(to: text)
                total += 1
                let first = exchange.revealed.first
                if field == "none" {
                    if first != nil { wrong += 1; wrongs.append("\(persona.id): \(text) → \(first!)") } else { right += 1 }
                } else if first == field {
                    right += 1
                } else if let first {
                    wrong += 1
                    wrongs.append("\(persona.id): \(text) → \(first) (wanted \(field))")
                }
            }
        }
        return (right, wrong, total, wrongs)
    }

    /// Questions about a field the persona has no fact for (nor a fact of its kin: the economic
    /// buyer answered with who decides is the same thing asked), asked alone at the start of a
    /// call with each default persona: (another fact given, questions asked, examples).
    static func absent(_ set: [(field: String, text: String)]) -> (wrong: Int, total: Int, wrongs: [String]) {
        var wrong = 0, total = 0
        var wrongs: [String] = []
        for persona in playbook.personas {
            for (field, text) in set where field != "none" && !persona.facts.contains(where: { $0.field == field }) {
                guard let asked = playbook.field(field) else { continue }
                var play = RolePlay(playbook: playbook, persona: persona, seed: 1, today: Fixtures.today)
                total += 1
                guard let given = play.respond(to: text).revealed.first else { continue }
                let kin = asked.qualifies.map { element in playbook.field(given)?.qualifies.map { element.kin.contains($0) } ?? false } ?? false
                if !kin {
                    wrong += 1
                    wrongs.append("\(persona.id): \(text) → \(given) (no \(field))")
                }
            }
        }
        return (wrong, total, wrongs)
    }

    /// A held-out set's figures printed as "discovery validation NAME: R/T right, W wrong facts
    /// (W)", with at least `floor` right and at most `ceiling` wrong.
    static func heldOut(_ name: String, _ text: String, right floor: Int, wrong ceiling: Int) {
        let (right, wrong, total, wrongs) = measure(questions(text))
        print("discovery validation \(name): \(right)/\(total) right, \(wrong) wrong facts (\(wrongs.count))")
        #expect(right >= floor)
        #expect(wrong <= ceiling)
    }

    /// A tuning set's figures printed as "discovery tuning NAME: R/T right, W wrong facts: […]"
    /// (its lines were read), with at least `floor` right and at most `ceiling` wrong.
    static func tuned(_ name: String, _ text: String, right floor: Int, wrong ceiling: Int) {
        let (right, wrong, total, wrongs) = measure(questions(text))
        print("discovery tuning \(name): \(right)/\(total) right, \(wrong) wrong facts: \(wrongs)")
        #expect(right >= floor && wrong <= ceiling)
    }

    /// A question about something the buyer has no fact for gets no other fact ("Who are we up
    /// against?" to a buyer with no rivals is not answered with the team's size). First
    /// measured over the held-out sets' questions on every persona that lacks the field:
    /// 90 of 673 (13%) on the first ten sets and 108 of 621 (17%) on the other seven. Forty
    /// lines from both parts were read once; then a buyer stopped answering a question about a
    /// field they lack with the nearest fact they have (a rule for "your role and your team?"),
    /// and heard a field they lack by the ways other buyers in the playbook are asked about it
    /// too: 44 of 673 (the first part, whose misses were read since) and 46 of 621 (the
    /// other part, only totals read). Right answers on the same sets 2,573 → 2,555 of 3,026
    /// (the buyer says they don't know where a nearby fact was given before), wrong 143 → 140.
    @Test(arguments: [0, 1])
    func aQuestionAboutSomethingTheBuyerLacksGetsNoOtherFact(part: Int) {
        let sets = Self.heldOutSets
        let chosen = part == 0 ? Array(sets.prefix(10)) : Array(sets.dropFirst(10))
        let (wrong, total, wrongs) = Self.absent(chosen.flatMap(Self.questions))
        print("discovery absent fields part \(part): another fact for \(wrong) of \(total)" + (part == 0 ? ": \(wrongs)" : ""))
        #expect(Double(wrong) / Double(total) <= (part == 0 ? 0.075 : 0.085))
    }

    /// Asked what they do, a buyer says who they are even without a fact for it; asked about
    /// something they have no fact for, they say they don't know rather than give another fact.
    @Test func aBuyerSaysWhoTheyAreAndNothingTheyWereNotAsked() {
        var lena = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("lena")!, seed: 1, today: Fixtures.today)
        let role = lena.respond(to: "So tell me a bit about your role and what you look after?")
        #expect(role.reply.contains("VP Finance at Keller Logistics") && role.revealed.isEmpty, "\(role.reply)")
        let rivals = lena.respond(to: "So are you talking to any other vendors about this at the moment?")
        #expect(rivals.revealed.isEmpty && !rivals.reply.contains("Intercompany"), "\(rivals.reply)")
        #expect(Prose.inSentence("ERP") == "ERP" && Prose.inSentence("Finance team size") == "finance team size" && Prose.inSentence("VP Finance") == "VP Finance")
        #expect(RolePlay.introduction(Self.playbook.persona("dana")!) == "I'm the controller at Northwind Freight, a logistics company with 400 staff.")
    }

    /// Written after the round that stopped answering questions about missing facts with
    /// another fact, and run once (only totals read): 89 of 104 right (86%), 2 wrong (2%); of 66
    /// questions about a field the persona lacks, 4 got another fact (6%). Floors just under.
    @Test func validationTwentyFigures() {
        Self.heldOut("twenty", DiscoveryQuestionSetTwenty.text, right: 87, wrong: 3)
        let (wrong, total, _) = Self.absent(Self.questions(DiscoveryQuestionSetTwenty.text))
        print("discovery absent fields twenty: another fact for \(wrong) of \(total)")
        #expect(wrong <= 5)
    }

    /// Every held-out set, in the order they were written.
    static let heldOutSets: [String] = [
        DiscoveryQuestionSets.validation, DiscoveryQuestionSets.validationTwo, DiscoveryQuestionSets.validationThree,
        DiscoveryQuestionSetFour.text, DiscoveryQuestionSetFive.text, DiscoveryQuestionSetSix.text, DiscoveryQuestionSetSeven.text,
        DiscoveryQuestionSetEight.text, DiscoveryQuestionSetNine.text, DiscoveryQuestionSetTen.text, DiscoveryQuestionSetEleven.text,
        DiscoveryQuestionSetTwelve.text, DiscoveryQuestionSetThirteen.text, DiscoveryQuestionSetFourteen.text,
        DiscoveryQuestionSetSeventeen.text, DiscoveryQuestionSetEighteen.text, DiscoveryQuestionSetNineteen.text,
    ]

    /// The sets the buyer was shaped by, reported for comparison.
    @Test(arguments: [("tuning", DiscoveryQuestionSets.tuning), ("seen", DiscoveryQuestionSets.seen), ("seen again", DiscoveryQuestionSets.seenAgain), ("tuning two", DiscoveryQuestionSets.tuningTwo)])
    func figures(name: String, set: String) {
        let (right, wrong, total, wrongs) = Self.measure(Self.questions(set))
        print("discovery \(name): \(right)/\(total) right, \(wrong) wrong facts: \(wrongs)")
        // Under what each gave when measured (at least 66 right and at most 14 wrong in 99).
        #expect(Double(right) / Double(total) >= 0.62)
        #expect(Double(wrong) / Double(total) <= 0.16)
    }

    /// Held out; it gave 80 of 99 right and 6 wrong facts when first measured, and 78 right
    /// and 2 wrong once pairs of neighbouring words became terms (tuning 78 → 84 right, 4 → 3
    /// wrong; seen 72 → 80 and 13 → 12; seen again 66 → 64 and 14 → 10). Floors just under, so
    /// a change that makes it worse fails. Example questions added for funding, influence,
    /// impact and the ideal close (from a seen call) moved it to 77 right and 3 wrong; with
    /// Lena 95 of 120 and 3. The eighth round (closed questions get a short true answer, open
    /// question words after a lead-in, fields a persona has no fact for heard as themselves,
    /// two questions in one line) made it 99 of 120 and 3. The ninth round (a field whose kind
    /// of value does not fit the question word — a number for "how do you…" — counts for less)
    /// 113 → 118 of 137 right, 3 wrong.
    @Test func validationFigures() {
        let (right, wrong, total, wrongs) = Self.measure(Self.questions(DiscoveryQuestionSets.validation))
        print("discovery validation: \(right)/\(total) right, \(wrong) wrong facts: \(wrongs)")
        #expect(Double(right) / Double(total) >= 0.84)
        #expect(Double(wrong) / Double(total) <= 0.05)
    }

    /// The fourth set, held out from the eighth round (only its totals were read): 98 of 131
    /// right and 4 wrong before that round, 108 and 5 after it. Its wrong answers are counted,
    /// never printed, so that it stays unread.
    @Test func validationTwoFigures() {
        let (right, wrong, total, wrongs) = Self.measure(Self.questions(DiscoveryQuestionSets.validationTwo))
        print("discovery validation two: \(right)/\(total) right, \(wrong) wrong facts (\(wrongs.count))")
        #expect(Double(right) / Double(total) >= 0.80)
        #expect(Double(wrong) / Double(total) <= 0.05)
    }

    /// The fifth set, written before the ninth round and held out (only totals read): 155 of
    /// 180 right and 6 wrong facts before that round and after it. Floors just under.
    @Test func validationThreeFigures() {
        let (right, wrong, total, wrongs) = Self.measure(Self.questions(DiscoveryQuestionSets.validationThree))
        print("discovery validation three: \(right)/\(total) right, \(wrong) wrong facts (\(wrongs.count))")
        #expect(Double(right) / Double(total) >= 0.84)
        #expect(Double(wrong) / Double(total) <= 0.05)
    }

    /// The sixth set, written at the start of the eleventh round and held out from it (only
    /// totals read): 152 of 199 right (76%) and 24 wrong (12%) before that round and after it —
    /// none of its changes, made from other questions and calls, moved it. Against 85% and 5%
    /// wanted. Read in the twelfth round (its misses printed: pain in new words — "dread", "let
    /// you down", "get stuck"; "how do the books get closed" heard as the close's length), so
    /// no longer held out. Floors just under.
    @Test func validationFourFigures() {
        let (right, wrong, total, wrongs) = Self.measure(Self.questions(DiscoveryQuestionSetFour.text))
        print("discovery validation four: \(right)/\(total) right, \(wrong) wrong facts (\(wrongs.count))")
        #expect(Double(right) / Double(total) >= 0.74)
        #expect(Double(wrong) / Double(total) <= 0.13)
    }

    /// The seventh set, written at the start of the twelfth round in voices the others do not
    /// use (terse, non-native, MEDDIC and gap-selling wording, typos) and held out (only totals
    /// read): 155 of 181 right (86%) and 10 wrong (5.5%) when first measured. Two general
    /// changes tried against it in that round — a lexicon of what discovery words are about
    /// (trouble, people, systems, money…) and answer kinds for "who" and "what day" questions —
    /// gave more wrong facts and were not kept. Floors just under. Its misses were read later in
    /// that round (seen since): option names ("Is it SAP, Oracle, something smaller?") were not
    /// heard as the ERP — 160 right and 10 wrong after that change.
    @Test func validationFiveFigures() {
        let (right, wrong, total, wrongs) = Self.measure(Self.questions(DiscoveryQuestionSetFive.text))
        print("discovery validation five: \(right)/\(total) right, \(wrong) wrong facts (\(wrongs.count))")
        #expect(Double(right) / Double(total) >= 0.84)
        #expect(Double(wrong) / Double(total) <= 0.06)
    }

    /// The eighth set, written in the twelfth round before set seven's misses were read and held
    /// out (only totals read): 98 of 189 right (52%) and 16 wrong (8.5%) when first run — tag
    /// questions, negative questions, "quick one —" openers and context before the question are
    /// far from the example questions; 103 and 16 once a choice field's option names counted as
    /// words about it (a change made from set seven); 125 and 21 after the changes made from
    /// tuning set three (the same forms in other sentences: tags dropped, "please tell me…"
    /// heard as a question) — more questions answered, and more of them wrongly (11%). Read in
    /// the sixteenth round (seen since): 127 and 21 once a request to explain or describe wanted
    /// a way of working. Floors just under.
    @Test func validationSixFigures() {
        Self.heldOut("six", DiscoveryQuestionSetSix.text, right: 125, wrong: 22)
    }

    /// The ninth set, written in the sixteenth round before set eight's misses were read; held
    /// out (only totals read): 163 of 198 right (82%) and 9 wrong (4.5%) when first run, the same
    /// after the changes made from set eight in that round. Then read (seen since): "whose budget
    /// would this come out of?" was answered with the budget — 165 and 7 once an amount or a
    /// day counted for half for a question that asks who. Floors just under.
    @Test func validationSevenFigures() {
        Self.heldOut("seven", DiscoveryQuestionSetSeven.text, right: 162, wrong: 8)
    }

    /// The tenth set, written in the sixteenth round before set nine's misses were read; held
    /// out (only totals read): 146 of 198 right (74%) and 30 wrong (15%) when first run — a
    /// first-year rep's short direct questions are farther from the example questions than any
    /// set so far; 146 and 28 after the change made from set nine. Then read (seen since): 15 of
    /// its 28 wrong facts were small talk answered with a fact ("Busy day?" → the close's length,
    /// "Are you working from home today?" → the close process) — 156 and 18 once small talk had
    /// more ways of being said (the day, the journey, where they are, the line itself); 161 and
    /// 13 once a bare topic that reads as small talk ("Busy day?") was taken as small talk.
    /// Floors just under.
    @Test func validationEightFigures() {
        // 13 → 16 wrong once a field the buyer lacks is heard by other buyers' ways of asking it.
        Self.heldOut("eight", DiscoveryQuestionSetEight.text, right: 158, wrong: 16)
    }

    /// The eleventh set, written in the sixteenth round before set ten's misses were read; held
    /// out (only totals read): 170 of 198 right (86%) and 10 wrong (5.1%) when first run, the
    /// same after the change made from set ten. Read in the twenty-first round (seen since):
    /// chat questions without a mark ("how many days does close take u") were not questions, "—
    /// five days, ten?" did not count days, "what makes month-end stressful?" went to the
    /// process — 187 and 1 after. Floors just under.
    @Test func validationNineFigures() {
        Self.heldOut("nine", DiscoveryQuestionSetNine.text, right: 185, wrong: 2)
    }

    /// The twelfth set, written at the start of the twenty-first round before any change in it;
    /// held out (only totals read): 167 of 198 right (84%) and 19 wrong (9.6%) when first run,
    /// the same after the first change of that round. Then read (seen since): a short question
    /// after a sentence that sets its topic ("Most of our customers come to us from Sage or
    /// NetSuite. What are you running?", "We usually see closes of somewhere between four and
    /// twelve days. Where do you land?") was read without it, and "would you mind telling me…"
    /// as a yes-or-no question — 180 and 7 after. Left: "I'd be interested to hear how the work
    /// flows from the ledger to the final report" answered with the ERP. Floors just under.
    @Test func validationTenFigures() {
        Self.heldOut("ten", DiscoveryQuestionSetTen.text, right: 178, wrong: 8)
    }

    /// The thirteenth set, written in the twenty-first round before set twelve's misses were
    /// read; held out (only totals read): 117 of 148 right (79%) and 1 wrong (0.7%) when first
    /// run, the same after the changes made from set twelve; 138 and 1 after those made from
    /// tuning set five ("talk to me about…" asks openly, a word like "hard" asks what hurts, a
    /// time or an amount is not a name from a list, a pause — "give me a moment" — is no
    /// request to tell). Floors just under.
    @Test func validationElevenFigures() {
        Self.heldOut("eleven", DiscoveryQuestionSetEleven.text, right: 136, wrong: 2)
    }

    /// The fourteenth set, written at the end of the twenty-first round after its last change
    /// and measured once; held out (only totals read): 99 of 113 right (88%) and 7 wrong (6.2%);
    /// 102 and 4 (3.5%) after the changes made from tuning set six (its voices in other
    /// sentences: "complain" asks what hurts, "how did the board meeting go last week?" is small
    /// talk, "what would they see happen first?" asks for the course of things). Floors just
    /// under.
    @Test func validationTwelveFigures() {
        Self.heldOut("twelve", DiscoveryQuestionSetTwelve.text, right: 100, wrong: 5)
    }

    /// The fifteenth set, written in the twenty-fourth round after its changes and measured
    /// once; held out (only totals read): 144 of 165 right (87%) and 15 wrong (9.1%).
    @Test func validationThirteenFigures() {
        Self.heldOut("thirteen", DiscoveryQuestionSetThirteen.text, right: 142, wrong: 16)
    }

    /// The seventeenth set, written in a later round before any change in it; held out (only
    /// totals read): 83 of 171 right, 35 wrong (20%) when first run — a guess offered to be
    /// corrected, a question put through someone else and a question asked in reverse are far
    /// harder than the voices before. 84 and 29 after the changes tuning set nine taught (below).
    @Test func validationSeventeenFigures() {
        // 83 → 79 right and 29 → 26 wrong once a question about a field the buyer lacks got no other fact.
        Self.heldOut("seventeen", DiscoveryQuestionSetSeventeen.text, right: 79, wrong: 29)
    }

    /// Tuning set nine (set seventeen's voices, other questions), read: 92 of 171 right and 32
    /// wrong at first. "Close?" or "Am I close?" after a guess was heard as a question about
    /// the close, and "If I asked your accountants what drives them mad, what would they say?"
    /// as one about who decides; a short check of a guess now asks about the guess, and the
    /// question put through someone else is the one heard: 106 and 13. Left: a question asked
    /// in reverse ("I assume cost isn't really a concern?" is heard as pains), "if we weren't
    /// in the picture, what would you do?" (the process, not the alternatives). Every other set
    /// and whole call unchanged.
    @Test func tuningNineFigures() {
        Self.tuned("nine", DiscoveryQuestionSets.tuningNine, right: 106, wrong: 13)
    }

    /// The eighteenth set (chat-fast typing, English as a second language, musing instead of
    /// asking, idioms), written at the start of a round before any change in it; held out (only
    /// totals read): 200 of 270 right (74%) and 6 wrong (2.2%) when first run. A question mused
    /// without its subject ("Curious how many people touch the close", "Wondering what you run
    /// the books on") was heard as a remark ("Go on."); heard as a question: 223 right (83%)
    /// and 10 wrong (3.7%). Floors just under.
    /// The nineteenth set (voice dictation, a very casual rep, a politely indirect British
    /// voice, ballpark-first questions), written at the start of a round before any change in
    /// it; only totals read. First run, no change made for it: 144 of 161 right (89%), 6 wrong
    /// (3.7%). Floors at that.
    @Test func validationNineteenFigures() {
        Self.heldOut("nineteen", DiscoveryQuestionSetNineteen.text, right: 144, wrong: 6)
    }

    @Test func validationEighteenFigures() {
        // 223 → 221 right once a question about a field the buyer lacks got no other fact.
        Self.heldOut("eighteen", DiscoveryQuestionSetEighteen.text, right: 220, wrong: 10)
    }

    /// Tuning set ten (set eighteen's voices, other questions), read: 196 of 270 right and 12
    /// wrong at first; 225 and 15 once a musing without its subject ("Curious whose signature
    /// goes on the purchase order", "wondering who's…") is a question. Left: idioms ("the
    /// engine under the hood" is heard as the team, "the war chest" as the competition).
    @Test func tuningTenFigures() {
        // 225 → 221 right once a question about a field the buyer lacks got no other fact.
        Self.tuned("ten", DiscoveryQuestionSets.tuningTen, right: 220, wrong: 15)
    }

    /// The sixteenth set, written at the start of the twenty-fifth round before any change in
    /// it; held out (only totals read): 145 of 171 right (85%) and 14 wrong (8.2%) when first
    /// run; 147 and 8 (4.7%) after the twenty-sixth round (a clear lead for weak matches, a
    /// concern asks what hurts, a measure asks for an amount). Floors just under the first.
    @Test func validationFourteenFigures() {
        Self.heldOut("fourteen", DiscoveryQuestionSetFourteen.text, right: 143, wrong: 15)
    }

    /// Tuning set six (the voices of set fourteen in other sentences), read line by line: 87 of
    /// 101 right and 8 wrong before the changes it led to, 94 and 6 after.
    @Test func tuningSixFigures() {
        Self.tuned("six", DiscoveryQuestionSets.tuningSix, right: 92, wrong: 7)
    }

    /// Tuning set seven (the voices of set fifteen in other sentences), read line by line: 124
    /// of 160 right and 19 wrong before the changes it led to ("how are you doing the
    /// reconciliations?" and "how are you thinking about funding this?" are questions, not
    /// small talk; "where are you calling from?" is; a problem already named, "have you spoken
    /// to anyone else about this problem?", is not a question of what hurts), 140 and 13 after.
    /// Set fifteen, measured before these changes, is unchanged by them (144 and 15).
    /// Tuning set eight (set sixteen's voices, other questions), read: 135 of 150 right and 13
    /// wrong at first ("which aspects… give you the greatest concern?" was no pain question,
    /// "who would ultimately authorise the expenditure?" was heard as the team, a measure named
    /// without a question word asked for nothing in particular); 141 and 8 after. "close
    /// length?" is still heard as the process.
    @Test func tuningEightFigures() {
        Self.tuned("eight", DiscoveryQuestionSets.tuningEight, right: 140, wrong: 8)
    }

    @Test func tuningSevenFigures() {
        Self.tuned("seven", DiscoveryQuestionSets.tuningSeven, right: 138, wrong: 13)
    }

    /// Tuning set five (the voices of set thirteen in other sentences), read line by line: 98 of
    /// 128 right and 16 wrong before the changes it led to, 117 and 8 after.
    @Test func tuningFiveFigures() {
        Self.tuned("five", DiscoveryQuestionSets.tuningFive, right: 115, wrong: 9)
    }

    /// Tuning set four (the voices of set twelve in other sentences), read line by line: 94 of
    /// 137 right and 11 wrong before the changes it led to, 122 and 6 after.
    @Test func tuningFourFigures() {
        Self.tuned("four", DiscoveryQuestionSets.tuningFour, right: 120, wrong: 7)
    }

    /// Tuning set three (the forms of set eight in other sentences), read line by line: 95 of
    /// 159 right and 12 wrong before the changes it led to, 127 and 9 after.
    @Test func tuningThreeFigures() {
        Self.tuned("three", DiscoveryQuestionSets.tuningThree, right: 125, wrong: 10)
    }

    /// A question put through someone else is the question inside it; a short check of a guess
    /// ("Close?", "Am I warm?") asks about the guess. Neither reading takes anything else.
    @Test func aQuestionPutThroughSomeoneElseAndAGuessChecked() {
        #expect(FactFinder.askedThroughSomeoneElse("If I asked your accountants what drives them mad, what would they say?") == "what drives them mad?")
        #expect(FactFinder.askedThroughSomeoneElse("If your auditors asked which system holds the ledger, what would you tell them?") == "which system holds the ledger?")
        #expect(FactFinder.askedThroughSomeoneElse("If I asked you to sign today, would you?") == nil)
        #expect(FactFinder.askedThroughSomeoneElse("If the close ran late, what would happen?") == nil)
        #expect(FactFinder.checksAGuess(["close"]) && FactFinder.checksAGuess(["how", "close", "am", "i"]) && FactFinder.checksAGuess(["am", "i", "warm"]))
        #expect(!FactFinder.checksAGuess(["how", "long", "is", "the", "close"]) && !FactFinder.checksAGuess(["is", "that", "right", "for", "you", "today"]))
        let dana = Self.playbook.persona("dana")!
        for (line, field) in [("I'd guess you've got three, maybe four people on the books. Close?", "team_size"),
                              ("If I asked your accountants what drives them mad, what would they say?", "pains")] {
            var play = RolePlay(playbook: Self.playbook, persona: dana, seed: 3, today: Fixtures.today)
            #expect(play.respond(to: line).revealed == [field], "\(line)")
        }
    }

    /// A tag ("…, aren't you?", "…, I take it?") asks nothing: the statement before it is the
    /// question. "Please tell me…", "let me know…", "give me…" ask as openly as a question.
    @Test func tagsAndPoliteRequestsAreQuestionsAboutWhatTheySay() {
        #expect(FactFinder.withoutTag("You're probably looking at other options too, aren't you?") == "You're probably looking at other options too?")
        #expect(FactFinder.withoutTag("That must eat up a lot of hours, doesn't it?") == "That must eat up a lot of hours?")
        #expect(FactFinder.withoutTag("You're not done within five days, I take it?") == "You're not done within five days?")
        #expect(FactFinder.withoutTag("Who signs, you or the CFO?") == "Who signs, you or the CFO?")
        let dana = Self.playbook.persona("dana")!
        for (line, field) in [("You're probably looking at other options too, aren't you?", "competitor"), ("That must eat up a lot of hours, doesn't it?", "hours_manual"),
                              ("Please tell me the number of people in your accounts department.", "team_size"), ("Please let me know what budget has been allocated.", "budget")] {
            var play = RolePlay(playbook: Self.playbook, persona: dana, seed: 3, today: Fixtures.today)
            #expect(play.respond(to: line).revealed == [field], "\(line)")
        }
    }

    /// A question only weakly near the facts is answered only when one fact is clearly nearest:
    /// "whose opinion counts…?" is near who decides and nothing else; "what's a normal close
    /// length?" is as weakly near the budget as the process, and a wrong fact is worse than
    /// asking what is meant.
    @Test func aWeakMatchCountsOnlyWhenOneFactIsClearlyNearest() {
        for (persona, field) in [("dana", "economic_buyer"), ("marcus", "decision_maker"), ("lena", "decision_process")] {
            let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona(persona)!)
            #expect(finder.hear("Apart from you, whose opinion counts when it comes to buying something like this?") == .fact(field), "\(persona)")
        }
        for persona in ["dana", "priya"] {
            let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona(persona)!)
            #expect(finder.hear("What's a normal close length for you?") != .fact("budget"), "\(persona)")
            #expect(finder.hear("If a new starter shadowed the close, what would they see happen first?") != .fact("pains"), "\(persona)")
        }
    }

    /// A question that names one of a choice field's options is about that field.
    @Test func aQuestionNamingOptionsIsAboutTheirField() {
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("dana")!)
        #expect(finder.hear("Is it SAP, Oracle, something smaller?") == .fact("erp"))
        #expect(finder.hear("Are you on QuickBooks these days?") == .fact("erp"))
    }

    /// Example amounts offered in a unit say what is counted: "— three days, four?" asks how
    /// many days the close takes, whatever else the question names.
    @Test func amountsOfferedAsExamplesAskForThatAmount() {
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("priya")!)
        #expect(finder.hear("What does a normal month-end look like for you — three days, four?") == .fact("close_days"))
        #expect(FactFinder.offeredAmounts("How big is the team, roughly — five, ten, more?") != nil)
        #expect(FactFinder.offeredAmounts("If we got it to five days, what would that mean?") == nil)
        #expect(FactFinder.offeredAmounts("Who signs — you, the CFO?") == nil)
    }

    /// A word of trouble or bad feeling asks what hurts, even when the question also names the
    /// process it hurts in.
    @Test(arguments: ["What irritates you most about how the close runs now?", "Which bit of the month-end routine do you hate?",
                      "What's the messiest part of the process?", "If you had a magic wand, what's the one thing about month-end you'd change?",
                      "Which step of the close would you most like to get rid of?", "When I sat with a controller last year, the bank recs were where everything got stuck. Where does it get stuck for you?",
                      "What's the bottleneck in your month-end?", "Which part of the close holds you up the most?", "What's the part of it you'd happily never do again?"])
    func troubleWordsAskWhatHurts(text: String) {
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("dana")!)
        #expect(finder.hear(text) == .fact("pains"), "\(text)")
    }

    /// A worry or concern about how things are asks what hurts.
    @Test func aConcernAboutTheProcessAsksWhatHurts() {
        #expect(FactFinder.asksWhatHurts("Which aspects of the current process give you the greatest concern?"))
        #expect(FactFinder.asksWhatHurts("what worries you most at month end?"))
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("dana")!)
        #expect(finder.hear("Which aspects of the current process give you the greatest concern?") == .fact("pains"))
    }

    /// Days that count nothing: "your day-to-day" asks how the work goes, "who does it day to
    /// day?" asks who, "these days" asks nothing of days.
    /// A problem already named is the topic of another question ("who else have you spoken to
    /// about this problem?"); a problem asked after is what hurts.
    @Test func aProblemNamedIsATopicNotAPain() {
        #expect(!FactFinder.asksWhatHurts("Have you spoken to anyone else about this problem?"))
        #expect(!FactFinder.asksWhatHurts("What have you tried so far to fix the problem?"))
        #expect(FactFinder.asksWhatHurts("What's the biggest problem with month-end?"))
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("dana")!)
        #expect(finder.hear("Have you spoken to anyone else about this problem?") == .fact("competitor"))
    }

    @Test func dayIdiomsCountNoDays() {
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("dana")!)
        #expect(finder.hear("What does your day-to-day actually look like?") == .fact("current_process"))
        #expect(finder.hear("Who does the reconciliations day to day?") == .fact("team_size"))
        #expect(finder.hear("What are you using these days?") == .fact("erp"))
        #expect(finder.hear("How many days does the close take?") == .fact("close_days"))
        // A story before it that fits nothing leaves the question to decide.
        #expect(finder.hear("One finance lead I worked with said her job was mostly chasing people for numbers. What does your day-to-day actually look like?") == .fact("current_process"))
    }

    @Test func aQuestionEndingOnByAsksForATime() {
        #expect(FactFinder.expects("Is there a point in time you'd want this fixed by?") == .time)
        #expect(FactFinder.expects("Is there a point by which this needs to be sorted?") == .time)
        #expect(FactFinder.expects("Who would you need on board?") == .person)
        // "What happens from the last day of the month…" asks for the course of things; "what
        // happens if…" for a consequence.
        #expect(FactFinder.expects("What happens in accounts from the first working day onwards?") == .manner)
        #expect(FactFinder.expects("What happens if the close runs late?") == .anything)
        #expect(FactFinder.expects("How big's the crew doing all that?") == .quantity)
        // Asked to describe, the buyer tells a way of working, not a number or a system's name.
        #expect(FactFinder.expects("Kindly explain the current procedure for closing the books.") == .manner)
        #expect(FactFinder.expects("Talk me through month-end.") == .manner)
        // A measure named asks for an amount, with or without a question word.
        #expect(FactFinder.expects("Tell me the size of your team.") == .quantity)
        #expect(FactFinder.expects("headcount in finance?") == .quantity)
        #expect(FactFinder.expects("What's the total number of people involved?") == .quantity)
        #expect(FactFinder.expects("What's the biggest problem with month-end?") == .anything)
        // "Whose budget…?" asks who holds it, not how much it is.
        var dana = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 1, today: Fixtures.today)
        #expect(dana.respond(to: "Whose budget would this come out of?").revealed == ["economic_buyer"])
        // Small talk about the day or where they are is not a question about the close.
        for line in ["Did the invite come through okay?", "Are you working from home today?", "Busy day?"] {
            var buyer = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 1, today: Fixtures.today)
            let exchange = buyer.respond(to: line)
            #expect(exchange.revealed.isEmpty && exchange.move.smallTalk, "\(line) → \(exchange.reply)")
        }
        // A bare topic about the business still asks for it.
        var asked = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 1, today: Fixtures.today)
        #expect(asked.respond(to: "Budget?").revealed == ["budget"])
    }

    /// "Who…" is not answered with an amount or a day, and a "say" that frames the question
    /// ("what would you say is…", "let's say we nail this — what…") is not who has the say.
    @Test func aWhoQuestionWantsAPersonAndSayFramesAQuestion() {
        #expect(FactFinder.withoutSay("What would you say is the single biggest drag on it?") == "What is the single biggest drag on it?")
        #expect(FactFinder.withoutSay("Let's say we nail this — what's different for you a year out?") == "we nail this — what's different for you a year out?")
        #expect(FactFinder.withoutSay("Who has the final say?") == "Who has the final say?")
        let marcus = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("marcus")!)
        #expect(marcus.hear("Who else gets a vote on something like this?") != .fact("budget"))
        #expect(marcus.hear("Let's say we nail this — what's different for you a year out?") != .fact("decision_maker"))
        let priya = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("priya")!)
        #expect(priya.hear("What would you say is the single biggest drag on it?") == .fact("pains"))
    }

    @Test func whatHowManyCountsNamesTheFact() {
        #expect(FactFinder.counted("How many business days is that in a typical month?") == Stemmer.stem("days"))
        #expect(FactFinder.counted("And how many FTEs work on it?") == Stemmer.stem("ftes"))
        #expect(FactFinder.counted("What does it cost?") == nil)
        let persona = Self.playbook.persona("marcus")!
        let finder = FactFinder(playbook: Self.playbook, persona: persona)
        #expect(finder.hear("How many business days is that in a typical month?") == .fact("close_days"))
        // "How do you…" asks for a way of working: not a yes or no, nor a name from a list.
        #expect(finder.hear("So how do you get the month closed off?") != .fact("decision_maker"))
        #expect(finder.hear("How do you get from raw transactions to closed books?") != .fact("erp"))
        // What is asked follows a polite lead-in and its "but"; "whose" asks who, not "when".
        #expect(finder.hear("I hope you don't mind me asking, but is there any budget for something like this?") == .fact("budget"))
        #expect(finder.hear("Apart from you, whose opinion counts when it comes to buying something like this?") != .fact("go_live"))
        // "anybody else" is "anyone else".
        #expect(finder.hear("Is anybody else trying to sell you something like this?") == .fact("competitor"))
    }

    @Test func aWordsOwnStemMeetsItsIngForm() {
        #expect(Stemmer.stem("using") == Stemmer.stem("use"))
        #expect(Stemmer.stem("aging") == Stemmer.stem("age"))
        #expect(Stemmer.stem("doing") != "doe" && Stemmer.stem("going") != "goe")
        // Asked in the "-ing" form, the question about the books' system is still heard.
        let persona = Self.playbook.persona("lena")!
        #expect(FactFinder(playbook: Self.playbook, persona: persona).hear("What are you using for the accounting itself?") == .fact("erp"))
    }

    /// An implication question is answered with the pain, or once it is told with what the
    /// pain does to them, never with an unrelated fact repeated ("As I said: NetSuite").
    @Test func anImplicationQuestionIsAnsweredWithWhatTheProblemDoes() {
        for persona in Self.playbook.personas where persona.facts.contains(where: { $0.field == "pains" }) {
            var play = RolePlay(playbook: Self.playbook, persona: persona, seed: 3, today: Fixtures.today)
            play.respond(to: "What accounting software are you on?")
            let first = play.respond(to: "When that goes wrong, what's the knock-on effect for the business?")
            #expect(first.revealed == ["pains"], "\(persona.id): \(first.reply)")
            let again = play.respond(to: "And how does that affect the team?")
            #expect(again.revealed.isEmpty && persona.replies.implication.contains(again.reply), "\(persona.id): \(again.reply)")
        }
    }

    /// A question that points back at the pain just told is about the pain.
    @Test func aFollowUpOnThePainIsNotAnsweredWithAnEarlierFact() {
        let persona = Self.playbook.persona("priya")!
        var play = RolePlay(playbook: Self.playbook, persona: persona, seed: 3, today: Fixtures.today)
        play.respond(to: "Which accounting platform sits underneath all this?")
        #expect(play.respond(to: "Of everything you've mentioned, where do you feel the most pain?").revealed == ["pains"])
        let followUp = play.respond(to: "How is that showing up elsewhere in the business?")
        #expect(persona.replies.implication.contains(followUp.reply), "\(followUp.reply)")
        #expect(RolePlay.pointsBack("And what does that do to the audit?"))
        #expect(!RolePlay.pointsBack("Walk me through how you'd normally buy a tool like this — who's involved, what steps?"))
    }

    /// A question as much about a fact not yet told as about one told is about the new one.
    @Test func aQuestionNearlyAsMuchAboutSomethingNewIsAboutTheNewThing() {
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("dana")!)
        let question = "Are you evaluating any other approaches at the moment?"
        #expect(finder.hear(question) != .fact("competitor"))
        #expect(finder.hear(question, told: ["pains"]) == .fact("competitor"))
    }

    /// While a concern is open, a question that names the worry explores it, in whatever words.
    @Test func aQuestionNamingTheWorryExploresIt() {
        var play = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("dana")!, seed: 3, today: Fixtures.today)
        for line in ["How many people are in finance?", "Any budget for this year?"] where play.pendingObjection == nil { play.respond(to: line) }
        try? #require(play.pendingObjection != nil)
        let explored = play.respond(to: "May I ask what is the reason of this concern?")
        #expect(explored.revealed.isEmpty && play.objections.last?.exploredAt == explored.turn, "\(explored.reply)")
    }

    /// A short question about "that" asks about the sentence before it.
    @Test func aShortQuestionAboutThatAsksAboutTheSentenceBefore() {
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("priya")!)
        #expect(finder.hear("We often hear that late closes leave the board guessing about margins. Is that happening for you?") != .fact("go_live"))
        #expect(finder.hear("Most teams lose two days to matching by hand. Is that the case for you?") == .fact("hours_manual"))
    }

    /// A question with next to nothing of its own ("What are you on?") is read with the
    /// sentence that sets its topic; amounts offered there say what is counted. A question clear
    /// on its own keeps its meaning whatever came before.
    @Test func aBareQuestionTakesItsTopicFromTheSentenceBefore() {
        let finder = FactFinder(playbook: Self.playbook, persona: Self.playbook.persona("priya")!)
        #expect(finder.hear("Plenty of firms we meet keep their books in Xero or QuickBooks. What are you on?") == .fact("erp"))
        #expect(finder.hear("The teams we work with close in anything from three to ten days. Where are you?") == .fact("close_days"))
        #expect(finder.hear("Nobody rings us when month-end is a breeze. What's not working?") == .fact("pains"))
    }

    /// A long acknowledgement of a concern acknowledges it; it does not answer it.
    @Test func aLongAcknowledgementIsNotAnAnswer() {
        var play = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("marcus")!, seed: 3, today: Fixtures.today)
        for line in ["How big is the finance team?", "Have you been able to set aside any budget for tackling this?"] where play.pendingObjection == nil { play.respond(to: line) }
        try? #require(play.pendingObjection != nil)
        play.respond(to: "Thank you for being honest about that - it's a really reasonable thing to worry about, honestly it is.")
        #expect(play.pendingObjection != nil, "still open: acknowledged, not answered")
        #expect(play.objections.last?.acknowledgedAt != nil)
        play.respond(to: "What we'd suggest is a short pilot on your own close, so you only commit once you've seen it pay back.")
        #expect(play.objections.last?.resolved == true, "\(play.exchanges.map { "\($0.said) → \($0.reply)" })")
    }

    /// "Suppose it worked the way you want — what would be better?" is answered with what
    /// success looks like when the buyer has that fact, else with what a fix would give them;
    /// never with the pain told again.
    @Test func aNeedPayoffQuestionGetsWhatSuccessLooksLike() {
        for persona in Self.playbook.personas {
            var play = RolePlay(playbook: Self.playbook, persona: persona, seed: 3, today: Fixtures.today)
            play.respond(to: "Which part of the close causes the most trouble?")
            let answer = play.respond(to: "Suppose it worked the way you want it to — what would be better?")
            let metric = persona.facts.first { Self.playbook.field($0.field)?.qualifies == .metrics }
            if let metric {
                #expect(answer.revealed == [metric.field], "\(persona.id): \(answer.reply)")
            } else {
                #expect(answer.revealed.isEmpty && persona.replies.needPayoff.contains(answer.reply), "\(persona.id): \(answer.reply)")
            }
            let again = play.respond(to: "And if this problem goes away, what changes for you?")
            #expect(again.revealed.isEmpty && !persona.replies.repeatFact.contains { again.reply.hasPrefix($0) }, "\(persona.id): \(again.reply)")
        }
    }

    /// "Can you give me an example of when that went wrong?" asks for the story of the problem,
    /// not for a date.
    @Test func anExampleOfWhenItWentWrongIsAboutTheProblem() {
        for persona in Self.playbook.personas where persona.facts.contains(where: { $0.field == "pains" }) {
            var play = RolePlay(playbook: Self.playbook, persona: persona, seed: 3, today: Fixtures.today)
            let first = play.respond(to: "Can you give me an example of when that went wrong?")
            #expect(first.revealed == ["pains"], "\(persona.id): \(first.reply)")
            let then = play.respond(to: "What happens to the company when this problem comes?")
            #expect(then.revealed.isEmpty && persona.replies.implication.contains(then.reply), "\(persona.id): \(then.reply)")
        }
    }

    /// "…review a contract, and how long does that take?": the second part points back at the
    /// first and is not a question about the close's length; and a question about something
    /// new is not answered by repeating what was told ("walk me through how a purchase like
    /// this gets approved" after the close process).
    @Test func aFollowOnPartAndANewTopicAreNotAnsweredWithAnOldFact() {
        let priya = Self.playbook.persona("priya")!
        #expect(FactFinder(playbook: Self.playbook, persona: priya).hear("Does legal or procurement need to review a contract, and how long does that take?") != .fact("close_days"))
        var play = RolePlay(playbook: Self.playbook, persona: priya, seed: 3, today: Fixtures.today)
        play.respond(to: "Walk me through how the close runs today, end to end.")
        let approval = play.respond(to: "Walk me through how a purchase like this gets approved on your side.")
        #expect(approval.revealed == ["economic_buyer"], "\(approval.reply)")
    }

    /// Two questions in a row about things the buyer has no fact for get two different lines,
    /// not the same line again behind "Like I said".
    @Test func nothingToTellTwiceIsSaidTwoWays() {
        var play = RolePlay(playbook: Self.playbook, persona: Self.playbook.persona("lena")!, seed: 7, today: Fixtures.today)
        let first = play.respond(to: "Is there a particular date you are working towards?")
        let second = play.respond(to: "Are you speaking with any other providers?")
        #expect(first.reply != second.reply && !second.reply.hasPrefix("Like I said") && !second.reply.hasPrefix("As I say") && !second.reply.hasPrefix("Again"), "\(first.reply) / \(second.reply)")
    }

    /// A broad open question between two things on the buyer's mind gets the broader one, not
    /// "do you mean…?".
    @Test func aBroadQuestionGetsABroadAnswerNotAQuestionBack() {
        for persona in Self.playbook.personas {
            var play = RolePlay(playbook: Self.playbook, persona: persona, seed: 3, today: Fixtures.today)
            let exchange = play.respond(to: "Paint me a picture of month-end over there.")
            #expect(exchange.revealed.count == 1 && RolePlay.broadFields.contains(exchange.revealed[0]), "\(persona.id): \(exchange.reply)")
        }
    }

    @Test func aConcernRaisedAgainStandsAlone() {
        #expect(RolePlay.standingAlone("And BlackLine is the safe choice. Why would I take a risk on you?") == "BlackLine is the safe choice. Why would I take a risk on you?")
        #expect(RolePlay.standingAlone("But honestly, nothing changes before peak season.") == "Honestly, nothing changes before peak season.")
        #expect(RolePlay.standingAlone("Andrew decides.") == "Andrew decides.")
    }

    @Test func aFactToldAgainReadsAsOneSentence() {
        #expect(RolePlay.joined("Like I mentioned, ", "It takes nine working days.") == "Like I mentioned, it takes nine working days.")
        #expect(RolePlay.joined("Like I mentioned, ", "NetSuite, plus Excel.") == "Like I mentioned, NetSuite, plus Excel.")
        #expect(RolePlay.joined("Like I mentioned, ", "I decide.") == "Like I mentioned, I decide.")
        #expect(RolePlay.joined("As I said: ", "It takes nine days.") == "As I said: It takes nine days.")
        #expect(RolePlay.joined("Like I mentioned, ", "After peak season — February would be the earliest.") == "Like I mentioned, after peak season — February would be the earliest.")
        #expect(RolePlay.joined("Like I mentioned, ", "Seven days, if nobody's off sick.") == "Like I mentioned, seven days, if nobody's off sick.")
        #expect(RolePlay.joined("Like I mentioned, ", "Tom Becker, our CFO, decides.") == "Like I mentioned, Tom Becker, our CFO, decides.")
    }
}
