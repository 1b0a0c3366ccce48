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

    /// A suffix as `stem` compares it with the end of a word.
    private struct Suffix {
        /// Its bytes as a word's last eight are packed (`lastBytes`): the last lowest.
        let packed: UInt64
        /// The bits of a word's last eight bytes that the suffix covers.
        let mask: UInt64
        let count: Int
        /// Whether stripping it leaves a "y": "policies" → "policy", "denied" → "deny".
        let leavesY: Bool
    }

    /// The suffixes by their last byte, in one value so that a stem reads
    /// one global, not four at every suffix tried (each read is a call to
    /// `swift_once`), and compares a suffix as one number: stemming the
    /// benchmark's 1,000 documents' words took 20.4 M instructions with
    /// four arrays and byte comparisons, about 12 M so (callgrind, the
    /// words' terms 85.6 → 77.1 M).
    private struct Table {
        /// The suffixes ordered by their last byte, those of one byte in list order.
        let suffixes: [Suffix]
        /// Per byte: the positions in `suffixes` of the suffixes that end with it.
        let byLastByte: [Range<Int>]

        init(_ words: [String]) {
            // (Each word's last byte read once: reading it from the `String`
            // in the 256 searches below cost about 1 M instructions at every start.)
            let lastByte = words.map { Int($0.utf8.last!) }
            let order = words.indices.sorted { (lastByte[$0], $0) < (lastByte[$1], $1) }
            suffixes = order.map { k in
                let bytes = Array(words[k].utf8)
                return Suffix(
                    packed: bytes.reduce(0) { $0 << 8 | UInt64($1) }, mask: UInt64.max >> (64 - 8 * bytes.count),
                    count: bytes.count, leavesY: bytes.count == 3 && bytes[0] == UInt8(ascii: "i") && bytes[1] == UInt8(ascii: "e"))
            }
            byLastByte = (0..<256).map { byte in
                let first = order.firstIndex { lastByte[$0] == byte } ?? 0
                return first..<(first + order.count { lastByte[$0] == byte })
            }
        }

        /// The first suffix in list order that a word of `count` bytes,
        /// whose last eight are `last` (`lastBytes`), ends with and keeps
        /// three bytes before.
        ///
        /// Each suffix is compared with the word's end as one masked number,
        /// not byte by byte.
        @inline(__always)
        func suffix(of last: UInt64, count: Int) -> Suffix? {
            for k in byLastByte[Int(last & 0xFF)] {
                let suffix = suffixes[k]
                if count - suffix.count >= 3 && last & suffix.mask == suffix.packed { return suffix }
            }
            return nil
        }
    }

    private static let table = Table(suffixes)

    /// The stem of a lower case word.
    ///
    /// Suffixes are compared with the word's last bytes as numbers, and a
    /// word that keeps all its letters is returned as it came: with generic
    /// collection comparisons and an array per suffix a stem cost 1,400
    /// instructions, then 500 compared byte by byte (callgrind; linking stems
    /// every word of every point).
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
        var last: UInt64 = 0
        for k in max(0, length - 8)..<length { last = last << 8 | UInt64(buffer[k]) }
        return stem(buffer, count: length, lastBytes: last)
    }

    /// `stem(_:count:)` of a word whose last eight bytes (all of them if
    /// fewer) the caller has packed already in `last`, the last lowest, as
    /// `PackedWord.tail` holds them.
    static func stem(_ buffer: UnsafeMutableBufferPointer<UInt8>, count length: Int, lastBytes last: UInt64) -> Int {
        guard length > 4 else { return length }
        var count = length
        let bytes = UnsafeBufferPointer(buffer)
        if let suffix = table.suffix(of: last, count: count) {
            count -= suffix.count
            // "policies" → "policy", "denied" → "deny"
            if suffix.leavesY {
                buffer[count] = UInt8(ascii: "y")
                count += 1
            }
        } else if buffer[count - 1] == UInt8(ascii: "s")
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
