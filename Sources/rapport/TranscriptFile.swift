import ArgumentParser
import Foundation
import RapportCore

/// Reading a saved transcript and the playbook it was made with.
enum TranscriptFile {
    static func load(_ path: String, playbookOverride: String?) throws -> (Transcript, Playbook) {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("rapport: cannot read transcript \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")")
            throw ExitCode(66)
        }
        let transcript: Transcript
        do {
            transcript = try Transcript.parse(String(decoding: data, as: UTF8.self))
        } catch {
            printError("rapport: \(path): \(error)")
            throw ExitCode(65)
        }
        for problem in transcript.problems { printError("\(path): \(problem)") }
        let playbookPath = playbookOverride ?? transcript.header.playbook.path
        let playbook = try PlaybookFile.loadOrExit(playbookPath)
        if playbook.contentHash != transcript.header.playbook.hash {
            printError("rapport: note: \(playbookPath) has changed since this transcript was recorded (playbook \(transcript.header.playbook.id) \(transcript.header.playbook.version)); steps may differ.")
        }
        return (transcript, playbook)
    }
}
