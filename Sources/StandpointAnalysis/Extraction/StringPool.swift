/// Equal strings kept once: `intern` hands back the first string equal to
/// the one given, so that the points of a document share the storage of the
/// rationale parts they repeat ("subject of 'said'", "asks to stop:
/// 'abandon'") instead of each holding its own copy.
struct StringPool {
    private var strings: Set<String> = []

    /// The pooled string equal to `string`. Strings of up to 15 bytes are
    /// stored inside the `String` value itself, with no storage to share,
    /// and are handed back as they are.
    mutating func intern(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return strings.insert(string).memberAfterInsert
    }
}
