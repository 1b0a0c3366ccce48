import Foundation

extension Array where Element: Sendable {
    /// The array of `make(0)`, `make(1)`, … `make(count - 1)`, made on all
    /// cores, each element written once in place.
    ///
    /// Unlike filling `ResultSlots`, there is no optional per element, no lock
    /// per write and no second array to unwrap them into: at 10,000 documents
    /// the 300,000 cross-references were made as slots, compacted and then
    /// joined, three arrays of them at once.
    static func concurrentlyMade(count: Int, _ make: @Sendable (Int) -> Element) -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            if let address = buffer.baseAddress {
                let base = DisjointWrites(base: address)
                DispatchQueue.concurrentPerform(iterations: count) { i in (base.base + i).initialize(to: make(i)) }
            }
            initialized = count
        }
    }

    /// The array of `make(0, &state)`, `make(1, &state)`, … made on all
    /// cores in `runCount` runs of consecutive elements, each run with a
    /// `state` of its own (made by `makeState`) that its elements share:
    /// a cache, say, with no lock and no copy per element.
    static func concurrentlyMade<State>(
        count: Int, runCount: Int, state makeState: @Sendable () -> State,
        _ make: @Sendable (Int, inout State) -> Element
    ) -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            if let address = buffer.baseAddress {
                let base = DisjointWrites(base: address)
                let runs = Swift.max(1, Swift.min(runCount, count))
                DispatchQueue.concurrentPerform(iterations: runs) { r in
                    var state = makeState()
                    for i in (r * count / runs)..<((r + 1) * count / runs) { (base.base + i).initialize(to: make(i, &state)) }
                }
            }
            initialized = count
        }
    }
}

extension Array where Element: Sendable {
    /// The elements of `parts`, one part after another (`parts.joined()`),
    /// each part copied into its place on all cores, in a few runs of parts
    /// per core: the linker joins hundreds of thousands of links made in
    /// parallel (some 7 MB of theme links at 10,000 documents), which
    /// `flatMap` copied on one core.
    static func concurrentlyJoined(_ parts: [[Element]]) -> [Element] {
        var starts = [0]
        starts.reserveCapacity(parts.count + 1)
        for part in parts { starts.append(starts[starts.count - 1] + part.count) }
        let count = starts[parts.count]
        let offsets = starts
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            if let address = buffer.baseAddress {
                let base = DisjointWrites(base: address)
                let runs = Swift.max(1, Swift.min(parts.count, 4 * ProcessInfo.processInfo.activeProcessorCount))
                DispatchQueue.concurrentPerform(iterations: runs) { r in
                    for k in (r * parts.count / runs)..<((r + 1) * parts.count / runs) {
                        parts[k].withUnsafeBufferPointer { part in
                            guard let source = part.baseAddress else { return }
                            (base.base + offsets[k]).initialize(from: source, count: part.count)
                        }
                    }
                }
            }
            initialized = count
        }
    }
}

extension Array where Element: Sendable {
    /// Calls `update` with each position and its element, to change it in
    /// place, on all cores in a few runs of consecutive elements per core.
    ///
    /// The linker sets the claim of every point so: at 10,000 documents
    /// its 150,000 points (240 bytes each, 36 MB) were written one by one
    /// on one core, each a cache miss.
    mutating func concurrentlyUpdate(_ update: @Sendable (Int, inout Element) -> Void) {
        let count = self.count
        withUnsafeMutableBufferPointer { buffer in
            guard let address = buffer.baseAddress else { return }
            let base = DisjointWrites(base: address)
            let runs = Swift.max(1, Swift.min(count, 4 * ProcessInfo.processInfo.activeProcessorCount))
            DispatchQueue.concurrentPerform(iterations: runs) { r in
                for i in (r * count / runs)..<((r + 1) * count / runs) { update(i, &base.base[i]) }
            }
        }
    }
}

/// The start of a buffer that concurrent workers fill, each only its own
/// elements, so sharing the address is safe.
struct DisjointWrites<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
}
