/// A light English suffix stemmer for linking: "negotiations", "negotiating"
/// and "negotiate" share the stem "negoti"; "security" and "secure" share "secur".
///
/// Deliberately small (one suffix, then a final "e" and a doubled consonant)
/// so that its mistakes are predictable; synonym groups cover the rest.
enum Stemmer {
    private static let suffixes = [
        "izations", "isations", "ization", "isation", "ations", "ation", "ities", "ity", "ments",
        "ment", "ness", "ings", "ing", "ates", "ated", "ate", "ies", "ied", "ed", "ly",
    ]

    /// The stem of a lower case word.
    static func stem(_ word: String) -> String {
        guard word.utf8.count > 4, word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        var stem = word
        var stripped = false
        for suffix in suffixes where stem.hasSuffix(suffix) && stem.count - suffix.count >= 3 {
            stem.removeLast(suffix.count)
            if suffix == "ies" || suffix == "ied" { stem += "y" }
            stripped = true
            break
        }
        if !stripped && stem.hasSuffix("s") && !stem.hasSuffix("ss") && !stem.hasSuffix("is") && !stem.hasSuffix("us") {
            stem.removeLast()
            if stem.hasSuffix("se") || stem.hasSuffix("xe") || stem.hasSuffix("che") || stem.hasSuffix("she") {
                if stem.hasSuffix("sse") || stem.hasSuffix("xe") || stem.hasSuffix("che") || stem.hasSuffix("she") {
                    stem.removeLast()
                }
            }
        }
        if stem.count > 3 && stem.hasSuffix("e") { stem.removeLast() }
        let bytes = Array(stem.utf8)
        if bytes.count > 3, bytes[bytes.count - 1] == bytes[bytes.count - 2],
            !"lsz".utf8.contains(bytes[bytes.count - 1]),
            !"aeiou".utf8.contains(bytes[bytes.count - 1])
        {
            stem.removeLast()
        }
        return stem
    }
}
