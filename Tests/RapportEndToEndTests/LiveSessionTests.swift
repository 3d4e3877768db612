import Foundation
import Testing

@Suite struct LiveSessionTests {
    @Test func scriptedCallReachesTheEndAndTheSummaryQuotesTheCustomer() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "Acme Corp", "--rep", "Jo"],
                                            lines: Script.fullCall + ["/summary"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("[qualify 1/6]"))
        #expect(result.stdout.contains("[follow-up 7/7]"))
        #expect(result.stdout.contains("✓ Budget = $30,000–$50,000"))
        #expect(result.stdout.contains("End of the playbook."))
        #expect(!result.stdout.contains("\u{1B}"), "no escape codes when not a terminal")
        #expect(result.stdout.contains("\"reconciling everything by hand in excel\""), "the customer's words in the read-back")
        #expect(result.stdout.components(separatedBy: "\"reconciling everything by hand in excel\"").count == 2, "and quoted once")

        let transcripts = try RapportProcess.transcripts(in: folder.appendingPathComponent("t"))
        let transcript = try #require(transcripts.first)
        #expect(transcripts.count == 1)
        #expect(transcript.lastPathComponent.hasSuffix("-acme-corp.jsonl"))
        #expect(try RapportProcess.permissions(transcript.path) == 0o600)
        #expect(try RapportProcess.permissions(folder.appendingPathComponent("t").path) == 0o700)

        let header = try JSONSerialization.jsonObject(with: Data(try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n")[0].utf8)) as? [String: Any]
        #expect(header?["format"] as? String == "rapport-transcript")
        #expect(header?["mode"] as? String == "live")
        #expect(header?["rep"] as? String == "Jo")
        #expect((header?["playbook"] as? [String: Any])?["id"] as? String == "closewise")
        let events = try RapportProcess.events(transcript)
        #expect(events.count == Script.fullCall.count + 1)
        let all = try RapportProcess.events(transcript, detections: true)
        #expect(all.map { $0["seq"] as? Int } == Array(1...all.count).map { $0 })
        // The objection in "price is the worry" is noticed and recorded, right after the answer.
        let detections = all.enumerated().filter { $0.element["type"] as? String == "detect" }
        #expect(detections.contains { $0.element["target"] as? String == "price" && all[$0.offset - 1]["text"] as? String == "price is the worry" })
        #expect(!detections.contains { all[$0.offset - 1]["text"] as? String == "email" }, "a clean choice is not an objection")
        #expect(result.stdout.contains("Sounds like PRICE — /obj for the card"))
        #expect(events.last?["type"] as? String == "end")
        #expect(events.contains { $0["type"] as? String == "note" && $0["text"] as? String == "she is off next week" })
        #expect(events[1]["step"] as? String == "role")
        #expect(events[1]["stage"] as? String == "qualify")
        // Each answer carries how it was read, so a replay takes the call as the rep saw it.
        let budgetAnswer = try #require(events.first { $0["type"] as? String == "answer" && $0["text"] as? String == "30-50k" })
        let money = ((budgetAnswer["reading"] as? [String: Any])?["value"] as? [String: Any])?["money"] as? [String: Any]
        #expect(money?["amount"] as? Double == 30_000 && money?["upTo"] as? Double == 50_000, "\(budgetAnswer)")
        let worry = try #require(events.first { $0["type"] as? String == "answer" && $0["text"] as? String == "price is the worry" })
        let heard = (worry["reading"] as? [String: Any])?["heard"] as? [[String: Any]]
        #expect(heard?.contains { $0["objection"] as? String == "price" } == true, "\(worry)")
        #expect(events.filter { $0["type"] as? String == "answer" && $0["step"] != nil }.allSatisfy { $0["reading"] is [String: Any] })

        // The summary rebuilt from the transcript alone, from another folder.
        let summary = try RapportProcess.run(["summary", transcript.path], in: try RapportProcess.temporaryFolder())
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("VALUE PROPOSITION — Closewise for Acme Corp"))
        #expect(summary.stdout.contains("\"the auditors find mistakes and we work weekends\" (turn 12)"))
        #expect(summary.stdout.contains("Timeline (Target go-live): 2027-03-31"))
        #expect(summary.stdout.contains("Next step: pilot kickoff with Maria and Dana on 2027-01-12"))
        #expect(summary.stdout.contains("Automatic reconciliation"))
        #expect(summary.stdout.contains("Impact: Gives back most of the 120 hours a month"))
        #expect(summary.stdout.contains("Objections raised\n"))
        #expect(summary.stdout.contains("  - It costs too much (turn 26): open"))

        let json = try RapportProcess.run(["summary", transcript.path, "--format", "json"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let profile = try #require(document["profile"] as? [[String: Any]])
        let budget = try #require(profile.first { $0["field"] as? String == "budget" })
        #expect(budget["raw"] as? String == "30-50k")
        #expect(budget["turn"] as? Int == 15, "budget is asked after the pains and the goal")
        #expect((budget["value"] as? [String: Any])?["upTo"] as? Double == 50_000)
        #expect((document["summary"] as? String)?.contains("VALUE PROPOSITION") == true)
        let objections = try #require(document["objections"] as? [[String: Any]])
        #expect(objections.contains { $0["objection"] as? String == "price" && $0["outcome"] as? String == "open" })

        try "{{account}} wants {{next_step}} by {{next_step_date}}; pains:{{#pains}} {{label}};{{/pains}}\n".write(
            to: folder.appendingPathComponent("mine.mustache"), atomically: true, encoding: .utf8)
        let custom = try RapportProcess.run(["summary", transcript.path, "--template", "mine.mustache"], in: folder)
        #expect(custom.stdout == "Acme Corp wants pilot kickoff with Maria and Dana by 2027-01-12; pains: Spreadsheet sprawl; No visibility into the close; Manual reconciliation; Errors and restatements; Audit pain; Team burnout;\n")

        let markdown = try RapportProcess.run(["summary", transcript.path, "--format", "markdown"], in: folder)
        #expect(markdown.stdout.hasPrefix("# Value proposition: Closewise for Acme Corp"))
    }

    @Test func commandsBackSkipGotoAndUnknownCommands() throws {
        let folder = try RapportProcess.temporaryFolder()
        let lines = ["", "/skip", "14", "/back", "/back", "CFO", "/goto budgt", "/goto budget", "$25k", "/stage discovery",
                     "/frobnicate", "/obj", "/obj this costs way too much for us", "/profile", "/close", "/help", "/quit", "never read"]
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: lines, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✓ Contact's role = CFO"))
        #expect(result.stdout.contains("No step 'budgt'. Did you mean 'budget'?"))
        #expect(result.stdout.contains("✓ Budget = $25,000"))
        #expect(result.stdout.contains("[discovery 1/17]"))
        #expect(result.stdout.contains("Unknown command /frobnicate."))
        #expect(result.stdout.contains("not-interested"))
        #expect(result.stdout.contains("PRICE — It costs too much"))
        #expect(result.stdout.contains("Acknowledge:"))
        #expect(result.stdout.contains("[x] Budget"))
        #expect(result.stdout.contains("[ ] Timeline"))
        #expect(result.stdout.contains("Trial close"))
        #expect(result.stdout.contains("/goto STEP"))
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let events = try RapportProcess.events(transcript)
        let types = events.compactMap { $0["type"] as? String }
        // Refused commands and views are not events; /quit ends before the last line.
        // Opening a card from the customer's words records the objection as raised.
        #expect(types == ["skip", "skip", "answer", "back", "back", "answer", "goto", "answer", "stage", "objection", "end"])
        #expect(events.last?["text"] as? String == "quit")
        #expect(!String(decoding: try Data(contentsOf: transcript), as: UTF8.self).contains("never read"))
    }

    @Test func hostileInputNeverCrashesAndIsKeptNeutralised() throws {
        let folder = try RapportProcess.temporaryFolder()
        var input = Data("\u{1B}]0;pwned\u{7}\u{1B}[2J clear screen\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x0A])               // invalid UTF-8 and a NUL
        input.append(Data(String(repeating: "long answer ", count: 100_000).utf8))    // a 1.2 MB line
        input.append(Data("\nwindows line\r\n/note \u{1B}[31mred\u{1B}[0m\n/profile\nlast line without newline".utf8))
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], input: input, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "an escape sequence reached the terminal")
        #expect(result.stdout.contains("^[[2J clear screen"), "/profile shows the note, neutralised")
        #expect(result.stdout.contains("^[[31mred^[[0m"))
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let events = try RapportProcess.events(transcript)
        #expect(events.count == 7)  // five answers, one note, the end
        let texts = events.compactMap { $0["text"] as? String }
        #expect(texts.contains { $0.contains("\u{1B}[2J") }, "the words are kept exactly as typed")
        #expect(texts.contains("A\u{0}B") || texts.contains { $0.hasSuffix("A\u{0}B") })
        // A line past 64 KiB is cut there, and the rep is told: input is never buffered without bound.
        #expect(texts.contains { $0.utf8.count > 60_000 && $0.utf8.count <= 65_536 })
        #expect(result.stdout.contains("That line was longer than 64 KiB"))
        #expect(texts.contains("windows line"))
        #expect(texts.contains("last line without newline"))
        let summary = try RapportProcess.run(["summary", transcript.path], in: folder)
        #expect(summary.status == 0)
        #expect(!summary.stdout.contains("\u{1B}"))
    }

    @Test func invalidPlaybookRefusesToStartAndSaysWhere() throws {
        let folder = try RapportProcess.temporaryFolder()
        let source = try String(contentsOfFile: RapportProcess.defaultPlaybook, encoding: .utf8)
            .replacingOccurrences(of: "        record: team_size", with: "        record: team_sise")
        try source.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try RapportProcess.run(["live", "--playbook", "bad.yaml", "--transcripts", "t"], lines: ["hello"], in: folder)
        #expect(result.status == 65)
        // The error points at the `record:` that names the field.
        let line = source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("record: team_sise") }! + 1
        #expect(result.stderr.contains("bad.yaml:\(line):17: error: step 'team-size' records into unknown field 'team_sise'; did you mean 'team_size'?"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t").path), "no session, no transcript")
        let missing = try RapportProcess.run(["live", "--playbook", "nope.yaml"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.yaml: error: no such playbook file"))
    }

    @Test func unusableTranscriptsFolderIsReportedBeforeTheCallStarts() throws {
        let folder = try RapportProcess.temporaryFolder()
        try Data("x".utf8).write(to: folder.appendingPathComponent("afile"))
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "afile/sub"], lines: ["hi"], in: folder)
        #expect(result.status == 73)
        #expect(result.stderr.contains("cannot use the transcripts folder afile/sub"))
        #expect(result.stderr.contains("--transcripts DIR"))
    }

    @Test func anObjectionAloneKeepsTheCallOnItsStepAndAFalseAlarmGivesTheAnswerBack() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"],
                                            lines: ["", "honestly it's way too expensive", "/obj", "/goto process", "just send me some info", "/obj no",
                                                    "we're happy with FloQast to be honest, the board decides", "/back"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Sounds like PRICE — /obj for the card"))
        #expect(result.stdout.contains("Still on role: that sounded like an objection, not an answer."))
        #expect(!result.stdout.contains("Contact's role: kept your words"), "an objection is not an unclear role")
        #expect(!result.stdout.contains("[qualify 3/6]"), "detection never moves the call")
        #expect(result.stdout.contains("PRICE — It costs too much\n  Acknowledge:"))
        #expect(result.stdout.contains("  Check:       Looked at against the hours it saves"), "the card ends by checking the answer landed")
        // A false alarm: the held words become the answer and the call moves on.
        #expect(result.stdout.contains("SEND-INFO dismissed as a false alarm"))
        #expect(result.stdout.contains("✓ Decision process = just send me some info"))
        #expect(result.stdout.contains("[discovery 15/17]"))
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first)
        let summary = try RapportProcess.run(["summary", transcript.path, "--format", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let objections = (json["objections"] as? [[String: Any]] ?? []).compactMap { $0["objection"] as? String }
        #expect(objections == ["price"], "the dismissed detection and the ones undone by /back are not objections")
        let report = try RapportProcess.run(["report", "t", "--format", "json"], in: folder)
        let reported = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect((reported["objections"] as? [String: Any]).map { Set($0.keys) } == ["price"], "report reads the call as summary does")
        let review = try RapportProcess.run(["review", transcript.path, "--format", "json"], in: folder)
        #expect(review.stdout.contains("dismissed as a false alarm"))
    }

    @Test func anExistingFolderKeepsItsModeAndTranscriptsAreOwnerOnly() throws {
        let folder = try RapportProcess.temporaryFolder()
        let transcripts = folder.appendingPathComponent("t")
        try FileManager.default.createDirectory(at: transcripts, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: ["", "/quit"], in: folder)
        #expect(result.status == 0)
        #expect(try RapportProcess.permissions(transcripts.path) == 0o755, "a folder rapport did not create is never chmodded")
        let made = try #require(try RapportProcess.transcripts(in: transcripts).first)
        #expect(try RapportProcess.permissions(made.path) == 0o600)
    }

    @Test func aSessionInWhichNothingHappenedLeavesNoTranscript() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], lines: ["/quit"], in: folder)
        #expect(result.status == 0)
        #expect(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).isEmpty, "an empty call is not kept for reports to count")
        let home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        _ = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], in: folder, environment: ["HOME": home.path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty, "and no rescue copy is made of it")
        #expect(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).isEmpty)
    }

    @Test func accountNamesKeepTheirLettersInFileNames() throws {
        let folder = try RapportProcess.temporaryFolder()
        for account in ["Zoë Müller GmbH", "東京 Trading", "Acme\u{202E}gpj.exe"] {
            let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", account],
                                                lines: ["controller", "/quit"], in: folder)
            #expect(result.status == 0)
        }
        let names = try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).map(\.lastPathComponent)
        #expect(names.contains { $0.hasSuffix("-zoë-müller-gmbh.jsonl") }, "\(names)")
        #expect(names.contains { $0.hasSuffix("-東京-trading.jsonl") }, "\(names)")
        #expect(names.contains { $0.hasSuffix("-acme-gpj-exe.jsonl") }, "a direction mark cannot disguise the ending: \(names)")
    }

    @Test func accountNamesCannotEscapeTheFolder() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "../../etc/passwd\u{1B}"],
                                            lines: ["controller", "/quit"], in: folder)
        #expect(result.status == 0)
        let transcripts = try RapportProcess.transcripts(in: folder.appendingPathComponent("t"))
        #expect(transcripts.count == 1)
        #expect(transcripts.first?.lastPathComponent.hasSuffix("-etc-passwd.jsonl") == true)
    }

    @Test func theScreenPutsTheRepBackOnTheStepAndDoesNotRepeatWhatIsUnknown() throws {
        let folder = try RapportProcess.temporaryFolder()
        let result = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"],
                                            lines: ["", "cfo", "/card floqast", "/summary", "12"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "↳ still on [qualify 3/6] — Say: How many people").count == 3, "after the card and the summary")
        // The qualification checklist is shown when it changes, not at every step.
        let unknownLines = result.stdout.components(separatedBy: "\n").filter { $0.contains("Still unknown:") }
        #expect(unknownLines.count == Set(unknownLines).count, "\(unknownLines)")
        // Compact: the three the coming steps ask about, and how many more /profile lists.
        for line in unknownLines {
            let named = line.components(separatedBy: "Still unknown: ")[1].components(separatedBy: " (+")[0].components(separatedBy: ", ")
            #expect(named.count <= 3, "\(line)")
        }
        #expect(unknownLines.first?.contains("more: /profile)") == true, "\(unknownLines)")
    }
}
