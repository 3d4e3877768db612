import ArgumentParser
import RapportCore

/// `--redact`, shared by the commands that print what was said.
struct RedactOption: ParsableArguments {
    @Flag(help: "Mask e-mail addresses, phone numbers and card numbers.")
    var redact = false

    func apply(_ text: String) -> String { redact ? Redaction.masked(text) : text }
}
