/// A table keyed by lower-case words that is looked up with the hash the
/// tokenizer computed once for each token (`Token.hash`), instead of hashing
/// the word again with `String`'s SipHash at every look-up.
///
/// Extraction looks every token up in several word lists (cue phrases,
/// titles, roles, stopwords, negations…); with `Set<String>` and
/// `[String: …]` hashing was a fifth of the extract stage (perf, 1,000
/// synthetic documents). Probing reads only the slots' hashes and packed
/// words (no reference counting); the word is compared only when its hash
/// matches. The table is
/// filled once, when the lexicon is read, and only read afterwards. Open
/// addressing, at most half full.
struct WordTable<Value: Sendable>: Sendable {
    /// What a probe reads of one slot, side by side: its word's hash,
    /// whether it holds a word, the word packed as tokens are
    /// (`PackedWord`), which a token whose hash matches is compared with
    /// (comparing a token's bytes with a `String` went through the
    /// string's storage at every look-up), and where the word's bytes lie
    /// in `spellings`, compared with a token's bytes only for words longer
    /// than sixteen bytes. (Kept in arrays of their own, a probe read a
    /// cache line of each.)
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var packed: PackedWord = .empty
        var spelling: Range<Int32> = 0..<0
        var isUsed = false
    }

    private var slots: [Slot]
    /// Per slot, its word, compared only while the table is filled.
    private var words: [String]
    private var values: [Value?]
    /// The bytes of every word added, one after another.
    private var spellings: [UInt8] = []
    private var shift: UInt64
    /// One bit per 1/8 slot, set where some word's hash falls (a second,
    /// independent position from the same hash): most look-ups are of words
    /// that are not in the table, and a clear bit answers them without a
    /// call or a probe (callgrind, 500 synthetic documents: look-ups took
    /// 84 M instructions before, about 60 M after).
    private var filter: [UInt64]
    private var filterShift: UInt64
    /// The number of words in the table.
    private(set) var count = 0

    /// Whether the table holds no word.
    var isEmpty: Bool { count == 0 }

    init() { self.init(slots: 8) }

    /// An empty table with room for `count` words: filled without
    /// rehashing as it grows.
    init(minimumCapacity count: Int) { self.init(slots: Self.slots(for: count)) }

    /// An empty table of `slots` slots, a power of two.
    private init(slots: Int) {
        self.slots = Array(repeating: Slot(), count: slots)
        words = Array(repeating: "", count: slots)
        values = Array(repeating: nil, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
        // eight bits per slot
        filter = Array(repeating: 0, count: max(1, slots * 8 / 64))
        filterShift = UInt64(64 - (slots * 8).trailingZeroBitCount)
    }

    /// Makes room for `count` words in all, so that adding them does not
    /// rehash the table as it grows.
    mutating func reserveCapacity(_ count: Int) {
        let slots = Self.slots(for: count)
        if slots > self.slots.count { rehash(capacity: slots) }
    }

    /// The slots a table of `count` words has: a power of two, at least
    /// eight, at most half of them full (as the table grows to when filled
    /// a word at a time).
    private static func slots(for count: Int) -> Int {
        var slots = 8
        while slots < 2 * count { slots *= 2 }
        return slots
    }

    /// The value stored for `word`.
    subscript(word: String) -> Value? {
        get {
            let hash = WordHash.of(word.utf8)
            return mayContain(hash) ? value(word, hash: hash) : nil
        }
        set {
            let hash = WordHash.of(word.utf8)
            let slot = find(word, hash: hash)
            if let newValue {
                if slots[slot].isUsed {
                    values[slot] = newValue
                } else {
                    slots[slot] = Slot(
                        hash: hash, packed: PackedWord(word.utf8),
                        spelling: Int32(spellings.count)..<Int32(spellings.count + word.utf8.count), isUsed: true)
                    words[slot] = word
                    values[slot] = newValue
                    spellings.append(contentsOf: word.utf8)
                    setFilterBit(hash)
                    count += 1
                    if count * 2 > slots.count { rehash(capacity: slots.count * 2) }
                }
            } else if slots[slot].isUsed {
                slots[slot].isUsed = false
                values[slot] = nil
                count -= 1
                rehash(capacity: slots.count)
            }
        }
    }

    /// Whether the word of `token` may be in the table: false says it is not,
    /// without a probe.
    @inline(__always)
    func mayContain(_ token: Token) -> Bool { mayContain(token.hash) }

    /// The value stored for the word of `token`.
    @inline(__always)
    func value(for token: Token) -> Value? {
        guard mayContain(token.hash) else { return nil }
        return value(of: token)
    }

    /// `value(for:)` of a token that `mayContain(_:)` let through, for a
    /// caller that has asked already: the filter is not read twice.
    @inline(__always)
    func value(forFiltered token: Token) -> Value? { value(of: token) }

    /// Whether the word of `token` is in the table, its value not read
    /// (a `WordSet`'s values are all `true`).
    @inline(__always)
    func containsWord(of token: Token) -> Bool {
        guard mayContain(token.hash) else { return false }
        return slot(of: token) != nil
    }

    /// The value stored for the word of `token`, compared with the token's
    /// bytes where its hash matches.
    private func value(of token: Token) -> Value? {
        guard let slot = slot(of: token) else { return nil }
        return values[slot]
    }

    /// The slot holding the word of `token`, if one does.
    private func slot(of token: Token) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = start(token.hash)
            while slots[index].isUsed {
                if slots[index].hash == token.hash
                    && token.spells(slots[index].packed, bytes: { spelling(slots[index]).withUnsafeBufferPointer { token.spells($0) } })
                {
                    return index
                }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// The value stored for the word spelt by `bytes`.
    ///
    /// A slot whose hash matches is compared with the bytes kept in
    /// `spellings` rather than through its `String`'s UTF-8 view.
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        value(forBytes: bytes, hash: WordHash.of(bytes))
    }

    /// The value stored for the word spelt by `bytes`, whose hash
    /// (`WordHash.of(bytes)`) the caller has computed already.
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        guard mayContain(hash) else { return nil }
        let mask = slots.count - 1
        var index = start(hash)
        while slots[index].isUsed {
            if slots[index].hash == hash && isSpelt(slots[index], as: bytes) { return values[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Whether the word in `slot` is spelt by `bytes`.
    private func isSpelt(_ slot: Slot, as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = slot.spelling
        guard range.count == bytes.count else { return false }
        return spellings.withUnsafeBufferPointer { all in
            var k = Int(range.lowerBound)
            for byte in bytes {
                guard all[k] == byte else { return false }
                k += 1
            }
            return true
        }
    }

    private func value(_ word: String, hash: UInt64) -> Value? {
        let slot = find(word, hash: hash)
        return slots[slot].isUsed ? values[slot] : nil
    }

    /// The slot holding `word`, or the empty slot where it would go.
    private func find(_ word: String, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var index = start(hash)
        while slots[index].isUsed {
            if slots[index].hash == hash && words[index] == word { return index }
            index = (index + 1) & mask
        }
        return index
    }

    /// The bytes of the word in `slot`.
    private func spelling(_ slot: Slot) -> ArraySlice<UInt8> {
        spellings[Int(slot.spelling.lowerBound)..<Int(slot.spelling.upperBound)]
    }

    /// The filter's bit for `hash`: its top bits, as they are. FNV-1a ends
    /// with a multiplication, so they are mixed already, and `start` takes
    /// its own bits from a product. Multiplying again here was paid once
    /// per table at every look-up (callgrind, 1,000 documents: the
    /// instructions on this file's lines 31.1 -> 27.4 M; a few more words
    /// pass the phrase groups' filter, PhraseTable.swift's lines 24.3 ->
    /// 26.4 M; extracting 599.9 -> 598.5 M in all).
    ///
    /// Shifted with `&>>`: `filterShift` is at most 58 (a table has at least
    /// eight slots, 64 filter bits), and `>>` tested it against 64 at every
    /// look-up of every table.
    @inline(__always)
    private func filterBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash &>> filterShift) }

    /// Whether `hash` may be in the table: false when its filter bit is clear.
    @inline(__always)
    private func mayContain(_ hash: UInt64) -> Bool {
        let bit = filterBit(hash)
        return filter.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    private mutating func setFilterBit(_ hash: UInt64) {
        let bit = filterBit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The first slot to probe for `hash` (Fibonacci hashing: the top bits
    /// of the product, other than the filter's; `shift` is at most 61, so
    /// `&>>` as in `filterBit`).
    private func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

    private mutating func rehash(capacity: Int) {
        let old = (slots, words, values)
        slots = Array(repeating: Slot(), count: capacity)
        words = Array(repeating: "", count: capacity)
        values = Array(repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        // eight bits per slot
        filter = Array(repeating: 0, count: max(1, capacity * 8 / 64))
        filterShift = UInt64(64 - (capacity * 8).trailingZeroBitCount)
        // The words differ, so each goes to the first free slot from its
        // start, without comparing words as `find` does.
        let mask = capacity - 1
        for i in old.0.indices where old.0[i].isUsed {
            setFilterBit(old.0[i].hash)
            var slot = start(old.0[i].hash)
            while slots[slot].isUsed { slot = (slot + 1) & mask }
            slots[slot] = old.0[i]
            words[slot] = old.1[i]
            values[slot] = old.2[i]
        }
    }
}

/// A set of lower-case words, checked against tokens by their precomputed
/// hash (see `WordTable`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: WordTable<Bool>

    init() { table = WordTable() }

    init(arrayLiteral words: String...) { self.init(words) }

    /// A set of `words`, its table made with room for them at once.
    init(_ words: some Sequence<String>) {
        table = WordTable(minimumCapacity: words.underestimatedCount)
        for word in words { table[word] = true }
    }

    /// Whether the word of `token` is in the set. (Its value is not read:
    /// a set's are all `true`, and reading them read one more cache line.)
    func contains(_ token: Token) -> Bool { table.containsWord(of: token) }

    /// Whether the word of `token` may be in the set: false says it is not,
    /// without a call.
    @inline(__always)
    func mayContain(_ token: Token) -> Bool { table.mayContain(token) }

    /// Whether `word` is in the set.
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the word spelt by `bytes` is in the set.
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.value(forBytes: bytes) != nil }

    /// Whether the word spelt by `bytes`, whose hash (`WordHash.of(bytes)`)
    /// the caller has computed already, is in the set.
    func contains(bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool { table.value(forBytes: bytes, hash: hash) != nil }

    /// Adds `word`.
    mutating func insert(_ word: String) { table[word] = true }

    var isEmpty: Bool { table.isEmpty }

    var count: Int { table.count }
}
