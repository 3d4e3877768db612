import ArgumentParser
import Foundation
import RapportCore

/// `rapport plan ACCOUNT`: before a call, who they are, why they fit, what is known, what this
/// call must learn, an opener and the likely objections.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "A plan for the next call with an account: who, why they fit, what is known, what to learn, an opener, likely objections.")

    @Argument(help: "The account, as imported or as given to --account.")
    var account: String
    @Option(help: "The playbook (default: the settings file's, else the shipped one).", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?
    @Option(help: "The transcripts folder (default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?

    func run() throws {
        let settings = try ConfigFile.load()
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        let path = playbook ?? settings.playbook ?? PlaybookFile.defaultPath()
        let book = try PlaybookFile.loadOrExit(path)
        let key = AccountMemory.key(account)
        let calls = AccountCalls.load(folder: folder, account: account, playbook: book)
        guard let lead = LeadsCommand.find(account, in: folder) ?? (calls.isEmpty ? nil : Lead(account: calls[0].header.account ?? account, attributes: [:])) else {
            throw ValidationError("no lead or call for '\(account)' in \(folder): import leads with rapport leads import FILE.csv, or see rapport leads.")
        }
        let memory = AccountMemory(calls: calls, playbook: book)
        var entry: CallList.Entry?
        var ruledOut: String?
        if let profile = book.idealCustomer {
            let list = CallList(leads: [lead], profile: profile, history: [key: CallList.History(nextStep: memory.nextStep?.step.day,
                                                                                                   lastCall: memory.calls.last.flatMap { CalendarDay(iso: $0.header.sessionDay) })],
                                today: CalendarDay(Date()))
            entry = list.ranked.first
            ruledOut = list.ruledOut.first?.reason
        }
        let plan = CallPlan(lead: lead, entry: entry, carried: memory.carried, playbook: book, today: CalendarDay(Date()))
        print(PlanText.render(plan, ruledOut: ruledOut, calls: memory.calls.count))
    }
}

/// The plan as a rep reads it before dialling.
enum PlanText {
    static func render(_ plan: CallPlan, ruledOut: String?, calls: Int) -> String {
        var out = ["Plan for \(safe(plan.account))" + (plan.who.map { " — \(safe($0))" } ?? "")]
        if let ruledOut { out.append("Ruled out: \(safe(ruledOut))") }
        if let fit = plan.fit { out.append("Fit \(fit)%" + (plan.reasons.isEmpty ? "" : ": " + plan.reasons.map(safe).joined(separator: " · "))) }
        out.append(calls == 0 ? "First call." : "\(calls) earlier call\(calls == 1 ? "" : "s").")
        if !plan.known.isEmpty {
            out.append("")
            out.append("Known:")
            for (label, value) in plan.known { out.append("  \(safe(label)): \(safe(value))") }
        }
        if !plan.toLearn.isEmpty {
            out.append("")
            out.append("This call must learn:")
            for (index, item) in plan.toLearn.enumerated() { out.append("  \(index + 1). \(safe(item.label)) — “\(safe(item.question))”") }
        }
        out.append("")
        out.append("Opener: \(safe(plan.opener))")
        if !plan.objections.isEmpty {
            out.append("")
            out.append("Likely objections:")
            for (title, line) in plan.objections { out.append("  \(safe(title)): “\(safe(line))”") }
        }
        return out.joined(separator: "\n")
    }
}
