import Testing
@testable import RapportCore

struct RedactionTests {
    @Test func personalDataIsMasked() {
        #expect(Redaction.masked("mail maria.lopez+crm@acme-corp.co.uk today") == "mail [email] today")
        #expect(Redaction.masked("call +44 20 7946 0958 or (555) 010-4477") == "call [phone] or [phone]")
        #expect(Redaction.masked("card 4111 1111 1111 1111, exp 12/28") == "card [card], exp 12/28")
        #expect(Redaction.masked("card 4111-1111-1111-1111") == "card [card]")
        #expect(Redaction.masked("lost because: card 4111 1111 1111 1111 (1)") == "lost because: card [card] (1)", "a count after a card number")
        #expect(Redaction.masked("order 4111 1111 1111 1112") == "order 4111 1111 1111 1112", "16 digits failing Luhn are neither card nor phone")
    }

    @Test func numbersThatAreNotPersonalStay() {
        for text in ["budget $30,000–$50,000", "go live on 2027-01-14", "about 120 hours a month", "30-50k", "12 people",
                     "closes in 8 days", "on 15/01/2027", "turn 42", "score 0.734", "€1,250,000 a year", "team of 1500"] {
            #expect(Redaction.masked(text) == text, "\(text)")
        }
    }
}
