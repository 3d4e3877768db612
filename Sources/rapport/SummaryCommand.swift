import ArgumentParser
import Foundation
import RapportCore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Rebuild the value-proposition summary from a saved transcript.",
        discussion: """
            Formats: text (the read-back), markdown, json (the profile and summary), email (a \
            follow-up email draft to the customer), ics (a calendar event for the agreed next \
            step, RFC 5545) and csv (the profile as one row with a header, for a CRM import).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, email, ics, csv
    }

    @Argument(help: "A transcript file (.jsonl); or none, with --account.", completion: .file(extensions: ["jsonl"]))
    var transcript: String?

    @Option(help: "Summarise a whole account (every live call with it in the transcripts folder) instead of one call.")
    var account: String?

    @Option(help: "With --account: the transcripts folder (default: the settings file's, else ./transcripts).", completion: .directory)
    var transcripts: String?

    @Option(help: "text, markdown, json, email, ics or csv.")
    var format: Format = .text

    @Option(help: "Use this playbook instead of the one the transcript names.", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: "A Mustache template (plain text) to render instead of the playbook's.")
    var template: String?

    @OptionGroup var privacy: RedactOption

    private func emit(_ text: String) {
        print(privacy.apply(text), terminator: "")
    }

    func validate() throws {
        if (transcript == nil) == (account == nil) {
            throw ValidationError("Give a transcript, or --account NAME for a whole account (not both).")
        }
    }

    /// One call's transcript replayed; or, with --account, every call with the account folded
    /// into one profile (what is known now, objections still open, the outcome, the last next step).
    private func load(_ settings: RepSettings) throws -> (Conversation, Playbook, TranscriptHeader, String) {
        if let path = transcript {
            let (transcript, playbook) = try TranscriptFile.load(path, playbookOverride: self.playbook)
            // A practice session is summarised as the call it rehearsed: what the buyer revealed,
            // for the persona's company.
            if let practice = transcript.practiceAsCall(on: playbook), let persona = playbook.persona(transcript.header.persona ?? "") {
                var header = transcript.header
                header.account = Prose.head(persona.company)
                return (practice, playbook, header, path)
            }
            return (transcript.replay(on: playbook, comments: CommentCommand.readComments(of: path)), playbook, transcript.header, path)
        }
        let name = account ?? ""
        let folder = transcripts ?? settings.transcripts ?? "transcripts"
        let entries = AccountCalls.entries(in: folder, account: name)
        let playbook = try PlaybookFile.loadOrExit(self.playbook ?? settings.playbook ?? AccountCalls.playbookPath(of: entries))
        let calls = AccountCalls.load(entries, playbook: playbook)
        guard let last = calls.max(by: { $0.header.started < $1.header.started }) else {
            printError("rapport: no live calls with the account '\(safe(name))' in \(safe(folder)). `rapport accounts` lists the accounts there.")
            throw ExitCode(66)
        }
        let memory = AccountMemory(calls: calls, playbook: playbook)
        var conversation = Conversation(playbook: playbook, today: last.header.day ?? CalendarDay(Date()), dateOrder: last.header.dateOrder)
        for fact in memory.carried { _ = conversation.handle(.carried(fact)) }
        if let (step, _) = memory.nextStep {
            _ = conversation.handle(.nextStepAgreed("\(step.what) on \(step.day.description)"))
        }
        var header = last.header
        header.account = memory.name
        return (conversation, playbook, header, "the account \(name)")
    }

    func run() throws {
        let settings = try ConfigFile.load()
        let (conversation, playbook, header, source) = try load(settings)
        let profile = conversation.profile
        let proposition = ValueProposition(playbook: playbook, profile: profile)
        // The e-mail is signed by the rep of the call, else by the one whose settings these are.
        let details = SummaryRenderer.Details(account: header.account, rep: header.rep ?? settings.rep, date: header.sessionDay,
                                              signature: settings.signature)
        switch format {
        case .ics:
            guard var invite = CalendarInvite(playbook: playbook, profile: profile, account: header.account, rep: header.rep, started: header.started) else {
                printError("rapport: \(source) has no next step with a date, so there is no event to write. Agree one in the session with /next STEP DATE\(playbook.followUp == nil ? "" : ", or answer the follow-up stage's date step").")
                throw ExitCode(1)
            }
            invite.summary = privacy.apply(invite.summary)
            invite.description = privacy.apply(invite.description)
            print(invite.text, terminator: "")
            return
        case .csv:
            let record = CRMRecord(playbook: playbook, profile: profile, account: header.account, rep: header.rep, date: header.sessionDay)
            emit(record.text)
            return
        default:
            break
        }
        var templateText: String?
        if let template {
            guard let data = FileManager.default.contents(atPath: template) else {
                printError("rapport: cannot read the template \(template)")
                throw ExitCode(66)
            }
            templateText = String(decoding: data, as: UTF8.self)
        }
        let renderer: SummaryRenderer
        do {
            renderer = try SummaryRenderer(playbook: playbook, kind: format == .markdown ? .markdown : format == .email ? .email : .text, template: templateText)
        } catch {
            printError("rapport: \(error)")
            throw ExitCode(65)
        }
        let text = renderer.render(proposition, playbook: playbook, profile: profile, details: details)
        switch format {
        case .ics, .csv:
            break
        case .text, .markdown:
            emit(TerminalText.neutralised(text, keepNewlines: true))
        case .email:
            // A message a mail client opens: headers from checked values only, CRLF lines.
            var message = EmailMessage(rendered: TerminalText.neutralised(text, keepNewlines: true), date: Date())
            if let address = settings.email.flatMap(EmailMessage.address) { message.from = (details.rep, address) }
            // The contact's address: typed with their name, else anywhere in the call's words.
            let words = (profile["contact"].map { [$0.raw] } ?? []) + profile.notes.map(\.text) + playbook.fields.compactMap { profile[$0.id]?.raw }
            message.to = words.lazy.compactMap(EmailMessage.firstAddress).first { $0 != settings.email }
            emit(message.text)
        case .json:
            emit(try ProfileExport(conversation: conversation, header: header, summary: text).json() + "\n")
        }
    }
}
