import CEditLine
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Set by the SIGINT handler; el_gets then returns NULL with EINTR and the line is dropped.
let interruptFlag = Atomic<Bool>(false)

/// libedit on a terminal: emacs keys, history kept in a file, Tab completion, Ctrl-C clears
/// the line instead of quitting.
final class TerminalLineEditor: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let completer: Completer
    private let remembers: @Sendable (String) -> Bool
    private var promptText: UnsafeMutablePointer<CChar>
    private var closed = false

    init(historyPath: String?, remembers: @escaping @Sendable (String) -> Bool, completer: @escaping Completer) {
        self.historyPath = historyPath
        self.remembers = remembers
        self.completer = completer
        // libedit decodes input with the LC_CTYPE locale; under "C" it silently drops non-ASCII.
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
        if chosen == nil || chosen == "C" || chosen == "POSIX" { setlocale(LC_CTYPE, "C.UTF-8") }
        promptText = strdup("> ")
        editLine = el_init("rapport", rapport_stdin(), rapport_stdout(), rapport_stderr())
        history = history_init()
        rapport_history_setsize(history, 1000)
        rapport_history_setunique(history, 1)
        if let historyPath { rapport_history_load(history, historyPath) }
        rapport_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        rapport_el_set_editor(editLine, "emacs")
        rapport_el_set_signal(editLine, 1)
        rapport_el_set_history(editLine, history)
        rapport_el_set_prompt(editLine) { el in
            guard let el, let data = rapport_el_get_clientdata(el) else { return nil }
            return Unmanaged<TerminalLineEditor>.fromOpaque(data).takeUnretainedValue().promptText
        }
        // Add the function before binding it: binding an unknown name corrupts the heap.
        rapport_el_addfn(editLine, "rapport-complete", "Complete commands and ids") { el, _ in
            guard let el, let data = rapport_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<TerminalLineEditor>.fromOpaque(data).takeUnretainedValue().complete(el)
        }
        rapport_el_bind(editLine, "^I", "rapport-complete")
        // Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~, so a note
        // pasted over several lines arrives as one answer instead of one answer per line.
        rapport_el_addfn(editLine, "rapport-paste", "Insert pasted text as one line") { el, _ in
            guard let el, let data = rapport_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<TerminalLineEditor>.fromOpaque(data).takeUnretainedValue().paste(el)
        }
        rapport_el_bind(editLine, "^[[200~", "rapport-paste")
        fputs("\u{1B}[?2004h", rapport_stdout())
        fflush(rapport_stdout())
        installInterruptHandler()
    }

    /// Reads the pasted text up to the end marker and inserts it as one line: line breaks
    /// become "; " (a note's parts stay apart), other control characters are dropped.
    private func paste(_ el: OpaquePointer) -> UInt8 {
        let end: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~
        var bytes: [UInt8] = []
        var window: [UInt8] = []
        var ch: CChar = 0
        // A paste is bounded: past 64 KiB the rest is read and dropped rather than held.
        while el_getc(el, &ch) == 1 {
            let byte = UInt8(bitPattern: ch)
            window.append(byte)
            if window.count > end.count { window.removeFirst() }
            if bytes.count < 65_536 + end.count { bytes.append(byte) }
            if window == end {
                if bytes.suffix(end.count).elementsEqual(end) { bytes.removeLast(end.count) }
                break
            }
        }
        let text = TerminalLineEditor.joinPasted(String(decoding: bytes, as: UTF8.self))
        guard !text.isEmpty else { return UInt8(CC_REFRESH) }
        el_insertstr(el, text)
        return UInt8(CC_REFRESH)
    }

    /// Lines of a paste joined into one: "cfo\n12 ppl" → "cfo; 12 ppl" (no "; " after a line
    /// that already ends a sentence or a clause).
    static func joinPasted(_ text: String) -> String {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var joined = ""
        for line in lines {
            if let last = joined.last { joined += ".,;:!?".contains(last) ? " " : "; " }
            joined += line
        }
        return joined
    }

    private func installInterruptHandler() {
        // No SA_RESTART: el_gets must return so the line can be cleared.
        SystemCall.handle(SIGINT) { _ in interruptFlag.store(true, ordering: .relaxed) }
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    func readLine(prompt: String) -> LineInput {
        free(promptText)
        promptText = strdup(prompt)
        interruptFlag.store(false, ordering: .relaxed)
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editLine, &count) else {
            if errno == EINTR || interruptFlag.load(ordering: .relaxed) {
                // Move off the half-typed line so the next prompt starts clean.
                fputs("^C\n", rapport_stdout())
                el_reset(editLine)
                return .interrupted
            }
            return .endOfInput
        }
        if count <= 0 { return .endOfInput }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        if !line.trimmingCharacters(in: .whitespaces).isEmpty, remembers(line) { rapport_history_enter(history, line) }
        return .line(line)
    }

    private func complete(_ el: OpaquePointer) -> UInt8 {
        guard let info = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
        let word = String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let candidates = completer(before).filter { $0.hasPrefix(word) }
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            el_insertstr(el, String(candidates[0].dropFirst(word.count)) + " ")
            return UInt8(CC_REFRESH)
        }
        let common = candidates.dropFirst().reduce(candidates[0]) { String($0.commonPrefix(with: $1)) }
        if common.count > word.count {
            el_insertstr(el, String(common.dropFirst(word.count)))
            return UInt8(CC_REFRESH)
        }
        fputs("\n" + candidates.joined(separator: "  ") + "\n", rapport_stdout())
        return UInt8(CC_REDISPLAY)
    }

    func close() {
        guard !closed else { return }
        closed = true
        if let historyPath {
            // History holds customer words: owner-only, whatever the umask, and never written
            // through a link planted at its name (libedit writes by path).
            let fd = open(historyPath, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            var info = stat()
            if fd >= 0, fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                fchmod(fd, 0o600)
                rapport_history_save(history, historyPath)
            }
            if fd >= 0 { SystemCall.close(fd) }
        }
        fputs("\u{1B}[?2004l", rapport_stdout())
        fflush(rapport_stdout())
        el_end(editLine)
        history_end(history)
        free(promptText)
    }
}
