import Mustache

/// The HTML pages (a call's review, the team report) rendered from Mustache templates, which
/// escape every value by default: a value reaches the page as text, never as markup. Values
/// are passed as dictionaries whose every key is set (Mustache looks a missing key up in the
/// enclosing sections), with terminal control characters already neutralised (`text(_:)`).
/// Numbers drawn into SVG charts are computed in Swift and passed as numbers.
public enum HTMLTemplates {
    /// A call's review: a heading, the highlights, each section's turns with details and coach
    /// comments, and the scorecard of a practice call.
    static let timeline = """
        <h1>{{title}}</h1>
        {{#hasHighlights}}<p class="muted">{{highlights}}</p>
        {{/hasHighlights}}{{#sections}}<h2>{{title}}{{#hasDuration}} <span class="muted">({{duration}})</span>{{/hasDuration}}</h2>
        <table>
        {{#items}}<tr><td class="turn">{{turn}}</td><td class="who">{{who}}</td><td>{{text}}{{#details}}<div class="detail">→ {{.}}</div>{{/details}}{{#comments}}<div class="comment">✎ <b>{{coach}}</b>: {{text}}</div>{{/comments}}</td></tr>
        {{/items}}</table>
        {{/sections}}{{#hasScorecard}}<h2>Scorecard: {{overall}}/100</h2>
        <table><tr><th>Item</th><th class="num">Points</th><th>Detail</th><th>Turns</th></tr>
        {{#lines}}<tr><td>{{item}}</td><td class="num">{{points}}</td><td>{{detail}}</td><td>{{turns}}</td></tr>
        {{/lines}}</table>
        <ol>{{#advice}}<li>{{.}}</li>{{/advice}}</ol>
        {{/hasScorecard}}
        """

    /// A table: headers, then rows of cells; `num` right-aligns a column.
    static let table = """
        <table><tr>{{#headers}}<th{{#num}} class="num"{{/num}}>{{text}}</th>{{/headers}}</tr>{{#rows}}<tr>{{#cells}}<td{{#num}} class="num"{{/num}}>{{text}}</td>{{/cells}}</tr>{{/rows}}</table>
        """

    /// Horizontal bars, one per row, labelled, with the value (and a note) at the end.
    static let bars = """
        {{#empty}}<p class="muted">Nothing to show yet.</p>{{/empty}}{{^empty}}<svg role="img" width="100%" viewBox="0 0 {{viewWidth}} {{height}}" \
        preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">{{#rows}}<text x="{{labelX}}" y="{{textY}}" text-anchor="end">{{label}}</text>\
        <rect x="{{barX}}" y="{{rectY}}" width="{{width}}" height="16" rx="2" fill="{{color}}"><title>{{label}}: {{value}}</title></rect>\
        <text x="{{valueX}}" y="{{textY}}">{{value}}{{#hasNote}} · {{note}}{{/hasNote}}</text>{{/rows}}</svg>{{/empty}}
        """

    /// One line per trainee over time, with a legend.
    static let trend = """
        {{#empty}}<p class="muted">No practice sessions yet.</p>{{/empty}}{{^empty}}<svg role="img" width="100%" viewBox="0 0 {{viewWidth}} {{height}}" \
        preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">{{#ticks}}<line x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}" stroke="#eceff3"/>\
        <text x="{{labelX}}" y="{{labelY}}" text-anchor="end">{{tick}}</text>{{/ticks}}{{#days}}<text x="{{x}}" y="{{y}}" text-anchor="middle">{{label}}</text>{{/days}}\
        {{#series}}<polyline fill="none" stroke="{{color}}" stroke-width="2.5" points="{{points}}"/>{{#dots}}<circle cx="{{x}}" cy="{{y}}" r="3.5" fill="{{color}}">\
        <title>{{trainee}} {{day}}: {{score}}</title></circle>{{/dots}}<rect x="{{legendX}}" y="{{legendY}}" width="12" height="12" fill="{{color}}"/>\
        <text x="{{legendTextX}}" y="{{legendTextY}}">{{trainee}}</text>{{/series}}</svg>{{/empty}}
        """

    /// The team report's body. Charts and tables are rendered first and passed in whole
    /// (`{{{…}}}`, already escaped by their own templates).
    static let report = """
        <h1>Team report</h1><p class="muted">{{transcripts}} transcripts · {{liveCalls}} live calls · {{practiceSessions}} practice sessions · generated {{generated}}</p>\
        {{#hasDamaged}}<p class="muted">Damaged lines skipped: {{damaged}}</p>{{/hasDamaged}}\
        {{#hasEmpty}}<p class="muted">Empty sessions left out: {{emptySessions}}.</p>{{/hasEmpty}}\
        <h2>Sessions by rep</h2>{{{sessionsTable}}}\
        {{#hasLive}}<h2 id="reps">Live calls by rep</h2>{{{repsTable}}}{{/hasLive}}\
        {{#hasWeeks}}<h2 id="weeks">By week</h2><div class="card"><h3>Live calls per week</h3>{{{weekBars}}}</div>{{{weekTable}}}{{/hasWeeks}}\
        {{#hasLive}}<h2>Live calls</h2><div class="grid"><div class="card"><h3>Where calls stop (ended there with no outcome)</h3>{{{stopBars}}}</div>\
        <div class="card"><h3>Objections raised</h3>{{{objectionBars}}}</div></div>\
        <h3>Stages reached and time spent</h3>{{{stagesTable}}}<h3>Objection resolution</h3>{{{objectionsTable}}}\
        <h3>Qualification most often left unknown</h3>{{{unknownTable}}}<h3>Closes and results</h3>{{{closesTable}}}\
        <p>Outcomes: {{won}} won, {{lost}} lost. Next steps agreed in {{nextSteps}} of {{liveCalls}} calls ({{nextStepRate}}).</p>\
        {{#hasDeals}}<p>Deals (calls with an account): {{deals}}, {{callsPerDeal}} calls per deal, {{dealsWon}} won, {{dealsLost}} lost\
        {{#hasMedian}}; median {{median}} days from first call to outcome{{/hasMedian}}.</p>{{/hasDeals}}{{/hasLive}}\
        {{#hasPractice}}<h2>Practice</h2><p>{{practiceSessions}} sessions, mean score {{meanScore}}/100.</p><div class="card"><h3>Score by week, by trainee</h3>\
        {{{trendChart}}}</div><div class="grid"><div class="card"><h3>Score distribution</h3>{{{scoreBars}}}</div></div>\
        <h3>Most missed facts</h3>{{{missedTable}}}<h3>Rubric items, weakest first</h3>{{{rubricTable}}}{{/hasPractice}}\
        {{#hasCalls}}<h2 id="calls">Calls</h2><table><tr><th>Started</th><th>Mode</th><th>Rep</th><th>Account or persona</th><th>Result</th>\
        <th class="num">Length</th><th>Review</th></tr>{{#calls}}<tr><td>{{started}}</td><td>{{mode}}</td><td>{{rep}}</td><td>{{who}}</td><td>{{result}}</td>\
        <td class="num">{{length}}</td><td>{{#hasLink}}<a href="{{link}}">review</a>{{/hasLink}}{{^hasLink}}<code>{{file}}</code>{{/hasLink}}</td></tr>\
        {{#comments}}<tr><td></td><td colspan="6" class="muted">Turn {{turn}}{{#hasCoach}} · {{coach}}{{/hasCoach}}: {{text}}</td></tr>{{/comments}}{{/calls}}</table>{{/hasCalls}}
        """

    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        // The templates are constants of this file: a failure to parse is a programming error
        // that every HTML test would show.
        for (name, text) in [("timeline", timeline), ("table", table), ("bars", bars), ("trend", trend), ("report", report), ("page", HTMLPage.template)] {
            try! library.register(text, named: name)
        }
        return library
    }()

    /// Renders a template with its values.
    static func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }

    /// A value as it may reach a page: terminal control characters neutralised, newlines kept.
    static func text(_ value: String) -> String { TerminalText.neutralised(value, keepNewlines: true) }

    /// The values of a table (see `table`): every cell's text passed through `text(_:)`.
    static func tableValues(_ headers: [String], _ rows: [[String]], numeric: Set<Int>) -> [String: Any] {
        [
            "headers": headers.enumerated().map { ["text": text($0.element), "num": numeric.contains($0.offset)] as [String: Any] },
            "rows": rows.map { row in ["cells": row.enumerated().map { ["text": text($0.element), "num": numeric.contains($0.offset)] as [String: Any] }] },
        ]
    }
}
