import Testing
@testable import RapportCore

/// The rep's settings file: what it sets, and errors that say the line and the fix.
struct RepSettingsTests {
    @Test func everySettingIsRead() throws {
        let settings = try RepSettings.parse("""
            rep: Jo Bloggs
            email: jo@closewise.example
            signature: |
              Account Executive, Closewise
              +44 20 7946 0000
            playbook: ~/playbooks/mine.yaml
            transcripts: /srv/calls
            colour: never
            date_order: mdy
            """)
        #expect(settings.rep == "Jo Bloggs")
        #expect(settings.signature == "Account Executive, Closewise\n+44 20 7946 0000")
        #expect(settings.transcripts == "/srv/calls")
        #expect(settings.colour == false)
        #expect(settings.dateOrder == .monthFirst)
        #expect(try RepSettings.parse("") == RepSettings(), "an empty file sets nothing")
    }

    @Test func mistakesSayTheLineAndTheFix() {
        #expect(throws: RepSettings.Failure(line: 2, message: "`reps` is not a setting. Did you mean `rep`? Settings: rep, email, signature, playbook, transcripts, colour, date_order, history, database.")) {
            try RepSettings.parse("colour: auto\nreps: Jo\n")
        }
        do {
            _ = try RepSettings.parse("date_order: 12/8")
            Issue.record("an unknown date order is refused")
        } catch {
            #expect(error.description.contains("line 1") && error.description.contains("date_order: dmy"))
        }
        do {
            _ = try RepSettings.parse("- rep\n- Jo")
            Issue.record("a list is refused")
        } catch {
            #expect(error.description.contains("key: value"))
        }
    }
}
