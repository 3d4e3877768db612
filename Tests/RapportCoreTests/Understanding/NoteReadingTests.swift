import Testing
@testable import RapportCore

/// Dense notes a rep types at the first question, read for every field they can fill
/// (default playbook, on Friday 27 November 2026).
struct NoteReadingTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    /// What a note typed at `step` records: the step's own field and every other one.
    static func read(_ note: String, atField current: String = "role") -> [String: FieldValue] {
        let reading = NoteReading(playbook: playbook, parser: AnswerParser(today: Fixtures.today))
        var found: [String: FieldValue] = [:]
        if let field = playbook.field(current), let value = reading.value(for: field, in: note).value { found[current] = value }
        for fact in reading.facts(in: note, except: current) { found[fact.field] = fact.value }
        return found
    }

    /// `role=cfo; team_size=12; budget=40000-60000; go_live=2027-09-30; economic_buyer=*`.
    static func expected(_ spec: String) -> [(String, String)] {
        spec.split(separator: ";").map {
            let parts = $0.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0], parts[1])
        }
    }

    static func matches(_ value: FieldValue, _ want: String) -> Bool {
        switch value {
        case .number(let n): return Double(want) == n
        case .money(let m):
            let parts = want.split(separator: "-").compactMap { Double($0) }
            return parts.first == m.amount && (parts.count == 1 ? m.upTo == nil : m.upTo == parts[1])
        case .date(let d): return d.description == want
        case .choice(let id): return id == want
        case .yesNo(let b): return (b ? "yes" : "no") == want
        case .text: return want == "*"
        case .tags(let ids): return want == "*" || ids.contains(want)
        }
    }

    /// (facts right, facts expected, values recorded that are wrong) over a set of notes.
    static func score(_ notes: [(String, String)]) -> (right: Int, total: Int, wrong: [String]) {
        let (right, total, wrong, _) = scoreWithMisses(notes)
        return (right, total, wrong)
    }

    static func scoreWithMisses(_ notes: [(String, String)]) -> (right: Int, total: Int, wrong: [String], missed: [String]) {
        var missed: [String] = []
        var right = 0
        var total = 0
        var wrong: [String] = []
        let scored = ["role", "team_size", "erp", "close_days", "budget", "hours_manual", "competitor", "go_live", "economic_buyer"]
        for (note, spec) in notes {
            let found = read(note)
            let want = Dictionary(uniqueKeysWithValues: expected(spec))
            for (field, value) in want {
                total += 1
                if let got = found[field], matches(got, value) { right += 1 } else { missed.append("\(note) → \(field)") }
            }
            for field in scored {
                guard let got = found[field] else { continue }
                if let value = want[field], matches(got, value) { continue }
                wrong.append("\(note) → \(field)=\(got)")
            }
        }
        return (right, total, wrong, missed)
    }

    static let tuning: [(String, String)] = [
        ("cfo, 12 ppl, close takes 9 days, budget maybe 40-60k, decide by Q3, uses netsuite + excel",
         "role=cfo; team_size=12; close_days=9; budget=40000-60000; go_live=2027-09-30; erp=netsuite"),
        ("controller; team of 6; on sage intacct; close is 12 days", "role=controller; team_size=6; erp=sage-intacct; close_days=12"),
        ("VP finance, 25 staff, dynamics 365, ~40 hrs a month on recs", "role=cfo; team_size=25; erp=dynamics; hours_manual=40"),
        ("looked at floqast last yr, didn't like it. close in 8 days", "competitor=floqast; close_days=8"),
        ("board signs anything over 50k, want to go live by march", "economic_buyer=*; go_live=2027-03-31"),
        ("12 person team, 30 hrs reconciling, netsuite", "team_size=12; hours_manual=30; erp=netsuite"),
        ("budget approx 25k/yr, CFO signs", "budget=25000; economic_buyer=*; role=cfo"),
        ("finance director, evaluating blackline too, go-live jan", "role=cfo; competitor=blackline; go_live=2027-01-01"),
        ("8 accountants, close takes 2 weeks", "team_size=8"),
        ("cfo signs off, we need it live before year end", "economic_buyer=*; go_live=2026-12-31; role=cfo"),
        ("20 hours/month on bank recs, 10 day close", "hours_manual=20; close_days=10"),
        ("comparing us vs blackline; budget 30-50k", "competitor=blackline; budget=30000-50000"),
        ("head of accounting, team of 9", "role=controller; team_size=9"),
        ("spend up to 70k, timeline Q2", "budget=70000; go_live=2027-04-01"),
        // Two competitors for a one-choice field: ambiguous, so it stays unknown (both are still spotted for battle cards).
        ("talked to floqast and blackline, 9 ppl", "team_size=9"),
        ("on SAP business one, 40 ppl", "erp=sap; team_size=40"),
        ("I'm the controller, 5 ppl, close 7 days, budget ~20k", "role=controller; team_size=5; close_days=7; budget=20000"),
    ]

    /// An abbreviation's period ends no sentence: "c. £35k" is the budget's amount, while
    /// "mgr. ~10 FTE" still holds two facts.
    /// An arrow between facts cuts the note; after a key it joins the key to its value.
    @Test func arrowsCutANoteExceptAfterAKey() {
        let found = Self.read("12 FTE → go live => 1 May -> budget $45K", atField: "role")
        #expect(found["team_size"] == .number(12))
        #expect(found["go_live"].map { Self.matches($0, "2027-05-01") } == true)
        #expect(found["budget"].map { Self.matches($0, "45000") } == true)
        let keyed = Self.read("budget -> 30-40k; team ⇒ 9", atField: "role")
        #expect(keyed["budget"].map { Self.matches($0, "30000-40000") } == true)
        #expect(keyed["team_size"] == .number(9))
    }

    @Test func anAbbreviationsPeriodDoesNotCutTheNote() {
        #expect(NoteReading.segments("budget c. £35k").count == 1)
        #expect(NoteReading.segments("approx. 40 hrs a month on recs").count == 1)
        #expect(NoteReading.segments("accounting mgr. ~10 FTE").count == 2)
        #expect(Self.read("FD decides; budget c. £35k")["budget"].map { Self.matches($0, "35000") } == true)
    }

    @Test func tunedNotes() {
        let (right, total, wrong, missed) = Self.scoreWithMisses(Self.tuning)
        #expect(right == total, "\(right)/\(total) \(missed)")
        #expect(wrong.isEmpty, "\(wrong)")
    }

    /// A first held-out set (first run: 40 of 42 facts right, two wrong values: "60 hrs" read as
    /// a budget, "budget approved" as who signs); the reader was changed, so it counts as seen.
    static let seen: [(String, String)] = [
        ("Maria is Controller. Team of 7 accountants. NetSuite. Close ~10 working days.", "role=controller; team_size=7; erp=netsuite; close_days=10"),
        ("cfo here, 18 in finance, intacct, budget around 35k", "role=cfo; team_size=18; erp=sage-intacct; budget=35000"),
        ("They spend about 60 hrs a month reconciling by hand", "hours_manual=60"),
        ("quickbooks online, 2 ppl, want live by 1 March", "erp=quickbooks; team_size=2; go_live=2027-03-01"),
        ("also evaluating FloQast; CFO (Tom) signs", "competitor=floqast; economic_buyer=*; role=cfo"),
        ("close takes about 11 days, 45k budget approved", "close_days=11; budget=45000"),
        ("accounting manager, D365, 10 staff, needs it in place by end of Q1", "role=accountant; erp=dynamics; team_size=10; go_live=2027-03-31"),
        ("budget: 20-25k; decision by mid Jan", "budget=20000-25000; go_live=2027-01-15"),
        ("we close in 15 days with a team of 4", "close_days=15; team_size=4"),
        ("Sage, 9 heads, BlackLine demo last month", "erp=sage-intacct; team_size=9; competitor=blackline"),
        ("financial controller; the board approves anything above 30k", "role=controller; economic_buyer=*"),
        ("25 hours reconciling every month, 3 person team, close = 8 days", "hours_manual=25; team_size=3; close_days=8"),
        ("vp finance, looking at blackline, roll out by September", "role=cfo; competitor=blackline; go_live=2027-09-30"),
        ("we're on oracle netsuite, about 30 people in finance, budget not set", "erp=netsuite; team_size=30"),
        ("Controller at a 12-person team; 14 day close; up and running by April", "role=controller; team_size=12; close_days=14; go_live=2027-04-30"),
    ]

    @Test func seenNotes() {
        let (right, total, wrong, missed) = Self.scoreWithMisses(Self.seen)
        #expect(right == total, "\(right)/\(total) \(missed)")
        #expect(wrong.isEmpty, "\(wrong)")
    }

    /// Written apart from the reader and never used to change it; the figure is reported.
    static let validation: [(String, String)] = [
        ("Dana - controller, 11 people, NetSuite, 9 day close, ~35 hrs/mo matching by hand", "role=controller; team_size=11; erp=netsuite; close_days=9; hours_manual=35"),
        ("cfo wants it live for the March close, budget 50k", "role=cfo; go_live=2027-03-01; budget=50000"),
        ("senior accountant, team of three, QBO", "role=accountant; team_size=3; erp=quickbooks"),
        ("they're evaluating blackline, CEO signs off on anything new", "competitor=blackline; economic_buyer=*"),
        ("close is 13 working days, 5 FTEs", "close_days=13; team_size=5"),
        ("Business Central; budget approx $18k; go live Feb", "erp=dynamics; budget=18000; go_live=2027-02-01"),
        ("comptroller, 22 staff, sage intacct, looked at floqast", "role=controller; team_size=22; erp=sage-intacct; competitor=floqast"),
        ("15 hours a month of recs, close takes 6 days", "hours_manual=15; close_days=6"),
        ("budget 40k-ish. timeline end of Q2", "budget=40000; go_live=2027-06-30"),
        ("owner signs, we have 4 accountants on xero", "economic_buyer=*; team_size=4; erp=other"),
        ("FD, Dynamics, rollout by 1st April", "role=cfo; erp=dynamics; go_live=2027-04-01"),
        ("spend is capped at $25,000; 7 ppl", "budget=25000; team_size=7"),
        ("accounting manager at a 6 person team, closing takes 10 days", "role=accountant; team_size=6; close_days=10"),
        ("NetSuite + Excel, 50 hours reconciling each month", "erp=netsuite; hours_manual=50"),
        ("vp finance; comparing floqast vs blackline; decision by end of January", "role=cfo; competitor=floqast; go_live=2027-01-31"),
    ]

    /// Prints a held-out set's totals only, and checks them: at least `right` of `total` facts,
    /// at most `wrong` wrong values.
    static func heldOut(_ name: String, _ notes: [(String, String)], right floor: Int, total expected: Int, wrong ceiling: Int) {
        let (right, total, wrong, _) = scoreWithMisses(notes)
        print("note validation \(name): \(right)/\(total) facts recorded right; \(wrong.count) wrong values")
        #expect(right >= floor && total == expected)
        #expect(wrong.count <= ceiling)
    }

    @Test func validationFigure() {
        let (right, total, wrong, missed) = Self.scoreWithMisses(Self.validation)
        print("note validation: \(right)/\(total) facts recorded right; \(wrong.count) wrong values: \(wrong); missed: \(missed)")
        #expect(Double(right) / Double(total) >= 0.85)
    }
    /// A third set, written in the twelfth round in voices the others do not use (arrows,
    /// slashes, words for numbers, a name before the role, facts inside a sentence) and held
    /// out: only totals are printed. First run: 30 of 35 facts right (86%), one wrong value.
    /// Its lines were seen in a later round (while changing how notes are cut), so it now
    /// counts as seen; floor at 33, its figure after that round.
    static let validationTwo: [(String, String)] = [
        ("Priya (controller) / 8 ppl / QuickBooks / ~12 day close", "role=controller; team_size=8; erp=quickbooks; close_days=12"),
        ("they have nine people in finance and run everything on Sage Intacct", "team_size=9; erp=sage-intacct"),
        ("budget -> 30-40k, CFO Anna signs", "budget=30000-40000; economic_buyer=*"),
        ("CFO. twenty in the team. close = 10 days. wants it by 1 Feb", "role=cfo; team_size=20; close_days=10; go_live=2027-02-01"),
        ("roughly 40 hrs/month on recs, blackline was too pricey for them", "hours_manual=40; competitor=blackline"),
        ("accountant on a team of 3, books in Xero", "role=accountant; team_size=3; erp=other"),
        ("D365 shop, 15 finance staff, go-live target 1 April", "erp=dynamics; team_size=15; go_live=2027-04-01"),
        ("has about $60k for tooling; also talking to FloQast", "budget=60000; competitor=floqast"),
        ("controller, SAP, close takes 7 working days", "role=controller; erp=sap; close_days=7"),
        ("team of 11, netsuite, 30 hours a month matching by hand, board approves", "team_size=11; erp=netsuite; hours_manual=30; economic_buyer=*"),
        ("finance director; needs it live end of March; budget up to 25k", "role=cfo; go_live=2027-03-31; budget=25000"),
        ("12 days to close, 6 accountants, QBO", "close_days=12; team_size=6; erp=quickbooks"),
    ]

    @Test func validationTwoFigure() {
        Self.heldOut("two", Self.validationTwo, right: 33, total: 35, wrong: 1)
    }

    /// A fourth set, written in a later round before any change to the reader and held out
    /// (only totals printed): CRM-style "key: value" and pipes, "w/" and "mgr." shorthand, a
    /// dictated sentence with numbers in words, a fortnight, pounds, a second amount that is
    /// not the budget, a target that is not the close. First run: 34 of 43 facts right (79%),
    /// two wrong values; 36 of 43 (84%) after cues and abbreviations learnt from the two tuning
    /// sets below (the same hand wrote all three, so "decision maker" was a cue it knew of);
    /// 39 of 43 once a title with "of" reads both ways ("VP of Finance").
    static let validationThree: [(String, String)] = [
        ("Role: Controller | Team: 14 | ERP: NetSuite | Close: 8 days | Budget: 30k", "role=controller; team_size=14; erp=netsuite; close_days=8; budget=30000"),
        ("spoke w/ james the fd, six of them in finance, all on xero", "role=cfo; team_size=6; erp=other"),
        ("she said month end takes about a fortnight and they burn 20ish hours a month on recs", "close_days=14; hours_manual=20"),
        ("Budget £45k approved by the CFO, looking to be live 1st Feb", "budget=45000; economic_buyer=*; go_live=2027-02-01"),
        ("currently using quickbooks desktop + spreadsheets, 3 staff, wants something live before year end", "erp=quickbooks; team_size=3; go_live=2026-12-31"),
        ("accounting mgr. ~10 FTE. D365. demoed floqast in oct", "role=accountant; team_size=10; erp=dynamics; competitor=floqast"),
        ("close is running at 11 business days, target is 5", "close_days=11"),
        ("they have a team of twelve and spend around fifty hours a month matching", "team_size=12; hours_manual=50"),
        ("CEO has final say. budget somewhere between 20 and 30k", "economic_buyer=*; budget=20000-30000"),
        ("sage intacct shop | 9 accountants | go live Q1 next yr", "erp=sage-intacct; team_size=9; go_live=2027-01-01"),
        ("financial controller, SAP Business One, 25 in the department", "role=controller; erp=sap; team_size=25"),
        ("Evaluating BlackLine as well - they quoted 60k. Our budget is 40k", "competitor=blackline; budget=40000"),
        ("VP of Finance, netsuite, 7 day close, ~60 hrs/month on reconciliations", "role=cfo; erp=netsuite; close_days=7; hours_manual=60"),
        ("team: 5 | system: Xero | close: 6 days | decision maker: owner", "team_size=5; erp=other; close_days=6; economic_buyer=*"),
        ("needs to be up and running by the end of March, CFO Priya signs the contract", "go_live=2027-03-31; economic_buyer=*"),
    ]

    @Test func validationThreeFigure() {
        Self.heldOut("three", Self.validationThree, right: 39, total: 43, wrong: 2)
    }

    /// A fifth set, written in a later round before any change to the reader and held out (only
    /// totals printed): notes in capitals, dashes and slashes between facts, "question? answer"
    /// shorthand, "FTEs", "staff of", "grand", "up to", a ten-day close written "10-day" and
    /// "7d", the books "closed in" days, a timeline given as a month's middle or a fiscal year's
    /// end, a number that is not the one asked for ("3 days a month re-keying"). First run: 31
    /// of 40 facts right (78%), one wrong value; 33 of 40 (83%) after what the tuning set
    /// beside it taught (a dash or slash between spaces cuts, "team? 4" is a key and a value,
    /// "team" is a team-size cue); 35 of 40 (88%) after set six's tuning (a title with "of", "head of finance",
    /// "approver"); its lines were on screen in that round, so it counts as seen from then.
    static let validationFour: [(String, String)] = [
        ("HEAD OF FINANCE. TEAM OF 8. NETSUITE. CLOSE ~10 DAYS.", "role=cfo; team_size=8; erp=netsuite; close_days=10"),
        ("controller (mark) - 16 FTEs - on sage intacct - wants live by 1 April", "role=controller; team_size=16; erp=sage-intacct; go_live=2027-04-01"),
        ("team? 15. erp? dynamics bc. budget? tbd", "team_size=15; erp=dynamics"),
        ("10-day close, about 40h a month of manual matching, budget up to 70k", "close_days=10; hours_manual=40; budget=70000"),
        ("closing the books takes two weeks, they also had a demo from FloQast last month", "close_days=14; competitor=floqast"),
        ("MD has final sign-off, budget is 50 grand", "economic_buyer=*; budget=50000"),
        ("spoke to their financial controller, staff of 30 across AP and GL, running SAP", "role=controller; team_size=30; erp=sap"),
        ("Books closed in ~12 working days; recs eat 25 hrs per month", "close_days=12; hours_manual=25"),
        ("go-live mid-Jan ideally, blackline is the other option they're weighing", "go_live=2027-01-15; competitor=blackline"),
        ("owner-run business, 3 in accounts, QBO, no budget set yet", "team_size=3; erp=quickbooks"),
        ("between 15k and 20k for year one, needs to be in before FY end (march)", "budget=15000-20000; go_live=2027-03-31"),
        ("VP Fin / 9 ppl / xero / 7d close", "role=cfo; team_size=9; erp=other; close_days=7"),
        ("Approver is the CEO. Timeline: want it running by Feb 15", "economic_buyer=*; go_live=2027-02-15"),
        ("Senior accountant, about a dozen on the team, they waste 3 days a month re-keying", "role=accountant; team_size=12"),
        ("They're on NetSuite, 20 person team, evaluating us vs FloQast, budget ~35-45k", "erp=netsuite; team_size=20; competitor=floqast; budget=35000-45000"),
    ]

    @Test func validationFourFigure() {
        Self.heldOut("four", Self.validationFour, right: 35, total: 40, wrong: 1)
    }

    /// A sixth set, written at the start of a later round before any change to the reader and
    /// held out (only totals printed): a CRM's "Title: … | Team: …" fields, arrows and "&"
    /// between facts, typos ("netsuit", "budgt"), a recap told in the past tense, "D365",
    /// "biz days", a team with contractors beside it, an en dash in a range, a day written
    /// day/month/year. First run: 33 of 42 facts right (79%), two wrong values; 34 of 42 (81%)
    /// after what the tuning set beside it taught (below).
    static let validationFive: [(String, String)] = [
        ("Contact: Priya Shah | Title: Controller | Team: 7 | ERP: QuickBooks Online", "role=controller; team_size=7; erp=quickbooks"),
        ("cfo said close runs 11 days & ~50hrs/mo goes on recs", "role=cfo; close_days=11; hours_manual=50"),
        ("netsuit, 9 ppl, budgt 30k", "erp=netsuite; team_size=9; budget=30000"),
        ("She mentioned they'd looked at BlackLine but found it too heavy, and the CFO holds the budget", "competitor=blackline; economic_buyer=*"),
        ("6 FTE → wants go live 1 Feb → $45K approved", "team_size=6; go_live=2027-02-01; budget=45000"),
        ("fin director, D365, close 8d", "role=cfo; erp=dynamics; close_days=8"),
        ("Rough budget 20–25k, decision sits with the owner", "budget=20000-25000; economic_buyer=*"),
        ("Team of twelve + 2 contractors; on Sage Intacct", "team_size=12; erp=sage-intacct"),
        ("recs: ~35 hrs monthly. close: 10 biz days. competitor: floqast", "hours_manual=35; close_days=10; competitor=floqast"),
        ("Accountant, small team (3), Xero, they want something live before end of Q1", "role=accountant; team_size=3; erp=other; go_live=2027-03-31"),
        ("Controller at a 40-person finance org running SAP S/4", "role=controller; team_size=40; erp=sap"),
        ("CEO signs. $60-80K. Go-live Sept.", "economic_buyer=*; budget=60000-80000; go_live=2027-09-01"),
        ("month-end takes them about 6 working days, ~20 hours of manual matching a month", "close_days=6; hours_manual=20"),
        ("comparing w/ floqast, budget not set, 15 staff in finance, netsuite", "competitor=floqast; team_size=15; erp=netsuite"),
        ("VP of Finance; approver = CFO; target live date 31/03/2027", "role=cfo; economic_buyer=*; go_live=2027-03-31"),
    ]

    @Test func validationFiveFigure() {
        Self.heldOut("five", Self.validationFive, right: 34, total: 42, wrong: 2)
    }

    /// A seventh set, written before any change it measures and never used to change the reader
    /// (speech-to-text without punctuation, emoji labels, `key=value`, a pipe-separated CRM
    /// line, a decision and a signer in a note, "grand", a quarter for a go-live, a count of
    /// accountants that is a team size, not a role): only totals are printed. First run 43 of
    /// 51 and 2 wrong values, 44 and 1 once a label was put right: "Q2 go-live" is the quarter's
    /// first day, as "Go-live Sept." is the month's (its tuning twin showed the label had
    /// followed "by Q2" instead). 47 of 51 (92%), 1 wrong, after the twin (`tuningSeven`)
    /// taught that a pictograph is a label that starts a fact ("👥 6 💵 25k") and that
    /// "target" with a date is a go-live.
    static let validationSix: [(String, String)] = [
        ("spoke with maria she's the controller team of nine on netsuite close takes about ten days", "role=controller; team_size=9; erp=netsuite; close_days=10"),
        ("👤 CFO 👥 14 💰 35k 📅 live by June", "role=cfo; team_size=14; budget=35000; go_live=2027-06-30"),
        ("role=fin controller, team=5, erp=xero", "role=controller; team_size=5; erp=other"),
        ("Decision sits with the board. Budget ~£40k. Comparing FloQast.", "economic_buyer=*; budget=40000; competitor=floqast"),
        ("Accounting mgr, 4 on team, QBO, month end 7 days, wants live by Jan", "role=accountant; team_size=4; erp=quickbooks; close_days=7; go_live=2027-01-31"),
        ("Finance team: 22. Recs eat ~60 hrs/mo. BlackLine too pricey for them.", "team_size=22; hours_manual=60; competitor=blackline"),
        ("CFO (Tom) - Sage Intacct - 12 day close - budget TBD", "role=cfo; erp=sage-intacct; close_days=12"),
        ("they close in 15 business days w/ a team of 30, SAP shop", "close_days=15; team_size=30; erp=sap"),
        ("Budget: 50-70k. Signer: CEO. Target: 1 April 2027", "budget=50000-70000; economic_buyer=*; go_live=2027-04-01"),
        ("controller, dynamics, ~25h/month manual, looking at floqast too", "role=controller; erp=dynamics; hours_manual=25; competitor=floqast"),
        ("small shop: 2 accountants, Xero, no budget yet, owner decides", "team_size=2; erp=other; economic_buyer=*"),
        ("Head of Finance. Goes live after year end, so 1 Jan. ~45 hrs recs.", "role=cfo; go_live=2027-01-01; hours_manual=45"),
        ("ERP netsuite | close 6 days | team 11 | budget 30k-40k", "erp=netsuite; close_days=6; team_size=11; budget=30000-40000"),
        ("Met the FD; they've 18 staff; CFO's sign-off needed above 25k", "role=cfo; team_size=18; economic_buyer=*"),
        ("Q2 go-live, close currently 9 days, budget around 20 grand", "go_live=2027-04-01; close_days=9; budget=20000"),
    ]

    @Test func validationSixFigure() {
        Self.heldOut("six", Self.validationSix, right: 47, total: 51, wrong: 1)
    }

    /// An eighth set, written before it was first run and never used to change the reader: a
    /// recap in full sentences, `key: value` with a rep's abbreviations ("hc", "dm", "EB"), a
    /// company's size next to the team's, a signer named without the contact being them, a
    /// typo, a day and month for a go-live. Only totals are printed. First run: 41 of 49 facts
    /// (84%), 3 wrong values. After its twin (`tuningEight`, 42 → 49 of 49) taught the rep's
    /// abbreviations as cues ("hc", "dm", "EB", "acct"), a count before "firm" or "company" to be
    /// the company's size, a segment labelled as another field's ("dm: CFO") to be no answer at
    /// the role step, and a word typed without its vowels to be the option it spells
    /// ("cntrlr"): 47 of 49 (96%), 2 wrong; every other set as before.
    static let validationSeven: [(String, String)] = [
        ("role: controller, hc: 7, erp: xero", "role=controller; team_size=7; erp=other"),
        ("She mentioned they're 7 in finance, on Xero, and the close drags to day 10.", "team_size=7; erp=other; close_days=10"),
        ("EB = CFO, budget USD 45,000, go-live 15 March", "economic_buyer=*; budget=45000; go_live=2027-03-15"),
        ("Head of finance at a 300-person co, finance team of 11, month-end = 8d", "role=cfo; team_size=11; close_days=8"),
        ("netsuite + adaptive, ~35 hrs/mo on recon, eval'ing blackline", "erp=netsuite; hours_manual=35; competitor=blackline"),
        ("acct mgr; 5 ppl; QuickBooks Online; budget €20k", "role=accountant; team_size=5; erp=quickbooks; budget=20000"),
        ("Close takes them about two weeks (10 wd). CFO has final say. Wants to be live by end of Q1.", "close_days=10; economic_buyer=*; go_live=2027-03-31"),
        ("dm: owner | team: 4 | xero | no budget set", "economic_buyer=*; team_size=4; erp=other"),
        ("spoke to the controller, Jen — 9-day close, 60 hours a month reconciling, budget between 25 and 35k", "role=controller; close_days=9; hours_manual=60; budget=25000-35000"),
        ("SAP S/4, team of twenty-five, targeting a 1 July go-live", "erp=sap; team_size=25; go_live=2027-07-01"),
        ("FD. Dynamics. 13 staff. 6 day close. Considering FloQast.", "role=cfo; erp=dynamics; team_size=13; close_days=6; competitor=floqast"),
        ("budget's approved at 50k; procurement + CFO sign; want live Feb 1", "budget=50000; economic_buyer=*; go_live=2027-02-01"),
        ("cntrlr, 6 on team, netsuite, 7 day close", "role=controller; team_size=6; erp=netsuite; close_days=7"),
        ("they spend roughly 80 hours each month on manual matching across a team of 15", "hours_manual=80; team_size=15"),
        ("Intacct user; month end takes 12 business days; go live in January", "erp=sage-intacct; close_days=12; go_live=2027-01-01"),
    ]

    @Test func validationSevenFigure() {
        Self.heldOut("seven", Self.validationSeven, right: 47, total: 49, wrong: 2)
    }

    /// Written with the seventh set, in its voices but other notes, and read line by line to
    /// change the reader (tuning): 46 of 51 at first, 50 after; 51 once a day cut off from its cue
    /// by a comma ("Live at start of next FY, 1 April") was read (no held-out set changed).
    static let tuningSeven: [(String, String)] = [
        ("talked to ben he's the cfo they have twelve people and run sage intacct month end takes eight days", "role=cfo; team_size=12; erp=sage-intacct; close_days=8"),
        ("🧑‍💼 Controller 👥 6 💵 25k 🗓 go-live by April", "role=controller; team_size=6; budget=25000; go_live=2027-04-30"),
        ("title=VP Finance; headcount=20; erp=netsuite", "role=cfo; team_size=20; erp=netsuite"),
        ("Board approves spend. Budget c. $60k. Also talking to BlackLine.", "economic_buyer=*; budget=60000; competitor=blackline"),
        ("Sr accountant, 3 in team, QuickBooks, close 5 days, live by March", "role=accountant; team_size=3; erp=quickbooks; close_days=5; go_live=2027-03-31"),
        ("Team size: 16. Manual matching ~40 hrs/mo. FloQast felt clunky.", "team_size=16; hours_manual=40; competitor=floqast"),
        ("Controller (Ana) - NetSuite - 9 day close - budget unknown", "role=controller; erp=netsuite; close_days=9"),
        ("close runs 11 working days with 8 staff, dynamics shop", "close_days=11; team_size=8; erp=dynamics"),
        ("Budget: 15-20k. Approver: owner. Target: 1 March 2027", "budget=15000-20000; economic_buyer=*; go_live=2027-03-01"),
        ("cfo, sage, ~30h/month on recs, also evaluating blackline", "role=cfo; erp=sage-intacct; hours_manual=30; competitor=blackline"),
        ("tiny team: 3 bookkeepers, Xero, owner signs", "team_size=3; erp=other; economic_buyer=*"),
        ("Finance Director. Live at start of next FY, 1 April. ~50 hrs recs.", "role=cfo; go_live=2027-04-01; hours_manual=50"),
        ("erp sap | close 14 days | team 25 | budget 80k-100k", "erp=sap; close_days=14; team_size=25; budget=80000-100000"),
        ("Met the controller; they've 10 staff; board sign-off needed over 50k", "role=controller; team_size=10; economic_buyer=*"),
        ("Q3 go-live, close now 12 days, budget about 30 grand", "go_live=2027-07-01; close_days=12; budget=30000"),
    ]

    /// Written with the sixth set, in its voices but other notes, and read line by line to
    /// change the reader (tuning): 33 of 41 at first; 39 after arrows ("→", "->", "=>") cut a
    /// note except after a key ("budget -> 30-40k"), a title with "of" reads both ways ("Head of
    /// Finance", "Director of Finance"), a month without its year is never one already past
    /// ("Go-live Nov." on 27 November), and cues for who holds the budget ("approver", "owns the
    /// budget", "decision rests with") and for an amount "signed off". Left: a typo in a cue
    /// ("budjet 12k") and an amount with no cue ("Owner signs. $20-30K.").
    static let tuningSix: [(String, String)] = [
        ("Contact: Ben Ode | Title: CFO | Team: 14 | ERP: NetSuite", "role=cfo; team_size=14; erp=netsuite"),
        ("controller said close is 9 days & ~25hrs/mo on matching", "role=controller; close_days=9; hours_manual=25"),
        ("quickbook, 5 ppl, budjet 12k", "erp=quickbooks; team_size=5; budget=12000"),
        ("He mentioned they trialled FloQast last spring but it didn't stick, and the FD owns the budget", "competitor=floqast; economic_buyer=*"),
        ("10 FTE → wants go live 1 May → $30K signed off", "team_size=10; go_live=2027-05-01; budget=30000"),
        ("finance mgr, Business Central, close 7d", "erp=dynamics; close_days=7"),
        ("Budget roughly 50–70k, decision rests with the board", "budget=50000-70000; economic_buyer=*"),
        ("Team of nine + a part-timer; on Xero", "team_size=9; erp=other"),
        ("recs: ~60 hrs monthly. close: 12 biz days. competitor: blackline", "hours_manual=60; close_days=12; competitor=blackline"),
        ("Senior accountant, tiny team (2), QuickBooks, hoping to be live by end of Q2", "role=accountant; team_size=2; erp=quickbooks; go_live=2027-06-30"),
        ("CFO at a 25-person finance function running Intacct", "role=cfo; team_size=25; erp=sage-intacct"),
        ("Owner signs. $20-30K. Go-live Nov.", "economic_buyer=*; budget=20000-30000; go_live=2027-11-01"),
        ("close takes them roughly 8 working days, ~30 hours of manual work a month", "close_days=8; hours_manual=30"),
        ("evaluating blackline too, budget tbd, 11 staff in finance, dynamics", "competitor=blackline; team_size=11; erp=dynamics"),
        ("Head of Finance; approver = CEO; target live date 28/02/2027", "role=cfo; economic_buyer=*; go_live=2027-02-28"),
    ]

    /// Written with the fourth set, in its voices but other notes, and read line by line to
    /// change the reader (tuning): 36 of 40 facts at first ("four in the team", "month end
    /// takes…", "signed off by the FD" named no field), 40 after.
    static let tuningThree: [(String, String)] = [
        ("Role: CFO | Staff: 20 | System: Sage Intacct | Close: 10 days", "role=cfo; team_size=20; erp=sage-intacct; close_days=10"),
        ("chatted w/ the controller, four in the team, they're on netsuite", "role=controller; team_size=4; erp=netsuite"),
        ("month end takes roughly ten days and about thirty hours a month go on matching", "close_days=10; hours_manual=30"),
        ("£60k budget signed off by the FD, go live 1st March", "budget=60000; economic_buyer=*; go_live=2027-03-01"),
        ("using xero plus excel, 2 staff, want it running before christmas", "erp=other; team_size=2"),
        ("finance mgr. ~8 FTE. NetSuite. trialled blackline last yr", "team_size=8; erp=netsuite; competitor=blackline"),
        ("close currently takes 9 working days, they'd like 4", "close_days=9"),
        ("there are fifteen people in the team and they spend about forty hours a month on reconciliations", "team_size=15; hours_manual=40"),
        ("MD has the final say. budget between 10 and 15k", "economic_buyer=*; budget=10000-15000"),
        ("dynamics shop | 30 in finance | go live Q2 next yr", "erp=dynamics; team_size=30; go_live=2027-04-01"),
        ("head of accounting, QuickBooks Online, 7 in the team", "role=controller; erp=quickbooks; team_size=7"),
        ("also talking to FloQast, who quoted 35k. Budget is 25k", "competitor=floqast; budget=25000"),
        ("Controller, SAP, 12 day close, ~25 hrs/month on recs", "role=controller; erp=sap; close_days=12; hours_manual=25"),
        ("headcount: 9 | ERP: Intacct | close: 7 days | signs: CFO", "team_size=9; erp=sage-intacct; close_days=7; economic_buyer=*"),
        ("has to be live by the end of June, the board signs the PO", "go_live=2027-06-30; economic_buyer=*"),
    ]

    /// A second tuning set in other voices: a call recap in sentences, "c." and "=", a range per
    /// year, a team counted in its parts: 21 of 24 at first ("budget c. £35k" was cut at its
    /// period; "team size 22" and "decision maker" named no field), 24 after. "5 people in
    /// AP/AR, 4 in GL" still gives a team of 5.
    static let tuningFour: [(String, String)] = [
        ("Spoke to Tom, he's the financial controller. They're a team of 11 on Sage.", "role=controller; team_size=11; erp=sage-intacct"),
        ("netsuite user, close takes just under two weeks", "erp=netsuite"),
        ("FD = decision maker; budget c. £35k", "economic_buyer=*; budget=35000"),
        ("5 people in AP/AR, 4 in GL, close 9 days", "close_days=9"),
        ("approx 45 hrs per month spent on reconciliations", "hours_manual=45"),
        ("they'd like to go live in April", "go_live=2027-04-01"),
        ("Intacct, 16 staff, BlackLine too expensive", "erp=sage-intacct; team_size=16; competitor=blackline"),
        ("accountant (senior), 4-person team, xero", "role=accountant; team_size=4; erp=other"),
        ("the owner approves everything over 10k", "economic_buyer=*"),
        ("budget is 15-20k per year", "budget=15000-20000"),
        ("closing the books takes 8 working days", "close_days=8"),
        ("go-live needed by 30 June", "go_live=2027-06-30"),
        ("team size 22, month-end close 10 days, QBO", "team_size=22; close_days=10; erp=quickbooks"),
        ("has spoken with floqast already, cfo is the signer", "competitor=floqast; economic_buyer=*"),
    ]

    /// Written with the fifth set, in its voices but other notes, and read line by line to
    /// change the reader (tuning): 34 of 40 at first ("team? 4" cut at its question mark,
    /// "team" no cue, "14 ppl / intacct / 6d close" one segment where 6 is as near "ppl" as
    /// "close"), 38 after. Left unknown on purpose: "three weeks" (working days or calendar
    /// days?) and an amount with no cue ("between 40k and 55k all in": a budget, a quote or a
    /// saving?). "FD has final sign-off", read at the role step, gives the contact's role.
    static let tuningFive: [(String, String)] = [
        ("CONTROLLER. 6 IN FINANCE. XERO. CLOSE TAKES 8 DAYS.", "role=controller; team_size=6; erp=other; close_days=8"),
        ("cfo (anna) - 22 FTEs - on netsuite - wants live by 1 March", "role=cfo; team_size=22; erp=netsuite; go_live=2027-03-01"),
        ("role? accountant. team? 4. erp? quickbooks", "role=accountant; team_size=4; erp=quickbooks"),
        ("12-day close, roughly 30h a month on recs, budget up to 40k", "close_days=12; hours_manual=30; budget=40000"),
        ("closing takes three weeks, they've seen BlackLine already", "close_days=21; competitor=blackline"),
        ("FD has final sign-off, budget is 30 grand", "economic_buyer=*; budget=30000"),
        ("met their head of accounting, staff of 11, running dynamics", "role=controller; team_size=11; erp=dynamics"),
        ("Books closed in ~9 business days; matching eats 35 hrs per month", "close_days=9; hours_manual=35"),
        ("go-live mid-March ideally, floqast also in the running", "go_live=2027-03-15; competitor=floqast"),
        ("VP Finance / 14 ppl / intacct / 6d close", "role=cfo; team_size=14; erp=sage-intacct; close_days=6"),
        ("Signer is the COO. Timeline: want it running by Apr 30", "economic_buyer=*; go_live=2027-04-30"),
        ("budget? around 25k. close? 10 days", "budget=25000; close_days=10"),
        ("between 40k and 55k all in, needs to be live before year end (dec)", "budget=40000-55000; go_live=2026-12-31"),
        ("finance team of 18, headcount flat, 15 working day close", "team_size=18; close_days=15"),
        ("staff accountant, 7 person team, SAP", "role=accountant; team_size=7; erp=sap"),
    ]

    /// Written with the eighth set, in its voices but other notes, and read line by line to
    /// change the reader (tuning).
    static let tuningEight: [(String, String)] = [
        ("role: cfo, hc: 12, erp: netsuite", "role=cfo; team_size=12; erp=netsuite"),
        ("He said they're 9 in accounting, on QuickBooks, and month end runs to day 8.", "team_size=9; erp=quickbooks; close_days=8"),
        ("EB = board, budget USD 30,000, go-live 1 June", "economic_buyer=*; budget=30000; go_live=2027-06-01"),
        ("Finance director at a 1,200-person firm, team of 20, close = 12d", "role=cfo; team_size=20; close_days=12"),
        ("sage intacct + excel, ~50 hrs/mo on recs, eval'ing floqast", "erp=sage-intacct; hours_manual=50; competitor=floqast"),
        ("sr acct; 3 ppl; Xero; budget £15k", "role=accountant; team_size=3; erp=other; budget=15000"),
        ("Month end takes them 7 working days. Owner has final say. Wants to be live by end of Q2.", "close_days=7; economic_buyer=*; go_live=2027-06-30"),
        ("dm: CFO | team: 6 | dynamics | budget tbc", "economic_buyer=*; team_size=6; erp=dynamics"),
        ("met the head of accounting, Raj — 11-day close, 25 hours a month on matching, budget between 40 and 60k", "role=controller; close_days=11; hours_manual=25; budget=40000-60000"),
        ("NetSuite OneWorld, team of eighteen, targeting a 1 September go-live", "erp=netsuite; team_size=18; go_live=2027-09-01"),
        ("Controller. SAP. 30 staff. 10 day close. Looking at BlackLine.", "role=controller; erp=sap; team_size=30; close_days=10; competitor=blackline"),
        ("budget's signed off at 35k; CFO + CEO sign; want live Mar 1", "budget=35000; economic_buyer=*; go_live=2027-03-01"),
        ("contrller, 8 on team, xero, 5 day close", "role=controller; team_size=8; erp=other; close_days=5"),
        ("they lose about 40 hours every month to manual recs with a team of 10", "hours_manual=40; team_size=10"),
        ("QBO user; close takes 6 business days; go live in February", "erp=quickbooks; close_days=6; go_live=2027-02-01"),
    ]


    /// Read at the role step, "signs: CFO" also gives the contact's role (as in the first set);
    /// nothing else may be wrong.
    @Test(arguments: [("three", NoteReadingTests.tuningThree, 0), ("four", NoteReadingTests.tuningFour, 0), ("five", NoteReadingTests.tuningFive, 2), ("six", NoteReadingTests.tuningSix, 2), ("seven", NoteReadingTests.tuningSeven, 0), ("eight", NoteReadingTests.tuningEight, 0)])
    func tunedNotesInOtherVoices(name: String, notes: [(String, String)], leftUnknown: Int) {
        let (right, total, wrong, missed) = Self.scoreWithMisses(notes)
        #expect(right == total - leftUnknown, "\(name): \(missed)")
        #expect(wrong.allSatisfy { $0.hasSuffix("role=cfo") || $0.hasSuffix("team_size=5") }, "\(name): \(wrong)")
    }

    /// A company's size is not the team's; a field's label and value is that field's; a word
    /// typed without its vowels is the option it spells.
    @Test func aCompanySizeALabelledSegmentAndAWordWithoutVowels() {
        let sized = Self.read("Finance director at a 1,200-person firm, team of 20")
        #expect(sized["team_size"] == .number(20) && sized["role"] == .choice("cfo"))
        let labelled = Self.read("dm: CFO | team: 6 | dynamics")
        #expect(labelled["role"] == nil && labelled["economic_buyer"] != nil && labelled["team_size"] == .number(6))
        #expect(Self.read("Role: CFO | Staff: 20")["role"] == .choice("cfo"))
        #expect(Self.read("staff accountant, 7 person team")["role"] == .choice("accountant"))
        #expect(Self.read("cntrlr, 6 on team")["role"] == .choice("controller"))
        #expect(Words.skeleton("controller") == "cntrlr" && Words.skeleton("contrller") == "cntrlr")
        #expect(Self.read("center of excellence")["role"] == nil)
        // A day cut off from its cue by a comma is still the cue's, when it stands alone.
        #expect(Self.read("Live at start of next FY, 1 April")["go_live"] == .date(CalendarDay(year: 2027, month: 4, day: 1)))
        #expect(Self.read("go-live unclear, 12 ppl")["go_live"] == nil)
    }

    @Test func aFiscalYearEndByItsMonthAndAnAmountCutOffFromItsCue() {
        #expect(Self.read("wants live before FY end (March)")["go_live"] == .date(CalendarDay(year: 2027, month: 3, day: 31)))
        #expect(Self.read("live by year-end (March)")["go_live"] == .date(CalendarDay(year: 2027, month: 3, day: 31)))
        #expect(Self.read("no budget yet, would need biz case, maybe 25k")["budget"] == .money(Money(amount: 25_000, currency: "USD")))
        // An amount another field claims, or past a number in between, is not the budget.
        #expect(Self.read("budget unclear, team of 12")["budget"] == nil)
        #expect(Self.read("budget: not set, 3 entities, 12k invoices")["budget"] == nil)
    }

    @Test func peopleOnTheWorkAndThousandsAreNoAmountOfIt() {
        // "5 on close" is five people on the close, not a five-day close.
        #expect(Self.read("about 20 ppl in finance, 5 on close")["close_days"] == nil)
        #expect(Self.read("close takes 9 days, 5 on the team")["close_days"] == .number(9))
        // Asked for hours, an amount in thousands with no unit is not hours.
        let hours = Self.read("cfo signs anything over 10k", atField: "hours_manual")
        #expect(hours["hours_manual"] == nil && hours["economic_buyer"] != nil)
        #expect(Self.read("40 hrs", atField: "hours_manual")["hours_manual"] == .number(40))
    }

    @Test func aPictographIsALabelThatStartsAFact() {
        let found = Self.read("👤 CFO 👥 14 💰 35k 📅 live by June")
        #expect(found["team_size"] == .number(14))
        #expect(found["budget"] == .money(Money(amount: 35_000)))
        #expect(found["go_live"] == .date(CalendarDay(year: 2027, month: 6, day: 30)))
        // A pictograph that labels nothing cuts the note and fills nothing.
        let stray = Self.read("great call 👍 team of 5, 💰 tbd")
        #expect(stray["team_size"] == .number(5))
        #expect(stray["budget"] == nil)
    }
}
