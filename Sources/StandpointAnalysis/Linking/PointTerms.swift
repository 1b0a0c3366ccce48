/// The content terms of a point, as linking compares them: cue words,
/// stopwords and numbers dropped; entity names normalised ("Beijing" →
/// "@China"); words stemmed and folded into their synonym group
/// ("mindset" → "mental"); and adjacent content words joined into key
/// phrases ("cold war").
///
/// Terms are kept in name order, with their surface forms as byte spans into
/// the point's text rather than strings, in the arrays of the point's
/// document (`DocumentTerms`): on 10,000 synthetic documents (150,000 points)
/// the terms of all points took 277 MB as a dictionary and a set per point
/// and 156 MB as sorted arrays per point.
struct PointTerms: Sendable {
    /// Where a term's surface lies in the text: one run of bytes, or two runs
    /// joined by a space for a key phrase ("Cold" … "War").
    struct Span: Sendable {
        let start: Int32
        let end: Int32
        let secondStart: Int32
        let secondEnd: Int32

        init(_ range: Range<Int>, then second: Range<Int>? = nil) {
            start = Int32(range.lowerBound)
            end = Int32(range.upperBound)
            secondStart = Int32(second?.lowerBound ?? -1)
            secondEnd = Int32(second?.upperBound ?? -1)
        }
    }

    /// The terms of the point's document.
    private let store: DocumentTerms
    /// The point's position in `store`.
    private let point: Int
    /// Where the point's terms lie in `store`.
    private let range: Range<Int>

    /// The terms of point `point` of `store`.
    init(store: DocumentTerms, point: Int) {
        self.store = store
        self.point = point
        self.range = store.range(ofPoint: point)
    }

    /// Terms of `text` (`DocumentTerms.init(_:lexicon:)`).
    init(_ text: Substring, lexicon: borrowing Lexicon) {
        self.init(store: DocumentTerms(text, lexicon: lexicon), point: 0)
    }

    /// The number of distinct terms.
    var count: Int { range.count }

    /// Distinct terms, sorted.
    var names: [String] { (0..<count).map { name(at: $0) } }

    /// The name of the term at `position` in `names`.
    func name(at position: Int) -> String { store.name(store.numbers[range.lowerBound + position]) }

    /// The position of `term` in `names`, if the point has it.
    ///
    /// - Complexity: O(log k).
    func position(of term: String) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if name(at: mid) < term { low = mid + 1 } else { high = mid }
        }
        return low < count && name(at: low) == term ? low : nil
    }

    /// Whether `term` lies in the point's claim.
    func isFocus(_ term: String) -> Bool { position(of: term).map { isFocus(at: $0) } ?? false }

    /// Whether the term at `position` lies in the point's claim.
    func isFocus(at position: Int) -> Bool { store.inFocus[range.lowerBound + position] }

    /// The terms in the point's claim, sorted.
    var focusTerms: [String] { (0..<count).filter { isFocus(at: $0) }.map { name(at: $0) } }

    /// How `term` was written where it first occurs ("Cold War", not "cold war").
    func surface(of term: String) -> String? {
        position(of: term).map { surface(at: $0) }
    }

    /// How the term at `position` in `names` was written where it first
    /// occurs: `surface(of:)` for a caller that has the position, without
    /// the search by name (`ThemeTable.matches`).
    ///
    /// The text's bytes are read in place (`DocumentTerms.withText`) and
    /// the surface written straight into its string's storage, which for
    /// an ASCII surface of at most fifteen bytes is the string itself and
    /// is not checked again as UTF-8; `String(decoding:as:)` checked the
    /// bytes and copied them one at a time into a small string
    /// (`_fromUTF8Repairing`, ~210 instructions a surface), and a key
    /// phrase was joined in a buffer of its own first.
    func surface(at position: Int) -> String {
        let span = store.span(at: range.lowerBound + position)
        return store.withText(ofPoint: point) { Self.surface(span, in: $0) }
    }

    /// `surface(at:)` of each of `positions`, the point's text found once
    /// for them all (`ClaimLinker.readableSharedTerms`: some ten a link)
    /// rather than once a surface (callgrind, 1,000 documents:
    /// `links(within:)` 46.8 → 42.7 M).
    func surfaces(at positions: [Int]) -> [String] {
        store.withText(ofPoint: point) { text in
            positions.map { Self.surface(store.span(at: range.lowerBound + $0), in: text) }
        }
    }

    /// The surface at `span` of `text`, the bytes of the point's text
    /// (`DocumentTerms.withText`).
    @inline(__always)
    private static func surface(_ span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = UnsafeRawPointer(bytes.baseAddress!)
        let (start, count) = (Int(span.start), Int(span.end - span.start))
        guard span.secondStart >= 0 else {
            return String(unsafeUninitializedCapacity: count) { surface in
                UnsafeMutableRawPointer(surface.baseAddress!).copyMemory(from: text + start, byteCount: count)
                return count
            }
        }
        let (secondStart, secondCount) = (Int(span.secondStart), Int(span.secondEnd - span.secondStart))
        return String(unsafeUninitializedCapacity: count + 1 + secondCount) { surface in
            let target = UnsafeMutableRawPointer(surface.baseAddress!)
            target.copyMemory(from: text + start, byteCount: count)
            target.storeBytes(of: UInt8(ascii: " "), toByteOffset: count, as: UInt8.self)
            (target + count + 1).copyMemory(from: text + secondStart, byteCount: secondCount)
            return count + 1 + secondCount
        }
    }

    /// Whether the cue at `start` is a passive participle ("sanctions were
    /// strongly condemned by Beijing"): then the claim is its subject, before
    /// it, and the holder follows.
    static func isPassive(_ tokens: [Token], cueAt start: Int) -> Bool {
        guard tokens[start].hasSuffix("ed") || tokens[start].hasSuffix("en") else { return false }
        var k = start - 1
        while k >= 0 && k >= start - 3 && tokens[k].isWord {
            if Self.beForms.contains(tokens[k]) { return true }
            guard tokens[k].hasSuffix("ly") else { return false }
            k -= 1
        }
        return false
    }
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being"]

    /// Reports to `pool` (`TermPool.occur`) the term occurrences of a
    /// sentence's `tokens`, with its `aliases`, `cues` and contrast `mask`,
    /// in text order; spans are made relative to byte `base`.
    static func extract(
        _ tokens: [Token], aliases: borrowing AliasMatches, cues: [CueMatch], mask: [Bool], base: Int, lexicon: Lexicon,
        pool: inout TermPool
    ) {
        pool.clearCueFlags(count: tokens.count)
        // The cues read in place: a `CueMatch` copied out of the array, as
        // `for cue in cues` and `first(where:)` do, retains and releases its
        // words' string (callgrind, 1,000 documents: 53 K retains and 66 K
        // releases in `extract`).
        let focusStart = cues.withUnsafeBufferPointer { cues in
            for c in cues.indices where cues[c].cueClass != .negativeEvaluative && cues[c].cueClass != .positiveEvaluative {
                for k in cues[c].start..<cues[c].end { pool.flagCue(k) }
            }
            guard let primary = cues.indices.first(where: { cues[$0].cueClass.marksPosition && !mask[cues[$0].start] }),
                cues[primary].cueClass.takesHolderSubject, !Self.isPassive(tokens, cueAt: cues[primary].start)
            else { return 0 }
            return cues[primary].end
        }
        var previous: (term: Int32, range: Range<Int>)?
        var inFocus = false
        func add(_ term: Int32, _ from: Int, _ to: Int) {
            let range = (tokens[from].start - base)..<(tokens[to].end - base)
            pool.occur(term, span: Span(range), inFocus: inFocus)
            if let previous, !pool.namesEntity(previous.term), !pool.namesEntity(term), !pool.isSameName(previous.term, term) {
                pool.occur(pool.phrase(previous.term, term), span: Span(previous.range, then: range), inFocus: inFocus)
            }
            previous = (term, range)
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            inFocus = i >= focusStart
            guard token.isWord, !pool.isCue(i), !mask[i] else {
                if token.kind != .possessive { previous = nil }
                i += 1
                continue
            }
            if lexicon.aliases.mayMatch(tokens, at: i), let (target, end) = aliases.knownCandidate(tokens, at: i, in: lexicon.aliases) {
                add(Self.entityTerm(target, aliases: lexicon.aliases, pool: &pool), i, end - 1)
                i = end
                continue
            }
            if let (group, end, _) = lexicon.synonymPhrases.match(tokens, at: i) {
                add(pool.number(of: group), i, end - 1)
                i = end
                continue
            }
            // A word of one or two bytes has no term (`wholeWordTerm`,
            // `isTooShortOrNumeric`): it is passed over without the look-up
            // in the thread's cache below, whose slots take it otherwise
            // (callgrind, 1,000 documents: `extract` 116.1 -> 115.4 M).
            if token.packed.count < 3 {
                previous = nil
                i += 1
                continue
            }
            // A word the thread has met: its term's name, or none (a
            // stopword, a word too short or numeric), without the look-ups
            // and the calls below (callgrind, 1,000 documents: `extract`
            // 155.7 → 137.4 M).
            if token.packed.isWhole, let known = pool.wordTerms.entry(of: token) {
                if known.termCount > 0 {
                    add(pool.number(ofASCIIWords: known.first, known.second, count: known.termCount, hash: known.termHash), i, i)
                } else {
                    previous = nil
                }
                i += 1
                continue
            }
            if lexicon.stopwords.contains(token) {
                if token.packed.isWhole { pool.wordTerms.cache(0, 0, count: 0, hash: 0, of: token) }
                previous = nil
                i += 1
                continue
            }
            guard let term = Self.wordTerm(token, synonyms: lexicon.synonyms, pool: &pool) else {
                previous = nil
                i += 1
                continue
            }
            add(term, i, i)
            i += 1
        }
    }

    /// The number in `pool` of the term "@" + the entity of `target`,
    /// whose bytes, packed as `NameList` keeps names, and hash the alias
    /// table made once: copying and hashing the name at every mention cost
    /// 2.6 M instructions more (callgrind, 1,000 documents).
    private static func entityTerm(_ target: AliasTable.Target, aliases: AliasTable, pool: inout TermPool) -> Int32 {
        let term = aliases.entityTerms[Int(target.term)]
        return aliases.entityTermWords.withUnsafeBufferPointer { words in
            pool.number(
                ofWords: UnsafeBufferPointer(rebasing: words[Int(term.words.lowerBound)..<Int(term.words.upperBound)]),
                count: Int(term.count), hash: term.hash)
        }
    }

    /// The number in `pool` of the term of a word that is neither a name, a
    /// synonym phrase nor a stopword: its stem, or its synonym group's; nil
    /// for a word too short or numeric to be a term.
    ///
    /// A word of at most sixteen bytes is looked up first, by `extract`, in
    /// the extracting thread's cache of what words mean, which
    /// `wholeWordTerm` fills. The document's own cache of words' term
    /// numbers, looked up before it, found a fifth of the words and cost
    /// more in probes and inserts than it saved (callgrind, 1,000
    /// documents: `wordTerm` 48.5 → 44.1 M).
    static func wordTerm(_ token: Token, synonyms: borrowing WordTable<SynonymGroup>, pool: inout TermPool) -> Int32? {
        guard token.packed.isWhole else {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: token.end - token.start + 1) { buffer in
                asciiTerm(
                    UnsafeMutableBufferPointer(rebasing: buffer[...]), count: token.copyLower(into: buffer), synonyms: synonyms,
                    pool: &pool)
            }
        }
        return wholeWordTerm(token, synonyms: synonyms, pool: &pool)
    }

    /// `wordTerm` of a word of at most sixteen bytes.
    ///
    /// An ASCII word is stemmed and looked up as a synonym on its bytes in a
    /// stack buffer, and its stem numbered by the two words of its bytes
    /// (`TermPool.number(ofASCIIWords:_:count:hash:)`) and, if the word
    /// keeps all its letters, by the token's hash: making the word's
    /// `String`, stemming it and hashing the stem again cost some 1,000
    /// instructions a word (callgrind, 1,000 documents: `Token.lower`,
    /// `Stemmer.stem` and the synonym look-up, 170 M of
    /// `PointTerms.extract`'s 439 M). Other words take the `String` path.
    ///
    /// What an ASCII word's term is called is kept across the thread's
    /// documents (`TermPool.wordTerms`), so that a word stemmed and looked
    /// up once is only numbered in the next document that has it.
    private static func wholeWordTerm(_ token: Token, synonyms: borrowing WordTable<SynonymGroup>, pool: inout TermPool) -> Int32? {
        let packed = token.packed
        // The word is in its packed form already: its bytes are the last
        // `count` of the two numbers written out highest byte first, and one
        // test of their high bits says whether it is ASCII (copying it from
        // the text cost 150 instructions a word).
        guard (packed.head | packed.tail) & 0x8080_8080_8080_8080 == 0 else {
            return nonASCIITerm(token.lower, synonyms: synonyms, pool: &pool)
        }
        let count = packed.count
        // the bytes moved to the start of the two numbers, zeros after them
        let shift = 8 * (16 - count)
        let (head, tail) =
            shift >= 64
            ? (packed.tail &<< UInt64(shift - 64), UInt64(0))
            : shift == 0 ? (packed.head, packed.tail) : (packed.head &<< UInt64(shift) | packed.tail &>> UInt64(64 - shift), packed.tail &<< UInt64(shift))
        guard count >= 3, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(UInt8(truncatingIfNeeded: head >> 56)) else {
            pool.wordTerms.cache(0, 0, count: 0, hash: 0, of: token)
            return nil
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { bytes in
            let raw = UnsafeMutableRawPointer(bytes.baseAddress!)
            raw.storeBytes(of: head.bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: tail.bigEndian, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: 0, toByteOffset: 16, as: UInt64.self)
            let stemCount = Stemmer.stem(bytes, count: count, lastBytes: packed.tail)
            let stem = UnsafeBufferPointer(rebasing: bytes[..<stemCount])
            // one hash of the stem for the synonym look-up and the pool
            let hash = stemCount == count ? token.hash : WordHash.of(stem)
            if let group = synonyms.value(forBytes: stem, hash: hash) {
                if let (first, second) = group.words {
                    pool.wordTerms.cache(first, second, count: group.name.utf8.count, hash: group.hash, of: token)
                }
                return pool.number(of: group)
            }
            let (first, second) = NameList.words(at: raw, count: stemCount)
            pool.wordTerms.cache(first, second, count: stemCount, hash: hash, of: token)
            return pool.number(ofASCIIWords: first, second, count: stemCount, hash: hash)
        }
    }

    /// `wordTerm` of the lower-case word in the first `count` bytes of
    /// `buffer`, which holds at least one byte more: stemmed in place when
    /// it is ASCII.
    private static func asciiTerm(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int, synonyms: borrowing WordTable<SynonymGroup>, pool: inout TermPool
    ) -> Int32? {
        for k in 0..<count where buffer[k] >= 0x80 {
            return nonASCIITerm(
                String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self), synonyms: synonyms, pool: &pool)
        }
        guard count >= 3, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(buffer[0]) else { return nil }
        let stemCount = Stemmer.stem(buffer, count: count)
        let stem = UnsafeBufferPointer(rebasing: buffer[..<stemCount])
        // one hash of the stem for the synonym look-up and the pool
        let hash = WordHash.of(stem)
        if let group = synonyms.value(forBytes: stem, hash: hash) { return pool.number(of: group) }
        return pool.number(ofBytes: stem, hash: hash)
    }

    /// `wordTerm` of a word with bytes outside ASCII, on its `String`.
    private static func nonASCIITerm(_ word: String, synonyms: borrowing WordTable<SynonymGroup>, pool: inout TermPool) -> Int32? {
        if Self.isTooShortOrNumeric(word) { return nil }
        let stem = Stemmer.stem(word)
        return synonyms[stem].map { pool.number(of: $0) } ?? pool.number(of: stem)
    }

    /// Whether `term` is an entity's ("@China"): `hasPrefix("@")`, asked
    /// only of a term whose first byte is "@" (`hasPrefix` compares
    /// characters: 105 instructions a call, 13 M on 1,000 documents).
    @inline(__always)
    static func namesEntity(_ term: String) -> Bool {
        term.utf8.first == UInt8(ascii: "@") && term.hasPrefix("@")
    }

    /// Whether `word` has fewer than three characters or starts with a digit
    /// (counted on bytes for ASCII words, by `Character` otherwise).
    static func isTooShortOrNumeric(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return word.count < 3 || word.first?.isNumber == true }
        return utf8.count < 3 || utf8.first.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } == true
    }
}
