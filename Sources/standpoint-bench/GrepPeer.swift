import Foundation

/// The floor for reading the text: `grep -c` over the same files, run as a process.
enum GrepPeer {
    /// Seconds `grep -r -c should FOLDER` takes (its output is discarded).
    static func seconds(over folder: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["grep", "-r", "-c", "should", folder]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let (seconds, _) = try Stopwatch.time {
            try process.run()
            process.waitUntilExit()
        }
        guard process.terminationStatus <= 1 else { throw BenchError("grep failed with status \(process.terminationStatus); is grep installed?") }
        return seconds
    }
}
