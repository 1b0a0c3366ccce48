import Foundation

/// Runs a program directly (no shell, so no quoting of file names) and
/// collects its standard output, within a time limit and an output limit.
enum Subprocess {
    /// How a run ended.
    enum Outcome: Equatable {
        /// The program exited; its status and standard output.
        case exited(status: Int32, output: [UInt8])
        /// It ran past the time limit and was killed.
        case timedOut
        /// It wrote more than the output limit and was killed.
        case outputTooLarge
        /// It could not be started.
        case failedToStart(String)
    }

    /// Runs `executable` with `arguments`; stdin and stderr are /dev/null.
    static func run(_ executable: String, _ arguments: [String], timeout: Double, outputLimit: Int) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failedToStart(error.localizedDescription)
        }
        let killed = KillSwitch()
        let pid = process.processIdentifier
        let timer = DispatchWorkItem {
            if killed.set(.timedOut) { kill(pid, SIGKILL) }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        var output: [UInt8] = []
        let handle = pipe.fileHandleForReading
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            output.append(contentsOf: chunk)
            if output.count > outputLimit {
                if killed.set(.outputTooLarge) { kill(pid, SIGKILL) }
                break
            }
        }
        try? handle.close()
        process.waitUntilExit()
        timer.cancel()
        if let reason = killed.reason { return reason }
        return .exited(status: process.terminationStatus, output: output)
    }

    /// Records, once, why the process was killed.
    private final class KillSwitch: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Outcome?

        /// Sets the reason; false when one was already set.
        func set(_ reason: Outcome) -> Bool {
            lock.withLock {
                guard value == nil else { return false }
                value = reason
                return true
            }
        }

        var reason: Outcome? { lock.withLock { value } }
    }
}
