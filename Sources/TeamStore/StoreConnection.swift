import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// What went wrong talking to the team store, in words a rep can act on. Never holds a password.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String
    /// The server's SQLSTATE, when the server said no.
    public var sqlState: String?
    public init(_ description: String, sqlState: String? = nil) {
        self.description = description
        self.sqlState = sqlState
    }

    /// Row-level security or a missing grant refused the statement.
    public var isRefusal: Bool { sqlState == "42501" }
}

/// One connection to the team store, opened for a command and closed after it.
public final class StoreConnection: Sendable {
    let connection: PostgresConnection
    let logger: Logger
    public let location: StoreLocation

    private init(connection: PostgresConnection, logger: Logger, location: StoreLocation) {
        self.connection = connection
        self.logger = logger
        self.location = location
    }

    /// Connects, or throws a `StoreError` that says what failed: the server unreachable, the
    /// credentials refused, the database missing, TLS refused.
    public static func open(_ location: StoreLocation, connectTimeout: Int64 = 10) async throws -> StoreConnection {
        var logger = Logger(label: "rapport.store")
        logger.logLevel = .critical
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch location.tls {
            case .disable:
                tls = .disable
            case .allow, .prefer, .require, .verifyCA:
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.certificateVerification = location.tls == .verifyCA ? .noHostnameVerification : .none
                let context = try NIOSSLContext(configuration: configuration)
                tls = location.tls == .require || location.tls == .verifyCA ? .require(context) : .prefer(context)
            case .verifyFull:
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw StoreError("cannot set up TLS for \(location): \(error)")
        }
        var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database, tls: tls)
        configuration.options.connectTimeout = .seconds(connectTimeout)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return StoreConnection(connection: connection, logger: logger, location: location)
        } catch {
            throw explain(error, location: location)
        }
    }

    public func close() async {
        try? await connection.close()
    }

    /// Turns a driver error into a sentence that names the store (password masked) and what to do.
    static func explain(_ error: any Error, location: StoreLocation) -> StoreError {
        guard let error = error as? PSQLError else { return StoreError("the team store at \(location) failed: \(StoreLocation.masked(String(describing: error)))") }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "an error"
            switch state {
            case "28P01":
                return StoreError("the team store at \(location) refused the password for \(location.user): check the URL, PGPASSWORD or ~/.pgpass")
            case "28000":
                return StoreError("the team store at \(location) does not let \(location.user) in (\(message)): ask its administrator")
            case "3D000":
                return StoreError("the team store at \(location) has no database \(location.database): check the URL, or ask its administrator to create it")
            case "42501":
                return StoreError("the team store refused: \(message) (the role \(location.user) may not do this)", sqlState: state)
            default:
                return StoreError("the team store at \(location) answered: \(message) (SQLSTATE \(state))", sqlState: state)
            }
        case .authMechanismRequiresPassword:
            return StoreError("the team store at \(location) asks for a password for \(location.user): put it in PGPASSWORD, ~/.pgpass or the URL")
        case .sslUnsupported:
            return StoreError("the team store at \(location) does not offer TLS, which sslmode=\(location.tls.rawValue) requires")
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            let detail = error.underlying.map { String(describing: $0) } ?? ""
            let cause = detail.contains("refused") ? "connection refused"
                : detail.localizedCaseInsensitiveContains("timed out") || detail.localizedCaseInsensitiveContains("timeout") ? "no answer in time"
                : detail.contains("UnknownHost") || detail.contains("getaddrinfo") ? "no such host"
                : detail.isEmpty ? "the connection closed" : StoreLocation.masked(detail)
            return StoreError("cannot reach the team store at \(location) (\(cause)): check that the server is running and the host and port are right")
        default:
            return StoreError("the team store at \(location) failed: \(error.code)")
        }
    }

    /// Runs SQL with binds; driver errors become `StoreError`s. A query whose connection is
    /// lost (the server restarted, the network dropped) fails within a quarter of a second of
    /// it being noticed, rather than waiting for an answer that cannot come.
    @discardableResult
    func run(_ query: PostgresQuery) async throws -> [PostgresRow] {
        let connection = self.connection
        let (logger, location) = (self.logger, self.location)
        return try await withCheckedThrowingContinuation { continuation in
            let outcome = Outcome(continuation)
            Task {
                do {
                    var rows: [PostgresRow] = []
                    for try await row in try await connection.query(query, logger: logger) { rows.append(row) }
                    outcome.finish(.success(rows))
                } catch {
                    outcome.finish(.failure(StoreConnection.explain(error, location: location)))
                }
            }
            Task {
                while !outcome.isFinished {
                    try? await Task.sleep(nanoseconds: 250_000_000)
                    if connection.isClosed {
                        outcome.finish(.failure(StoreError("the team store at \(location) closed the connection (restarted, or the network dropped); what was not committed was not stored — run the command again")))
                    }
                }
            }
        }
    }

    /// Resumes a continuation once, whichever of the query and the watch on the connection
    /// comes first.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<[PostgresRow], any Error>?
        init(_ continuation: CheckedContinuation<[PostgresRow], any Error>) { self.continuation = continuation }
        var isFinished: Bool { lock.withLock { continuation == nil } }
        func finish(_ result: Result<[PostgresRow], any Error>) {
            let waiting: CheckedContinuation<[PostgresRow], any Error>? = lock.withLock {
                defer { continuation = nil }
                return continuation
            }
            waiting?.resume(with: result)
        }
    }

    /// Runs `body` in one transaction: all of it is stored, or none.
    func transaction<T: Sendable>(_ body: (StoreConnection) async throws -> T) async throws -> T {
        try await run("BEGIN")
        do {
            let value = try await body(self)
            try await run("COMMIT")
            return value
        } catch {
            // The server said no: the connection lives and the transaction is rolled back. Any
            // other failure (the connection lost) ends the transaction on the server by itself,
            // and a ROLLBACK on a lost connection could wait for ever.
            if let error = error as? StoreError, error.sqlState != nil {
                _ = try? await connection.query("ROLLBACK", logger: logger)
            }
            throw error
        }
    }

    /// The schema version in the store, 0 when it has none.
    public func schemaVersion() async throws -> Int {
        let exists = try await run("SELECT to_regclass('rapport_schema') IS NOT NULL")
        guard let row = exists.first, try row.decode(Bool.self) else { return 0 }
        let rows = try await run("SELECT coalesce(max(version), 0) FROM rapport_schema")
        return try rows.first.map { try $0.decode(Int.self) } ?? 0
    }

    /// Fails unless the store's schema is the one this program knows.
    public func requireCurrentSchema() async throws {
        let version = try await schemaVersion()
        if version == 0 {
            throw StoreError("the team store at \(location) has no Rapport tables yet: its owner runs `rapport db init` once")
        }
        if version < StoreSchema.current {
            throw StoreError("the team store at \(location) has schema version \(version); this rapport needs \(StoreSchema.current): its owner runs `rapport db init` to upgrade it")
        }
        if version > StoreSchema.current {
            throw StoreError("the team store at \(location) has schema version \(version), newer than this rapport (\(StoreSchema.current)): upgrade rapport")
        }
    }

    /// Creates or upgrades the schema: each migration not yet applied, in order, in one
    /// transaction under an advisory lock, so two runs at once apply each migration once.
    /// Returns the versions it applied.
    public func migrate() async throws -> [Int] {
        try await transaction { store in
            try await store.run("SELECT pg_advisory_xact_lock(\(StoreSchema.lockKey))")
            try await store.run("CREATE TABLE IF NOT EXISTS rapport_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            let rows = try await store.run("SELECT coalesce(max(version), 0) FROM rapport_schema")
            let have = try rows.first.map { try $0.decode(Int.self) } ?? 0
            if have > StoreSchema.current {
                throw StoreError("the team store at \(store.location) has schema version \(have), newer than this rapport (\(StoreSchema.current)): upgrade rapport")
            }
            var applied: [Int] = []
            for version in (have + 1)..<(StoreSchema.current + 1) {
                for statement in StoreSchema.statements(StoreSchema.migrations[version - 1]) {
                    try await store.run(PostgresQuery(unsafeSQL: statement))
                }
                try await store.run("INSERT INTO rapport_schema (version) VALUES (\(version))")
                applied.append(version)
            }
            return applied
        }
    }
}
