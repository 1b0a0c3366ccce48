import Foundation

/// Multi-word phrases looked up by their first word, matched against tokens.
///
/// A phrase may hold one gap ("see ... as"): between one and four tokens of
/// the same clause may stand there. Matching prefers the longest phrase.
struct PhraseTable<Value: Sendable>: Sendable {
    /// A word of a phrase: its `WordHash`, compared with a token's hash
    /// first, its bytes packed as tokens are, compared with a token whose
    /// hash matches, and where its bytes lie in `spellings`, compared with a
    /// token's only for words longer than sixteen bytes.
    struct Word: Sendable {
        let hash: UInt64
        let packed: PackedWord
        let spelling: Range<Int32>
    }

    /// One phrase: its words before the gap (all of them when it has no
    /// gap) and after it, as ranges of `words`, and where its value lies.
    struct Phrase: Sendable {
        let head: Range<Int32>
        /// Empty when the phrase has no gap.
        let tail: Range<Int32>
        /// The hash of the second word before the gap, if there is one.
        let secondHash: UInt64
        let hasSecond: Bool
        /// The index of the phrase's value in `values` and its words in `phraseWords`.
        let index: Int32
        /// The bits (`PhraseTable.bit`) of its words after the first.
        let rest: UInt64
        var length: Int { head.count + tail.count }
    }

    /// The phrases that share a first word, longest first, as ranges of
    /// `runs`, with what lets a look-up skip those whose second word is not
    /// the next token's.
    ///
    /// Common words start many phrases ("the", "a", "in", "not": 10 to 22
    /// cues each, and "the" many aliases), and every occurrence tried them
    /// all, comparing their second words' hashes one by one (callgrind,
    /// 1,000 documents: 66 M instructions for the cues, 57 M for the
    /// aliases).
    struct Group: Sendable {
        /// Every phrase, longest first.
        let all: Range<Int32>
        /// The phrases of one word or with a gap after the first word, in
        /// the same order: the only ones that can match where no phrase's
        /// second word is the next token.
        let withoutSecond: Range<Int32>
        /// One bit per phrase with a second word, at its hash modulo 64.
        let secondHashes: UInt64

        /// The bit of `hash` in `secondHashes`.
        @inline(__always)
        static func bit(_ hash: UInt64) -> UInt64 { PhraseTable.bit(hash) }
    }

    /// The bit of a word's hash in a set of words as 64 bits.
    @inline(__always)
    static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }

    /// The bits of every token of `tokens`: a phrase whose words' bits are
    /// not all among them cannot match there (`match(_:at:present:)`).
    static func presence(of tokens: [Token]) -> UInt64 {
        var present: UInt64 = 0
        for token in tokens { present |= bit(token.hash) }
        return present
    }

    /// Whether some phrase has the bits of all its words in `present`, the
    /// `presence(of:)` of some tokens: if none has, none matches there.
    /// Only a table made `keepingPhraseBits` keeps the bits to answer.
    func mayMatch(among present: UInt64) -> Bool {
        assert(table.keepsPhraseBits, "mayMatch(among:) of a table made without keepingPhraseBits")
        return table.phraseBits.contains { $0 & present == $0 }
    }

    /// Everything a look-up reads, in one object (nil only while `add`
    /// changes it).
    ///
    /// A reference, so that the table is one word: it was some 200 bytes of
    /// arrays, which callers holding it in a class (`Lexicon`, `AliasTable`)
    /// copied to the stack at every look-up that went past the filter
    /// (callgrind, 1,000 documents: `memcpy` 44.2 -> 35.4 M instructions,
    /// extraction 817.4 -> 814.4 M, reading the lexicon 0.8 M more).
    private var contents: Contents? = Contents(Parts())

    init() {}

    /// The contents, for a look-up: never nil outside `add(contentsOf:)`,
    /// so not checked (a check at every token the cues are looked up at).
    @inline(__always)
    private var table: Contents { contents.unsafelyUnwrapped }

    /// A table of `phrases` with their values, added in order (as by
    /// `add(_:_:)`, the contents made once rather than at every phrase);
    /// `keepingPhraseBits` for a table asked `mayMatch(among:)`, the only
    /// one that needs each phrase's bits kept (the contrast phrases).
    init(_ phrases: some Sequence<(String, Value)>, keepingPhraseBits: Bool = false) {
        if keepingPhraseBits { contents = Contents(Parts(keepingPhraseBits: true)) }
        add(contentsOf: phrases)
    }

    /// Adds `phrase` (words separated by spaces, "..." for a gap).
    mutating func add(_ phrase: String, _ value: Value) {
        add(contentsOf: CollectionOfOne((phrase, value)))
    }

    /// Adds each of `phrases` with its value, in order.
    mutating func add(contentsOf phrases: some Sequence<(String, Value)>) {
        // (The contents are taken and let go of: the arrays are then the
        // parts' alone, and grow in place rather than being copied.)
        var parts = Parts(taking: contents.take()!)
        // (Room made for a group per phrase at once: the table of groups
        // rehashed as it grew.)
        parts.groups.reserveCapacity(parts.groups.count + phrases.underestimatedCount)
        for (phrase, value) in phrases { parts.add(phrase, value) }
        contents = Contents(parts)
    }

    /// The number of bits of `pairs`, as a power of two.
    private static var pairBits: Int { 16 }
    /// The `pairs` key of a phrase with no second word.
    private static var alone: UInt64 { 0x5bd1_e995_5bd1_e995 }

    /// The bit of `pairs` for a first word and a second (or `alone`): the
    /// top bits of the first's hash mixed once, XORed with the second's,
    /// which FNV-1a's last multiplication has mixed already. (Mixing the
    /// two again cost a multiplication at every pair tested; callgrind,
    /// 1,000 documents: this file's lines 26.4 -> 25.1 M, extracting
    /// 598.5 -> 597.2 M.)
    @inline(__always)
    private static func pairBit(_ first: UInt64, _ second: UInt64) -> Int {
        Int(truncatingIfNeeded: (first &* 0x9E37_79B9_7F4A_7C15 ^ second) >> UInt64(64 - pairBits))
    }

    /// The words of a lower-case phrase between spaces, a possessive "'s"
    /// split off its word ("china's" → "china", "'s").
    ///
    /// An ASCII phrase, whose characters are its bytes, is split on its
    /// bytes: splitting by `Character` was most of reading the lexicon's
    /// 2,300 phrases (callgrind: some 25 M instructions at every start).
    static func words(of phrase: String) -> [String] {
        var phrase = phrase
        let ascii: [String]? = phrase.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return asciiWords(of: bytes)
        }
        return ascii ?? phrase.split(separator: " ").flatMap { word -> [String] in
            word.count > 2 && word.hasSuffix("'s") ? [String(word.dropLast(2)), "'s"] : [String(word)]
        }
    }

    /// `words(of:)` for a phrase of ASCII bytes.
    private static func asciiWords(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        // Each word made from its bytes in the phrase's buffer: splitting its
        // `UTF8View` and making each word from a `Substring` of the slice cost
        // some 1,700 instructions a phrase (callgrind: 4 M for the lexicon's).
        var words: [String] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
            defer { start = end + 1 }
            guard end > start else { continue }
            if end - start > 2 && bytes[end - 1] == UInt8(ascii: "s") && bytes[end - 2] == UInt8(ascii: "'") {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end - 2]), as: UTF8.self))
                words.append("'s")
            } else {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
        }
        return words
    }

    /// The longest phrase starting at token `i`, the index one past its last
    /// token, and its words when it has no gap (`phraseWords`).
    ///
    /// Inlined up to the table's filter: most tokens start no phrase, and
    /// are answered without a call (callgrind, 1,000 documents: entering and
    /// leaving this function for every token cost some 40 M instructions).
    @inline(__always)
    func match(_ tokens: [Token], at i: Int) -> (value: Value, end: Int, words: String?)? {
        guard tokens[i].kind == .word, case let table = table, table.groups.mayContain(tokens[i]), table.mayStartPhrase(tokens, at: i)
        else { return nil }
        return table.matchCandidates(tokens, at: i, present: ~0)
    }

    /// `match(_:at:)` for a caller that reads every token of `tokens`,
    /// given `present`, the `presence(of:)` of the tokens: a phrase with a
    /// word whose bit is missing is passed over without comparing its words.
    ///
    /// Most look-ups are of common words that start many phrases ("the",
    /// "to", "not"), whose later words are mostly absent; a phrase with a
    /// gap was tried at each of the four places its second part may start
    /// (callgrind, 1,000 documents: the cues' look-ups 50 M instructions).
    @inline(__always)
    func match(_ tokens: [Token], at i: Int, present: UInt64) -> (value: Value, end: Int, words: String?)? {
        guard tokens[i].kind == .word, case let table = table, table.groups.mayContain(tokens[i]), table.mayStartPhrase(tokens, at: i)
        else { return nil }
        return table.matchCandidates(tokens, at: i, present: present)
    }

    /// The phrases while `add` adds one: the arrays of `Contents`, changed in place.
    private struct Parts {
        // The arrays of `Contents`, where they are described. (No default
        // values: `init(taking:)` would make them, the tables allocated and
        // filled, at every phrase before replacing them.)
        var groups: WordTable<Group>
        var pairs: [UInt64]
        var runs: [Phrase]
        var words: [Word]
        var spellings: [UInt8]
        var values: [Value]
        var phraseWords: [String?]
        var phraseBits: [UInt64]
        let keepsPhraseBits: Bool

        init(keepingPhraseBits: Bool = false) {
            keepsPhraseBits = keepingPhraseBits
            groups = WordTable<Group>()
            pairs = [UInt64](repeating: 0, count: 1 << (PhraseTable.pairBits - 6))
            runs = []
            words = []
            spellings = []
            values = []
            phraseWords = []
            phraseBits = []
        }

        init(taking contents: consuming Contents) {
            groups = contents.groups
            pairs = contents.pairs
            runs = contents.runs
            words = contents.words
            spellings = contents.spellings
            values = contents.values
            phraseWords = contents.phraseWords
            phraseBits = contents.phraseBits
            keepsPhraseBits = contents.keepsPhraseBits
        }

        /// Adds `phrase` (as `PhraseTable.add` does).
        mutating func add(_ phrase: String, _ value: Value) {
            var lower = phrase.lowercased()
            if lower.unicodeScalars.contains("\u{2019}") { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
            let split = PhraseTable.words(of: lower)
            guard let first = split.first else { return }
            let gap = split.firstIndex(of: "...")
            let headWords = gap.map { split[..<$0] } ?? split[...]
            let tailWords = gap.map { split[($0 + 1)...] } ?? []
            let head = addWords(headWords)
            let tail = addWords(tailWords)
            let restBits = words[Int(head.lowerBound)..<Int(tail.upperBound)].dropFirst().reduce(UInt64(0)) { $0 | PhraseTable.bit($1.hash) }
            let entry = Phrase(
                head: head, tail: tail, secondHash: headWords.count >= 2 ? words[Int(head.lowerBound) + 1].hash : 0,
                hasSecond: headWords.count >= 2, index: Int32(values.count), rest: restBits)
            setPairBit(WordHash.of(first.utf8), headWords.count >= 2 ? entry.secondHash : PhraseTable.alone)
            values.append(value)
            if keepsPhraseBits { phraseBits.append(PhraseTable.bit(words[Int(head.lowerBound)].hash) | restBits) }
            phraseWords.append(tailWords.isEmpty ? headWords.filter { $0 != "'s" }.joined(separator: " ") : nil)
            var phrases = groups[first].map { Array(runs[Int($0.all.lowerBound)..<Int($0.all.upperBound)]) } ?? []
            phrases.append(entry)
            phrases.sort { $0.length > $1.length }
            let all = Int32(runs.count)..<Int32(runs.count + phrases.count)
            runs.append(contentsOf: phrases)
            let withoutSecond = phrases.filter { !$0.hasSecond }
            let rest = Int32(runs.count)..<Int32(runs.count + withoutSecond.count)
            runs.append(contentsOf: withoutSecond)
            let secondHashes = phrases.reduce(UInt64(0)) { mask, entry in entry.hasSecond ? mask | Group.bit(entry.secondHash) : mask }
            groups[first] = Group(all: all, withoutSecond: rest, secondHashes: secondHashes)
        }

        private mutating func setPairBit(_ first: UInt64, _ second: UInt64) {
            let bit = PhraseTable.pairBit(first, second)
            pairs[bit >> 6] |= 1 << UInt64(bit & 63)
        }

        /// Appends `texts` to `words` and returns their range.
        private mutating func addWords(_ texts: ArraySlice<String>) -> Range<Int32> {
            let start = Int32(words.count)
            for text in texts {
                let spelling = Int32(spellings.count)..<Int32(spellings.count + text.utf8.count)
                spellings.append(contentsOf: text.utf8)
                words.append(Word(hash: WordHash.of(text.utf8), packed: PackedWord(text.utf8), spelling: spelling))
            }
            return start..<Int32(words.count)
        }
    }

    /// The phrases as look-ups read them.
    private final class Contents: Sendable {
        // Everything a look-up reads is a plain value in flat arrays: a group,
        // its phrases and their words are read without retaining anything. When
        // groups were classes holding arrays of entries, each holding arrays of
        // words with their `String`s, a look-up retained and released the group,
        // its array and every entry it tried (callgrind, 1,000 documents: some
        // 400 instructions a look-up, 95 M for the cues and the aliases).

        /// Phrases by their first word.
        let groups: WordTable<Group>
        /// One bit per first word and second word of a phrase (`pairBit`), and
        /// per first word of a phrase with no second word (one word, or a gap
        /// after the first). A word that starts phrases starts none where the
        /// bits of neither it alone nor it and the next word are set, and is
        /// answered without looking its group up. Common words start many
        /// phrases ("a", "the", "in", "is": 15 to 22 cues, "the" many aliases),
        /// but mostly before words that follow them in none (callgrind, 1,000
        /// documents: 136,000 look-ups of cues, 92,000 of aliases, some 300
        /// instructions each).
        let pairs: [UInt64]
        /// The phrases of each group, one run after another (a group rebuilt
        /// by `add` leaves its old runs unused).
        let runs: [Phrase]
        /// The words of every phrase.
        let words: [Word]
        /// The bytes of every word, one after another.
        let spellings: [UInt8]
        /// The value of each phrase, by `Phrase.index`.
        let values: [Value]
        /// The words of a phrase without a gap as a matched cue names them
        /// (the possessive "'s" left out), made once here rather than joined
        /// again at every match; nil for a phrase with a gap. By `Phrase.index`.
        let phraseWords: [String?]
        /// The bits (`PhraseTable.bit`) of each phrase's words, by
        /// `Phrase.index`, where `keepsPhraseBits` (else empty): only the
        /// contrast table reads them.
        let phraseBits: [UInt64]
        let keepsPhraseBits: Bool

        init(_ parts: Parts) {
            groups = parts.groups
            pairs = parts.pairs
            runs = parts.runs
            words = parts.words
            spellings = parts.spellings
            values = parts.values
            phraseWords = parts.phraseWords
            phraseBits = parts.phraseBits
            keepsPhraseBits = parts.keepsPhraseBits
        }

        /// Whether `pairs` has the bit of `first` and `second`.
        @inline(__always)
        private func hasPairBit(_ first: UInt64, _ second: UInt64) -> Bool {
            let bit = PhraseTable.pairBit(first, second)
            return pairs.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
        }

        /// Whether a phrase may start at token `i`, a word: whether `pairs`
        /// has the bit of it alone or of it and the next token.
        ///
        /// Asked before `matchCandidates` is called rather than in it: most
        /// words that pass the first word's filter start no phrase with the
        /// word after them, and were answered by this test after a call
        /// (callgrind, 1,000 documents: 185,000 calls for the cues).
        @inline(__always)
        func mayStartPhrase(_ tokens: [Token], at i: Int) -> Bool {
            let hash = tokens[i].hash
            return hasPairBit(hash, PhraseTable.alone) || (i + 1 < tokens.count && hasPairBit(hash, tokens[i + 1].hash))
        }

        /// `match(_:at:)` for a token that passed the table's filter and `mayStartPhrase`.
        func matchCandidates(_ tokens: [Token], at i: Int, present: UInt64) -> (value: Value, end: Int, words: String?)? {
            let hasNext = i + 1 < tokens.count
            let nextHash = hasNext ? tokens[i + 1].hash : 0
            // (the filter passed by `match`: not read again)
            guard let group = groups.value(forFiltered: tokens[i]) else { return nil }
            let candidates = hasNext && group.secondHashes & Group.bit(nextHash) != 0 ? group.all : group.withoutSecond
            for c in candidates {
                // Phrases that share a first word ("the Kremlin", "the White
                // House"…) mostly differ in the second: its hash is compared here
                // before the words are (callgrind, 500 synthetic documents:
                // matching phrases took 307 M instructions before, 196 M after).
                let phrase = runs[Int(c)]
                if phrase.hasSecond && (!hasNext || phrase.secondHash != nextHash) { continue }
                if phrase.rest & present != phrase.rest { continue }
                // The first word is the group's, which token `i` is: only the
                // words after it are compared, and a phrase of one word
                // needs no call (callgrind, 1,000 documents: cuesAndMask 75.8 -> 73.9 M,
                // the aliases' look-ups 29.1 -> 27.0 M).
                // (The count by its bounds: `Range<Int32>.count` was a call.)
                let afterHead: Int
                if phrase.head.upperBound &- phrase.head.lowerBound == 1 {
                    afterHead = i + 1
                } else if phrase.head.isEmpty {
                    afterHead = i
                } else {
                    guard let end = matchWords(phrase.head.lowerBound + 1..<phrase.head.upperBound, tokens, from: i + 1) else { continue }
                    afterHead = end
                }
                if phrase.tail.isEmpty { return (values[Int(phrase.index)], afterHead, phraseWords[Int(phrase.index)]) }
                var k = afterHead + 1
                while k <= afterHead + 4 && k < tokens.count {
                    let kind = tokens[k - 1].kind
                    if kind == .stop || kind == .clauseMark || kind == .comma { break }
                    if let end = matchWords(phrase.tail, tokens, from: k) { return (values[Int(phrase.index)], end, nil) }
                    k += 1
                }
            }
            return nil
        }

        /// Matches the words `range` of `words` to consecutive word tokens; returns the index after the last one.
        private func matchWords(_ range: Range<Int32>, _ tokens: [Token], from start: Int) -> Int? {
            var k = start
            for w in range {
                let word = words[Int(w)]
                guard k < tokens.count, tokens[k].kind == .word || tokens[k].kind == .possessive, tokens[k].hash == word.hash,
                    tokens[k].spells(word.packed, bytes: { spelling(word).withUnsafeBufferPointer { tokens[k].spells($0) } })
                else { return nil }
                k += 1
            }
            return k
        }

        /// The bytes of `word`.
        private func spelling(_ word: Word) -> ArraySlice<UInt8> {
            spellings[Int(word.spelling.lowerBound)..<Int(word.spelling.upperBound)]
        }
    }
}
