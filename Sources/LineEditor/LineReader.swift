/// What a read of one line gave.
public enum LineInput: Sendable, Equatable {
    case line(String)
    /// Ctrl-C: the partial line was dropped; ask again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Reads the rep's input a line at a time: libedit on a terminal, plain lines from a pipe.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Saves history and gives the terminal back. Call once, before exiting.
    func close()
}

/// Offers completions for the word before the cursor, given the whole line up to the cursor.
public typealias Completer = @Sendable (_ lineBeforeCursor: String) -> [String]

public enum LineReaders {
    /// libedit when stdin is a terminal, plain line reading otherwise (pipes, CI, tests never
    /// touch terminal code or ~/.editrc).
    /// `remembers` decides which lines go into the history (by default, only commands: a
    /// customer's answers are personal data and stay in the transcript only).
    public static func make(historyPath: String?, remembers: @escaping @Sendable (String) -> Bool = { $0.hasPrefix("/") },
                            completer: @escaping Completer) -> LineReader {
        if isatty(STDIN_FILENO) == 1 {
            return TerminalLineEditor(historyPath: historyPath, remembers: remembers, completer: completer)
        }
        return PlainLineReader(fileDescriptor: STDIN_FILENO)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
