import Foundation

/// Writing a file that may hold customer data: created or reopened owner-only (0600, whatever
/// the umask or the mode it had), written whole (short writes and interruptions retried) and
/// flushed to disk before it is reported saved.
enum PrivateFile {
    /// Returns what went wrong, or nil when the text is on disk.
    static func write(_ text: String, to path: String, appending: Bool) -> String? {
        // Never through a symbolic link (it could point at any file of the user's), and only to
        // a regular file: a planted link is refused, not followed, emptied or chmodded.
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | (appending ? O_APPEND : O_TRUNC), 0o600)
        guard fd >= 0 else {
            return errno == ELOOP ? "it is a symbolic link; write to the file itself" : String(cString: strerror(errno))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return "it is not a regular file" }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return String(cString: strerror(errno)) }
            offset += count
        }
        return fsync(fd) == 0 ? nil : String(cString: strerror(errno))
    }
}
