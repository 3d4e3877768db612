import Foundation
import Testing
@testable import RapportCore

struct AnswerParserTests {
    let parser = AnswerParser(today: Fixtures.today)
    func field(_ id: String) -> Field { Fixtures.playbook.field(id)! }

    @Test(arguments: [
        ("$40k", 40_000.0, nil as Double?),
        ("40,000", 40_000, nil),
        ("40k USD", 40_000, nil),
        ("about 40 thousand", 40_000, nil),
        ("30-50k", 30_000, 50_000),
        ("$30k - $50k", 30_000, 50_000),
        ("between 30 and 50 grand", 30_000, 50_000),
        ("roughly $1.2m", 1_200_000, nil),
        ("maybe 25K a year", 25_000, nil),
        ("fifty thousand", 50_000, nil),
        ("half a million", 500_000, nil),
        ("we have 120000 set aside", 120_000, nil),
    ])
    func money(text: String, amount: Double, upTo: Double?) {
        guard case .money(let money)? = parser.parse(text, for: field("budget")) else {
            Issue.record("\(text) did not read as money")
            return
        }
        #expect(money.amount == amount)
        #expect(money.upTo == upTo)
    }

    @Test func moneyCurrencies() {
        #expect(parser.parse("€20k", for: field("budget")) == .money(Money(amount: 20_000, currency: "EUR")))
        #expect(parser.parse("15 thousand pounds", for: field("budget")) == .money(Money(amount: 15_000, currency: "GBP")))
    }

    @Test(arguments: ["no idea", "we haven't decided", ""])
    func moneyThatIsNotThere(text: String) {
        #expect(parser.parse(text, for: field("budget")) == nil)
    }

    @Test(arguments: [
        ("about 40 people", 40.0), ("12", 12), ("forty", 40), ("twenty five", 25), ("a dozen", 12),
        ("2.5k", 2_500), ("10-20", 15), ("1,500 transactions", 1_500),
    ])
    func numbers(text: String, value: Double) {
        #expect(parser.parse(text, for: field("hours")) == .number(value))
    }

    @Test(arguments: [
        ("yes", true), ("Yeah", true), ("yep, that's me", true), ("absolutely", true), ("sure", true),
        ("of course", true), ("I do", true), ("nope", false), ("not really", false), ("no", false),
        ("nah, my boss does", false), ("No way.", false), ("not at all", false),
    ])
    func yesNo(text: String, value: Bool) {
        #expect(parser.parse(text, for: field("signer")) == .yesNo(value))
    }

    @Test(arguments: ["not sure", "maybe", "it depends", "hmm", "I don't know"])
    func yesNoHedges(text: String) {
        #expect(parser.parse(text, for: field("signer")) == nil)
    }

    @Test(arguments: [
        ("excel", "excel"), ("EXCEL", "excel"), ("mostly spreadsheets", "excel"), ("google sheets", "sheets"),
        ("Sheets", "sheets"), ("exc", "excel"), ("we use google sheets today", "sheets"),
    ])
    func choices(text: String, id: String) {
        #expect(parser.parse(text, for: field("tool")) == .choice(id))
    }

    /// A title with "of" is read both ways: "VP of Finance" is "VP Finance", "Director of
    /// Finance" is "Finance Director"; "of" elsewhere adds nothing.
    @Test func aTitleWithOfReadsBothWays() throws {
        let role = try #require(try Fixtures.defaultPlaybook().field("role"))
        #expect(parser.parse("VP of Finance", for: role) == .choice("cfo"))
        #expect(parser.parse("she's the Director of Finance", for: role) == .choice("cfo"))
        #expect(parser.parse("head of the team", for: role) == nil)
    }

    @Test func choiceThatMatchesNothingIsUnclear() {
        #expect(parser.parse("pen and paper", for: field("tool")) == nil)
    }

    @Test func tagsByKeywordAndStem() {
        #expect(parser.parse("We do it all by hand and keep chasing people", for: field("pains")) == .tags(["manual", "blind"]))
        #expect(parser.parse("Spreadsheets everywhere", for: field("pains")) == .tags(["manual"]))
        #expect(parser.parse("the weather is nice", for: field("pains")) == nil)
    }

    @Test(arguments: [
        ("2027-01-15", "2027-01-15"),
        ("15/01/2027", "2027-01-15"),
        ("next quarter", "2027-01-01"),
        ("by next quarter", "2027-03-31"),
        ("by March", "2027-03-31"),
        ("in March", "2027-03-01"),
        // This month without a year (today is 27 November): next November once its start or
        // middle is past, this one while its end is still to come.
        ("go-live Nov.", "2027-11-01"),
        ("mid-November", "2027-11-15"),
        ("end of November", "2026-11-30"),
        ("by November", "2026-11-30"),
        ("March 15", "2027-03-15"),
        ("15th March 2027", "2027-03-15"),
        ("in 2 weeks", "2026-12-11"),
        ("in three days", "2026-11-30"),
        ("in a month", "2026-12-27"),
        ("tomorrow", "2026-11-28"),
        ("next Tuesday", "2026-12-01"),
        ("end of year", "2026-12-31"),
        ("by the end of the quarter", "2026-12-31"),
        ("Q2", "2027-04-01"),
        ("by Q3 2027", "2027-09-30"),
        ("next month", "2026-12-01"),
        ("hopefully by mid-January", "2027-01-15"),
        ("December", "2026-12-01"),
    ])
    func dates(text: String, iso: String) {
        #expect(parser.parse(text, for: field("when")) == .date(CalendarDay(iso: iso)!), "\(text)")
    }

    @Test(arguments: ["whenever", "soon-ish", "may be later", "2027-02-30"])
    func datesThatAreNotDates(text: String) {
        #expect(parser.parse(text, for: field("when")) == nil)
    }

    @Test func calendarArithmetic() {
        #expect(CalendarDay(year: 2024, month: 2, day: 28).adding(days: 1) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(year: 2026, month: 12, day: 31).adding(days: 1) == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(CalendarDay(year: 2027, month: 1, day: 31).adding(months: 1) == CalendarDay(year: 2027, month: 2, day: 28))
        #expect(Fixtures.today.weekday == 5)
    }
}

struct CalendarDayTests {
    @Test(arguments: [(0, "1970-01-01"), (-1, "1969-12-31"), (11_016, "2000-02-29"), (20_784, "2026-11-27"), (20_818, "2026-12-31")])
    func daysSinceEpoch(days: Int, iso: String) {
        #expect(CalendarDay(daysSinceEpoch: days).description == iso)
        #expect(CalendarDay(iso: iso)?.daysSinceEpoch == days)
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(TranscriptClock.iso(Date(timeIntervalSince1970: 1_795_736_880.123_4)) == "2026-11-26T23:48:00.123Z")
        #expect(TranscriptClock.iso(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(TranscriptClock.parse("2026-11-26T23:48:00.123Z") != nil)
    }

    @Test func localDayFollowsTheTimeZone() {
        let instant = Date(timeIntervalSince1970: 1_795_736_880)  // 23:48 UTC on the 26th
        #expect(CalendarDay(instant, timeZone: TimeZone(identifier: "UTC")!).description == "2026-11-26")
        #expect(CalendarDay(instant, timeZone: TimeZone(secondsFromGMT: 3600)!).description == "2026-11-27")
    }
}
