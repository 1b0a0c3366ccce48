import StandpointModel

/// Splits a document's text into sentences by UTF-8 byte spans, and marks the
/// ones that are site furniture (boilerplate) rather than prose.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
/// brackets after it) followed by white space and a word that does not
/// continue the sentence; not after an abbreviation ("Mr.", "No. 5", "U.S.
/// officials"), an initial ("J. Smith"), inside a number ("3.5") or before a
/// lower case word. A line break ends a sentence unless the next line plainly
/// continues a hard-wrapped one (a long line ending mid-sentence, the next
/// starting in lower case). Very long runs without punctuation are cut at a
/// space (or, with no space, at a character boundary) so that no sentence
/// exceeds `maximumLength` bytes.
///
/// - Complexity: O(n) in the number of bytes.
public struct SentenceSegmenter: Sendable {
    /// The longest sentence, in bytes, before it is cut at a space.
    public var maximumLength: Int

    public init(maximumLength: Int = 2_000) {
        self.maximumLength = maximumLength
    }

    /// The sentences of `text`, in order, without surrounding white space.
    public func sentences(in text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { sentences(bytes: $0) }
    }

    func sentences(bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        let lexicon = Lexicon.shared
        var spans: [(Int, Int)] = []
        var start = 0
        let count = bytes.count
        // Room for a sentence every 100 bytes, more than most texts have:
        // grown from empty, the array was copied some six times a document
        // (callgrind, 1,000 documents: 2.3 M instructions).
        spans.reserveCapacity(count / 100 + 4)
        func emit(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper && Self.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower && Self.isSpace(bytes[upper - 1]) { upper -= 1 }
            if upper > lower { spans.append((lower, upper)) }
            start = end
        }
        // Bytes that can end a sentence (line feeds, terminators and the
        // first byte of an ellipsis) are stepped to eight at a time
        // (`nextCandidate`), while the sentence is short enough that no cut
        // is due: most bytes are none of them.
        let cutLength = maximumLength * 3 / 4
        var i = 0
        while i < count {
            i = Self.nextCandidate(bytes, from: i, before: min(count, start + cutLength))
            guard i < count else { break }
            let byte = bytes[i]
            if byte == 0x0A {
                if !continuesLine(bytes, newline: i) { emit(i + 1) }
                i += 1
                continue
            }
            if i - start >= cutLength && (byte == 0x20 || byte == 0x09) {
                emit(i)
                i += 1
                continue
            }
            if i - start >= maximumLength && (byte & 0xC0) != 0x80 {
                emit(i)
                continue
            }
            var terminatorEnd = -1
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                terminatorEnd = i + 1
            } else if byte == 0xE2 && i + 2 < count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6 {
                terminatorEnd = i + 3
            }
            guard terminatorEnd > 0 else {
                i += 1
                continue
            }
            var j = skipClosers(bytes, from: terminatorEnd)
            guard j >= count || bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D else {
                i = terminatorEnd
                continue
            }
            var next = j
            while next < count && (bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
            if next >= count || bytes[next] == 0x0A {
                emit(j)
                i = j
                continue
            }
            if byte == UInt8(ascii: "."), !endsSentence(bytes, dot: i, next: next, lexicon: lexicon) {
                i = terminatorEnd
                continue
            }
            if Self.isLowercaseASCII(bytes[next]) {
                i = terminatorEnd
                continue
            }
            j = min(j, count)
            emit(j)
            i = j
        }
        emit(count)
        return spans.enumerated().map { index, span in
            let range = ByteRange(start: span.0, end: span.1)
            let wholeLine = (span.0 == 0 || Self.lineStartsBefore(bytes, span.0))
                && (span.1 == count || Self.lineEndsAfter(bytes, span.1))
            let boilerplate = lexicon.boilerplate.isBoilerplate(
                UnsafeBufferPointer(rebasing: bytes[span.0..<span.1]), isWholeLine: wholeLine)
            return Sentence(index: index, range: range, isBoilerplate: boilerplate)
        }
    }

    /// Whether the line break at `newline` joins two halves of one sentence:
    /// this line is long (hard-wrapped prose, not a widget label) and ends
    /// mid-sentence, and the next starts with a lower case letter.
    func continuesLine(_ bytes: UnsafeBufferPointer<UInt8>, newline: Int) -> Bool {
        var next = newline + 1
        while next < bytes.count && (bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
        guard next < bytes.count, Self.isLowercaseASCII(bytes[next]) else { return false }
        var previous = newline - 1
        while previous >= 0 && (bytes[previous] == 0x20 || bytes[previous] == 0x09 || bytes[previous] == 0x0D) { previous -= 1 }
        guard previous >= 0 else { return false }
        var lineStart = previous
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        guard previous - lineStart >= 40 else { return false }
        let last = bytes[previous]
        return Self.isLowercaseASCII(last) || last == UInt8(ascii: ",") || last == UInt8(ascii: "-")
    }

    /// Skips closing quotes, brackets and further terminators after a sentence end.
    func skipClosers(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var j = index
        while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]")
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
            {
                j += 1
            } else if b == 0xE2 && j + 2 < bytes.count && bytes[j + 1] == 0x80
                && (bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 || bytes[j + 2] == 0xA6)
            {
                j += 3
            } else if b == 0xC2 && j + 1 < bytes.count && bytes[j + 1] == 0xBB {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    /// Whether the full stop at `dot` ends the sentence, given the first byte
    /// of the next word at `next`: not after an abbreviation or an initial.
    func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int, next: Int, lexicon: Lexicon) -> Bool {
        var wordStart = dot
        while wordStart > 0 {
            let b = bytes[wordStart - 1]
            if Tokenizer.isWordByte(b) || b == UInt8(ascii: ".") || b >= 0x80 { wordStart -= 1 } else { break }
        }
        guard wordStart < dot else { return true }
        // A word longer than any abbreviation and than a dotted one ("U.S",
        // "e.g") is neither, nor an initial: the stop ends the sentence, and
        // the word is not lower-cased and hashed to find that out.
        guard dot - wordStart <= max(lexicon.longestAbbreviation, 8) else { return true }
        // The word and the next are looked up lower-cased in a buffer on the
        // stack, by hash (WordSet), rather than as new Strings in Set<String>s.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: dot - wordStart) { buffer in
            // (Lower-cased, hashed and searched for a dot in one pass rather
            // than three; callgrind, 1,000 documents: segmenting 73.1 ->
            // 72.7 M instructions.)
            var hash = WordHash.empty
            var hasDot = false
            for k in wordStart..<dot {
                let lower = Self.lowercased(bytes[k])
                buffer[k - wordStart] = lower
                hash = WordHash.adding(lower, to: hash)
                hasDot = hasDot || lower == UInt8(ascii: ".")
            }
            let word = UnsafeBufferPointer(buffer)
            let nextIsDigit = bytes[next] >= 0x30 && bytes[next] <= 0x39
            if lexicon.abbreviations.contains(bytes: word, hash: hash) { return false }
            if nextIsDigit && lexicon.abbreviationsBeforeNumber.contains(bytes: word, hash: hash) { return false }
            let isInitial = dot - wordStart == 1 && bytes[wordStart] >= 0x41 && bytes[wordStart] <= 0x5A
            let isDotted = hasDot && dot - wordStart <= 8
            guard isInitial || isDotted else { return true }
            // "U.S. officials", "J. Smith": a name goes on, unless a word that starts sentences follows.
            var end = next
            while end < bytes.count && Tokenizer.isWordByte(bytes[end]) { end += 1 }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - next) { following in
                for k in next..<end { following[k - next] = Self.lowercased(bytes[k]) }
                return lexicon.sentenceStarters.contains(bytes: UnsafeBufferPointer(following))
            }
        }
    }

    static func lineStartsBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var k = index - 1
        while k >= 0 && (bytes[k] == 0x20 || bytes[k] == 0x09) { k -= 1 }
        return k < 0 || bytes[k] == 0x0A
    }

    static func lineEndsAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var k = index
        while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D) { k += 1 }
        return k >= bytes.count || bytes[k] == 0x0A
    }

    /// The first index from `i` on and before `limit` whose byte may end a
    /// sentence (`mayEndSentence`), or `limit` (or `i`, if that is past it).
    ///
    /// Sixteen bytes are compared at once with each of the five bytes looked
    /// for (SIMD16), and the first found is told by the comparisons' lanes;
    /// the last few bytes are tested eight at once, each of the five bytes
    /// looked for by the zero-byte test on the word XORed with it, then one
    /// at a time. A loop over single bytes took 13 instructions per byte, 54
    /// M of 63 M in segmenting 1,000 documents (callgrind); two words at a
    /// time tested so, with the byte then found one at a time, took 11.4 M
    /// in this function; sixteen bytes compared at once took segmenting
    /// 66.1 -> 61.0 M.
    static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, before limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return i }
        var i = i
        let lineFeeds = SIMD16<UInt8>(repeating: 0x0A)
        let dots = SIMD16<UInt8>(repeating: UInt8(ascii: "."))
        let exclamations = SIMD16<UInt8>(repeating: UInt8(ascii: "!"))
        let questions = SIMD16<UInt8>(repeating: UInt8(ascii: "?"))
        let ellipsisLeads = SIMD16<UInt8>(repeating: 0xE2)
        while i &+ 16 <= limit {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let found = (v .== lineFeeds) .| (v .== dots) .| (v .== exclamations) .| (v .== questions) .| (v .== ellipsisLeads)
            // (each lane a byte of ones or of zeros, the first lowest)
            let lanes = unsafeBitCast(found, to: SIMD2<UInt64>.self)
            if lanes.x | lanes.y != 0 {
                return i &+ lanes.firstByteLane
            }
            i &+= 16
        }
        while i + 8 <= limit {
            if mayEndSentence(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) != 0 { break }
            i += 8
        }
        while i < limit && !mayEndSentence(base[i]) { i += 1 }
        return i
    }

    /// Non-zero exactly when one of the eight bytes of `word` may end a sentence (`mayEndSentence`).
    @inline(__always)
    static func mayEndSentence(_ word: UInt64) -> UInt64 {
        hasByte(word, 0x0A) | hasByte(word, UInt8(ascii: ".")) | hasByte(word, UInt8(ascii: "!"))
            | hasByte(word, UInt8(ascii: "?")) | hasByte(word, 0xE2)
    }

    /// Non-zero exactly when one of the eight bytes of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// Whether `byte` is a line feed, `.`, `!`, `?` or the first byte of `…`.
    @inline(__always)
    static func mayEndSentence(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0xE2
    }

    static func lowercased(_ byte: UInt8) -> UInt8 { (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte }

    static func isLowercaseASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
