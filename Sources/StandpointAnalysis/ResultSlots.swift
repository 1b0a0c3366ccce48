import Foundation

/// Fixed slots that concurrent workers fill by index, each slot written once:
/// how `Analyzer` (and the benchmark, stage by stage) gathers per-document
/// results from `DispatchQueue.concurrentPerform` without shared mutable arrays.
public final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    /// `count` empty slots.
    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// The value in slot `index`, nil until a worker fills it.
    public subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// The value in slot `index`, leaving the slot empty: the caller then
    /// holds the only copy and can change it in place.
    public func take(_ index: Int) -> Value? {
        lock.withLock {
            defer { storage[index] = nil }
            return storage[index]
        }
    }

    /// Every slot, in index order.
    public var values: [Value?] { lock.withLock { storage } }
}
