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
}
