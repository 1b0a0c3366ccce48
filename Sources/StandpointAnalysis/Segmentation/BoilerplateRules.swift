import Foundation

/// The site-furniture rules of boilerplate.txt, applied to one sentence.
///
/// Rules and sentences are compared as lower-cased UTF-8 bytes (curly quotes
/// and dashes made ASCII, runs of white space made one space), so a check costs
/// a few byte comparisons rather than Unicode string searches.
struct BoilerplateRules: Sendable {
    /// Whole-sentence rules, looked up by the hash of the sentence's bytes.
    let lines: WordSet
    /// The longest `lines` rule: a longer sentence is never looked up.
    let longestLine: Int
    /// Rules grouped by their first byte (prefixes, fragments) or last byte
    /// (suffixes), so that a sentence is compared only with the rules that
    /// can match where it stands: 1,000 synthetic documents took 155 M
    /// instructions (callgrind) in this check when every rule was tried at
    /// every position, a fifth of loading, segmenting and extracting.
    let prefixes: ByteBuckets
    let fragments: FragmentIndex
    let suffixes: ByteBuckets
    /// Labels before a colon ("photo", "read more"), looked up by the
    /// bytes before the colon as `lines` are (a `Set` of byte arrays made
    /// an array and hashed it with SipHash at every label looked up).
    let labels: WordSet

    /// Rules indexed by one byte of theirs.
    struct ByteBuckets: Sendable {
        private var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)

        init(_ rules: [[UInt8]], byLast: Bool) {
            for rule in rules {
                guard let key = byLast ? rule.last : rule.first else { continue }
                buckets[Int(key)].append(rule)
            }
        }

        subscript(byte: UInt8) -> [[UInt8]] { buckets[Int(byte)] }
    }

    /// `[contains]` rules, found in two ways.
    ///
    /// A rule with a byte that prose rarely has ("=" in "&ssl=" and
    /// "?resize=") is found by `memchr` on that byte (its anchor), and
    /// compared only where one lies.
    ///
    /// The others are found in one pass over a sentence that reads four
    /// bytes at every `step`-th position: a filter of one bit per hash of
    /// those four bytes tells whether a rule may hold them there, and only
    /// then are the rules entered under that hash compared. Each rule is
    /// entered with its four bytes at each of its first `step` offsets,
    /// `step` being the shortest such rule's length less three, so that
    /// every occurrence shows one of them at a position read. Taking the
    /// short rules with rare bytes out of this pass lengthens the step from
    /// two bytes to nine (callgrind, 1,000 documents: 21.4 -> 8.3 M
    /// instructions in this search). A table of the rules' first two bytes,
    /// tried at every position, had taken 58 M; `memchr` on an uncommon
    /// letter of every rule ("v", "k", "w") took 25.9 M.
    struct FragmentIndex: Sendable {
        /// Four bytes of a rule (read as one number, as `occurs` reads the
        /// text), the offset in the rule they are read at, and the rule.
        typealias Gram = (bytes: UInt32, offset: Int, rule: [UInt8])

        /// Rules by anchor byte, with where the anchor first lies in each.
        private var anchors: [(byte: UInt8, rules: [(offset: Int, rule: [UInt8])])] = []
        /// One bit per `slot(_:)` of a `Gram`'s bytes.
        private var filter = [UInt64](repeating: 0, count: 1 << (Self.slotBits - 6))
        /// The grams, ordered by slot: those of slot `n` are
        /// `grams[slotStarts[n]..<slotStarts[n + 1]]`.
        private var grams: [Gram] = []
        private var slotStarts = [Int32](repeating: 0, count: (1 << Self.slotBits) + 1)
        /// Rules of fewer than four bytes without a rare byte, tried at every position (boilerplate.txt has none).
        private var short: [[UInt8]] = []
        /// How far apart the positions read are.
        private var step = 1

        private static let slotBits = 12

        /// Whether prose seldom has `byte`: neither a letter, a digit, a
        /// space nor common punctuation (the rules are lower case).
        static func isRare(_ byte: UInt8) -> Bool {
            !(Tokenizer.isWordByte(byte) || byte == 0x20 || byte >= 0x80 || Array(".,;:'\"-()!".utf8).contains(byte))
        }

        /// The filter bit of four bytes read as `bytes`.
        @inline(__always)
        private static func slot(_ bytes: UInt32) -> Int { Int((bytes &* 0x9E37_79B1) >> UInt32(32 - slotBits)) }

        /// The four bytes at `offset`, as one number.
        @inline(__always)
        private static func gram(_ bytes: UnsafeRawPointer, _ offset: Int) -> UInt32 {
            bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        }

        init(_ rules: [[UInt8]]) {
            // Anchors, greedily: the rare byte that the most rules left have.
            var left = rules.filter { !$0.isEmpty }
            while true {
                var counts = [Int](repeating: 0, count: 256)
                for rule in left {
                    for byte in Set(rule) where Self.isRare(byte) { counts[Int(byte)] += 1 }
                }
                guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { break }
                let byte = UInt8(best)
                anchors.append((byte, left.filter { $0.contains(byte) }.map { ($0.firstIndex(of: byte)!, $0) }))
                left.removeAll { $0.contains(byte) }
            }
            let long = left.filter { $0.count >= 4 }
            short = left.filter { $0.count < 4 }
            step = max(1, (long.map(\.count).min() ?? 4) - 3)
            var entered: [Gram] = []
            for rule in long {
                for offset in 0..<step {
                    let bytes = rule.withUnsafeBytes { Self.gram($0.baseAddress!, offset) }
                    entered.append((bytes, offset, rule))
                    let slot = Self.slot(bytes)
                    filter[slot >> 6] |= 1 << UInt64(slot & 63)
                }
            }
            grams = entered.enumerated().sorted { (Self.slot($0.element.bytes), $0.offset) < (Self.slot($1.element.bytes), $1.offset) }
                .map(\.element)
            for gram in grams { slotStarts[Self.slot(gram.bytes) + 1] += 1 }
            for n in 1..<slotStarts.count { slotStarts[n] += slotStarts[n - 1] }
        }

        /// Whether any rule occurs in `text`.
        func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = text.baseAddress, !text.isEmpty else { return false }
            for anchor in anchors {
                var from = 0
                while from < text.count, let found = memchr(base + from, Int32(anchor.byte), text.count - from) {
                    let hit = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    for (offset, rule) in anchor.rules where hit >= offset && text.count - (hit - offset) >= rule.count {
                        if memcmp(rule, base + hit - offset, rule.count) == 0 { return true }
                    }
                    from = hit + 1
                }
            }
            for rule in short where rule.count <= text.count {
                for start in 0...(text.count - rule.count) where memcmp(rule, base + start, rule.count) == 0 { return true }
            }
            guard text.count >= 4, !grams.isEmpty else { return false }
            // (Positions stepped with `&+`: no overflow is possible, a text being
            // far shorter than `Int.max`, and the tests for it were a quarter of
            // this loop's instructions.)
            let step = step
            return filter.withUnsafeBufferPointer { filter in
                let raw = UnsafeRawPointer(base)
                var position = 0
                while position &+ 4 <= text.count {
                    let slot = Self.slot(Self.gram(raw, position))
                    if filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0, matches(text, at: position, slot: slot) { return true }
                    position &+= step
                }
                return false
            }
        }

        /// Whether a rule occurs in `text` with one of its grams, of filter
        /// slot `slot`, at `position`. Kept out of line, so that the loop in
        /// `occurs` keeps its values in registers.
        @inline(never)
        private func matches(_ text: UnsafeBufferPointer<UInt8>, at position: Int, slot: Int) -> Bool {
            let bytes = Self.gram(UnsafeRawPointer(text.baseAddress!), position)
            for gram in grams[Int(slotStarts[slot])..<Int(slotStarts[slot + 1])] where gram.bytes == bytes && position >= gram.offset {
                let start = position - gram.offset
                if text.count - start >= gram.rule.count && memcmp(gram.rule, text.baseAddress! + start, gram.rule.count) == 0 {
                    return true
                }
            }
            return false
        }
    }

    init(_ sections: [String: [String]]) {
        func bytes(_ name: String) -> [[UInt8]] { (sections[name] ?? []).map { Self.normalized(Array($0.utf8)) } }
        lines = WordSet(bytes("line").map { String(decoding: $0, as: UTF8.self) })
        longestLine = bytes("line").map(\.count).max() ?? 0
        prefixes = ByteBuckets(bytes("prefix"), byLast: false)
        fragments = FragmentIndex(bytes("contains"))
        suffixes = ByteBuckets(bytes("suffix"), byLast: true)
        labels = WordSet(bytes("label").map { String(decoding: $0, as: UTF8.self) })
    }

    /// Whether `sentence` is site furniture. `isWholeLine` says that the
    /// sentence is alone on its line (captions, widgets and bylines are).
    ///
    /// - Complexity: O(n) for a sentence of n bytes (times the few rules that
    ///   share a byte); sentences longer than 300 bytes are only checked by
    ///   prefix and label.
    func isBoilerplate(_ sentence: UnsafeBufferPointer<UInt8>, isWholeLine: Bool) -> Bool {
        let head = UnsafeBufferPointer(rebasing: sentence.prefix(400))
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: head.count) { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[..<Self.normalize(head, into: buffer)])
            return isBoilerplate(sentence, normalized: text, isWholeLine: isWholeLine)
        }
    }

    private func isBoilerplate(
        _ sentence: UnsafeBufferPointer<UInt8>, normalized text: UnsafeBufferPointer<UInt8>, isWholeLine: Bool
    ) -> Bool {
        guard let first = text.first else { return true }
        if !text.contains(where: { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }) { return true }
        var bareEnd = text.count
        while bareEnd > 0, Self.isBareTrailer(text[bareEnd - 1]) { bareEnd -= 1 }
        let bare = UnsafeBufferPointer(rebasing: text[..<bareEnd])
        if bare.count <= longestLine && lines.contains(bytes: bare) { return true }
        if text.count <= longestLine && lines.contains(bytes: text) { return true }
        if prefixes[first].contains(where: { text.starts(with: $0) }) { return true }
        // (The colon found by `memchr`: a loop over the first 21 bytes of
        // every sentence took 2 M instructions; callgrind, 1,000 documents.)
        if let base = text.baseAddress, let found = memchr(base, Int32(UInt8(ascii: ":")), min(21, text.count)) {
            var labelEnd = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            while labelEnd > 0 && text[labelEnd - 1] == 0x20 { labelEnd -= 1 }
            if labels.contains(bytes: UnsafeBufferPointer(rebasing: text[..<labelEnd])) { return true }
        }
        guard sentence.count <= 300 else { return false }
        if fragments.occurs(in: text) { return true }
        if let last = bare.last, suffixes[last].contains(where: { bare.count >= $0.count && bare.suffix($0.count).elementsEqual($0) }) {
            return true
        }
        guard isWholeLine || bare.count < 40 else { return false }
        // The checks below hold only for a few words; counting them on bytes first
        // spares prose the String splitting (9% of segmenting, callgrind).
        let bareWords = 1 + bare.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        guard bareWords <= 5 || (isWholeLine && (2...10).contains(Self.pieceCount(sentence))) else { return false }
        let original = String(decoding: sentence, as: UTF8.self)
        let words = Self.spaceSeparated(String(decoding: bare, as: UTF8.self))
        if Self.isWidgetCount(words) { return true }
        if isWholeLine && Self.isCreditLine(original, words: words) { return true }
        if isWholeLine && Self.isLoneFragment(original, words: words) { return true }
        return false
    }

    /// Final punctuation and spaces, which `[line]` and `[suffix]` rules ignore.
    static func isBareTrailer(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
            || byte == 0x20
    }

    /// The number of non-empty pieces of `bytes` between spaces, as `split(separator: " ")` counts them.
    static func pieceCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inPiece = false
        for byte in bytes {
            if byte == 0x20 {
                inPiece = false
            } else if !inPiece {
                inPiece = true
                count += 1
            }
        }
        return count
    }

    /// `normalized(_:)` of `bytes` written into `buffer` (at least as long);
    /// returns the length written.
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var lastWasSpace = true
        var i = 0
        while i < bytes.count {
            // Printable ASCII and single spaces, most of any text, sixteen
            // bytes at a time where a byte lies before them (to tell a space
            // after a space), else eight (callgrind, 1,000 documents: one byte
            // at a time 57 M instructions, eight 28 M; sixteen: the boilerplate
            // check 45.3 -> 39.7 M, with `normalize` in it), in a loop
            // of its own until a block is not: with the pointers unwrapped
            // once, its constants stay in registers (28 -> 22 M). In a block
            // that is not all plain, the plain bytes before the first other
            // one are kept too, so that the bytes before a curly quote or a
            // dash are not read one at a time. (All the lowered bytes of a
            // block are stored: `count` never passes `i`, so there is room,
            // and those past the plain ones are written over later.)
            if let source = bytes.baseAddress, let target = buffer.baseAddress {
                while i &+ 8 <= bytes.count {
                    /// The plain bytes at the start of a block that is not all plain.
                    let plain: Int
                    /// Whether the last of them is a space (read only when there are some).
                    let endsWithSpace: Bool
                    if i > 0 && i &+ 16 <= bytes.count {
                        let raw = UnsafeRawPointer(source + i)
                        let (lowered, notPlain, spaces) = loweredPlainASCII(
                            raw.loadUnaligned(as: SIMD16<UInt8>.self), before: (raw - 1).loadUnaligned(as: SIMD16<UInt8>.self),
                            afterSpace: lastWasSpace)
                        UnsafeMutableRawPointer(target + count).storeBytes(of: lowered, as: SIMD16<UInt8>.self)
                        guard notPlain.x | notPlain.y != 0 else {
                            count &+= 16
                            i &+= 16
                            lastWasSpace = spaces.y >> 63 != 0
                            continue
                        }
                        // (each lane of the masks is a byte of ones or of zeros)
                        plain = notPlain.firstByteLane
                        let last = plain &- 1
                        endsWithSpace = (last < 8 ? spaces.x &>> UInt64(truncatingIfNeeded: last &* 8) : spaces.y &>> UInt64(truncatingIfNeeded: (last &- 8) &* 8)) & 1 != 0
                    } else {
                        let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                        let (lowered, notPlain, spaces) = loweredPlainASCII(word, afterSpace: lastWasSpace)
                        UnsafeMutableRawPointer(target + count).storeBytes(of: lowered, as: UInt64.self)
                        guard notPlain != 0 else {
                            count &+= 8
                            i &+= 8
                            lastWasSpace = spaces >> 63 != 0
                            continue
                        }
                        plain = notPlain.trailingZeroBitCount &>> 3
                        // (the top bit of the last byte kept, in `spaces`)
                        endsWithSpace = spaces &>> UInt64(truncatingIfNeeded: plain &* 8 &- 1) & 1 != 0
                    }
                    if plain > 0 {
                        count &+= plain
                        i &+= plain
                        lastWasSpace = endsWithSpace
                    }
                    break
                }
                guard i < bytes.count else { break }
            }
            let b = bytes[i]
            // printable ASCII: lower-cased and copied
            if b > 0x20 && b < 0x80 {
                buffer[count] = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
                count += 1
                lastWasSpace = false
                i += 1
                continue
            }
            var out: UInt8? = nil
            var length = 1
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                out = 0x20
            } else if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 {
                out = 0x20
                length = 2
            } else if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 {
                length = 3
                switch bytes[i + 2] {
                case 0x98, 0x99: out = UInt8(ascii: "'")
                case 0x9C, 0x9D: out = UInt8(ascii: "\"")
                case 0x93, 0x94: out = UInt8(ascii: "-")
                default: out = nil
                }
            } else if b >= 0x41 && b <= 0x5A {
                out = b + 0x20
            } else {
                out = b
            }
            if let out {
                if out == 0x20 {
                    if !lastWasSpace {
                        buffer[count] = 0x20
                        count += 1
                    }
                    lastWasSpace = true
                } else {
                    buffer[count] = out
                    count += 1
                    lastWasSpace = false
                }
            } else {
                for k in i..<(i + length) {
                    buffer[count] = bytes[k]
                    count += 1
                }
                lastWasSpace = false
            }
            i += length
        }
        while count > 0 && buffer[count - 1] == 0x20 { count -= 1 }
        return count
    }

    /// Eight bytes (the first lowest) lower-cased as `normalize` copies
    /// printable ASCII; the top bit of each byte that `normalize` would not
    /// copy so (`notPlain`), of which only the first is exact: a byte that
    /// is neither printable ASCII nor a space, a space after another, or a
    /// space first after one (`afterSpace`); and the top bit of each byte
    /// that is a space (`spaces`), which tells whether the last byte kept is
    /// one (read again from the bytes, it took two instructions more a
    /// word; callgrind, 1,000 documents: `normalize` 22.3 -> 21.5 M).
    ///
    /// Below a byte of 0x80 or more, adding to a byte carries into no other
    /// (a carry only goes up, to later bytes), so every mask is exact up to
    /// the first byte that is not plain, which is all that is read of them.
    /// A byte's top bit tells each comparison: below 0x20, a space (zero once
    /// XORed with spaces), a capital (at least 0x41 and less than 0x5B, whose
    /// 0x20 bit is then set).
    @inline(__always)
    static func loweredPlainASCII(_ word: UInt64, afterSpace: Bool) -> (lowered: UInt64, notPlain: UInt64, spaces: UInt64) {
        let tops: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let spaces: UInt64 = 0x2020_2020_2020_2020
        let high = word & tops
        let control = ~((word | tops) &- spaces) & tops
        let xored = word ^ spaces
        let spaceTops = ~((xored &+ lows) | xored) & tops
        let pairs = spaceTops & (spaceTops << 8 | (afterSpace ? 0x80 : 0))
        let capitals = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & tops
        return (word | capitals >> 2, high | control | pairs, spaceTops)
    }

    /// `loweredPlainASCII(_:afterSpace:)` for sixteen bytes `v`, given the
    /// sixteen bytes that start one byte before them (`before`), which tell
    /// a space after a space: the bytes lowered, and per byte (eight bits of
    /// ones or of zeros, the first byte lowest) whether `normalize` would not
    /// copy it so (exact for every byte: no lane carries into another) and
    /// whether it is a space.
    @inline(__always)
    static func loweredPlainASCII(_ v: SIMD16<UInt8>, before: SIMD16<UInt8>, afterSpace: Bool)
        -> (lowered: SIMD16<UInt8>, notPlain: SIMD2<UInt64>, spaces: SIMD2<UInt64>)
    {
        let space = SIMD16<UInt8>(repeating: 0x20)
        let isSpace = v .== space
        let notPlain = (v .< space) .| (v .>= SIMD16<UInt8>(repeating: 0x80)) .| (isSpace .& (before .== space))
        let spaces = unsafeBitCast(isSpace, to: SIMD2<UInt64>.self)
        var notPlainBits = unsafeBitCast(notPlain, to: SIMD2<UInt64>.self)
        // (the first byte after a space that `before` does not show: a tab, a line feed or a no-break space made one)
        notPlainBits.x |= afterSpace ? spaces.x & 0xFF : 0
        let capitals = (v .>= SIMD16<UInt8>(repeating: 0x41)) .& (v .<= SIMD16<UInt8>(repeating: 0x5A))
        return (v | SIMD16<UInt8>(repeating: 0).replacing(with: 0x20, where: capitals), notPlainBits, spaces)
    }

    /// Lower case ASCII, curly quotes and dashes made ASCII, runs of white
    /// space (including no-break spaces) made one space, trimmed.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
                count = normalize(source, into: buffer)
            }
        }
    }

    // The short lines these checks read are mostly ASCII. Splitting them by
    // `Character` and asking characters' Unicode properties took 18 M
    // instructions for 247 lines (callgrind, 1,000 documents); reading ASCII
    // as bytes, with the same result, saves 7 M of them.

    /// `string.split(separator: " ")`; plain text, whose characters are its
    /// scalars (`CorpusLoader.plainScalarLength`: ASCII, and most text with
    /// accents, dashes or curly quotes), is split on its bytes.
    ///
    /// Splitting by `Character` took some 33,000 instructions a line, and
    /// the generic split of an ASCII line's UTF-8 view 7,800 (callgrind,
    /// 1,000 documents, 494 lines: segmenting 79.7 -> 73.2 M instructions).
    static func spaceSeparated(_ string: String) -> [Substring] {
        var string = string
        let isPlain = string.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                guard let length = CorpusLoader.plainScalarLength(bytes, at: i) else { return false }
                i += length
            }
            return true
        }
        return isPlain ? string[...].split(atByte: 0x20) : string.split(separator: " ")
    }

    /// `character.isNumber`, answered without Unicode properties for ASCII (where only 0 to 9 are numbers).
    static func isDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isNumber }
        return ascii >= 0x30 && ascii <= 0x39
    }

    /// `character.isUppercase`, answered without Unicode properties for ASCII (where only A to Z are).
    static func isCapital(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isUppercase }
        return ascii >= 0x41 && ascii <= 0x5A
    }

    private static let counters: Set<Substring> = [
        "vote", "votes", "comment", "comments", "reply", "replies", "like", "likes", "share", "shares",
        "view", "views", "rating", "ratings",
    ]

    /// "3.5 2 votes", "1 Comment", "12 replies": counters of page widgets.
    static func isWidgetCount(_ words: [Substring]) -> Bool {
        guard words.count <= 5, words.contains(where: { counters.contains($0) }) else { return false }
        return words.allSatisfy { word in counters.contains(word) || word.allSatisfy { Self.isDigit($0) || $0 == "." || $0 == "," } }
    }

    /// "Sputnik / ABC Flash Point News 2022.", "By John Smith": a byline or
    /// credit line: short, every word capitalised or a number, with a slash,
    /// a year or a leading "By".
    static func isCreditLine(_ sentence: String, words: [Substring]) -> Bool {
        let original = spaceSeparated(sentence)
        guard original.count <= 10, original.count >= 2 else { return false }
        let capitalised = original.allSatisfy { word in
            guard let first = word.first else { return true }
            return isCapital(first) || isDigit(first) || word == "/" || word == "|" || word == "&" || word == "-"
        }
        let byline = original.first == "By" && original.count <= 5
        guard capitalised || byline else { return false }
        let hasYear = words.contains { word in
            let digits = word.filter(isDigit)
            return digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
        }
        return byline || sentence.utf8.split(separator: 0x20).contains { $0.count == 1 && ($0.first == UInt8(ascii: "/") || $0.first == UInt8(ascii: "|")) } || hasYear
    }

    /// A line of at most three words without a full stop, verb or quote:
    /// "Person of Interest", "Inline Feedbacks", a leftover widget label.
    static func isLoneFragment(_ sentence: String, words: [Substring]) -> Bool {
        guard words.count <= 3, let last = sentence.last else { return false }
        if ".!?\"”’:".contains(last) { return false }
        if sentence.hasPrefix("#") { return false }
        return true
    }
}
