/// Equal strings kept once: `intern` hands back the first string equal to
/// the one given, so that the points of a document share the storage of the
/// rationale parts they repeat ("subject of 'said'", "asks to stop:
/// 'abandon'") instead of each holding its own copy.
///
/// The strings are found by a scan of their byte counts, and compared only
/// where the count is the same (a document has some tens of different
/// rationale parts, few of one length; a string that repeats a literal of
/// the code, as most polarity reasons do, compares equal at once). Kept in
/// a `Set<String>`, hashing each string with the standard library's hasher
/// and growing the set from empty took some 930 instructions an interned
/// string (28 M on the benchmark's 1,000 documents); found by a scan of
/// their `WordHash`es, hashing each string's bytes took some 360 (10.9 M).
struct StringPool {
    /// The pooled strings, in the order they were first given.
    private var strings: [String] = []
    /// The number of UTF-8 bytes of each pooled string.
    private var counts: [Int] = []

    /// The pooled string equal to `string`. Strings of up to 15 bytes are
    /// stored inside the `String` value itself, with no storage to share,
    /// and are handed back as they are.
    mutating func intern(_ string: String) -> String {
        let count = string.utf8.count
        guard count > 15 else { return string }
        for k in counts.indices where counts[k] == count && strings[k] == string {
            return strings[k]
        }
        // Room for a document's parts at the first: growing from empty, the
        // two arrays were copied some five times a document (4 M).
        if strings.isEmpty {
            strings.reserveCapacity(32)
            counts.reserveCapacity(32)
        }
        counts.append(count)
        strings.append(string)
        return string
    }
}
