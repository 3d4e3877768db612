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
    public static func make(historyPath: String?, completer: @escaping Completer) -> LineReader {
        if isatty(STDIN_FILENO) == 1 {
            return TerminalLineEditor(historyPath: historyPath, completer: completer)
        }
        return PlainLineReader(fileDescriptor: STDIN_FILENO)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
