/// A light English suffix stemmer for linking: "negotiations" and
/// "negotiate" share the stem "negoti"; "security" and "secure" share "secur";
/// "sanctions" and "sanctioned" share "sanction".
///
/// Deliberately small (one suffix, then a final "e" and a doubled consonant)
/// so that its mistakes are predictable; synonym groups cover the rest.
///
/// It works on the word's bytes in a stack buffer (it only stems ASCII
/// words): with `String` suffix tests it was a fifth of the linker's time to
/// find terms on 10,000 synthetic documents.
enum Stemmer {
    private static let suffixes = [
        "izations", "isations", "ization", "isation", "ations", "ation", "ities", "ity", "ments",
        "ment", "ness", "ings", "ing", "ates", "ated", "ate", "ies", "ied", "ed", "ly",
    ]
    /// The suffixes' bytes one after another, and where each lies among them
    /// (one array rather than an array per suffix, which cost two reference
    /// counts per suffix tried).
    private static let suffixBytes: [UInt8] = suffixes.flatMap(\.utf8)
    private static let suffixRanges: [Range<Int>] = suffixes.reduce(into: []) { ranges, suffix in
        let start = ranges.last?.upperBound ?? 0
        ranges.append(start..<(start + suffix.utf8.count))
    }
    /// The suffixes by their last byte: `suffixOrder[byLastByte[b]]` are the
    /// positions in `suffixes` of those ending with byte `b`, in list order,
    /// so that a word is compared only with the suffixes its last byte
    /// allows (trying all twenty cost 120 instructions a word).
    private static let suffixOrder: [Int] = suffixes.indices.sorted { (suffixes[$0].utf8.last!, $0) < (suffixes[$1].utf8.last!, $1) }
    private static let byLastByte: [Range<Int>] = (0..<256).map { byte in
        let first = suffixOrder.firstIndex { Int(suffixes[$0].utf8.last!) == byte } ?? 0
        let count = suffixOrder.count { Int(suffixes[$0].utf8.last!) == byte }
        return first..<(first + count)
    }

    /// The stem of a lower case word.
    ///
    /// Suffixes are compared byte by byte from the end, and a word that keeps
    /// all its letters is returned as it came: with generic collection
    /// comparisons and an array per suffix a stem cost 1,400 instructions,
    /// now 500 (callgrind; linking stems every word of every point).
    static func stem(_ word: String) -> String {
        let length = word.utf8.count
        guard length > 4 else { return word }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 1) { buffer in
            let copied = buffer.initialize(fromContentsOf: word.utf8)
            for k in 0..<copied where buffer[k] >= 0x80 { return word }
            let count = stem(buffer, count: copied)
            guard count != length else { return word }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Stems the lower-case ASCII word in the first `count` bytes of
    /// `buffer` in place and returns the stem's length (`count` when the word
    /// keeps all its letters). `buffer` holds at least `count + 1` bytes:
    /// "policies" becomes "policy" by writing a "y" over the "i".
    ///
    /// The bytes are the caller's: linking stems a token's bytes without
    /// making a `String` of the word first (`PointTerms.extract`).
    static func stem(_ buffer: UnsafeMutableBufferPointer<UInt8>, count length: Int) -> Int {
        guard length > 4 else { return length }
        var count = length
        let bytes = UnsafeBufferPointer(buffer)
        var stripped = false
        suffixBytes.withUnsafeBufferPointer { suffixBytes in
            for position in byLastByte[Int(buffer[count - 1])] {
                let range = suffixRanges[suffixOrder[position]]
                guard count - range.count >= 3 else { continue }
                let suffix = UnsafeBufferPointer(rebasing: suffixBytes[range])
                guard ends(bytes, count, suffix) else { continue }
                count -= suffix.count
                // "policies" → "policy", "denied" → "deny"
                if suffix.count == 3 && suffix[0] == UInt8(ascii: "i") && suffix[1] == UInt8(ascii: "e") {
                    buffer[count] = UInt8(ascii: "y")
                    count += 1
                }
                stripped = true
                break
            }
        }
        if !stripped && buffer[count - 1] == UInt8(ascii: "s")
            && !ends(bytes, count, "ss") && !ends(bytes, count, "is") && !ends(bytes, count, "us")
        {
            count -= 1
            if ends(bytes, count, "sse") || ends(bytes, count, "xe") || ends(bytes, count, "che") || ends(bytes, count, "she") {
                count -= 1
            }
        }
        if count > 3 && buffer[count - 1] == UInt8(ascii: "e") { count -= 1 }
        if count > 3, buffer[count - 1] == buffer[count - 2] {
            switch buffer[count - 1] {
            case UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z"),
                UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                break
            default:
                count -= 1
            }
        }
        return count
    }

    /// Whether the first `count` bytes of `word` end with `suffix`.
    private static func ends(_ word: UnsafeBufferPointer<UInt8>, _ count: Int, _ suffix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count >= suffix.count else { return false }
        var k = count - suffix.count
        for byte in suffix {
            guard word[k] == byte else { return false }
            k += 1
        }
        return true
    }

    private static func ends(_ word: UnsafeBufferPointer<UInt8>, _ count: Int, _ suffix: StaticString) -> Bool {
        ends(word, count, UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
    }
}
