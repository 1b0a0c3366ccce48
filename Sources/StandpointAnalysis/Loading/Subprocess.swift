import Foundation

/// Runs a program directly (no shell, so no quoting of file names) and
/// collects its standard output, within a time limit and an output limit.
/// The loader runs `pdftotext` with it, and `standpoint doctor` its probes.
public enum Subprocess {
    /// How a run ended.
    public enum Outcome: Equatable, Sendable {
        /// The program exited; its status and standard output.
        case exited(status: Int32, output: [UInt8])
        /// It ran past the time limit and was killed.
        case timedOut
        /// It wrote more than the output limit and was killed.
        case outputTooLarge
        /// It could not be started.
        case failedToStart(String)
    }

    /// Runs `executable` with `arguments`; stdin is /dev/null, and stderr too
    /// unless `mergeErrors` sends it to the collected output.
    public static func run(
        _ executable: String, _ arguments: [String], timeout: Double, outputLimit: Int, mergeErrors: Bool = false
    ) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = mergeErrors ? pipe : FileHandle.nullDevice
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

    /// The path of the program `name` in the directories of `searchPath`
    /// (a `PATH`-style list), or nil when none has it.
    public static func locate(_ name: String, searchPath: String?) -> String? {
        for directory in (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
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
