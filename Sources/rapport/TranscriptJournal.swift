import Foundation
import RapportCore

/// The transcript file of a live session: created owner-only in an owner-only folder, appended
/// one JSON line per event and flushed to disk (fsync) before the input is acknowledged.
/// A line that cannot be written stays in memory and is retried with the next one; what is
/// still unwritten at the end is saved to a rescue file rather than lost. What is on disk is
/// not kept in memory: the open descriptor still reads the session's file even when its path
/// was removed or replaced, so a long session costs no memory for its safety.
final class TranscriptJournal {
    enum Failure: Error, CustomStringConvertible {
        case folder(String, String)
        case file(String, String)
        /// A line could not be written or flushed to disk (why).
        case write(String)
        /// The file was removed or replaced under the session and could not be written again.
        case replaced

        /// What went wrong, to follow "could not save …: ".
        var reason: String {
            switch self {
            case .folder(_, let why), .file(_, let why), .write(let why): return why
            case .replaced: return "the file was removed or replaced while the session was running"
            }
        }

        var description: String {
            switch self {
            case .folder(let path, let why):
                return "rapport: cannot use the transcripts folder \(path): \(why). Pass --transcripts DIR with a folder you can write to."
            case .file(let path, let why):
                return "rapport: cannot open the transcript \(path): \(why)."
            case .write, .replaced:
                return "rapport: cannot save the transcript: \(reason)."
            }
        }
    }

    private(set) var path: String
    private var fd: Int32
    /// The file was removed on purpose (a session in which nothing happened): nothing to rescue.
    private var discarded = false
    /// Lines not yet on disk, oldest first.
    private var pending: [String] = []
    /// Bytes of the first pending line already on disk (a write cut short by a full disk).
    private var pendingOffset = 0
    private(set) var lastError: Failure?
    /// Set when the file was removed or replaced mid-session and written again; the shell
    /// reports it once.
    var recreated = false
    /// The folder the transcript is in, fsync'd after the file is created or replaced.
    private var folder: String { (path as NSString).deletingLastPathComponent }

    /// Creates `DIR/<UTC time>-<account slug>.jsonl` with the header as its first line.
    init(folder: String, header: TranscriptHeader, started: Date) throws(Failure) {
        try TranscriptJournal.prepare(folder: folder)
        let base = TranscriptJournal.fileStem(started: started, account: header.account)
        // The header is written under a hidden name first and the file then linked to its real
        // name, so a transcript never exists without its header (a kill or a full disk at the
        // start leaves no empty file behind).
        let hidden = (folder as NSString).appendingPathComponent(".\(base).\(getpid()).new")
        unlink(hidden)
        let descriptor = open(hidden, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw .file(hidden, String(cString: strerror(errno))) }
        defer { unlink(hidden) }
        fchmod(descriptor, 0o600)
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
        path = hidden
        fd = descriptor
        // The header is synced with the first event: one fsync fewer before the first prompt.
        do { try append(Transcript.line(header), sync: false) } catch {
            close(descriptor)
            throw .file(hidden, error.reason)
        }
        var attempt = 1
        var candidate: String
        var linked: Int32
        repeat {
            candidate = (folder as NSString).appendingPathComponent(attempt == 1 ? "\(base).jsonl" : "\(base)-\(attempt).jsonl")
            linked = link(hidden, candidate)
            // A file system without hard links: a rename, where nothing has that name yet.
            if linked != 0, errno == EPERM || errno == EOPNOTSUPP || errno == ENOTSUP {
                var existing = stat()
                if lstat(candidate, &existing) == 0 { errno = EEXIST } else { linked = rename(hidden, candidate) }
            }
            attempt += 1
        } while linked != 0 && errno == EEXIST && attempt < 100
        guard linked == 0 else {
            let why = String(cString: strerror(errno))
            close(descriptor)
            throw .file(candidate, why)
        }
        path = candidate
        // The new name must survive a power cut too: the folder's entry is synced.
        TranscriptJournal.syncFolder(folder)
    }

    /// Continues an existing transcript (for --resume).
    init(resuming path: String) throws(Failure) {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw .file(path, errno == ELOOP ? "it is a symbolic link; resume the file it points to" : String(cString: strerror(errno))) }
        // One writer at a time: a second resume, or a resume while the call still runs, would
        // interleave two sessions in one file.
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .file(path, "another rapport session is writing it; resume it once that session has ended")
        }
        self.path = path
        fd = descriptor
        // A line cut by a crash must stay on its own line, not glue onto the next event.
        var info = stat()
        var last: UInt8 = UInt8(ascii: "\n")
        if fstat(descriptor, &info) == 0, info.st_size > 0, pread(descriptor, &last, 1, off_t(info.st_size - 1)) == 1, last != UInt8(ascii: "\n") {
            try? append("")
        }
    }

    static func prepare(folder: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .folder(folder, "it is a file, not a folder") }
            // A folder that exists is left as it is (it may be shared on purpose, or sticky);
            // transcripts themselves are always created owner-only.
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .folder(folder, (error as NSError).localizedFailureReason ?? "it cannot be created")
            }
            chmod(folder, 0o700)
        }
        guard access(folder, W_OK | X_OK) == 0 else { throw .folder(folder, "permission denied") }
    }

    /// `20261127T014800Z-acme-corp`: sortable, and no account name can leave the folder.
    static func fileStem(started: Date, account: String?) -> String {
        // From the ISO timestamp: a DateFormatter would add milliseconds to start-up.
        let iso = TranscriptClock.iso(started)  // 2026-11-27T01:48:00.123Z
        let compact = iso.prefix(19).filter { $0 != "-" && $0 != ":" } + "Z"
        return compact + "-" + slug(account ?? "")
    }

    /// Letters and digits of any script, lowercased ("Zoë Müller GmbH" → `zoë-müller-gmbh`,
    /// "東京 Trading" → `東京-trading`); everything else (slashes, dots, controls, direction
    /// marks, spaces) becomes one dash, so no name can leave the folder or hide its ending.
    static func slug(_ text: String) -> String {
        var out = ""
        var letters = 0
        for character in text.precomposedStringWithCanonicalMapping.lowercased() {
            if character.isLetter || character.isNumber, character.unicodeScalars.allSatisfy({ !$0.properties.isBidiControl && $0.properties.generalCategory != .format }) {
                out.append(character)
                letters += 1
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
            if letters >= 40 || out.utf8.count >= 160 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "session" : out
    }

    /// Writes every pending line and this one, then fsyncs. Throws what went wrong; the lines
    /// stay pending and are retried on the next call.
    func append(_ line: String, sync: Bool = true) throws(Failure) {
        pending.append(line)
        do throws(Failure) {
            while let next = pending.first {
                let bytes = Array((next + "\n").utf8)
                try writeAll(bytes, from: &pendingOffset)
                pending.removeFirst()
                pendingOffset = 0
            }
            if sync, fsync(fd) != 0 && errno != EINVAL { throw Failure.write(String(cString: strerror(errno))) }
            // Removed or replaced under us (an editor, `sed -i`): write the session again, whole,
            // at the path; only if that fails is it a fault.
            if !namesOurFile() {
                guard rewrite() else { throw Failure.replaced }
                recreated = true
            }
        } catch {
            lastError = error
            throw error
        }
        lastError = nil
    }

    /// Removes the transcript of a session in which nothing happened, if the path still names
    /// this journal's own file (never a file put there since). True when it was removed.
    func discard() -> Bool {
        guard fd >= 0, !hasPending, namesOurFile(), unlink(path) == 0 else { return false }
        TranscriptJournal.syncFolder((path as NSString).deletingLastPathComponent)
        discarded = true
        return true
    }

    /// Whether the path still names the file this journal writes (same device and inode).
    private func namesOurFile() -> Bool {
        var mine = stat()
        var there = stat()
        guard fstat(fd, &mine) == 0, lstat(path, &there) == 0 else { return false }
        return mine.st_dev == there.st_dev && mine.st_ino == there.st_ino
    }

    /// Writes every line so far to a new file beside `path`, renames it over `path` (whatever is
    /// there now) and continues there.
    private func rewrite() -> Bool {
        let temporary = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).rewrite")
        unlink(temporary)
        guard let bytes = fileBytes() else { return false }
        let descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return false }
        fchmod(descriptor, 0o600)
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
        var offset = 0
        let saved = fd
        fd = descriptor
        if (try? writeAll(bytes, from: &offset)) == nil || fsync(descriptor) != 0 || rename(temporary, path) != 0 {
            fd = saved
            close(descriptor)
            unlink(temporary)
            return false
        }
        TranscriptJournal.syncFolder(folder)
        close(saved)
        return true
    }

    /// Everything in the session's file, read through the open descriptor (which still names
    /// the file after its path was removed or replaced).
    private func fileBytes() -> [UInt8]? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }

    /// fsyncs a folder, so a file created or renamed in it keeps its name after a power cut.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Writes `bytes` from `offset`, advancing it as bytes land, so a retry never repeats them.
    private func writeAll(_ bytes: [UInt8], from offset: inout Int) throws(Failure) {
        var failure: PrivateFile.Failure?
        bytes.withUnsafeBytes { buffer in
            do throws(PrivateFile.Failure) { try PrivateFile.writeAll(fd, buffer, from: &offset) } catch { failure = error }
        }
        if let failure { throw .write(failure.reason) }
    }

    var hasPending: Bool { !pending.isEmpty || lastError != nil }

    /// How many events are waiting for the disk.
    var pendingCount: Int { pending.count }

    /// Lines that never reached the disk.
    var unsavedLines: [String] { pending }

    /// Retries what is pending; if the file still cannot take it, writes the whole session to a
    /// rescue file in the home or temporary folder and returns its path.
    func closeAndRescue(header: TranscriptHeader?) -> String? {
        if discarded {
            close(fd)
            return nil
        }
        if !pending.isEmpty { try? append(pending.removeLast()) }
        defer { close(fd) }
        guard hasPending || !namesOurFile() else { return nil }
        // What reached the file (its header included), then what did not: the part of the first
        // pending line a full disk cut short, and the rest.
        var data = fileBytes() ?? []
        if !pending.isEmpty { data += Array((pending.joined(separator: "\n") + "\n").utf8).dropFirst(pendingOffset) }
        if data.isEmpty, let header { data = Array((Transcript.line(header) + "\n").utf8) }
        let stem = "rapport-rescue-" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        for folder in [home, NSHomeDirectory(), NSTemporaryDirectory()].compactMap({ $0 }) {
            // A rescue is never overwritten and never written through a link: a name already
            // taken gets a number.
            var out: Int32 = -1
            var rescue = ""
            for attempt in 1...50 where out < 0 {
                rescue = (folder as NSString).appendingPathComponent(stem + (attempt == 1 ? "" : "-\(attempt)") + ".jsonl")
                out = open(rescue, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                if out < 0 && errno != EEXIST && errno != ELOOP { break }
            }
            guard out >= 0 else { continue }
            let ok = data.withUnsafeBytes { write(out, $0.baseAddress, $0.count) } == data.count && fsync(out) == 0
            close(out)
            if ok { return rescue }
            unlink(rescue)  // a cut copy would look like a whole one
        }
        return nil
    }
}
