import Foundation
import RapportCore

/// A small playbook exercising every field type, branches and closes.
enum Fixtures {
    static let yaml = """
        id: mini
        version: "2"
        title: Mini playbook
        product:
          name: Widget
          features:
            - id: auto
              name: Automation
              benefit: Does it for you
              solves: [manual]
              proof: 3x faster at Acme
              impact: Saves {{hours}} hours a week
            - id: dash
              name: Dashboard
              benefit: See everything
              solves: [blind, manual]
            - id: vault
              name: Vault
              benefit: Keeps it safe
              solves: [risk]
        pains:
          - id: manual
            label: Manual work
            keywords: [by hand, spreadsheet, manual]
          - id: blind
            label: No visibility
            keywords: [visibility, chasing]
          - id: risk
            label: Security risk
            keywords: [breach, security]
        fields:
          - id: budget
            label: Budget
            type: money
            qualifies: budget
          - id: signer
            label: Signs off
            type: yesno
            qualifies: authority
          - id: hours
            label: Hours a week
            type: number
          - id: tool
            type: choice
            choices:
              - id: excel
                synonyms: [spreadsheets]
              - id: sheets
                label: Google Sheets
          - id: pains
            type: tags
            tags: pains
            qualifies: pain
          - id: when
            label: Go-live
            type: date
            qualifies: timeline
          - id: story
            type: text
          - id: next_step
            type: text
            summary: outcome
          - id: next_date
            type: date
            summary: outcome
        stages:
          - id: qualify
            title: Qualify
            steps:
              - id: hello
                say: Hello
              - id: budget
                say: What budget?
                record: budget
                next:
                  - if: budget < $10k
                    goto: small
                  - goto: signer
              - id: small
                say: Small budget, noted
              - id: signer
                say: Do you sign?
                record: signer
          - id: discover
            title: Discover
            steps:
              - id: pain
                say: What hurts?
                record: pains
              - id: tool
                say: Which tool do you use?
                record: tool
              - id: hours
                say: How many hours, {{tool}} user?
                record: hours
              - id: when
                say: When?
                record: when
                next: end
              - id: never
                say: Unreachable by flow
        objections:
          - id: price
            title: Too expensive
            phrases: [too expensive, costs too much]
            rebuttals:
              - technique: laer
                acknowledge: I hear you
                explore: Compared with what?
                respond: It pays back
        closes:
          - id: summary
            name: Summary close
            when: known(pains) and signer
            line: You said {{pains}}
          - id: trial
            name: Trial
            line: How does that sound?
          - id: calm
            name: Calm close
            when: open_objections == 0 and qualified >= 50
            line: Shall we start by {{when}}?
        competitors:
          - id: acme
            name: Acme Tools
            aliases: [acme, acmetools]
            we_win: [Faster setup]
            they_win: [Cheaper list price]
            trap: How long did their setup take?
        follow_up:
          next_step: next_step
          date: next_date
        """

    static let playbook: Playbook = {
        do {
            return try PlaybookLoader.load(source: yaml, file: "mini.yaml")
        } catch {
            fatalError("fixture playbook does not load: \(error)")
        }
    }()

    static let today = CalendarDay(year: 2026, month: 11, day: 27)  // a Friday

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func defaultPlaybook() throws -> Playbook {
        let path = repositoryRoot.appendingPathComponent("playbooks/default.yaml").path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        return try PlaybookLoader.load(source: source, file: path)
    }
}
