import ArgumentParser
import Foundation
import RapportCore
import TeamStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Patterns across many transcripts: stages, objections, closes, next steps, practice scores.",
        discussion: """
            Reads every .jsonl transcript in the folders (recursively), once each, keeping only totals and one short row per call in \
            memory; damaged lines are skipped and counted per file. Coach comments (FILE.jsonl.comments) are shown under their call. \
            With --format html and --out REPORT.html, each call's review is written beside it (REPORT-reviews/) and the calls list links to it.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case live, practice
    }

    @Argument(help: "Folders (or transcript files) to read (default: transcripts).")
    var paths: [String] = []

    @Option(help: "text, json or html.")
    var format: Format = .text

    @Option(help: "Write the report to this file (created owner-only) instead of standard output.")
    var out: String?

    @Option(help: "Only sessions started on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only this rep's or trainee's sessions.")
    var rep: String?

    @Option(help: "Only live calls or only practice sessions.")
    var mode: Mode?

    @Option(help: "Read every transcript against this playbook instead of the ones they name.", completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(name: .customLong("database"), help: ArgumentHelp("Report on the calls in this team store (postgres://…) that you may see, added up by the server, instead of files.", valueName: "url"))
    var database: String?

    @OptionGroup var privacy: RedactOption

    func run() throws {
        var since: CalendarDay?
        if let text = self.since {
            guard let day = CalendarDay(iso: text) else {
                printError("rapport: --since wants a day as YYYY-MM-DD, not '\(safe(text))'.")
                throw ExitCode(64)
            }
            since = day
        }
        let filter = TeamReport.Filter(since: since, rep: rep, mode: mode.map { SessionMode(rawValue: $0.rawValue) })
        let report: TeamReport
        if let database {
            guard paths.isEmpty, playbook == nil else {
                throw ValidationError("--database reports on the store's calls as they were read when synced: give no folders and no --playbook with it.")
            }
            report = try Self.stored(filter, database: database)
        } else {
            let files = try Self.transcriptFiles(paths.isEmpty ? ["transcripts"] : paths)
            let override = try playbook.map { try PlaybookFile.loadOrExit($0) }
            report = Self.aggregate(files, filter: filter, playbook: override)
        }
        var text: String
        switch format {
        case .text: text = ReportDocument.text(report)
        case .html:
            // Review pages are written from the files; a store's calls have `rapport review --database`.
            let links = try database == nil ? out.map { try writeReviews(report.calls.map(\.file), beside: $0, playbook: playbook) } ?? [:] : [:]
            text = ReportDocument.html(report, generated: TranscriptClock.iso(Date()).prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC", links: links)
        case .json:
            // Written as it is made: the calls list of a large report is never one text in memory.
            return try writeJSON(report)
        }
        text = privacy.apply(text)
        if let out {
            if let problem = PrivateFile.write(text, to: out, appending: false) {
                printError("rapport: could not write \(out): \(problem).")
                throw ExitCode(73)
            }
            printError("Report written to \(out) (\(report.transcripts) transcripts).")
        } else {
            print(text, terminator: "")
        }
    }

    /// The JSON report to `--out` or standard output, a piece at a time (each piece masked
    /// on its own with `--redact`: pieces end after whole rows, so nothing to mask is cut).
    func writeJSON(_ report: TeamReport) throws {
        guard let out else {
            try ReportDocument.writeJSON(report) { print(privacy.apply($0), terminator: "") }
            return
        }
        do {
            let output = try PrivateFile.open(out, appending: false)
            do {
                try ReportDocument.writeJSON(report) { try output.write(privacy.apply($0)) }
            } catch {
                output.abandon()
                throw error
            }
            try output.finish()
        } catch let failure as PrivateFile.Failure {
            printError("rapport: could not write \(out): \(failure.reason).")
            throw ExitCode(73)
        }
        printError("Report written to \(out) (\(report.transcripts) transcripts).")
    }

    /// The report added up by the team store.
    static func stored(_ filter: TeamReport.Filter, database url: String) throws -> TeamReport {
        let location = try StoreCommand.location(url)
        final class Box: @unchecked Sendable { var report = TeamReport() }
        let box = Box()
        StoreCommand.withStore(location) { store in box.report = try await StoredReport(store: store).report(filter) }
        return box.report
    }

    /// Reads a transcript file the way `report` does, for the store's figures of it (playbooks
    /// loaded once each, shared by the threads that call it).
    static func summariser() -> TranscriptSync.Summarise {
        final class Playbooks: @unchecked Sendable {
            let lock = NSLock()
            var cache: [String: Playbook?] = [:]
        }
        let playbooks = Playbooks()
        return { path, data, comments in
            playbooks.lock.lock()
            var cache = playbooks.cache
            playbooks.lock.unlock()
            let figures = figures(of: path, data: data, comments: comments, cache: &cache)
            playbooks.lock.lock()
            playbooks.cache.merge(cache) { old, _ in old }
            playbooks.lock.unlock()
            return figures
        }
    }

    /// Writes each call's review page (as `rapport review --format html` shows it) into a folder
    /// beside the report (`team.html` → `team-reviews/`), owner-only, never through a link.
    /// Returns each transcript's page address relative to the report.
    func writeReviews(_ files: [String], beside report: String, playbook override: String?) throws -> [String: String] {
        let base = (report as NSString).deletingPathExtension
        let folder = base + "-reviews"
        let name = (folder as NSString).lastPathComponent
        var info = stat()
        if lstat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                printError("rapport: \(safe(folder)) exists and is not a folder (a link or a file): not writing review pages there.")
                throw ExitCode(73)
            }
        } else if mkdir(folder, 0o700) != 0 {
            printError("rapport: could not create \(safe(folder)): \(String(cString: strerror(errno))).")
            throw ExitCode(73)
        }
        var links: [String: String] = [:]
        var used: Set<String> = []
        for file in files {
            guard let (transcript, playbook) = try? TranscriptFile.load(file, playbookOverride: override, quiet: true) else { continue }
            let comments = CommentCommand.readComments(of: file, quiet: true)
            let page = privacy.apply(TimelineText.html(CallTimeline(transcript: transcript, playbook: playbook, comments: comments)))
            var stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            stem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" }.prefix(120))
            var candidate = stem + ".html"
            var n = 2
            while used.contains(candidate) {
                candidate = "\(stem)-\(n).html"
                n += 1
            }
            used.insert(candidate)
            if let problem = PrivateFile.write(page, to: (folder as NSString).appendingPathComponent(candidate), appending: false) {
                printError("rapport: could not write the review of \(safe(file)): \(problem).")
                continue
            }
            links[file] = name + "/" + candidate
        }
        return links
    }

    /// The `.jsonl` files under the given folders (recursively) or named directly, sorted.
    static func transcriptFiles(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                printError("rapport: \(path): no such file or folder.")
                throw ExitCode(66)
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".jsonl") {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// Reads the files on every core, each worker keeping its own totals, then merges them.
    static func aggregate(_ files: [String], filter: TeamReport.Filter, playbook: Playbook?) -> TeamReport {
        TranscriptBytes.fold(count: files.count, workers: min(ProcessInfo.processInfo.activeProcessorCount, 8), state: { [String: Playbook?]() }) { index, report, playbooks in
            read(files[index], into: &report, filter: filter, override: playbook, cache: &playbooks)
        }
    }

    /// A transcript past this is not a call (a day of typing is a few megabytes): it is reported
    /// and skipped rather than read into memory. Lines past `TranscriptBytes.maximumLineBytes`
    /// count as damaged.
    static let maximumTranscriptBytes = 64 << 20

    static func read(_ file: String, into report: inout TeamReport, filter: TeamReport.Filter, override: Playbook?, cache: inout [String: Playbook?],
                     comments: [CoachComment]? = nil) {
        var info = stat()
        if stat(file, &info) == 0, Int(info.st_size) > maximumTranscriptBytes {
            report.unreadable[file] = "too large (\(Int(info.st_size) >> 20) MB; the limit is \(maximumTranscriptBytes >> 20) MB)"
            return
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            report.unreadable[file] = "cannot be read"
            return
        }
        _ = read(data: data, file: file, into: &report, filter: filter, override: override, cache: &cache, comments: comments)
    }

    /// What one transcript adds to a report, as the team store keeps it: read as `report` reads
    /// the file (with these comments: the sidecar's and the store's false alarms). Nil when it
    /// is not a transcript.
    static func figures(of file: String, data: Data, comments: [CoachComment], cache: inout [String: Playbook?]) -> CallFigures? {
        guard data.count <= maximumTranscriptBytes else { return nil }
        var one = TeamReport()
        guard let header = read(data: data, file: file, into: &one, filter: TeamReport.Filter(), override: nil, cache: &cache, comments: comments) else { return nil }
        return CallFigures(one, header: header, file: file)
    }

    /// Reads a transcript's bytes into the report; returns its header (nil when it is not a transcript).
    /// The playbook is the one given, else the header's, loaded once per path (`cache`).
    @discardableResult
    static func read(data: Data, file: String, into report: inout TeamReport, filter: TeamReport.Filter, override: Playbook?, cache: inout [String: Playbook?],
                     comments: [CoachComment]?) -> TranscriptHeader? {
        TranscriptBytes.add(data, file: file, to: &report, filter: filter, playbook: { header in
            if let override { return override }
            if let cached = cache[header.playbook.path] { return cached }
            let path = TranscriptFile.resolveQuietly(header.playbook.path)
            let loaded = (try? PlaybookFile.read(path)).flatMap { try? PlaybookLoader.load(source: $0, file: path) }
            cache[header.playbook.path] = .some(loaded)
            return loaded
        }, comments: { comments ?? CommentCommand.readComments(of: file, quiet: true) })
    }
}
