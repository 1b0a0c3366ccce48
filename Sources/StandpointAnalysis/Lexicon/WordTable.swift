/// A table keyed by lower-case words that is looked up with the hash the
/// tokenizer computed once for each token (`Token.hash`), instead of hashing
/// the word again with `String`'s SipHash at every look-up.
///
/// Extraction looks every token up in several word lists (cue phrases,
/// titles, roles, stopwords, negations…); with `Set<String>` and
/// `[String: …]` hashing was a fifth of the extract stage (perf, 1,000
/// synthetic documents). The table is filled once, when the lexicon is read,
/// and only read afterwards. Open addressing, at most half full.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        let hash: UInt64
        let word: String
        var value: Value
    }

    private var slots: [Slot?] = Array(repeating: nil, count: 8)
    private var shift: UInt64 = 61
    /// The number of words in the table.
    private(set) var count = 0

    /// Whether the table holds no word.
    var isEmpty: Bool { count == 0 }

    init() {}

    /// The value stored for `word`.
    subscript(word: String) -> Value? {
        get { value(word, hash: WordHash.of(word.utf8)) }
        set {
            let hash = WordHash.of(word.utf8)
            let slot = find(word, hash: hash)
            if let newValue {
                if slots[slot] != nil {
                    slots[slot]!.value = newValue
                } else {
                    slots[slot] = Slot(hash: hash, word: word, value: newValue)
                    count += 1
                    if count * 2 > slots.count { grow() }
                }
            } else if slots[slot] != nil {
                slots[slot] = nil
                count -= 1
                rehash(capacity: slots.count)
            }
        }
    }

    /// The value stored for the word of `token`.
    func value(for token: Token) -> Value? { value(token.lower, hash: token.hash) }

    /// The value stored for the word spelt by `bytes`.
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = WordHash.of(bytes)
        let mask = slots.count - 1
        var index = start(hash)
        while let slot = slots[index] {
            if slot.hash == hash && slot.word.utf8.elementsEqual(bytes) { return slot.value }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Every word and its value, in no particular order.
    var entries: [(word: String, value: Value)] { slots.compactMap { $0.map { ($0.word, $0.value) } } }

    private func value(_ word: String, hash: UInt64) -> Value? {
        slots[find(word, hash: hash)]?.value
    }

    /// The slot holding `word`, or the empty slot where it would go.
    private func find(_ word: String, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var index = start(hash)
        while let slot = slots[index] {
            if slot.hash == hash && slot.word == word { return index }
            index = (index + 1) & mask
        }
        return index
    }

    /// The first slot to probe for `hash` (Fibonacci hashing: the top bits of the product).
    private func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func grow() { rehash(capacity: slots.count * 2) }

    private mutating func rehash(capacity: Int) {
        let old = slots
        slots = Array(repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for case let slot? in old { slots[find(slot.word, hash: slot.hash)] = slot }
    }
}

/// A set of lower-case words, checked against tokens by their precomputed
/// hash (see `WordTable`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()

    init() {}

    init(arrayLiteral words: String...) { self.init(words) }

    init(_ words: some Sequence<String>) {
        for word in words { table[word] = true }
    }

    /// Whether the word of `token` is in the set.
    func contains(_ token: Token) -> Bool { table.value(for: token) != nil }

    /// Whether `word` is in the set.
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the word spelt by `bytes` is in the set.
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.value(forBytes: bytes) != nil }

    /// Adds `word`.
    mutating func insert(_ word: String) { table[word] = true }

    var isEmpty: Bool { table.count == 0 }

    var count: Int { table.count }
}
