import Foundation

/// Hands memory the allocator holds free back to the system.
enum FreedMemory {
    /// Calls glibc's `malloc_trim(0)`, looked up at run time (Swift's Glibc
    /// module does not declare it); does nothing where it does not exist.
    ///
    /// The linker frees its term stores (some 90 MB at 10,000 documents)
    /// and later its index in the middle of the heap, as thousands of small
    /// blocks the allocator keeps; what linking makes afterwards mostly does
    /// not fit in them, so the process grew past them: trimmed, its peak
    /// resident memory at 10,000 documents fell about 20 MB, for 10-20 ms.
    static func trim() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = mallocTrim else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    /// Lets go of `value` and then trims the heap (`trim()`) on another
    /// thread, while the caller goes on; the group is done once both are.
    static func releaseAndTrim<Value>(_ value: consuming Value) -> DispatchGroup {
        let released = ReleasedElsewhere(value)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            released.release()
            trim()
        }
        return done
    }

    /// The address of `malloc_trim`, if the C library has one.
    nonisolated(unsafe) private static let mallocTrim = dlsym(nil, "malloc_trim")
}

/// A value to be let go of on another thread than the one that had it:
/// `release()` drops the only reference, so the value's memory is freed
/// there, while the first thread goes on.
///
/// `@unchecked Sendable`: the value is not touched after it is handed over,
/// and `release()` is called once, by one thread.
final class ReleasedElsewhere<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    /// Drops the value.
    func release() { value = nil }
}
