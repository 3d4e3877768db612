import Foundation
import Testing

/// A CRM export of 200 messy leads imported, ranked with reasons, planned, and called.
struct ProspectingEndToEndTests {
    /// 200 leads as CRM exports write them: blank cells, "1,200" employees, mixed case, an
    /// unsupported ERP, a duplicate, a quoted note with a comma, CRLF line ends.
    static func export() -> String {
        let erps = ["NetSuite", "netsuite", "Xero", "SAP", "Sage Intacct", "", "QuickBooks Online", "homegrown"]
        let industries = ["Logistics", "retail", "", "Mining", "SaaS", "healthcare"]
        var rows = ["\u{FEFF}Company Name,Contact,Job Title,Employees,Finance Team,Industry,ERP,Lead Source,Last Contacted,Notes"]
        for n in 1...198 {
            let employees = n % 7 == 0 ? "\"1,\(100 + n)\"" : "\(20 + n * 3)"
            let team = n % 11 == 0 ? "" : n % 13 == 0 ? "1" : "\(2 + n % 30)"
            let note = n % 9 == 0 ? "\"New CFO in \(["March", "October"][n % 2]), audit finding\"" : ""
            rows.append("Company \(n),Person \(n),Controller,\(employees),\(team),\(industries[n % industries.count]),\(erps[n % erps.count]),Webinar,2026-0\(1 + n % 9)-1\(n % 10),\(note)")
        }
        rows.append("Northwind Freight,Dana Reyes,Controller,\"1,200\",12,Logistics,NetSuite,Referral,2026-10-01,\"New CFO in October, audit finding\"")
        rows.append("NORTHWIND freight ,Someone Else,CFO,10,3,Retail,SAP,,,")
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    @Test func importRankPlanAndCall() throws {
        let folder = try RapportProcess.temporaryFolder()
        try Self.export().write(to: folder.appendingPathComponent("leads.csv"), atomically: true, encoding: .utf8)
        let imported = try RapportProcess.run(["leads", "import", "leads.csv", "--transcripts", "t"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 199 leads"), "\(imported.stdout)")
        #expect(imported.stdout.contains("line 201: 'NORTHWIND freight' again (first on line 200)"), "\(imported.stdout)")
        #expect(try RapportProcess.permissions(folder.appendingPathComponent("t/leads.jsonl").path) == 0o600)

        let list = try RapportProcess.run(["leads", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--top", "5"], in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        let ranked = list.stdout.split(separator: "\n").filter { $0.range(of: #"^ +\d+\. "#, options: .regularExpression) != nil }
        #expect(ranked.count == 5)
        #expect(ranked.allSatisfy { $0.contains("fit 100%") && $0.contains("is supported") && $0.contains("finance team of") }, "\(ranked)")
        #expect(list.stdout.contains("Ruled out:") && list.stdout.contains("cannot be connected") && list.stdout.contains("too small"))

        let json = try RapportProcess.run(["leads", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--format", "json"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["ranked"] as? [[String: Any]])
        let out = try #require(document["ruledOut"] as? [[String: Any]])
        #expect(rows.count + out.count == 199)
        let fits = rows.compactMap { $0["fit"] as? Int }
        #expect(fits == fits.sorted(by: >), "best fit first")
        let top = try #require(rows.first?["account"] as? String)

        let plan = try RapportProcess.run(["plan", top, "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t"], in: folder)
        #expect(plan.status == 0, "\(plan.stderr)")
        for part in ["Plan for \(top)", "Fit 100%", "This call must learn:", "Opener: Hi ", "Likely objections:"] {
            #expect(plan.stdout.contains(part), "\(part) in \(plan.stdout)")
        }
        let topCall = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", top], lines: ["", "/quit"], in: folder)
        #expect(topCall.status == 0 && topCall.stdout.contains("Plan for \(top)") && topCall.stdout.contains("This call must learn:"), "\(topCall.stdout.prefix(600))")
        let call = try RapportProcess.run(["live", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--account", "northwind freight"],
                                          lines: ["", "/quit"], in: folder)
        #expect(call.status == 0, "\(call.stderr)")
        #expect(call.stdout.contains("Plan for Northwind Freight — Dana Reyes, Controller") && call.stdout.contains("Opener: Hi Dana, I saw the new CFO in October."),
                "\(call.stdout.prefix(800))")
        // What the import knew starts the call known: the steps for team size and ERP are passed over.
        #expect(call.stdout.contains("Passed over team-size, erp: already known"), "\(call.stdout)")
        // A trainee rehearses the real call: the buyer has the lead's name and values, and the
        // transcript rebuilds the same buyer for review.
        let rehearsal = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "p", "--lead", "Northwind Freight", "--seed", "3"],
                                               lines: ["Which ERP are you on?", "How big is the finance team?", "/end"], in: folder)
        #expect(rehearsal.status != 0 && rehearsal.stderr.contains("no imported lead"), "leads are looked up beside the transcripts")
        let practice = try RapportProcess.run(["practice", "--playbook", RapportProcess.defaultPlaybook, "--transcripts", "t", "--lead", "Northwind Freight", "--seed", "3"],
                                              lines: ["Which ERP are you on?", "How big is the finance team?", "/end"], in: folder)
        #expect(practice.status == 0, "\(practice.stderr)")
        #expect(practice.stdout.contains("Dana Reyes, Controller at Northwind Freight") && practice.stdout.contains("NetSuite.") && practice.stdout.contains("12, give or take."),
                "\(practice.stdout)")
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("t")).first { (try? String(contentsOf: $0, encoding: .utf8))?.contains("\"mode\":\"practice\"") == true })
        let review = try RapportProcess.run(["review", transcript.path], in: folder)
        #expect(review.status == 0 && review.stdout.contains("uncovered: ERP") && review.stdout.contains("NetSuite."), "\(review.stdout)")
        let missing = try RapportProcess.run(["plan", "Nobody Ltd", "--transcripts", "t"], in: folder)
        #expect(missing.status != 0 && missing.stderr.contains("no lead or call for 'Nobody Ltd'"))
    }
}
