import Foundation
import Testing
@testable import RapportCore

/// Leads from a CRM export, ranked by the playbook's ideal customer, and the plan for a call.
struct ProspectingTests {
    static let playbook = try! Fixtures.defaultPlaybook()

    @Test func csvAsExportsWriteIt() {
        let text = "\u{FEFF}Company,Notes,Employees\r\n\"Globex, Inc.\",\"said \"\"maybe\"\"\nnext year\",\"1,200\"\r\nInitech,,50\n"
        let table = LeadTable(csv: text)
        #expect(table.leads.count == 2 && table.skipped.isEmpty, "\(table.skipped)")
        #expect(table.leads[0].account == "Globex, Inc.")
        #expect(table.leads[0]["trigger"] == "said \"maybe\"\nnext year")
        #expect(table.leads[0]["employees"] == "1,200")
        #expect(table.leads[1]["trigger"] == nil, "a blank cell is no value")
    }

    @Test func rowsThatCannotBeUsedAreReportedWithTheirLine() {
        let text = "Account,ERP\nAcme,Xero\n,NetSuite\nACME ,Sage\nGlobex,Xero,extra\n"
        let table = LeadTable(csv: text)
        #expect(table.leads.map(\.account) == ["Acme"])
        #expect(table.skipped.map(\.line) == [3, 4, 5])
        #expect(table.skipped[1].reason.contains("again (first on line 2)"))
        #expect(table.skipped[2].reason.contains("needs quotes"))
        let unnamed = LeadTable(csv: "Firm,ERP\nAcme,Xero\n")
        #expect(unnamed.leads.isEmpty && unnamed.skipped.first?.reason.contains("--map") == true)
        #expect(LeadTable(csv: "Firm,ERP\nAcme,Xero\n", map: ["firm": "account"]).leads.map(\.account) == ["Acme"])
    }

    @Test func aLeadsLineReadsBackAsTheLead() throws {
        for lead in [Lead(account: "Zoë \"Q\" Müller\nGmbH", attributes: ["trigger": "new CFO, \\ audit", "erp": "Xero"]), Lead(account: "A", attributes: [:])] {
            #expect(try JSONDecoder().decode(Lead.self, from: Data(lead.jsonLine.utf8)) == lead)
            #expect(lead.jsonLine.hasPrefix("{\"account\":\""))
            let plain = Lead.fromPlainLine(Array(lead.jsonLine.utf8))
            #expect(plain == nil || plain == lead, "read without a decoder only when nothing is escaped, and then the same")
        }
        let simple = Lead(account: "Globex, Inc.", attributes: ["erp": "Xero", "trigger": "new CFO: audit {x}"])
        #expect(Lead.fromPlainLine(Array(simple.jsonLine.utf8)) == simple)
        #expect(Lead.fromPlainLine(Array("{\"account\":\"A\"}".utf8)) == nil)
        // The byte-by-byte key of an ASCII name is the folded key, as Foundation folds it.
        func folded(_ name: String) -> String {
            var out = ""
            for character in name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX")) {
                if character.isLetter || character.isNumber { out.append(character) } else if !out.isEmpty, out.last != "-" { out.append("-") }
            }
            while out.hasSuffix("-") { out.removeLast() }
            return out
        }
        for name in ["  ACME--Freight, Ltd. ", "3M", "O'Brien & Sons", "-x-", "", "Globex,Inc", "a_b.c/d", "Acme Freight", "a"] { #expect(AccountMemory.key(name) == folded(name), "\(name)") }
        #expect(AccountMemory.key("Zoë Müller") == "zoe-muller")
    }

    @Test func numbersAsCRMsWriteThem() {
        #expect(IdealCustomer.number("1,200") == 1200)
        #expect(IdealCustomer.number("12 people") == 12)
        #expect(IdealCustomer.number("50-100") == 50)
        #expect(IdealCustomer.number("1.2k") == 1200)
        #expect(IdealCustomer.number("n/a") == nil)
    }

    @Test func theCallListRanksByUrgencyThenFitAndSaysWhy() throws {
        let profile = try #require(Self.playbook.idealCustomer)
        let leads = [
            Lead(account: "Small Co", attributes: ["finance_team": "1", "erp": "Xero"]),
            Lead(account: "Homegrown Inc", attributes: ["finance_team": "10", "erp": "Homegrown"]),
            Lead(account: "Northwind", attributes: ["finance_team": "12", "erp": "netsuite", "trigger": "New CFO in October", "last_touch": "2026-10-01"]),
            Lead(account: "Initech", attributes: ["finance_team": "5", "erp": "SAP"]),
            Lead(account: "Promised", attributes: ["erp": "SAP"]),
        ]
        let history = ["promised": CallList.History(nextStep: CalendarDay(year: 2026, month: 11, day: 20), lastCall: CalendarDay(year: 2026, month: 11, day: 13))]
        let list = CallList(leads: leads, profile: profile, history: history, today: Fixtures.today)
        #expect(list.ranked.map(\.lead.account) == ["Promised", "Northwind", "Initech"])
        #expect(list.ranked[0].overdue == CalendarDay(year: 2026, month: 11, day: 20) && list.ranked[0].reasons.first?.contains("due") == true)
        #expect(list.ranked[1].reasons.contains("ERP netsuite is supported") && list.ranked[1].reasons.contains("finance team of 12"))
        #expect(list.ranked[1].reasons.contains("New CFO in October") && list.ranked[1].likelyObjections.contains("timing"))
        #expect(list.ranked[1].quietDays == 57)
        #expect(list.ruledOut.map(\.lead.account) == ["Small Co", "Homegrown Inc"])
        #expect(list.ruledOut[0].reason.contains("too small"))
    }

    @Test func aPlanSaysWhatThisCallMustLearn() throws {
        let profile = try #require(Self.playbook.idealCustomer)
        let lead = Lead(account: "Northwind", attributes: ["contact": "Dana Reyes", "title": "Controller", "finance_team": "12", "erp": "NetSuite",
                                                           "trigger": "New CFO in October, audit finding"])
        let entry = CallList(leads: [lead], profile: profile, today: Fixtures.today).ranked.first
        let plan = CallPlan(lead: lead, entry: entry, carried: [], playbook: Self.playbook, today: Fixtures.today)
        #expect(plan.who == "Dana Reyes, Controller")
        #expect(plan.opener.hasPrefix("Hi Dana, I saw the new CFO in October. Closewise helps teams like yours close the books in half the time"), "\(plan.opener)")
        var own = Self.playbook
        own.idealCustomer?.opener = "{contact}, congratulations on {trigger} at {account}."
        #expect(CallPlan(lead: lead, entry: entry, carried: [], playbook: own, today: Fixtures.today).opener == "Dana, congratulations on the new CFO in October at Northwind.")
        #expect((1...3).contains(plan.toLearn.count))
        #expect(!plan.toLearn.contains { $0.label == "ERP" || $0.label.contains("team size") }, "what the import knows is not asked again: \(plan.toLearn.map(\.label))")
        #expect(plan.objections.contains { $0.title.lowercased().contains("time") }, "\(plan.objections.map(\.title))")
        #expect(plan.known.contains { $0.label == "ERP" && $0.value == "NetSuite" })
    }

    @Test func aRehearsalBuyerHasTheLeadsNameAndValues() throws {
        let lead = Lead(account: "Globex", attributes: ["contact": "Hank Scorpio", "title": "VP Finance", "erp": "Xero", "finance_team": "25", "industry": "SaaS"])
        let template = try #require(Self.playbook.persona("dana"))
        let persona = LeadRehearsal.persona(for: lead, basedOn: template, playbook: Self.playbook, today: Fixtures.today)
        #expect(persona.name == "Hank Scorpio" && persona.role == "VP Finance" && persona.company == "Globex, saas")
        #expect(persona.facts.first { $0.field == "erp" }?.value == "Xero")
        #expect(persona.facts.first { $0.field == "team_size" }?.say == ["25, give or take."])
        #expect(persona.temperament == template.temperament && persona.objections.count == template.objections.count, "the character is the persona's")
        var play = RolePlay(playbook: Self.playbook, persona: persona, seed: 1, today: Fixtures.today)
        #expect(play.respond(to: "Which accounting system do you use?").reply.contains("Xero"))
    }

    @Test func whatAnImportKnowsFillsTheFieldsItNames() {
        let lead = Lead(account: "Northwind", attributes: ["finance_team": "12", "erp": "netsuite", "industry": "Logistics", "employees": "1,200"])
        let facts = lead.facts(for: Self.playbook, today: Fixtures.today)
        #expect(facts.map(\.field) == ["team_size", "erp"], "\(facts)")
        #expect(Lead(account: "X", attributes: ["erp": "an abacus"]).facts(for: Self.playbook, today: Fixtures.today).isEmpty, "a value that does not read is not carried")
    }
}
