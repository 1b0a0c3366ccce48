/// Names as UTF-8 bytes, one after another in one buffer, each with its
/// hash (`WordHash`, folded to 32 bits): the term names of a document, of a run of documents
/// or of the corpus without a `String` per name (a heap block for each name
/// of more than fifteen bytes, which most key phrases are).
///
/// Each name starts on an 8-byte word, its last word padded with zeros, so
/// that a name is appended and compared a word at a time: appended a byte
/// at a time (`Array.append(contentsOf:)`), names cost 13 M instructions
/// more on the benchmark's 1,000 documents.
struct NameList: Sendable {
    /// A name's hash, and where it lies: the end of its words in `words`,
    /// and its length in bytes (one value, so that a new name is one append
    /// besides its words).
    ///
    /// Twelve bytes rather than sixteen with the whole hash: every
    /// document's names are held until linking numbers them (1.68 million
    /// at 10,000 documents, so 6.7 MB less).
    struct Entry: Sendable {
        /// The hash of the name's bytes (`WordHash.of`) folded to 32 bits
        /// (`folded(_:)`), which is all that `NameTable` reads of it.
        let hash: UInt32
        let end: Int32
        let count: Int32
    }

    /// The names' bytes, each name from the start of a word.
    private(set) var words: [UInt64] = []
    /// Per name: its hash and where it lies in `words`.
    private(set) var entries: [Entry] = []

    /// No names.
    init() {}

    /// The names of `words` and `entries` as the list keeps them (`TermPool`'s).
    init(words: [UInt64], entries: [Entry]) {
        self.words = words
        self.entries = entries
    }

    /// No names, with room for about `capacity` names before it grows.
    init(capacity: Int) {
        words.reserveCapacity(capacity * 2)
        entries.reserveCapacity(capacity)
    }

    /// The number of names.
    var count: Int { entries.count }

    /// The hash of name `k`, folded (`folded(_:)`).
    @inline(__always)
    func foldedHash(of k: Int) -> UInt32 { entries[k].hash }

    /// `hash` folded to 32 bits, its high half into its low: what the list
    /// keeps of a name's hash, and what `NameTable.slot(of:mask:)` takes
    /// its slot from.
    @inline(__always)
    static func folded(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) }

    /// The words of name `k`.
    @inline(__always)
    func wordRange(of k: Int) -> Range<Int> { (k == 0 ? 0 : Int(entries[k - 1].end))..<Int(entries[k].end) }

    /// The length of name `k` in bytes.
    @inline(__always)
    func byteCount(of k: Int) -> Int { Int(entries[k].count) }

    /// `body` of the bytes of name `k`.
    @inline(__always)
    func withBytes<Result>(of k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = wordRange(of: k).lowerBound * 8
        let count = byteCount(of: k)
        return words.withUnsafeBytes { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[start..<(start + count)]))
        }
    }

    /// `body` of the words of name `k`, its last padded with zeros.
    @inline(__always)
    func withWords<Result>(of k: Int, _ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        let range = wordRange(of: k)
        return words.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Name `k`'s first eight bytes as one big-endian number, zeros after
    /// its end, and the next eight (`TermPool.Name`), and whether all its
    /// bytes are ASCII: read from its words, not byte by byte.
    @inline(__always)
    func orderKey(of k: Int) -> (head: UInt64, tail: UInt64, isASCII: Bool) {
        let range = wordRange(of: k)
        var high: UInt64 = 0
        for i in range { high |= words[i] }
        let head = range.count > 0 ? UInt64(bigEndian: words[range.lowerBound]) : 0
        let tail = range.count > 1 ? UInt64(bigEndian: words[range.lowerBound + 1]) : 0
        return (head, tail, high & 0x8080_8080_8080_8080 == 0)
    }

    /// Name `k` as a `String`.
    func string(of k: Int) -> String { withBytes(of: k) { String(decoding: $0, as: UTF8.self) } }

    /// Whether name `k` is spelt by `bytes`.
    @inline(__always)
    func isSpelt(_ k: Int, as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard byteCount(of: k) == bytes.count else { return false }
        var i = wordRange(of: k).lowerBound
        var offset = 0
        while offset < bytes.count {
            if words[i] != Self.word(of: bytes, at: offset) { return false }
            i += 1
            offset += 8
        }
        return true
    }

    /// Whether name `k` is the name of `count` bytes, one to sixteen, whose
    /// words are `first` and `second` (`words(at:count:)`).
    @inline(__always)
    func isSpelt(_ k: Int, asWords first: UInt64, _ second: UInt64, count: Int) -> Bool {
        guard byteCount(of: k) == count else { return false }
        let start = wordRange(of: k).lowerBound
        return words[start] == first && (count <= 8 || words[start + 1] == second)
    }

    /// Whether name `k` is the name of `count` bytes whose words, as the
    /// list keeps them, are `words`.
    @inline(__always)
    func isSpelt(_ k: Int, asWords words: UnsafeBufferPointer<UInt64>, count: Int) -> Bool {
        guard byteCount(of: k) == count else { return false }
        let start = wordRange(of: k).lowerBound
        for i in words.indices where self.words[start + i] != words[i] { return false }
        return true
    }

    /// Whether name `k` is name `j` of `other`.
    @inline(__always)
    func isSpelt(_ k: Int, asName j: Int, of other: NameList) -> Bool {
        guard entries[k].count == other.entries[j].count else { return false }
        let (mine, theirs) = (wordRange(of: k), other.wordRange(of: j))
        for i in 0..<mine.count where words[mine.lowerBound + i] != other.words[theirs.lowerBound + i] { return false }
        return true
    }

    /// Adds the name `name`, of hash `hash`, at the end.
    @inline(__always)
    mutating func append(_ name: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        var offset = 0
        while offset < name.count {
            words.append(Self.word(of: name, at: offset))
            offset += 8
        }
        entries.append(Entry(hash: Self.folded(hash), end: Int32(words.count), count: Int32(name.count)))
    }

    /// Adds the name of `count` bytes, one to sixteen, whose words are
    /// `first` and `second` (`words(at:count:)`), of hash `hash`, at the end.
    @inline(__always)
    mutating func append(words first: UInt64, _ second: UInt64, count: Int, hash: UInt64) {
        words.append(first)
        if count > 8 { words.append(second) }
        entries.append(Entry(hash: Self.folded(hash), end: Int32(words.count), count: Int32(count)))
    }

    /// Adds the name of `count` bytes whose words, as the list keeps them,
    /// are `words`, of hash `hash`, at the end.
    ///
    /// A word at a time: the two or three words of a key phrase or an
    /// entity's name, appended by `append(contentsOf:)`, cost 2 M
    /// instructions more on the benchmark's 1,000 documents.
    @inline(__always)
    mutating func append(words: UnsafeBufferPointer<UInt64>, count: Int, hash: UInt64) {
        for word in words { self.words.append(word) }
        entries.append(Entry(hash: Self.folded(hash), end: Int32(self.words.count), count: Int32(count)))
    }

    /// Adds name `j` of `other` at the end.
    @inline(__always)
    mutating func append(name j: Int, of other: NameList) {
        for i in other.wordRange(of: j) { words.append(other.words[i]) }
        entries.append(Entry(hash: other.entries[j].hash, end: Int32(words.count), count: other.entries[j].count))
    }

    /// The words of the name of the first `count` bytes at `bytes`, at most
    /// sixteen, as the list keeps them (the second zero for a name of at
    /// most eight): for a caller whose buffer may be read for sixteen bytes,
    /// two loads rather than a byte at a time after the eighth.
    @inline(__always)
    static func words(at bytes: UnsafeRawPointer, count: Int) -> (UInt64, UInt64) {
        let first = bytes.loadUnaligned(as: UInt64.self)
        let second = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        // read little-endian, the name's k-th byte is the word's k-th lowest
        let firstMask: UInt64 = count >= 8 ? .max : (1 &<< UInt64(8 * count)) &- 1
        let secondMask: UInt64 = count >= 16 ? .max : count <= 8 ? 0 : (1 &<< UInt64(8 * (count - 8))) &- 1
        return ((UInt64(littleEndian: first) & firstMask).littleEndian, (UInt64(littleEndian: second) & secondMask).littleEndian)
    }

    /// The word of `bytes` from `offset`: eight bytes, or the rest padded with zeros.
    @inline(__always)
    static func word(of bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        if offset + 8 <= bytes.count { return raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        var word: UInt64 = 0
        withUnsafeMutableBytes(of: &word) { target in
            for i in offset..<bytes.count { target[i - offset] = raw[i] }
        }
        return word
    }

    /// A copy whose arrays' capacities are their counts.
    func fitted() -> NameList {
        var copy = NameList()
        copy.words = words.fitted()
        copy.entries = entries.fitted()
        return copy
    }
}
