/// One word or punctuation mark of a sentence, located by its UTF-8 byte span
/// in the document's text.
///
/// A token keeps where its text starts rather than a copy of it: its
/// lower-case text is compared byte by byte where it is (`spells(_:)`,
/// `hasSuffix(_:)`, `WordTable`) and made into a `String` only where one is
/// needed (`lower`). A `String` per word cost some 230 instructions to make
/// and a retain and a release at every copy of a token, and arrays of tokens
/// were freed string by string (callgrind, `export --format json` of 1,000
/// synthetic documents: see `Tokenizer.makeWord`). Tokens are therefore valid
/// only while the bytes they were made from are, as `ExtractionRun` and
/// `HolderFinder` already require of the bytes they hold.
struct Token: Hashable {
    /// What kind of token this is.
    enum Kind: Sendable, Hashable {
        /// Letters, digits, internal hyphens, apostrophes and dots ("U.S.", "3.5", "we've").
        case word
        /// The possessive clitic "'s", split off its word.
        case possessive
        case comma
        /// `;`, `:` and dashes: clause boundaries.
        case clauseMark
        /// `.`, `!`, `?`, `…`.
        case stop
        /// An opening double quote (“ or «).
        case openQuote
        /// A closing double quote (” or »).
        case closeQuote
        /// A straight double quote, opening or closing by position.
        case straightQuote
        case openParen
        case closeParen
        /// Any other symbol.
        case symbol

        /// Whether a token of this kind opens or closes a quotation.
        var isQuoteMark: Bool { self == .openQuote || self == .closeQuote || self == .straightQuote }
    }

    // (The one-byte properties come last, together: between the others they
    // left padding that made a token 72 bytes rather than 64, copied with
    // every token written; callgrind, 1,000 documents: analysing them
    // 1,313.0 -> 1,307.1 M instructions.)

    /// `WordTable.hash` of `lower`, computed once so that lexicon look-ups do not hash the word again.
    let hash: UInt64
    /// Byte offset of the first byte in the document.
    let start: Int
    /// Byte offset one past the last byte in the document.
    let end: Int
    /// The lower-case text's length and first sixteen bytes, which word
    /// tables compare first (`PackedWord`).
    let packed: PackedWord
    /// The bytes that `start` and `end` count from.
    private let text: UnsafePointer<UInt8>
    let kind: Kind
    /// Whether the first character is an upper case letter.
    let isCapitalized: Bool
    /// Whether every letter is upper case and there are at least two ("NATO", "US").
    let isAllCaps: Bool

    init(
        kind: Kind, hash: UInt64, start: Int, end: Int, isCapitalized: Bool, isAllCaps: Bool, packed: PackedWord,
        text: UnsafePointer<UInt8>
    ) {
        self.kind = kind
        self.hash = hash
        self.start = start
        self.end = end
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.packed = packed
        self.text = text
    }

    var isWord: Bool { kind == .word }

    /// Whether the token has a lower-case text: words and the possessive "'s".
    private var hasText: Bool { kind == .word || kind == .possessive }

    /// Lower case text with curly apostrophes made straight; empty for punctuation other than words.
    ///
    /// A word of up to sixteen bytes is made from its packed bytes, which
    /// are that text, rather than by lower-casing its bytes one at a time,
    /// a loop that took 31 M instructions for 207,000 words (callgrind,
    /// 1,000 documents).
    var lower: String {
        guard hasText else { return "" }
        if packed.isWhole {
            var bytes = (packed.head.bigEndian, packed.tail.bigEndian)
            let count = packed.count
            return withUnsafeBytes(of: &bytes) { raw in
                String(decoding: raw.bindMemory(to: UInt8.self).suffix(count), as: UTF8.self)
            }
        }
        return String(unsafeUninitializedCapacity: end - start) { buffer in copyLower(into: buffer) }
    }

    /// Writes the lower-case text (as `lower` spells it) into `buffer`,
    /// which holds at least `end - start` bytes, and returns its length: for
    /// callers that look at the bytes before deciding to make a `String`.
    func copyLower(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard hasText else { return 0 }
        var count = 0
        var k = start
        while k < end {
            buffer[count] = lowerByte(at: &k)
            count += 1
        }
        return count
    }

    /// Whether the token's lower-case text is `word`.
    func spells(_ word: StaticString) -> Bool {
        packed.count == word.utf8CodeUnitCount && spells(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Whether the token's lower-case text is the word packed as `word`,
    /// whose bytes are `bytes` (read only for a word longer than sixteen bytes).
    @inline(__always)
    func spells(_ word: PackedWord, bytes: () -> Bool) -> Bool {
        packed == word && (word.isWhole || bytes())
    }

    /// Whether the token's lower-case text is `word`.
    func isSpelt(as word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { spells($0) } ?? (lower == word)
    }

    /// Whether the token's lower-case text is the bytes of `word`.
    func spells(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hasText else { return word.isEmpty }
        var i = 0
        var k = start
        while k < end {
            guard i < word.count, word[i] == lowerByte(at: &k) else { return false }
            i += 1
        }
        return i == word.count
    }

    /// Whether the token's lower-case text ends with `suffix`.
    ///
    /// A suffix of up to eight bytes is compared with the last eight bytes
    /// of the packed text (`PackedWord.tail`, which are those of `lower`,
    /// curly apostrophes made straight), with no loop over the token's
    /// bytes: reading them backwards, byte by byte, cost some 44
    /// instructions a call, 240,000 calls (callgrind, 1,000 documents).
    @inline(__always)
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard count <= 8 else { return hasLongSuffix(suffix) }
        // (A token without text packs no bytes: only the empty suffix ends it.)
        guard packed.count >= count else { return false }
        var bytes: UInt64 = 0
        for k in 0..<count { bytes = bytes << 8 | UInt64(suffix.utf8Start[k]) }
        let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(8 * count)) &- 1
        return packed.tail & mask == bytes
    }

    /// `hasSuffix(_:)` for a suffix longer than eight bytes, read byte by byte.
    private func hasLongSuffix(_ suffix: StaticString) -> Bool {
        guard hasText else { return suffix.utf8CodeUnitCount == 0 }
        var i = suffix.utf8CodeUnitCount
        var k = end
        while i > 0 {
            guard k > start else { return false }
            let byte: UInt8
            if k - 3 >= start && text[k - 3] == 0xE2 && text[k - 2] == 0x80 && text[k - 1] == 0x99 {
                byte = UInt8(ascii: "'")
                k -= 3
            } else {
                byte = Self.lowered(text[k - 1])
                k -= 1
            }
            i -= 1
            guard suffix.utf8Start[i] == byte else { return false }
        }
        return true
    }

    /// Whether the token starts with a digit.
    var startsWithDigit: Bool { hasText && text[start] >= UInt8(ascii: "0") && text[start] <= UInt8(ascii: "9") }

    /// The byte of the lower-case text that starts at byte `k` of the
    /// token, with `k` moved past it: an ASCII capital made small, a curly
    /// apostrophe (U+2019, three bytes) made "'".
    @inline(__always)
    private func lowerByte(at k: inout Int) -> UInt8 {
        if text[k] == 0xE2 && k + 2 < end && text[k + 1] == 0x80 && text[k + 2] == 0x99 {
            k += 3
            return UInt8(ascii: "'")
        }
        k += 1
        return Self.lowered(text[k - 1])
    }

    /// `byte` with an ASCII capital made small.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}

/// A word's lower-case bytes packed for comparison: its length and its last
/// sixteen bytes in two numbers.
///
/// Two words of at most sixteen bytes are equal exactly when their packed
/// forms are, as with `String`'s small strings; longer words are compared
/// byte by byte after that. The bytes are shifted in as they are read, so
/// packing a word costs the tokenizer no branch per byte.
struct PackedWord: Sendable, Hashable {
    /// The number of bytes.
    let count: Int
    /// The eight bytes before the last eight (the earliest highest), zeros before the word's start.
    let head: UInt64
    /// The last eight bytes (the last lowest), zeros before the word's start.
    let tail: UInt64

    init(count: Int, packed: (head: UInt64, tail: UInt64)) {
        self.count = count
        head = packed.head
        tail = packed.tail
    }

    /// The packed form of `bytes`.
    init(_ bytes: some Sequence<UInt8>) {
        var count = 0
        var packed: (UInt64, UInt64) = (0, 0)
        for byte in bytes {
            packed = Self.appending(byte, to: packed)
            count += 1
        }
        self.init(count: count, packed: packed)
    }

    /// The packed form of a string's bytes, read from its contiguous
    /// storage, as `WordHash.of(_:)` reads them: walking the `UTF8View`
    /// byte by byte cost some 200 instructions a word where the lexicon's
    /// tables are made (callgrind: 1.5 M at every start).
    init(_ utf8: String.UTF8View) {
        // (a string without contiguous storage byte by byte, by the generic `init`)
        self = utf8.withContiguousStorageIfAvailable { PackedWord($0) } ?? PackedWord(utf8.lazy.map { $0 })
    }

    /// The packed form of the empty word.
    static let empty = PackedWord(count: 0, packed: (0, 0))

    /// Whether the packed bytes are the whole word (at most sixteen).
    var isWhole: Bool { count <= 16 }

    /// `packed` with `byte` appended as its last byte; the seventeenth byte
    /// from the end drops out.
    @inline(__always)
    static func appending(_ byte: UInt8, to packed: (UInt64, UInt64)) -> (UInt64, UInt64) {
        (packed.0 << 8 | packed.1 >> 56, packed.1 << 8 | UInt64(byte))
    }
}
