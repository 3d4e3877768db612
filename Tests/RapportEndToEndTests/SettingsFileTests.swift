import Foundation
import Testing

/// The rep's settings file sets their name, signature and transcripts folder; flags override
/// it; a broken file stops the command with the line and the fix.
struct SettingsFileTests {
    static let playbook = RapportProcess.repositoryRoot.appendingPathComponent("playbooks/default.yaml").path

    func write(_ text: String, in folder: URL) throws {
        let config = folder.appendingPathComponent(".config-for-tests/rapport")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try text.write(to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
    }

    @Test func theSettingsSignTheEmailAndChooseTheFolder() throws {
        let folder = try RapportProcess.temporaryFolder()
        try write("rep: Jo Bloggs\nemail: jo@closewise.example\ntranscripts: calls\nsignature: |\n  Account Executive, Closewise\n  +44 20 7946 0000\n", in: folder)
        let live = try RapportProcess.run(["live", "--playbook", Self.playbook, "--account", "Acme"],
                                          lines: ["spoke with Maria Lopez, maria@acme.example", "/next demo for the CFO next Tuesday", "/quit"], in: folder)
        #expect(live.status == 0, "\(live.stderr)")
        let transcript = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("calls")).first, "the settings' folder is used")
        let message = try RapportProcess.run(["summary", transcript.path, "--format", "email"], in: folder).stdout
        #expect(message.hasPrefix("From: Jo Bloggs <jo@closewise.example>\r\nTo: <maria@acme.example>\r\nSubject: "), "\(message)")
        let email = message.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(email.contains("\nHello Maria,\n"), "\(email)")
        #expect(email.hasSuffix("Best regards,\nJo Bloggs\nAccount Executive, Closewise\n+44 20 7946 0000\n"), "\(email)")

        let other = try RapportProcess.run(["live", "--playbook", Self.playbook, "--rep", "Sam", "--transcripts", "mine"], lines: ["controller", "/quit"], in: folder)
        #expect(other.status == 0)
        let mine = try #require(try RapportProcess.transcripts(in: folder.appendingPathComponent("mine")).first, "a flag overrides the settings")
        #expect(try String(contentsOf: mine, encoding: .utf8).contains("\"rep\":\"Sam\""))
    }

    @Test func aBrokenSettingsFileStopsWithTheLineAndTheFix() throws {
        let folder = try RapportProcess.temporaryFolder()
        try write("rep: Jo\ncolor: sometimes\n", in: folder)
        let result = try RapportProcess.run(["config"], in: folder)
        #expect(result.status == 78)
        #expect(result.stderr.contains("config.yaml: line 2: `colour: sometimes` is not known; write `colour: auto` or `colour: never`"), "\(result.stderr)")
        let shown = try RapportProcess.run(["live", "--playbook", Self.playbook], lines: ["/quit"], in: folder)
        #expect(shown.status == 78, "no session runs on settings the rep did not mean")
    }
}

/// Shell completion: transcript files for transcript arguments, playbooks for --playbook, and
/// persona ids from the playbook in use.
struct CompletionTests {
    @Test func filesAndIdsComplete() throws {
        let folder = try RapportProcess.temporaryFolder()
        let bash = try RapportProcess.run(["--generate-completion-script", "bash"], in: folder).stdout
        #expect(bash.contains("'!*.@(jsonl)'") && bash.contains("'!*.@(yaml|yml)'"), "transcripts and playbooks complete as files")
        let personas = try RapportProcess.run(["---completion", "practice", "--", "--persona", "5", "0", "rapport", "practice", "--playbook",
                                               RapportProcess.defaultPlaybook, "--persona", ""], in: folder).stdout
        #expect(personas.split(separator: "\n").map(String.init) == ["dana", "marcus", "priya", "lena", "ben"], "\(personas)")
    }
}
