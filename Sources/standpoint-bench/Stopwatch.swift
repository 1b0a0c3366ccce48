import Foundation

/// Monotonic wall-clock timing.
enum Stopwatch {
    /// Seconds `body` took, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
    }
}

/// CPU time of the calling thread: unlike wall time, it does not count the
/// time other processes on a loaded machine took the core away.
enum ThreadClock {
    /// Seconds of CPU the calling thread has used so far.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Percentiles of a sample of durations.
struct Percentiles: Codable {
    let p50: Double
    let p99: Double
    let max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        func at(_ q: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((q * Double(sorted.count)).rounded(.up)) - 1)]
        }
        p50 = at(0.50)
        p99 = at(0.99)
        max = sorted.last ?? 0
    }
}
