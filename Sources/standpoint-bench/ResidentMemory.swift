import Foundation

/// The process's resident memory, from Linux's /proc.
enum ResidentMemory {
    /// Peak resident set size since start or the last `resetPeak()`, in bytes (VmHWM).
    static func peakBytes() -> Int { field("VmHWM:") }

    /// Current resident set size in bytes (VmRSS).
    static func currentBytes() -> Int { field("VmRSS:") }

    /// Resets the peak to the current size (Linux 4.0+: writing 5 to clear_refs),
    /// so that each corpus size gets its own peak in one run.
    ///
    /// Memory the allocator still holds from an earlier size is handed back
    /// to the system first (glibc's `malloc_trim`): otherwise the peak of
    /// 10,000 documents measured after 1,000 starts from what the smaller
    /// run left resident, about 60 MB more than the same run alone.
    static func resetPeak() {
        trimAllocator()
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .ascii)
    }

    /// Calls glibc's `malloc_trim(0)`, looked up at run time: Swift's Glibc
    /// module does not declare it. Does nothing where it does not exist.
    private static func trimAllocator() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .ascii) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
