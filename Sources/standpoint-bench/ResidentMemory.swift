import Foundation

/// The process's resident memory, from Linux's /proc.
enum ResidentMemory {
    /// Peak resident set size since start or the last `resetPeak()`, in bytes (VmHWM).
    static func peakBytes() -> Int { field("VmHWM:") }

    /// Current resident set size in bytes (VmRSS).
    static func currentBytes() -> Int { field("VmRSS:") }

    /// Resets the peak to the current size (Linux 4.0+: writing 5 to clear_refs),
    /// so that each corpus size gets its own peak in one run.
    static func resetPeak() { try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .ascii) }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .ascii) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
