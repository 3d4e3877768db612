/// A self-contained HTML page: inline styles, no scripts, fonts or anything fetched, so it
/// opens the same from a mail attachment or a file share.
public enum HTMLPage {
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in TerminalText.neutralised(text, keepNewlines: true).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The page around a body already rendered from a template: the title escaped, the body
    /// as it is.
    public static func page(title: String, body: String) -> String {
        HTMLTemplates.render("page", ["title": HTMLTemplates.text(title), "body": body])
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2433; background: #fff; }
        h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d8dde6; padding-bottom: .25rem; }
        .muted { color: #667085; } .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eceff3; vertical-align: top; }
        th { background: #f5f7fa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .turn { color: #667085; width: 3rem; } .who { font-weight: 600; width: 6rem; } .detail { color: #3b6e4f; font-size: .85rem; }
        .comment { background: #fff7e0; border-left: 3px solid #e0a800; padding: .2rem .5rem; margin: .2rem 0; font-size: .9rem; }
        .card { border: 1px solid #d8dde6; border-radius: 6px; padding: 1rem; margin-bottom: 1.5rem; } .card svg { display: block; max-width: 46rem; } svg text { font-family: inherit; font-size: 12px; fill: #1d2433; }
        </style>
        </head>
        <body>
        {{{body}}}
        </body>
        </html>

        """
}
