#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with `read(2)`: any bytes (invalid UTF-8 is replaced,
/// NUL bytes kept), `\r\n` endings, and a last line without a newline. A line is kept up to
/// `maximumLineBytes`; the rest of a longer one is read and dropped, never buffered.
public final class PlainLineReader: LineReader {
    /// 64 KiB: far more than any note, little enough that a runaway input cannot fill memory.
    public static let maximumLineBytes = 65_536
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes (bytes before it hold none).
    private var scanned = 0
    private var atEnd = false
    /// Dropping the rest of a line that was too long, up to its newline.
    private var skipping = false

    public init(fileDescriptor: Int32) {
        self.fd = fileDescriptor
    }

    public func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                if skipping {
                    skipping = false
                    start = newline + 1
                    scanned = start
                    compact()
                    continue
                }
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                scanned = start
                compact()
                return .line(line)
            }
            scanned = buffer.count
            if skipping {
                start = buffer.count
                scanned = start
                compact()
            } else if buffer.count - start > Self.maximumLineBytes {
                // Too long: the first part is the line, the rest up to its newline is dropped.
                var end = start + Self.maximumLineBytes
                while end > start, buffer[end] & 0xC0 == 0x80 { end -= 1 }  // whole characters only
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                skipping = true
                start = buffer.count
                scanned = start
                compact()
                return .line(line)
            }
            if atEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return .line(line)
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                atEnd = true
            } else if errno == EINTR {
                return .interrupted
            } else {
                atEnd = true
            }
        }
    }

    private func compact() {
        if start > 1 << 20 || start == buffer.count {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
    }

    public func close() {}
}
