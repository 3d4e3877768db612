import ArgumentParser
import Foundation
import RapportCore
import TeamStore

/// `--database URL`, shared by the commands that talk to the team store: the flag, else
/// `RAPPORT_DATABASE_URL`, else the settings file's `database:`.
struct DatabaseOption: ParsableArguments {

    @Option(name: .customLong("database"), help: ArgumentHelp("The team store, postgres://user@host:5432/database[?sslmode=…] (default: RAPPORT_DATABASE_URL, else the settings file's `database:`). The password comes from PGPASSWORD or ~/.pgpass.", valueName: "url"))
    var url: String?

    /// The store's location, or nil when none is configured.
    func location(settings: RepSettings) throws -> StoreLocation? {
        try Self.location(url: url, settings: settings)
    }

    /// The flag's URL if given, else the environment's, else the settings file's.
    static func location(url: String?, settings: RepSettings) throws -> StoreLocation? {
        let environment = ProcessInfo.processInfo.environment
        guard let text = url ?? environment["RAPPORT_DATABASE_URL"].flatMap({ $0.isEmpty ? nil : $0 }) ?? settings.database else { return nil }
        do {
            return try StoreLocation(url: text, environment: environment)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func requiredLocation(settings: RepSettings) throws -> StoreLocation {
        guard let location = try location(settings: settings) else {
            throw ValidationError("no team store is configured: pass --database postgres://user@host:5432/rapport, set RAPPORT_DATABASE_URL, or add `database:` to the settings file (rapport config)")
        }
        return location
    }
}

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Set up the team store on PostgreSQL.",
        subcommands: [DatabaseInit.self])
}

struct DatabaseInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or upgrade the team store's tables and row-level security (safe to run twice, or twice at once).",
        discussion: "Run it as the role that should own the tables. Reps and coaches need their own logins in the roles rapport_rep and rapport_coach: --print-roles shows the SQL an administrator runs.")

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Print the SQL that creates the roles (for a database administrator) and do nothing else.")
    var printRoles = false

    func run() throws {
        if printRoles {
            print(StoreSchema.rolesSQL)
            return
        }
        let location = try database.requiredLocation(settings: try ConfigFile.load())
        StoreCommand.withStore(location) { store in
            let applied = try await store.migrate()
            if applied.isEmpty {
                print("The team store at \(location) is up to date (schema version \(StoreSchema.current)).")
            } else {
                print("The team store at \(location) is at schema version \(StoreSchema.current) (applied \(applied.map(String.init).joined(separator: ", "))).")
            }
        }
    }
}

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Upload transcripts and their comments to the team store: only what it does not have yet.",
        discussion: "Safe to run again at any time, or after it was interrupted: nothing is sent twice and nothing is skipped. A line still being written is left for the next sync.")

    @Argument(help: ArgumentHelp("Transcript folders or files (default: the settings file's transcripts folder, else ./transcripts).", valueName: "folder"),
              completion: .directory)
    var paths: [String] = []

    @OptionGroup var database: DatabaseOption

    func run() throws {
        let settings = try ConfigFile.load()
        let location = try database.requiredLocation(settings: settings)
        // The same files `report` reads from the same folders.
        let files = try ReportCommand.transcriptFiles(paths.isEmpty ? [settings.transcripts ?? "transcripts"] : paths)
        StoreCommand.withStore(location) { store in
            let totals = try await TranscriptSync(store: store, summarise: ReportCommand.summariser()).run(files)
            for (path, why) in totals.skipped { print("Skipped \(safe(path)): \(why)") }
            print("Sent \(totals.calls) new call\(totals.calls == 1 ? "" : "s"), \(totals.events) event\(totals.events == 1 ? "" : "s") and \(totals.comments) comment\(totals.comments == 1 ? "" : "s") to \(location); \(totals.upToDate) already up to date.")
        }
    }
}

struct CallsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calls",
        abstract: "The calls in the team store that you may see, newest first, with their ids (for review and comment --database).")

    @OptionGroup var database: DatabaseOption

    @Option(help: "Only this rep's calls.")
    var rep: String?

    @Option(help: "Only calls on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "At most this many calls.")
    var limit = 200

    func validate() throws {
        if let since, CalendarDay(iso: since) == nil { throw ValidationError("--since takes a day as YYYY-MM-DD (got \(since)).") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let location = try database.requiredLocation(settings: try ConfigFile.load())
        let (rep, since, limit) = (self.rep, self.since, self.limit)
        StoreCommand.withStore(location) { store in
            let rows = try await StoredCalls(store: store).list(rep: rep, since: since, limit: limit)
            if rows.isEmpty { print("No calls in the team store at \(location) that you may see\(rep.map { " for \(safe($0))" } ?? "").") }
            for row in rows {
                print("\(row.id)  \(row.day)  \(row.mode)  \(safe(row.rep ?? "(no rep)"))  \(safe(row.account ?? "-"))  \(row.events) events")
            }
        }
    }
}

enum StoreCommand {
    /// Connects, runs `body`, closes; any failure prints one sentence and exits 1 (without a
    /// goodbye to a store that failed: the process ends and the socket with it).
    static func withStore(_ location: StoreLocation, _ body: @escaping @Sendable (StoreConnection) async throws -> Void) {
        blocking {
            let store = try await StoreConnection.open(location)
            try await body(store)
            await store.close()
        }
    }

    /// The store a command's explicit `--database URL` names.
    static func location(_ url: String) throws -> StoreLocation {
        guard let location = try DatabaseOption.location(url: url, settings: try ConfigFile.load()) else { throw ValidationError("--database needs a URL") }
        return location
    }

    static func noCall(_ id: String, at location: StoreLocation) -> StoreError {
        StoreError("the team store at \(location) has no call \(id) that you may see; `rapport calls --database …` lists them")
    }

    /// A call's transcript text and comments from the store, or exit 66 when there is none
    /// this role may see.
    static func fetchCall(_ id: String, database url: String) throws -> (text: String, comments: [CoachComment]) {
        let location = try location(url)
        final class Box: @unchecked Sendable { var value: (String, [CoachComment])? }
        let box = Box()
        withStore(location) { store in
            let calls = StoredCalls(store: store)
            if let text = try await calls.transcript(id) { box.value = (text, try await calls.comments(id)) }
        }
        guard let (text, comments) = box.value else {
            printError("rapport: \(noCall(safe(id), at: location)).")
            throw ExitCode(66)
        }
        return (text, comments)
    }

    /// `comment --database URL CALL-ID --list` numbers every comment on the call (oldest
    /// first, as `review` shows them); `--delete N` deletes comment N when this login wrote it.
    static func listOrDeleteComments(of id: String, delete number: Int?, database url: String) throws {
        let location = try location(url)
        withStore(location) { store in
            let calls = StoredCalls(store: store)
            guard try await calls.exists(id) else { fail(noCall(id, at: location)) }
            let listed = try await calls.numberedComments(id)
            if let number {
                guard listed.indices.contains(number - 1) else {
                    fail(StoreError("call \(id) has \(listed.count) comment\(listed.count == 1 ? "" : "s"); `rapport comment --database … \(id) --list` numbers them. Nothing was deleted"))
                }
                guard try await calls.deleteComment(key: listed[number - 1].key) else {
                    fail(StoreError("comment \(number) on call \(id) was not written by \(location.user), or came from a rep's comment file (delete it there and sync); nothing was deleted"))
                }
                if listed[number - 1].comment.falseAlarm != nil { try await refigure(id, store: store) }
                print("Deleted comment \(number) on call \(safe(id)).")
            } else if listed.isEmpty {
                print("No comments on call \(safe(id)).")
            } else {
                for (index, entry) in listed.enumerated() { print(CommentCommand.line(number: index + 1, entry.comment)) }
            }
        }
    }

    static func addComment(_ comment: CoachComment, to id: String, database url: String) throws {
        let location = try location(url)
        withStore(location) { store in
            if try await !StoredCalls(store: store).add(comment, to: id) { fail(noCall(id, at: location)) }
            if comment.falseAlarm != nil { try await refigure(id, store: store) }
        }
    }

    /// Reads a call again from the store, with every comment on it, and replaces its figures,
    /// so `report --database` honours a false alarm marked (or deleted) in the store at once.
    /// When this machine cannot load the call's playbook the figures stay, and say so: the
    /// rep's next sync reads the call again (its false alarms changed).
    static func refigure(_ id: String, store: StoreConnection) async throws {
        let calls = StoredCalls(store: store)
        let figures = StoredFigures(store: store)
        guard let file = try await figures.file(of: id), let text = try await calls.transcript(id) else { return }
        let comments = try await calls.comments(id)
        var cache: [String: Playbook?] = [:]
        // Read only when its playbook loaded here (the one entry the read put in the cache).
        guard let read = ReportCommand.figures(of: file, data: Data(text.utf8), comments: comments, cache: &cache),
              cache.values.contains(where: { $0 != nil })
        else {
            print("The team report counts this after the rep's next sync (the call's playbook is not on this machine).")
            return
        }
        try await figures.replace(id, figures: read, basis: try await figures.basis(of: id, comments: comments))
    }

    /// After a live or practice session: when a team store is configured, sends this call to
    /// it and says so in one line, or says in one line why not (the next `rapport sync` sends
    /// it). The call is already safe on disk; the store gets a few seconds, never more.
    static func syncAfterSession(transcript path: String, settings: RepSettings, style: Style) {
        let location: StoreLocation
        do {
            guard let configured = try DatabaseOption.location(url: nil, settings: settings) else { return }
            location = configured
        } catch {
            print(style.dim("Not sent to the team store: \(safe(StoreLocation.masked(String(describing: error)))). The call is saved here."))
            return
        }
        final class Outcome: @unchecked Sendable { var line: String? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let store = try await StoreConnection.open(location, connectTimeout: 3)
                let totals = try await TranscriptSync(store: store, summarise: ReportCommand.summariser()).run([path])
                await store.close()
                outcome.line = totals.skipped.first.map { "Not sent to the team store: \($0.why)." }
                    ?? "Sent to the team store at \(location): \(totals.events) event\(totals.events == 1 ? "" : "s")\(totals.comments > 0 ? " and \(totals.comments) comments" : "")."
            } catch {
                outcome.line = "Not sent to the team store: \(StoreLocation.masked(String(describing: error))). `rapport sync` sends it later."
            }
            done.signal()
        }
        if done.wait(timeout: .now() + 8) == .timedOut {
            print(style.dim("Not sent to the team store at \(location): no answer in 8 seconds. `rapport sync` sends it later."))
            return
        }
        if let line = outcome.line { print(style.dim(safe(line))) }
    }

    /// Runs async store work from a synchronous command and waits for it (the driver runs on
    /// its own event-loop threads, so the wait cannot starve it); errors end the program.
    static func blocking(_ work: @escaping @Sendable () async throws -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await work() } catch { fail(error) }
            done.signal()
        }
        done.wait()
    }

    /// Prints the error (passwords masked) and exits non-zero.
    static func fail(_ error: any Error) -> Never {
        FileHandle.standardError.write(Data("rapport: \(safe(StoreLocation.masked(String(describing: error))))\n".utf8))
        Foundation.exit(1)
    }
}
