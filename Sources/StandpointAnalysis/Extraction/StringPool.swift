/// Equal strings kept once: `intern` hands back the first string equal to
/// the one given, so that the points of a document share the storage of the
/// rationale parts they repeat ("subject of 'said'", "asks to stop:
/// 'abandon'") instead of each holding its own copy.
///
/// The strings are found by a scan of their `WordHash`es (FNV-1a over their
/// bytes; a document has some tens of different rationale parts) rather
/// than kept in a `Set<String>`: hashing each string with the standard
/// library's hasher and growing the set from empty took some 930
/// instructions an interned string (28 M on the benchmark's 1,000 documents).
struct StringPool {
    /// The pooled strings, in the order they were first given.
    private var strings: [String] = []
    /// The `WordHash` of each pooled string.
    private var hashes: [UInt64] = []

    /// The pooled string equal to `string`. Strings of up to 15 bytes are
    /// stored inside the `String` value itself, with no storage to share,
    /// and are handed back as they are.
    mutating func intern(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        let hash = WordHash.of(string.utf8)
        for k in hashes.indices where hashes[k] == hash && strings[k] == string {
            return strings[k]
        }
        hashes.append(hash)
        strings.append(string)
        return string
    }
}
