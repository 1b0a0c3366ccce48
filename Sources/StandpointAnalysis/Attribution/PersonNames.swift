#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The single words of the people a document has named so far, each with
/// the person and the entity they speak for ("hua" → "Hua Chunying", China):
/// `HolderFinder.names`, made for every document and filled as it is read.
///
/// A table of its own rather than a `WordTable`: that one, built for the
/// lexicon's lists, made six arrays of 32 slots per document (strings,
/// optionals and ranges among them, filled through unspecialised library
/// code) and released them after (callgrind, 1,000 documents: 6.5 M
/// instructions to make them). Here the words lie in one array, in the order
/// they were added, and the slots are numbers; keys are lower-case bytes,
/// compared as `WordTable` compares them.
struct PersonNames {
    typealias Entry = (person: String, entity: String?)

    /// A word added, with what it stands for.
    private struct Word {
        let hash: UInt64
        /// The word packed as tokens are, compared with a token whose hash matches.
        let packed: PackedWord
        /// Where the word's bytes lie in `spellings`.
        let spelling: Range<Int32>
        var entry: Entry
    }

    private var words: [Word] = []
    /// Per slot, one past the index in `words` of the word in it, or 0 when it is empty.
    private var slots: [Int32]
    /// The bytes of every word, one after another.
    private var spellings: [UInt8] = []
    private var shift: UInt64

    /// An empty table with room for `count` words before it grows.
    init(minimumCapacity count: Int) {
        var size = 8
        while size < count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        // (Room for the bytes of a document's few names at once: grown from
        // nothing, the array was reallocated at most of the first words.)
        spellings.reserveCapacity(128)
        // (And room for `count` words: grown from nothing, one word at a
        // time, the array was reallocated four or five times per document;
        // callgrind, 1,000 documents: `analyse` 216.8 -> 215.1 M.)
        words.reserveCapacity(count)
    }

    /// The entry of the word of `token`.
    func value(for token: Token) -> Entry? {
        let mask = slots.count - 1
        var slot = start(token.hash)
        while slots[slot] != 0 {
            let word = words[Int(slots[slot]) - 1]
            if word.hash == token.hash && token.spells(word.packed, bytes: { spelling(word).withUnsafeBufferPointer { token.spells($0) } }) {
                return word.entry
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The entry of the word spelt by `bytes`, whose hash (`WordHash.of(bytes)`) is `hash`.
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
        let slot = find(bytes, hash: hash)
        return slots[slot] == 0 ? nil : words[Int(slots[slot]) - 1].entry
    }

    /// The entry of the word spelt by `bytes`.
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        value(forBytes: bytes, hash: WordHash.of(bytes))
    }

    /// Sets the entry of the word spelt by `bytes`, whose hash (`WordHash.of(bytes)`) is `hash`.
    mutating func setValue(_ entry: Entry, forBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        let slot = find(bytes, hash: hash)
        guard slots[slot] == 0 else {
            words[Int(slots[slot]) - 1].entry = entry
            return
        }
        let spelling = Int32(spellings.count)..<Int32(spellings.count + bytes.count)
        spellings.append(contentsOf: bytes)
        words.append(Word(hash: hash, packed: PackedWord(bytes), spelling: spelling, entry: entry))
        slots[slot] = Int32(words.count)
        if words.count * 2 > slots.count { grow() }
    }

    /// The entry of `word`, a lower-case word.
    subscript(word: String) -> Entry? {
        get {
            var word = word
            return word.withUTF8 { value(forBytes: $0) }
        }
        set {
            guard let newValue else { return }
            var word = word
            word.withUTF8 { setValue(newValue, forBytes: $0, hash: WordHash.of($0)) }
        }
    }

    /// The slot holding the word spelt by `bytes`, or the empty slot where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = start(hash)
        while slots[slot] != 0 {
            let word = words[Int(slots[slot]) - 1]
            if word.hash == hash && word.spelling.count == bytes.count
                && (bytes.isEmpty
                    || spellings.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(word.spelling.lowerBound), bytes.baseAddress!, bytes.count) == 0 })
            {
                return slot
            }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// The bytes of `word`.
    private func spelling(_ word: Word) -> ArraySlice<UInt8> {
        spellings[Int(word.spelling.lowerBound)..<Int(word.spelling.upperBound)]
    }

    /// The first slot to probe for `hash` (Fibonacci hashing: the top bits of the product).
    @inline(__always)
    private func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Doubles the slots and places every word again.
    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        let mask = size - 1
        for (k, word) in words.enumerated() {
            var slot = start(word.hash)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k + 1)
        }
    }
}
