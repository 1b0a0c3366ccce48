import Testing
@testable import StandpointAnalysis

/// The string pool hands back the first of equal strings.
@Suite struct StringPoolTests {
    /// An equal string made anew is handed back as the pooled one (the same
    /// storage), strings of one length but other bytes stay apart, and
    /// short strings pass through.
    @Test func equalStringsShareTheFirstOnesStorage() {
        var pool = StringPool()
        let first = String(repeating: "subject of 'said'", count: 1)
        let again = ["subject of ", "'said'"].joined()
        let other = "subject of 'wish'"
        #expect(pool.intern(first) == first)
        #expect(pool.intern(other) == other)
        let interned = pool.intern(again)
        #expect(interned == again)
        func address(_ string: String) -> UnsafeRawPointer? {
            string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        }
        #expect(address(interned) == address(first))
        #expect(pool.intern("short") == "short")
    }

    /// The storage of a string's bytes, to tell shared storage from a copy.
    static func address(_ string: String) -> UnsafeRawPointer? {
        string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    /// A thread's pool, put back after one document, hands the next
    /// document the strings the first pooled.
    @Test func aThreadsPoolIsKeptAcrossDocuments() {
        let first = ["carried over ", "from the statement"].joined()
        var pool = StringPool.takeFromThread()
        _ = pool.intern(first)
        pool.putBack()
        var next = StringPool.takeFromThread()
        let again = ["carried over from ", "the statement"].joined()
        #expect(Self.address(next.intern(again)) == Self.address(first))
        next.putBack()
    }

    /// Past its limit a pool takes no more strings, and hands each back as
    /// it is; those it took are still found.
    @Test func aFullPoolHandsStringsBackAsTheyAre() {
        var pool = StringPool()
        let taken = (0..<StringPool.limit).map { "rationale part number \($0)" }
        for string in taken { #expect(pool.intern(string) == string) }
        let late = "rationale part beyond the limit"
        #expect(pool.intern(late) == late)
        let lateAgain = ["rationale part ", "beyond the limit"].joined()
        #expect(Self.address(pool.intern(lateAgain)) == Self.address(lateAgain))
        let takenAgain = ["rationale part ", "number 7"].joined()
        #expect(Self.address(pool.intern(takenAgain)) == Self.address(taken[7]))
    }
}
