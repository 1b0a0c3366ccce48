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
/// document. This one is direct-mapped (a new word takes the slot of its
/// hash, whatever was there) and of a fixed size, so that memory stays
/// flat: 4,096 slots of 40 bytes, 160 KB per extracting thread.
///
/// The slots were 64 bytes (the word's hash and both lengths in fields of
/// their own) and 8,192 of them, half a megabyte per thread: more than the
/// core's second-level cache, so the look-up of a slot, inlined into
/// `PointTerms.extract`, was the hottest instruction of extraction at
/// 10,000 documents.
struct WordTermCache {
    /// A word and its term's name.
    struct Entry {
        /// The word's lower-case bytes as its token packs them
        /// (`PackedWord.head`, `PackedWord.tail`), zeros for an empty slot.
        /// No byte of a word is zero, so these two numbers are the word
        /// without its length or hash.
        let head: UInt64
        let tail: UInt64
        /// The term's name as `NameList.words(at:count:)` gives it.
        let first: UInt64
        /// The name's second word, with the name's length, at most fifteen
        /// and zero for a word without a term, in its highest byte (which
        /// is zero in a name of fifteen bytes or fewer).
        private let secondAndCount: UInt64
        /// The hash of the term's name.
        let termHash: UInt64

        init(head: UInt64, tail: UInt64, first: UInt64, second: UInt64, count: Int, termHash: UInt64) {
            self.head = head
            self.tail = tail
            self.first = first
            secondAndCount = second | UInt64(truncatingIfNeeded: count) << 56
            self.termHash = termHash
        }

        /// The name's second word.
        var second: UInt64 { secondAndCount & 0x00FF_FFFF_FFFF_FFFF }
        /// The length of the term's name, zero for a word without a term.
        var termCount: Int { Int(truncatingIfNeeded: secondAndCount >> 56) }

        /// An empty slot.
        static let empty = Entry(head: 0, tail: 0, first: 0, second: 0, count: 0, termHash: 0)
    }

    private var slots: [Entry]

    /// An empty cache of `slotCount` slots, a power of two (none: caches nothing).
    init(slotCount: Int = 0) {
        slots = Array(repeating: .empty, count: slotCount)
    }

    /// What is cached for the word of `token`, a word of at most sixteen bytes.
    @inline(__always)
    func entry(of token: Token) -> Entry? {
        guard !slots.isEmpty else { return nil }
        let entry = slots[NameTable.slot(of: token.hash, mask: slots.count - 1)]
        return entry.tail == token.packed.tail && entry.head == token.packed.head ? entry : nil
    }

    /// Caches the term's name of `count` bytes, zero for none, whose words
    /// are `first` and `second` and hash `hash`, as the word of `token`'s.
    /// A name of sixteen bytes is not cached: its length would not fit.
    @inline(__always)
    mutating func cache(_ first: UInt64, _ second: UInt64, count: Int, hash: UInt64, of token: Token) {
        guard !slots.isEmpty, count < 16 else { return }
        slots[NameTable.slot(of: token.hash, mask: slots.count - 1)] = Entry(
            head: token.packed.head, tail: token.packed.tail, first: first, second: second, count: count, termHash: hash)
    }

    // MARK: One per thread

    /// The caches of the extracting threads, one each (`ThreadSlot`): taken
    /// for a document's extraction and put back after
    /// (`ExtractionRun.extractLinkable`).
    private static let threadSlot = ThreadSlot<WordTermCache>()

    /// Takes the calling thread's cache (a new one at its first call),
    /// leaving it none until `putBack()`.
    static func takeFromThread() -> WordTermCache {
        threadSlot.take { WordTermCache(slotCount: 4096) }
    }

    /// Gives the cache back to the calling thread, for its next document.
    consuming func putBack() {
        Self.threadSlot.putBack(self)
    }
}
