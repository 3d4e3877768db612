import ArgumentParser
import Foundation
import RapportCore

/// `rapport leads`: the call list ranked by the playbook's ideal customer profile, and
/// `rapport leads import FILE.csv` to bring a CRM export in. Leads are kept beside the
/// transcripts (`DIR/leads.jsonl`, owner-only), one account per line.
struct LeadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leads",
        abstract: "The call list: imported leads ranked by fit and urgency, each with its reasons.",
        subcommands: [LeadsList.self, LeadsImport.self],
        defaultSubcommand: LeadsList.self)

    /// Where the leads of a transcripts folder are kept.
    static func file(in folder: String) -> String { (folder as NSString).appendingPathComponent("leads.jsonl") }

    /// The leads kept for a folder (none when there is no file); damaged lines are passed over.
    static func load(_ folder: String) -> [Lead] {
        let path = file(in: folder)
        guard case .bytes(let bytes) = RegularFile.read(path, limit: 512 * 1_048_576, followLinks: false) else { return [] }
        let decoder = JSONDecoder()
        return bytes.split(separator: UInt8(ascii: "\n")).compactMap { Lead.fromPlainLine($0) ?? (try? decoder.decode(Lead.self, from: Data($0))) }
    }

    /// The lead for one account, without decoding every lead (a live call starts at once even
    /// beside a hundred thousand): each line opens with its account (keys are sorted), so only
    /// a line whose account has the same key is decoded.
    static func find(_ account: String, in folder: String) -> Lead? {
        let key = AccountMemory.key(account)
        guard !key.isEmpty, case .bytes(let bytes) = RegularFile.read(file(in: folder), limit: 512 * 1_048_576, followLinks: false) else { return nil }
        let prefix = Array(#"{"account":""#.utf8)
        let decoder = JSONDecoder()
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[start..<end]
            start = end + 1
            guard line.starts(with: prefix) else { continue }
            let rest = line.dropFirst(prefix.count)
            guard let close = rest.firstIndex(of: UInt8(ascii: "\"")) else { continue }
            let raw = rest[..<close]
            // An escaped name is decoded to be keyed; any other is keyed as it stands.
            let same = raw.contains(UInt8(ascii: "\\"))
                ? (try? decoder.decode(Lead.self, from: Data(line))).map { $0.key == key } ?? false
                : AccountMemory.key(String(decoding: raw, as: UTF8.self)) == key
            if same, let lead = try? decoder.decode(Lead.self, from: Data(line)) { return lead }
        }
        return nil
    }

    /// Writes the leads whole to a new file beside the old one and renames it over it, so a
    /// crash or a full disk leaves the old list, never half a new one.
    static func save(_ leads: [Lead], folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = file(in: folder)
        let temporary = path + ".\(getpid()).new"
        unlink(temporary)
        var text = ""
        text.reserveCapacity(leads.count * 200)
        for lead in leads { text += lead.jsonLine + "\n" }
        if let problem = PrivateFile.write(text, to: temporary, appending: false) {
            unlink(temporary)
            throw ValidationError("could not write \(temporary): \(problem).")
        }
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw ValidationError("could not replace \(path): \(why).")
        }
    }

    /// The playbook's ideal customer profile, or a sentence saying how to add one.
    static func profile(_ playbook: Playbook, path: String) throws -> IdealCustomer {
        guard let profile = playbook.idealCustomer else {
            throw ValidationError("\(path) has no ideal_customer section, so leads cannot be ranked: add one (see playbooks/README.md, Ideal customer).")
        }
        return profile
    }

    /// What the calls in the folder say about each account: its last next step, its last call.
    static func history(_ folder: String) -> [String: CallList.History] {
        var out: [String: CallList.History] = [:]
        for (key, entries) in AccountCalls.byAccount(in: folder) {
            guard let playbook = try? PlaybookFile.loadOrExit(AccountCalls.playbookPath(of: entries)) else { continue }
            let memory = AccountMemory(calls: AccountCalls.load(entries, playbook: playbook), playbook: playbook)
            out[key] = CallList.History(nextStep: memory.nextStep?.step.day, lastCall: memory.calls.last.flatMap { CalendarDay(iso: $0.header.sessionDay) })
        }
        return out
    }
}

struct LeadsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The ranked call list (the default).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Option(help: "The playbook whose ideal_customer ranks the leads.", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?
    @Option(help: "The transcripts folder the leads are kept beside (default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?
    @Option(help: "Show only the first N.")
    var top: Int?
    @Option(help: "text, json or csv.")
    var format: Format = .text

    func run() throws {
        let settings = try ConfigFile.load()
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        let path = playbook ?? settings.playbook ?? PlaybookFile.defaultPath()
        let book = try PlaybookFile.loadOrExit(path)
        let profile = try LeadsCommand.profile(book, path: path)
        let leads = LeadsCommand.load(folder)
        guard !leads.isEmpty else {
            print("No leads in \(safe(folder)). Import a CRM export with: rapport leads import FILE.csv --transcripts \(safe(folder))")
            return
        }
        let list = CallList(leads: leads, profile: profile, history: LeadsCommand.history(folder), today: CalendarDay(Date()))
        let shown = Array(list.ranked.prefix(top ?? Int.max))
        switch format {
        case .text:
            print("Call list: \(list.ranked.count) lead\(list.ranked.count == 1 ? "" : "s") ranked, \(list.ruledOut.count) ruled out")
            for (index, entry) in shown.enumerated() {
                let quiet = entry.quietDays.map { " · last touch \($0) day\($0 == 1 ? "" : "s") ago" } ?? ""
                let why = entry.reasons.isEmpty ? "no fit criteria met" : entry.reasons.joined(separator: " · ")
                print(String(format: "%3d. ", index + 1) + "\(safe(entry.lead.account)) — fit \(entry.fit)%\(entry.overdue != nil ? " — OVERDUE" : ""): \(safe(why))\(quiet)")
            }
            if !list.ruledOut.isEmpty {
                print("")
                print("Ruled out:")
                for out in list.ruledOut { print("  \(safe(out.lead.account)): \(safe(out.reason))") }
            }
            print("")
            print("A plan for a call: rapport plan ACCOUNT")
        case .json:
            func row(_ entry: CallList.Entry, rank: Int) -> [String: Any] {
                var row: [String: Any] = ["rank": rank, "account": entry.lead.account, "fit": entry.fit, "reasons": entry.reasons,
                                          "likelyObjections": entry.likelyObjections, "attributes": entry.lead.attributes]
                if let day = entry.overdue { row["overdue"] = day.description }
                if let days = entry.quietDays { row["quietDays"] = days }
                return row
            }
            let object: [String: Any] = ["ranked": shown.enumerated().map { row($0.element, rank: $0.offset + 1) },
                                         "ruledOut": list.ruledOut.map { ["account": $0.lead.account, "reason": $0.reason] }]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        case .csv:
            print("rank,account,fit,overdue,quiet_days,reasons")
            for (index, entry) in shown.enumerated() {
                let cells = ["\(index + 1)", entry.lead.account, "\(entry.fit)", entry.overdue?.description ?? "", entry.quietDays.map(String.init) ?? "",
                             entry.reasons.joined(separator: "; ")]
                print(cells.map(OutputText.csv.safe).joined(separator: ","))
            }
        }
    }
}

struct LeadsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import leads from a CRM export (CSV with a header row) into the accounts beside the transcripts.")

    @Argument(help: "The CSV file.", completion: .file(extensions: ["csv"]))
    var file: String
    @Option(help: "The transcripts folder to keep the leads beside (default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?
    @Option(name: .customLong("map"), help: ArgumentHelp("Read a column into an attribute: --map \"Company Name=account\" (repeatable).", valueName: "COLUMN=ATTRIBUTE"))
    var mappings: [String] = []

    func run() throws {
        let settings = try ConfigFile.load()
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        var map: [String: String] = [:]
        for pair in mappings {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--map wants COLUMN=ATTRIBUTE, as in --map \"Company Name=account\", not '\(pair)'.")
            }
            map[parts[0]] = parts[1]
        }
        let limit = 256 * 1_048_576
        let bytes: [UInt8]
        switch RegularFile.read(file, limit: limit, followLinks: true) {
        case .bytes(let read):
            guard read.count <= limit else { throw ValidationError("\(file) is larger than 256 MB: split it into smaller exports.") }
            bytes = read
        case .missing: throw ValidationError("\(file) does not exist.")
        case .notRegular: throw ValidationError("\(file) is not a regular file.")
        case .failed(let why): throw ValidationError("cannot read \(file): \(why).")
        }
        // Exports from spreadsheet programs are often Windows-1252: read as Latin-1 when not UTF-8.
        let text = String(bytes: bytes, encoding: .utf8) ?? String(bytes: bytes, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
        let table = LeadTable(csv: text, map: map)
        if table.leads.isEmpty, let first = table.skipped.first, first.line == 1 {
            throw ValidationError("\(file): \(first.reason).")
        }
        var leads = LeadsCommand.load(folder)
        var index = Dictionary(leads.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var added = 0
        var updated = 0
        for lead in table.leads {
            if let at = index[lead.key] {
                leads[at].attributes.merge(lead.attributes) { _, new in new }
                updated += 1
            } else {
                index[lead.key] = leads.count
                leads.append(lead)
                added += 1
            }
        }
        try LeadsCommand.save(leads, folder: folder)
        print("Imported \(table.leads.count) lead\(table.leads.count == 1 ? "" : "s") from \(safe(file)) into \(safe(LeadsCommand.file(in: folder))): \(added) new, \(updated) updated.")
        print("Columns: " + table.columns.map { "\(safe($0.column)) → \($0.attribute)" }.joined(separator: ", "))
        if !table.skipped.isEmpty {
            print("Skipped \(table.skipped.count) row\(table.skipped.count == 1 ? "" : "s"):")
            for skip in table.skipped.prefix(50) { print("  line \(skip.line): \(safe(skip.reason))") }
            if table.skipped.count > 50 { print("  … and \(table.skipped.count - 50) more") }
        }
        print("The call list: rapport leads --transcripts \(safe(folder))")
    }
}
