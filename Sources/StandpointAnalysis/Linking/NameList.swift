/// Names as UTF-8 bytes, one after another in one buffer, each with its
/// hash (`WordHash`): the term names of a document, of a run of documents
/// or of the corpus without a `String` per name (a heap block for each name
/// of more than fifteen bytes, which most key phrases are).
///
/// Each name starts on an 8-byte word, its last word padded with zeros, so
/// that a name is appended and compared a word at a time: appended a byte
/// at a time (`Array.append(contentsOf:)`), names cost 13 M instructions
/// more on the benchmark's 1,000 documents.
struct NameList: Sendable {
    /// Where a name lies: the end of its words in `words`, and its length in bytes.
    struct Place: Sendable {
        let end: Int32
        let count: Int32
    }

    /// The names' bytes, each name from the start of a word.
    private(set) var words: [UInt64] = []
    /// Per name: where it lies in `words`.
    private(set) var places: [Place] = []
    /// Per name: the hash of its bytes (`WordHash.of`).
    private(set) var hashes: [UInt64] = []

    /// No names.
    init() {}

    /// No names, with room for about `capacity` names before it grows.
    init(capacity: Int) {
        words.reserveCapacity(capacity * 2)
        places.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The number of names.
    var count: Int { places.count }

    /// The words of name `k`.
    @inline(__always)
    func wordRange(of k: Int) -> Range<Int> { (k == 0 ? 0 : Int(places[k - 1].end))..<Int(places[k].end) }

    /// The length of name `k` in bytes.
    @inline(__always)
    func byteCount(of k: Int) -> Int { Int(places[k].count) }

    /// `body` of the bytes of name `k`.
    @inline(__always)
    func withBytes<Result>(of k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = wordRange(of: k).lowerBound * 8
        let count = byteCount(of: k)
        return words.withUnsafeBytes { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[start..<(start + count)]))
        }
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

    /// Whether name `k` is name `j` of `other`.
    @inline(__always)
    func isSpelt(_ k: Int, asName j: Int, of other: NameList) -> Bool {
        guard places[k].count == other.places[j].count else { return false }
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
        places.append(Place(end: Int32(words.count), count: Int32(name.count)))
        hashes.append(hash)
    }

    /// Adds name `j` of `other` at the end.
    @inline(__always)
    mutating func append(name j: Int, of other: NameList) {
        for i in other.wordRange(of: j) { words.append(other.words[i]) }
        places.append(Place(end: Int32(words.count), count: other.places[j].count))
        hashes.append(other.hashes[j])
    }

    /// The word of `bytes` from `offset`: eight bytes, or the rest padded with zeros.
    @inline(__always)
    private static func word(of bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
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
        copy.places = places.fitted()
        copy.hashes = hashes.fitted()
        return copy
    }
}
