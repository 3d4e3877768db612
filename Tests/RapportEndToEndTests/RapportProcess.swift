import Foundation
import Testing

/// Runs the built `rapport` executable the way a user or a script would.
struct RapportProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var defaultPlaybook: String { repositoryRoot.appendingPathComponent("playbooks/default.yaml").path }

    /// The executable sits beside the test bundle in `.build/<triple>/debug/`.
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rapport")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("rapport")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/rapport")
    }

    /// The folder that holds every test's folder in this run; removed when the run ends, so
    /// runs do not leave hundreds of folders (with transcripts in them) behind.
    static let runFolder: URL = {
        // Short names: a tmux socket in a test's folder must fit a Unix socket path (108 bytes).
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-e2e-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        runFolderPath = url.path
        atexit {
            if let path = runFolderPath { try? FileManager.default.removeItem(atPath: path) }
        }
        return url
    }()

    /// A fresh private folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = runFolder.appendingPathComponent(String(UUID().uuidString.prefix(13)))
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs to completion with `input` on stdin; output goes through files so nothing deadlocks.
    static func run(_ arguments: [String], input: Data = Data(), in folder: URL, environment: [String: String] = [:],
                    executable program: URL = executable) throws -> Result {
        let inputURL = folder.appendingPathComponent("stdin-\(UUID().uuidString)")
        let outURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        try input.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        // A developer's own team store is never written by a test.
        env["RAPPORT_DATABASE_URL"] = nil
        // The machine's own settings file never changes what a test sees.
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".config-for-tests").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus,
                            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        for url in [inputURL, outURL, errURL] { try? FileManager.default.removeItem(at: url) }
        return result
    }

    static func run(_ arguments: [String], lines: [String], in folder: URL, environment: [String: String] = [:]) throws -> Result {
        try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8), in: folder, environment: environment)
    }

    /// The transcripts in a folder, oldest first.
    static func transcripts(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Each line of a transcript after the header, as JSON objects; objection detections and
    /// competitor mentions (which annotate answers rather than being typed) only when asked for.
    static func events(_ url: URL, detections: Bool = false) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.filter { detections || !["detect", "mention"].contains($0["type"] as? String ?? "") }
    }

    static func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// A whole call through the default playbook, as a rep would type it.
enum Script {
    static let fullCall: [String] = [
        "",                                          // opener
        "I'm the controller",                        // role
        "about 12 people",                           // team size
        "we're on netsuite",                         // erp
        "yeah definitely",                           // need
        "/note she is off next week",
        "Been here four years",                      // rapport
        "Three weeks of spreadsheets and chasing people",
        "8 days",                                    // close days
        "reconciling everything by hand in excel",   // pains
        "about 120 hours",                           // hours
        "the auditors find mistakes and we work weekends",
        "we looked at FloQast",                      // competition
        "we could finally do analysis",              // success metric
        "30-50k",                                    // budget
        "not really",                                // authority: no
        "Maria Lopez, CFO",                          // economic buyer
        "by March",                                  // timeline
        "ease of use and NetSuite integration",      // criteria
        "I pick, then the CFO signs",                // process
        "procurement takes two weeks",               // paper
        "Dana, senior accountant",                   // champion
        "yes that's right",                          // recap
        "",                                          // value
        "sounds great, exactly what we need",        // reaction
        "price is the worry",                        // concerns
        "yes",                                       // annual terms
        "8",                                         // fit score
        "yes",                                       // commit
        "pilot kickoff with Maria and Dana",         // next step
        "2027-01-12",                                // next step date
        "email",                                     // channel
        "",                                          // first close with us: not yet
        "",                                          // wrap
    ]
}

/// Where `RapportProcess.runFolder` is, for the handler that removes it at exit.
nonisolated(unsafe) private var runFolderPath: String?
