#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Equal strings kept once: `intern` hands back the first string equal to
/// the one given, so that points share the storage of the rationale parts
/// they repeat ("subject of 'said'", "asks to stop: 'abandon'") instead of
/// each holding its own copy.
///
/// One pool serves all the documents a thread extracts (`takeFromThread`,
/// `putBack`), as the words' cache of linking does. A pool per document
/// left each document its own copies of the same few parts, alive until
/// the analysis ends: at 10,000 documents 110,624 holder parts of more
/// than 15 bytes differ within their document, 221 across the corpus.
/// Shared by the thread, the CSV export's peak memory went from 258-262
/// to 248-250 MB and its minor page faults from 72,900-74,000 to
/// 69,800-71,300 (`/usr/bin/time`, three runs each, alternating). A pool
/// holds what follows from the extractor's rules and cue words, not a
/// document's text, and stops taking strings once it holds `limit`; a
/// string it does not take is handed back as it is.
///
/// Strings are found by the FNV hash of their bytes (`WordHash`) in an
/// open-addressed table: a scan of byte counts, as the pool of one
/// document did, would read every string of the thread's pool.
struct StringPool {
    /// The pooled strings, in the order they were first given.
    private var strings: [String] = []
    /// The hash of each pooled string's bytes.
    private var hashes: [UInt64] = []
    /// One past the index in `strings` of the string in each slot, or 0 for an empty slot.
    private var slots: [Int32]

    /// The most strings a pool takes; a quarter of its slots, so that probes stay short.
    static let limit = 1024

    /// An empty pool.
    init() {
        slots = Array(repeating: 0, count: Self.limit * 4)
    }

    /// The pooled string equal to `string`. Strings of up to 15 bytes are
    /// stored inside the `String` value itself, with no storage to share,
    /// and are handed back as they are.
    mutating func intern(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return intern(hash: WordHash.of(string.utf8), isEqual: { $0 == string }, make: { string })
    }

    /// The pooled string equal to the text of `rationale`, which is made
    /// only when the pool does not hold it (`RationaleParts`): its parts
    /// are hashed and compared where they lie.
    mutating func intern(_ rationale: RationaleParts) -> String {
        if rationale.isWhole { return intern(rationale.words) }
        return rationale.withParts { parts in
            let count = parts.count
            guard count > 15 else { return parts.joined() }
            var hash = WordHash.empty
            Self.add(parts.prefix, to: &hash)
            Self.add(parts.words, to: &hash)
            Self.add(parts.suffix, to: &hash)
            Self.add(parts.addition, to: &hash)
            return intern(hash: hash, isEqual: { Self.spells($0, parts, count: count) }, make: { parts.joined() })
        }
    }

    /// The pooled string of hash `hash` that `isEqual` accepts, or else
    /// `make()`, pooled while the pool has room.
    @inline(__always)
    private mutating func intern(hash: UInt64, isEqual: (String) -> Bool, make: () -> String) -> String {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if hashes[k] == hash && isEqual(strings[k]) { return strings[k] }
            slot = (slot + 1) & mask
        }
        let string = make()
        guard strings.count < Self.limit else { return string }
        slots[slot] = Int32(strings.count + 1)
        hashes.append(hash)
        strings.append(string)
        return string
    }

    /// `hash` continued with the bytes of `part`.
    @inline(__always)
    private static func add(_ part: UnsafeBufferPointer<UInt8>, to hash: inout UInt64) {
        for byte in part { hash = WordHash.adding(byte, to: hash) }
    }

    /// Whether `string` is spelt by `parts`, one after another, which hold `count` bytes.
    private static func spells(_ string: String, _ parts: RationaleParts.Parts, count: Int) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            var k = 0
            return bytes.count == count && matches(parts.prefix, bytes, at: &k) && matches(parts.words, bytes, at: &k)
                && matches(parts.suffix, bytes, at: &k) && matches(parts.addition, bytes, at: &k)
        }
    }

    /// Whether `bytes` at `k` holds `part`; moves `k` past it.
    @inline(__always)
    private static func matches(_ part: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, at k: inout Int) -> Bool {
        guard !part.isEmpty else { return true }
        guard memcmp(bytes.baseAddress! + k, part.baseAddress!, part.count) == 0 else { return false }
        k += part.count
        return true
    }

    // MARK: One per thread

    /// The pools of the extracting threads, one each (`ThreadSlot`): taken
    /// for a document's points and put back after (`ExtractionRun.resolve`).
    private static let threadSlot = ThreadSlot<StringPool>()

    /// Takes the calling thread's pool (a new one at its first call),
    /// leaving it none until `putBack()`.
    static func takeFromThread() -> StringPool {
        threadSlot.take { StringPool() }
    }

    /// Gives the pool back to the calling thread, for its next document.
    consuming func putBack() {
        Self.threadSlot.putBack(self)
    }
}
