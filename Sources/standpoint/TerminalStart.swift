import ArgumentParser
import Foundation
import StandpointTerminal

/// Taking over the terminal, shared by the commands that draw full screen
/// (browse, present).
enum TerminalStart {
    /// Colours unless `NO_COLOR` is set to anything non-empty.
    static var useColor: Bool { ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true }

    /// Returns when standard input and output are a terminal; otherwise prints
    /// "standpoint: `need`; `instead`" and exits with status 1.
    static func requireTerminal(_ need: String, instead: String) throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            printError("standpoint: \(need); \(instead)")
            throw ExitCode.failure
        }
    }

    /// A terminal session, or one clear line on standard error and exit status 1.
    static func session(useColor: Bool) throws -> TerminalSession {
        do {
            return try TerminalSession(useColor: useColor)
        } catch let error as TerminalSession.SetupError {
            printError("standpoint: \(error)")
            throw ExitCode.failure
        }
    }
}
