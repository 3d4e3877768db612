import Foundation
import LineEditor
import Synchronization

/// SIGTERM and SIGHUP (the terminal closed) end a session cleanly: the handler records the
/// signal, the blocked read returns (no SA_RESTART), and the loop writes a final event.
enum StopSignal {
    private static let signal = Atomic<Int32>(0)

    static var received: Int32? {
        let value = signal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// `interruptToo`: also end on SIGINT (when reading a pipe; on a terminal Ctrl-C clears the line).
    static func install(interruptToo: Bool) {
        // SIGPIPE too: output piped to `head` that stops reading ends the session with its
        // final event instead of killing it mid-write.
        var signals = [SIGTERM, SIGHUP, SIGPIPE]
        if interruptToo { signals.append(SIGINT) }
        // A parent may have started us with these blocked (threaded launchers do); unblock them.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in signals + [SIGINT] { sigaddset(&unblock, number) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        // Past a file-size limit, write(2) should fail with EFBIG (handled: kept in memory,
        // rescued at the end) rather than the process being killed.
        SystemCall.ignore(SIGXFSZ)
        for number in signals {
            SystemCall.handle(number) { number in StopSignal.signal.store(number, ordering: .relaxed) }
        }
    }
}
