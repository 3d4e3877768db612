import Foundation

/// Where the team store is: a `postgres://user:password@host:port/database?sslmode=…` URL (also
/// `postgresql://`), from `--database`, `RAPPORT_DATABASE_URL` or the settings file. The password
/// comes from the URL, else `PGPASSWORD`, else `~/.pgpass` (or `PGPASSFILE`), and is never
/// shown: `description` masks it.
public struct StoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// libpq's `sslmode`: `disable` and `allow`/`prefer` (TLS only if the server offers it),
    /// `require` (TLS, certificate not checked), `verify-ca` and `verify-full` (checked).
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Reads a URL; the password is filled from `environment` and the password file when the
    /// URL has none. Errors name what is wrong and never echo a password.
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                passwordFile: String? = nil) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql"
        else {
            throw Problem(description: "the database URL must look like postgres://user@host:5432/database (got \(StoreLocation.masked(trimmed)))")
        }
        guard let host = components.host, !host.isEmpty else {
            throw Problem(description: "the database URL \(StoreLocation.masked(trimmed)) names no host: postgres://user@host:5432/database")
        }
        self.host = host
        port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw Problem(description: "the database port must be 1 to 65535") }
        user = components.user.flatMap { $0.removingPercentEncoding ?? $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (environment["PGDATABASE"] ?? user) : (path.removingPercentEncoding ?? path)
        var mode = TLSMode.prefer
        for item in components.queryItems ?? [] where item.name == "sslmode" {
            guard let value = item.value, let parsed = TLSMode(rawValue: value) else {
                throw Problem(description: "sslmode must be one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", ")) (got \(item.value ?? "nothing"))")
            }
            mode = parsed
        }
        tls = mode
        if let given = components.password {
            password = given.removingPercentEncoding ?? given
        } else if let fromEnvironment = environment["PGPASSWORD"], !fromEnvironment.isEmpty {
            password = fromEnvironment
        } else {
            let file = passwordFile ?? environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
            password = file.flatMap { StoreLocation.readPasswordFile($0) }.flatMap {
                StoreLocation.password(in: $0, host: host, port: port, database: database, user: user)
            }
        }
    }

    /// The URL with any password replaced by `***`, for messages.
    public var description: String {
        let credentials = user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user
        return "postgres://\(credentials)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)" + (tls == .prefer ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// Any text that may hold a URL with a password, masked (`postgres://u:secret@h` → `postgres://u:***@h`).
    public static func masked(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@") else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    /// `~/.pgpass`, as libpq reads it: ignored unless it is a regular file only its owner can read.
    static func readPasswordFile(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o077 == 0,
              info.st_size < 1 << 20
        else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// The password of the first `hostname:port:database:username:password` line that matches
    /// (`*` matches anything; `\:` and `\\` are escapes).
    static func password(in file: String, host: String, port: Int, database: String, user: String) -> String? {
        for line in file.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = []
            var current = ""
            var escaped = false
            for character in line {
                if escaped { current.append(character); escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == ":" && fields.count < 4 { fields.append(current); current = ""; continue }
                current.append(character)
            }
            fields.append(current)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }
}
