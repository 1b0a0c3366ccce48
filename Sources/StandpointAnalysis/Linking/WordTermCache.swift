/// What a word of at most sixteen ASCII bytes means to linking, kept across
/// the documents one thread extracts: the name of its term (its stem or
/// its synonym group's, as the two words, length and hash that
/// `TermPool.number(ofASCIIWords:_:count:hash:)` takes) or that it has
/// none (a stopword, or a word too short or numeric). Only what follows
/// from the word's bytes is kept, never a term's number, which is the
/// document's (`TermPool`).
///
/// A document's own cache of words found only a fifth of its words; the
/// rest were stemmed and looked up as synonyms again, document after
/// document. This one finds about 95% and is direct-mapped (a new word
/// takes the slot of its hash, whatever was there) and of a fixed size, so
/// that memory stays flat: 8,192 slots of 64 bytes, half a megabyte per
/// extracting thread.
struct WordTermCache {
    /// A word and its term's name.
    struct Entry {
        /// The word, as its token packs it; a count of zero for an empty slot.
        var word = PackedWord(count: 0, packed: (0, 0))
        /// The word's hash (`Token.hash`).
        var hash: UInt64 = 0
        /// The term's name as `NameList.words(at:count:)` gives it.
        var first: UInt64 = 0
        var second: UInt64 = 0
        /// The hash of the term's name.
        var termHash: UInt64 = 0
        /// The length of the term's name, zero for a word without a term.
        var termCount = 0
    }

    private var slots: [Entry]

    /// An empty cache of `slotCount` slots, a power of two (none: caches nothing).
    init(slotCount: Int = 0) {
        slots = Array(repeating: Entry(), count: slotCount)
    }

    /// What is cached for the word of `token`, a word of at most sixteen bytes.
    @inline(__always)
    func entry(of token: Token) -> Entry? {
        guard !slots.isEmpty else { return nil }
        let entry = slots[NameTable.slot(of: token.hash, mask: slots.count - 1)]
        return entry.hash == token.hash && entry.word == token.packed ? entry : nil
    }

    /// Caches the term's name of `count` bytes, zero for none, whose words
    /// are `first` and `second` and hash `hash`, as the word of `token`'s.
    @inline(__always)
    mutating func cache(_ first: UInt64, _ second: UInt64, count: Int, hash: UInt64, of token: Token) {
        guard !slots.isEmpty else { return }
        slots[NameTable.slot(of: token.hash, mask: slots.count - 1)] = Entry(
            word: token.packed, hash: token.hash, first: first, second: second, termHash: hash, termCount: count)
    }

    // MARK: One per thread

    /// The caches of the extracting threads, one each (`ThreadSlot`): taken
    /// for a document's extraction and put back after
    /// (`ExtractionRun.extractLinkable`).
    private static let threadSlot = ThreadSlot<WordTermCache>()

    /// Takes the calling thread's cache (a new one at its first call),
    /// leaving it none until `putBack()`.
    static func takeFromThread() -> WordTermCache {
        threadSlot.take { WordTermCache(slotCount: 8192) }
    }

    /// Gives the cache back to the calling thread, for its next document.
    consuming func putBack() {
        Self.threadSlot.putBack(self)
    }
}
