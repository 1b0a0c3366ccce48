/// Splits a span of UTF-8 text into `Token`s in one pass over its bytes.
///
/// Works on bytes rather than `Character`s: only ASCII and a handful of
/// punctuation code points (curly quotes, dashes, the ellipsis) matter to the
/// rules; every other non-ASCII scalar counts as part of a word.
///
/// - Complexity: O(n) in the number of bytes.
enum Tokenizer {
    /// The tokens of `bytes[range]`, with offsets into `bytes`.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
        guard bytes.baseAddress != nil, !range.isEmpty else { return [] }
        let scratch = UnsafeMutablePointer<Token>.allocate(capacity: range.count)
        defer { scratch.deallocate() }
        var hasQuoteMark = false
        return Array(UnsafeBufferPointer(start: scratch, count: write(bytes, in: range, into: scratch, hasQuoteMark: &hasQuoteMark)))
    }

    /// The tokens of `bytes[range]`, with offsets into `bytes`, written
    /// first into `scratch`.
    ///
    /// The tokens are written into the scratch buffer, then copied into an
    /// array of their number. Appending them to an array made with room for
    /// a token every three bytes asked at each token whether the array was
    /// uniquely referenced and had room, and copied the token through the
    /// stack (callgrind, 1,000 documents: tokenising in `makeUnits`
    /// 118.0 -> 106.2 M instructions).
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, scratch: TokenScratch) -> [Token] {
        guard bytes.baseAddress != nil, !range.isEmpty else { return [] }
        scratch.reserve(range.count)
        var hasQuoteMark = false
        let count = write(bytes, in: range, into: scratch.buffer, hasQuoteMark: &hasQuoteMark)
        scratch.hasQuoteMark = hasQuoteMark
        return Array(UnsafeBufferPointer(start: scratch.buffer, count: count))
    }

    /// Writes the tokens of `bytes[range]` at `out`, which has room for
    /// `range.count` of them, and returns their number; sets `hasQuoteMark`
    /// when one of them is a double quotation mark.
    private static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, into out: UnsafeMutablePointer<Token>, hasQuoteMark: inout Bool
    ) -> Int {
        guard let text = bytes.baseAddress else { return 0 }
        var count = 0
        /// Writes `token` after those written.
        @inline(__always)
        func append(_ token: Token) {
            (out + count).initialize(to: token)
            // (no overflow: there are fewer tokens than bytes)
            count &+= 1
        }
        // Word bytes are read from a table (`lowerWordBytes`): one load
        // tells a word byte and gives it in lower case.
        Self.lowerWordBytes.withUnsafeBufferPointer { lowerWordBytes in
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let byte = bytes[i]
                // A word byte opens a word: neither a space nor punctuation
                // is looked for (both calls took 15 M instructions, mostly
                // for words, on the benchmark's 1,000 documents).
                if lowerWordBytes[Int(byte)] == 0 {
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        i += 1
                        continue
                    }
                    let space = unicodeSpaceLength(bytes, at: i, end: end)
                    if space > 0 {
                        i += space
                        continue
                    }
                    if let (kind, length) = punctuation(bytes, at: i, end: end) {
                        if kind == .possessive {
                            append(
                                Token(
                                    kind: .possessive, hash: possessiveHash, start: i, end: i + length, isCapitalized: false,
                                    isAllCaps: false, packed: possessivePacked, text: text))
                        } else if kind != .word {
                            if kind.isQuoteMark { hasQuoteMark = true }
                            append(
                                Token(
                                    kind: kind, hash: WordHash.empty, start: i, end: i + length, isCapitalized: false, isAllCaps: false,
                                    packed: .empty, text: text))
                        }
                        // (and the space that mostly follows a comma or a stop, as after a word)
                        i += length
                        if i < end && bytes[i] == 0x20 { i &+= 1 }
                        continue
                    }
                }
                // A word. Its run of ASCII letters, digits and underscores is
                // read and hashed in one pass; a word that goes on past them
                // (apostrophes, inner hyphens and dots, non-ASCII letters) is
                // read again by `makeWord`. Reading each word twice, a scan for
                // its end and then `makeWord`, took 47 instructions per byte of
                // it. Packing the bytes and counting capitals at every byte
                // took 29; done eight bytes at a time once the word's end is
                // known (`asciiWord`), the loop is left with the hash, 8
                // (callgrind, 1,000 documents: tokenising, with skipping the
                // look-ups for spaces and punctuation at word bytes, 174 ->
                // 146 M instructions).
                let start = i
                var hash = WordHash.empty
                var j = i
                // Eight bytes a round while eight are left, the end not
                // tested at each (callgrind, 1,000 documents: 3.0 M word
                // bytes, nine instructions each when it was).
                scan: while true {
                    guard j &+ 8 <= end else {
                        while j < end, case let lowered = lowerWordBytes[Int(bytes[j])], lowered != 0 {
                            hash = WordHash.adding(lowered, to: hash)
                            j += 1
                        }
                        break
                    }
                    for k in 0..<8 {
                        let lowered = lowerWordBytes[Int(bytes[j &+ k])]
                        guard lowered != 0 else {
                            j &+= k
                            break scan
                        }
                        hash = WordHash.adding(lowered, to: hash)
                    }
                    j &+= 8
                }
                let runEnd = j
                // A word mostly ends at a space: nothing to look at then.
                // Otherwise it may go on (`wordEnd`), out of line so that this
                // loop keeps more of its values in registers (callgrind, 1,000
                // documents: makeUnits 108.8 -> 107.7 M instructions).
                if j < end && bytes[j] != 0x20 { j = wordEnd(bytes, start: start, from: j, end: end) }
                if j == start { j = min(end, start + utf8Length(bytes[start])) }
                append(j == runEnd ? asciiWord(bytes, start, j, hash: hash) : makeWord(bytes, start, j))
                // The space that mostly follows a word is stepped over here
                // rather than read again at the top of the loop, which took
                // some fifteen instructions to tell it a space (callgrind,
                // 1,000 documents: 450,000 spaces).
                i = j < end && bytes[j] == 0x20 ? j &+ 1 : j
            }
        }
        return count
    }

    /// Where the word that starts at `start` ends, its run of ASCII letters,
    /// digits and underscores read up to `from`, where a byte other than a
    /// space follows: past apostrophes, inner hyphens and dots, and non-ASCII
    /// letters ("we’ve", "well-known", "3.5", "Zürich"), and the final dot
    /// of "U.S.".
    @inline(never)
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, from: Int, end: Int) -> Int {
        var j = from
        while j < end, bytes[j] != 0x20 {
            let b = bytes[j]
            if isWordByte(b) {
                j += 1
                continue
            }
            if b >= 0x80 {
                if punctuation(bytes, at: j, end: end) != nil {
                    if isApostrophe(bytes, at: j, end: end), let next = apostropheContinuation(bytes, at: j, end: end) {
                        // "we’ve", "don’t": keep inside the word unless it is the possessive 's
                        if next.isPossessive { break }
                        j = next.index
                        continue
                    }
                    break
                }
                j = min(end, j + utf8Length(b))
                continue
            }
            if b == UInt8(ascii: "'") {
                if let next = apostropheContinuation(bytes, at: j, end: end), !next.isPossessive {
                    j = next.index
                    continue
                }
                break
            }
            if (b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) && j + 1 < end && isWordByte(bytes[j + 1]) {
                j += 2
                continue
            }
            break
        }
        // "U.S." keeps its final dot: letters separated by dots.
        if j < end && bytes[j] == UInt8(ascii: ".") && isDottedAcronym(bytes, start, j) { j += 1 }
        return j
    }

    /// The length of a non-ASCII space at `i` (no-break, thin, ideographic…), or 0.
    static func unicodeSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = bytes[i]
        if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] <= 0x8A || bytes[i + 2] == 0xAF) { return 3 }
        if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x81 && bytes[i + 2] == 0x9F { return 3 }
        if b == 0xE3 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// Per byte value: 0 where it is not an ASCII letter, digit or
    /// underscore (`isWordByte`), else the byte in lower case.
    static let lowerWordBytes: [UInt8] = (0...255).map { value in
        let b = UInt8(value)
        return isWordByte(b) ? Token.lowered(b) : 0
    }

    /// The token of the word `bytes[start..<end]`, all of whose bytes are
    /// ASCII letters, digits or underscores, and whose lower-case bytes
    /// hash to `hash`: the token `makeWord` makes of it, its packed bytes
    /// and capitals read eight bytes at a time.
    @inline(__always)
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Token {
        let count = end &- start
        guard let text = bytes.baseAddress else { return makeWord(bytes, start, end) }
        // A word of up to eight bytes (most words), one read, tested first:
        // behind the test for sixteen bytes it took some ten instructions
        // more (callgrind, 1,000 documents: makeUnits 107.7 -> 103.0 M).
        if count <= 8 && end >= 8 {
            let word = AsciiWordBytes(text + (end &- 8), count: count)
            return Token(
                kind: .word, hash: hash, start: start, end: end, isCapitalized: text[start] &- 0x41 < 26,
                isAllCaps: word.capitals & (word.capitals &- 1) != 0 && word.smallLetters == 0,
                packed: PackedWord(count: count, packed: (0, word.lower)), text: text)
        }
        // Near the start of the text, or in a word longer than sixteen bytes,
        // the bytes are read one by one.
        guard end >= 16, count <= 16 else { return makeWord(bytes, start, end) }
        let tail = AsciiWordBytes(text + (end &- 8), count: 8)
        let first = AsciiWordBytes(text + (end &- 16), count: count &- 8)
        // (the first half's capitals stand in for bits the second's cannot have)
        let capitals = tail.capitals | (first.capitals != 0 ? 1 : 0) | (first.capitals & (first.capitals &- 1) != 0 ? 2 : 0)
        return Token(
            kind: .word, hash: hash, start: start, end: end, isCapitalized: text[start] &- 0x41 < 26,
            isAllCaps: capitals & (capitals &- 1) != 0 && tail.smallLetters | first.smallLetters == 0,
            packed: PackedWord(count: count, packed: (first.lower, tail.lower)), text: text)
    }

    /// Whether `b` is an ASCII letter, digit or underscore: a bit of one of
    /// two masks (bytes below 0x40 and from 0x40 to 0x7F), one test instead of four.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        let mask: UInt64 = b < 0x40 ? 0x03FF_0000_0000_0000 : b < 0x80 ? 0x07FF_FFFE_87FF_FFFE : 0
        return mask & (1 &<< UInt64(b & 63)) != 0
    }

    static func utf8Length(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    /// Whether `bytes[start..<end]` looks like "U.S" or "e.g" (single letters between dots).
    static func isDottedAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var letters = 0
        var k = start
        while k < end {
            guard isWordByte(bytes[k]) else { return false }
            letters += 1
            if k + 1 < end {
                guard bytes[k + 1] == UInt8(ascii: ".") else { return false }
                k += 2
            } else {
                k += 1
            }
        }
        return letters >= 2
    }

    static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        bytes[i] == UInt8(ascii: "'")
            || (i + 2 < end && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
    }

    /// After an apostrophe inside a word: where the word continues, and whether it is the possessive "'s".
    static func apostropheContinuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (index: Int, isPossessive: Bool)? {
        let length = bytes[i] == UInt8(ascii: "'") ? 1 : 3
        let next = i + length
        guard next < end, isWordByte(bytes[next]) else { return nil }
        let isS = bytes[next] == UInt8(ascii: "s") || bytes[next] == UInt8(ascii: "S")
        let afterS = next + 1
        if isS && (afterS >= end || !isWordByte(bytes[afterS])) { return (next, true) }
        return (next, false)
    }

    /// The punctuation token at `i`, if any, and its length in bytes.
    static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Token.Kind, Int)? {
        let b = bytes[i]
        if b < 0x80 {
            switch b {
            case UInt8(ascii: ","): return (.comma, 1)
            case UInt8(ascii: ";"), UInt8(ascii: ":"): return (.clauseMark, 1)
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return (.stop, 1)
            case UInt8(ascii: "\""): return (.straightQuote, 1)
            case UInt8(ascii: "("), UInt8(ascii: "["): return (.openParen, 1)
            case UInt8(ascii: ")"), UInt8(ascii: "]"): return (.closeParen, 1)
            case UInt8(ascii: "'"):
                if i + 1 < end && (bytes[i + 1] == UInt8(ascii: "s") || bytes[i + 1] == UInt8(ascii: "S"))
                    && (i + 2 >= end || !isWordByte(bytes[i + 2])) && i > 0 && (isWordByte(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "."))
                {
                    return (.possessive, 2)
                }
                return (.symbol, 1)
            case UInt8(ascii: "-"):
                if i + 1 < end && bytes[i + 1] == UInt8(ascii: "-") { return (.clauseMark, 2) }
                let spaced = (i + 1 >= end || bytes[i + 1] == 0x20) && (i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A)
                return spaced ? (.clauseMark, 1) : (.symbol, 1)
            default:
                return isWordByte(b) ? nil : (.symbol, 1)
            }
        }
        if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x9C: return (.openQuote, 3)
            case 0x9D: return (.closeQuote, 3)
            case 0x98: return (.symbol, 3)
            case 0x99:
                if i + 3 < end && (bytes[i + 3] == UInt8(ascii: "s") || bytes[i + 3] == UInt8(ascii: "S"))
                    && (i + 4 >= end || !isWordByte(bytes[i + 4])) && i > 0 && (isWordByte(bytes[i - 1]) || bytes[i - 1] >= 0x80 || bytes[i - 1] == UInt8(ascii: "."))
                {
                    return (.possessive, 4)
                }
                return (.symbol, 3)
            case 0x93, 0x94, 0x95: return (.clauseMark, 3)
            case 0xA6: return (.stop, 3)
            case 0x80...0x8F, 0xAF: return (.symbol, 3)
            default: return (.symbol, 3)
            }
        }
        if b == 0xC2 && i + 1 < end {
            switch bytes[i + 1] {
            case 0xAB: return (.openQuote, 2)
            case 0xBB: return (.closeQuote, 2)
            default: return (.symbol, 2)
            }
        }
        return nil
    }

    static let possessiveHash = WordHash.of("'s".utf8)
    static let possessivePacked = PackedWord("'s".utf8)

    /// A word token: the hash of its lower-case text (curly apostrophes made
    /// straight) and its capitals, in one pass over its bytes. The text
    /// itself is read where it lies when asked for (`Token`): making a
    /// `String` of every word took 132 M instructions of the 265 M that
    /// tokenising took (callgrind, 1,000 documents).
    static func makeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token {
        var word = WordReader()
        var k = start
        while k < end {
            let b = bytes[k]
            if b == 0xE2 && k + 2 < end && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x99 {
                word.append(UInt8(ascii: "'"))
                k += 3
            } else {
                word.append(b)
                k += 1
            }
        }
        return word.token(bytes, start, end)
    }
}

/// Up to eight bytes of an ASCII word (letters, digits, underscores), read
/// at once: in lower case, the last lowest as `PackedWord` keeps them, and
/// which of them were capitals and small letters.
struct AsciiWordBytes {
    /// The bytes in lower case, the last lowest, zeros before the first.
    let lower: UInt64
    /// The top bit of each byte that is a capital.
    let capitals: UInt64
    /// The bytes as read, zeros before the first.
    private let word: UInt64

    /// The top bit of each byte that is a small letter: computed only when
    /// asked, for a word of two capitals or more (callgrind, 1,000
    /// documents: computed for every word, 2.3 M instructions more).
    var smallLetters: UInt64 { (word &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(word &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080 }

    /// The last `count` (1 to 8) of the eight bytes at `address`.
    @inline(__always)
    init(_ address: UnsafePointer<UInt8>, count: Int) {
        let loaded = UInt64(bigEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
        let word = loaded & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count))
        let tops: UInt64 = 0x8080_8080_8080_8080
        // Each byte is below 0x80, so adding to it carries into no other:
        // its top bit is then set for 0x41 ... 0x5A ("A" ... "Z") and for
        // 0x61 ... 0x7A ("a" ... "z").
        capitals = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & tops
        lower = word | capitals &>> 2
        self.word = word
    }
}

/// What a word token is made of, gathered a byte at a time: the hash and
/// packed form of its lower-case bytes and its capitals.
struct WordReader {
    private var hash = WordHash.empty
    private var packed: (UInt64, UInt64) = (0, 0)
    private var count = 0
    private var upperLetters = 0

    /// Adds the next byte of the word: an ASCII capital is counted and made
    /// small (without a branch), any other byte taken as it is.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        append(byte, isUpper: byte &- 0x41 < 26)
    }

    /// Adds the next byte of the word, known to be an ASCII capital or not.
    @inline(__always)
    mutating func append(_ byte: UInt8, isUpper: Bool) {
        upperLetters &+= isUpper ? 1 : 0
        let lowered = byte | (isUpper ? 0x20 : 0)
        hash = WordHash.adding(lowered, to: hash)
        packed = PackedWord.appending(lowered, to: packed)
        count &+= 1
    }

    /// The word token of `bytes[start..<end]`, whose bytes were appended.
    /// Whether it has small letters is asked only of a word with two
    /// capitals or more, by reading it again: counting them at every byte
    /// of every word cost more.
    @inline(__always)
    func token(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token {
        let first = bytes[start]
        let capitalized = (first >= 0x41 && first <= 0x5A) || (first == 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E)
        let isAllCaps = upperLetters >= 2 && !bytes[start..<end].contains { $0 &- 0x61 < 26 }
        return Token(
            kind: .word, hash: hash, start: start, end: end, isCapitalized: capitalized, isAllCaps: isAllCaps,
            packed: PackedWord(count: count, packed: packed), text: bytes.baseAddress!)
    }
}
