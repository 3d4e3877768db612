import Foundation
import Testing
@testable import RapportCore

/// Words a rep says and sends: lists, sentence case, spoken dates, punctuation, and telling a
/// customer's words from a rep's note.
struct ProseTests {
    @Test func listsAndLabelsReadAsAPersonWouldSayThem() {
        #expect(Prose.list(["manual reconciliation"]) == "manual reconciliation")
        #expect(Prose.list(["a", "b"]) == "a and b")
        #expect(Prose.list(["manual reconciliation", "errors", "a slow close"]) == "manual reconciliation, errors and a slow close")
        #expect(Prose.inSentence("Manual reconciliation") == "manual reconciliation")
        #expect(Prose.inSentence("ERP errors") == "ERP errors")
        #expect(Prose.inSentence("NetSuite") == "NetSuite")
    }

    @Test func datesAreSpokenNotWrittenAsCodes() {
        let today = CalendarDay(year: 2026, month: 11, day: 27)
        #expect(Prose.date(CalendarDay(year: 2026, month: 12, day: 1), today: today) == "Tuesday 1 December")
        #expect(Prose.date(CalendarDay(year: 2027, month: 9, day: 30), today: today) == "30 September")
        #expect(Prose.date(CalendarDay(year: 2028, month: 3, day: 2), today: today) == "2 March 2028")
        #expect(Prose.date(CalendarDay(year: 2027, month: 9, day: 30)) == "30 September 2027")
    }

    @Test func sentencesEndWithOneMark() {
        #expect(Prose.sentences(["It drops to half within two months.", "Gives back 120 hours"]) == "It drops to half within two months. Gives back 120 hours.")
        #expect(Prose.sentences(["Thank you for your time at Acme, Inc."]) == "Thank you for your time at Acme, Inc.")
        #expect(Prose.sentences(["Is that right?", "", "  "]) == "Is that right?")
    }

    @Test(arguments: [
        "recs by hand + chasing ppl, auditors found errors last yr", "she says honestly she's embarrassed by the close",
        "close 9 days, 12 ppl", "CFO cares about cash + audit", "reconciling everything by hand in excel", "budget 40-60k",
    ])
    func aRepsNoteIsNotQuotedBack(note: String) {
        #expect(!Prose.isCustomersWords(note), "\(note)")
    }

    @Test(arguments: [
        "we spend every weekend of month-end matching by hand", "I'm tired of the auditors finding our mistakes",
        "rep note: she said “we never know which clinic is late”",
    ])
    func theCustomersWordsAreQuotable(words: String) {
        #expect(Prose.isCustomersWords(words), "\(words)")
    }

    @Test func namesAndHeadsComeOutOfNotes() {
        #expect(Prose.firstName(in: "spoke with Maria Lopez, CFO") == "Maria")
        #expect(Prose.firstName(in: "CFO Zoë Müller (Tokyo office)") == "Zoë")
        #expect(Prose.firstName(in: "the CFO") == nil)
        #expect(Prose.head("CEO Zoë Müller (東京 office), cares about cash + audit") == "CEO Zoë Müller")
        #expect(Prose.afterIs("pilot kickoff with Maria") == "the pilot kickoff with Maria")
        #expect(Prose.afterIs("call Dana on Monday") == "to call Dana on Monday")
        #expect(Prose.afterIs("Maria's demo") == "Maria's demo")
    }
}

/// The follow-up e-mail from a call typed in a rep's shorthand passes the checks a sales
/// manager applies before it goes out.
struct FollowUpEmailTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    static func email(_ notes: [String], rep: String? = "Jo Bloggs", signature: String? = "Account Executive, Closewise") throws -> String {
        var conversation = Conversation(playbook: playbook, today: Fixtures.today)
        for note in notes {
            if note.hasPrefix("/next ") {
                _ = conversation.handle(.nextStepAgreed(String(note.dropFirst(6))))
            } else {
                _ = conversation.handle(.answered(note))
            }
        }
        let profile = conversation.profile
        let proposition = ValueProposition(playbook: playbook, profile: profile)
        let renderer = try SummaryRenderer(playbook: playbook, kind: .email)
        return renderer.render(proposition, playbook: playbook, profile: profile,
                               details: .init(account: "Acme, Inc.", rep: rep, date: "2026-11-27", signature: signature))
    }

    static let shorthandCall = [
        "", "spoke with Maria Lopez, CFO", "controller", "12 ppl", "netsuite + excel",
        "recs by hand + chasing ppl, auditors found errors last yr", "9 days",
        "we spend every weekend of month-end matching by hand", "about 120 hrs",
        "/next pilot kickoff with Maria and Dana on the 8th of December",
    ]

    @Test func aShorthandCallGivesAnEmailReadyToSend() throws {
        let email = try Self.email(Self.shorthandCall)
        #expect(email.contains("\nHello Maria,\n"), "\(email)")
        #expect(!email.contains("ppl") && !email.contains("+ "), "no shorthand goes to the customer:\n\(email)")
        #expect(!email.contains(".."), "no double full stops:\n\(email)")
        #expect(email.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "no ISO date in prose:\n\(email)")
        #expect(email.contains("the next step is the pilot kickoff with Maria and Dana on Tuesday 8 December."), "\(email)")
        #expect(email.hasSuffix("Best regards,\nJo Bloggs\nAccount Executive, Closewise\n"), "\(email)")
        // No sentence twice.
        let sentences = email.split(whereSeparator: { ".!?\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 12 }
        #expect(Set(sentences).count == sentences.count, "\(sentences)")
    }

    @Test func withoutARepNameTheEmailEndsCleanly() throws {
        let email = try Self.email(Self.shorthandCall, rep: nil, signature: nil)
        #expect(email.hasSuffix("Best regards\n"), "no empty signature line:\n\(email)")
        #expect(email.contains("\nHello Maria,\n"))
    }
}

/// The e-mail as a message: headers only from checked values, encoded where not ASCII.
struct EmailMessageTests {
    @Test func headersAreCheckedAndEncoded() {
        var message = EmailMessage(rendered: "Subject: Démo pour Zoë Müller (東京)\n\nHello Zoë,\n\nThanks.\n", date: Date(timeIntervalSince1970: 0))
        message.from = ("Jo \"the closer\" Bloggs", "jo@closewise.example")
        message.to = EmailMessage.firstAddress(in: "Zoë Müller <zoe@acme.example>, CEO")
        let text = message.text
        #expect(text.hasPrefix("From: \"Jo \\\"the closer\\\" Bloggs\" <jo@closewise.example>\r\nTo: <zoe@acme.example>\r\nSubject: =?UTF-8?B?"), "\(text)")
        #expect(text.contains("\r\nDate: Thu, 01 Jan 1970 00:00:00 +0000\r\n"))
        #expect(text.hasSuffix("\r\n\r\nHello Zoë,\r\n\r\nThanks.\r\n"))
        let headers = text.components(separatedBy: "\r\n\r\n")[0]
        let ascii = headers.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "headers are ASCII: \(headers)")
        #expect(EmailMessage.address("maria@acme.example") == "maria@acme.example")
        for bad in ["maria@acme", "a b@c.d", "x@y.z\r\nBcc: z@z.z", "<x@y.z>", "@acme.example"] {
            #expect(EmailMessage.address(bad) == nil, "\(bad)")
        }
    }

    @Test func aLongLineNeverBreaksTheMessage() {
        let long = String(repeating: "word ", count: 400)
        let message = EmailMessage(rendered: "Subject: s\n\n" + long, date: Date(timeIntervalSince1970: 0))
        #expect(message.text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
    }
}
