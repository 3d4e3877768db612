import ArgumentParser
import Foundation
import RapportCore

/// Reading a saved transcript and the playbook it was made with.
enum TranscriptFile {
    /// `quiet`: no notes on standard error (a report writing many review pages).
    static func load(_ path: String, playbookOverride: String?, quiet: Bool = false) throws -> (Transcript, Playbook) {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("rapport: cannot read transcript \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")")
            throw ExitCode(66)
        }
        return try load(text: String(decoding: data, as: UTF8.self), name: path, playbookOverride: playbookOverride, quiet: quiet)
    }

    /// The same from a transcript's text (`name` says where it came from in messages).
    static func load(text: String, name path: String, playbookOverride: String?, quiet: Bool = false) throws -> (Transcript, Playbook) {
        let transcript: Transcript
        do {
            transcript = try Transcript.parse(text)
        } catch {
            printError("rapport: \(path): \(error)")
            throw ExitCode(65)
        }
        if !quiet { for problem in transcript.problems { printError("\(path): \(problem)") } }
        let playbookPath = playbookOverride ?? resolve(transcript.header.playbook.path)
        let playbook = try PlaybookFile.loadOrExit(playbookPath)
        if !quiet, playbook.contentHash != transcript.header.playbook.hash {
            printError("rapport: note: \(safe(playbookPath)) has changed since this transcript was recorded (playbook \(safe(transcript.header.playbook.id)) \(safe(transcript.header.playbook.version))); steps may differ.")
        }
        return (transcript, playbook)
    }

    /// The playbook a transcript names; when that path is gone (a transcript from another
    /// machine), the file of the same name in the local playbooks folder.
    static func resolve(_ path: String) -> String {
        let resolved = resolveQuietly(path)
        if resolved != path { printError("rapport: note: \(safe(path)) is not here; using \(safe(resolved)).") }
        return resolved
    }

    static func resolveQuietly(_ path: String) -> String {
        if FileManager.default.fileExists(atPath: path) { return path }
        let name = (path as NSString).lastPathComponent
        let local = ((PlaybookFile.defaultPath() as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: local) ? local : path
    }
}
