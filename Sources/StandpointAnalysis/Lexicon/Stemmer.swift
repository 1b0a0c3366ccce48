/// A light English suffix stemmer for linking: "negotiations" and
/// "negotiate" share the stem "negoti"; "security" and "secure" share "secur";
/// "sanctions" and "sanctioned" share "sanction".
///
/// Deliberately small (one suffix, then a final "e" and a doubled consonant)
/// so that its mistakes are predictable; synonym groups cover the rest.
///
/// It works on the word's bytes (it only stems ASCII words): with `String`
/// suffix tests it was a fifth of the linker's time to find terms on
/// 10,000 synthetic documents.
enum Stemmer {
    private static let suffixes: [[UInt8]] = [
        "izations", "isations", "ization", "isation", "ations", "ation", "ities", "ity", "ments",
        "ment", "ness", "ings", "ing", "ates", "ated", "ate", "ies", "ied", "ed", "ly",
    ].map { Array($0.utf8) }
    /// Suffixes after which the stem ends in "y" ("policies" → "policy").
    private static let yEndings: [[UInt8]] = [Array("ies".utf8), Array("ied".utf8)]

    /// The stem of a lower case word.
    static func stem(_ word: String) -> String {
        guard word.utf8.count > 4, word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        var stem = Array(word.utf8)
        func ends<Suffix: Collection<UInt8>>(_ suffix: Suffix) -> Bool {
            stem.count >= suffix.count && stem[(stem.count - suffix.count)...].elementsEqual(suffix)
        }
        var stripped = false
        for suffix in suffixes where ends(suffix) && stem.count - suffix.count >= 3 {
            stem.removeLast(suffix.count)
            if yEndings.contains(suffix) { stem.append(UInt8(ascii: "y")) }
            stripped = true
            break
        }
        if !stripped && stem.last == UInt8(ascii: "s") && !ends("ss".utf8) && !ends("is".utf8) && !ends("us".utf8) {
            stem.removeLast()
            if ends("sse".utf8) || ends("xe".utf8) || ends("che".utf8) || ends("she".utf8) { stem.removeLast() }
        }
        if stem.count > 3 && stem.last == UInt8(ascii: "e") { stem.removeLast() }
        if stem.count > 3, stem[stem.count - 1] == stem[stem.count - 2],
            !"lsz".utf8.contains(stem[stem.count - 1]),
            !"aeiou".utf8.contains(stem[stem.count - 1])
        {
            stem.removeLast()
        }
        return String(decoding: stem, as: UTF8.self)
    }
}
