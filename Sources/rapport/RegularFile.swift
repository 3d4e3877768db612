import Foundation
import LineEditor

/// Reading a small file that must be a regular file, without blocking on a pipe or a device
/// and without reading past a limit; and the home folder, as HOME says (else the account's).
enum RegularFile {
    enum Outcome {
        case bytes([UInt8])
        case missing
        case notRegular
        case failed(String)
    }

    /// Up to `limit` bytes (one more, when there are more, so a caller can tell).
    static func read(_ path: String, limit: Int, followLinks: Bool = true) -> Outcome {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .failed(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { SystemCall.read(fd, $0.baseAddress, min($0.count, limit + 1 - bytes.count)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        return .bytes(bytes)
    }

    static var home: String {
        ProcessInfo.processInfo.environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
    }
}
