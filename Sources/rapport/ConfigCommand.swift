import ArgumentParser
import Foundation
import RapportCore

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the settings file is and what it sets.",
        discussion: """
            The settings file is $XDG_CONFIG_HOME/rapport/config.yaml (else \
            ~/.config/rapport/config.yaml), one `key: value` a line: rep (your name), email, \
            signature (lines under your name in follow-up e-mails), playbook, transcripts (the \
            folder), colour (auto or never), date_order (dmy: 8/12 is 8 December; mdy: \
            August 12) and history (commands, everything or off). Flags on a command override \
            the file.
            """)

    func run() throws {
        let path = ConfigFile.path()
        let settings = try ConfigFile.load()
        let exists = FileManager.default.fileExists(atPath: path)
        print("Settings file: \(safe(path))\(exists ? "" : " (not there: nothing set; create it to set these)")")
        func row(_ key: String, _ value: String?, _ fallback: String) {
            print("  \(key.padding(toLength: 12, withPad: " ", startingAt: 0)) \(value.map { safe($0) } ?? fallback)")
        }
        row("rep", settings.rep, "(not set: transcripts and e-mails carry no name)")
        row("email", settings.email, "(not set)")
        row("signature", settings.signature?.replacingOccurrences(of: "\n", with: " / "), "(not set)")
        row("playbook", settings.playbook, "(not set: \(PlaybookFile.defaultPath()))")
        row("transcripts", settings.transcripts, "(not set: ./transcripts)")
        row("colour", settings.colour.map { $0 ? "auto" : "never" }, "(not set: auto)")
        row("date_order", settings.dateOrder?.rawValue, "(not set: from the locale, LC_ALL/LC_TIME/LANG)")
        row("history", settings.history?.rawValue, "(not set: commands — answers are never kept in the history)")
    }
}
