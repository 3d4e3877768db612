import Foundation
import LineEditor

/// Writing a file that may hold customer data: created or reopened owner-only (0600, whatever
/// the umask or the mode it had), written whole (short writes and interruptions retried) and
/// flushed to disk before it is reported saved.
enum PrivateFile {
    /// What went wrong, as a phrase to follow "could not write FILE: ".
    struct Failure: Error {
        var reason: String
    }

    /// A private file open for writing, in as many pieces as the caller has.
    struct Output {
        fileprivate let fd: Int32

        /// Writes every byte of `text`, or throws what went wrong.
        func write(_ text: String) throws(Failure) {
            var text = text
            var offset = 0
            var failure: Failure?
            text.withUTF8 { bytes in
                do throws(Failure) { try PrivateFile.writeAll(fd, UnsafeRawBufferPointer(bytes), from: &offset) } catch { failure = error }
            }
            if let failure { throw failure }
        }

        /// Flushes to disk and closes; throws when the bytes may not be on disk.
        func finish() throws(Failure) {
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        }

        /// Closes without flushing, after a failure.
        func abandon() { close(fd) }
    }

    /// Writes `bytes` to `fd` from `offset`, advancing it as bytes land, so that a retry after a
    /// full disk never repeats them; interrupted and short writes are carried on. The one
    /// write loop of the executable: the transcript journal, comments and reports use it.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, from offset: inout Int) throws(Failure) {
        while offset < bytes.count {
            let count = SystemCall.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw Failure(reason: count == 0 ? "nothing could be written" : String(cString: strerror(errno))) }
            offset += count
        }
    }

    static func open(_ path: String, appending: Bool) throws(Failure) -> Output {
        // Never through a symbolic link (it could point at any file of the user's), and only to
        // a regular file: a planted link is refused, not followed, emptied or chmodded.
        let fd = SystemCall.open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | (appending ? O_APPEND : O_TRUNC), 0o600)
        guard fd >= 0 else {
            throw Failure(reason: errno == ELOOP ? "it is a symbolic link; write to the file itself" : String(cString: strerror(errno)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw Failure(reason: "it is not a regular file")
        }
        fchmod(fd, 0o600)
        return Output(fd: fd)
    }

    /// Returns what went wrong, or nil when the text is on disk.
    static func write(_ text: String, to path: String, appending: Bool) -> String? {
        do {
            let output = try open(path, appending: appending)
            do { try output.write(text) } catch {
                output.abandon()
                throw error
            }
            try output.finish()
            return nil
        } catch let failure as Failure {
            return failure.reason
        } catch {
            return "\(error)"
        }
    }
}
