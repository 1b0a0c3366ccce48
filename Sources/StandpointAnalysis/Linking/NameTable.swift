/// Names numbered in order of first sight (`NameList`), found by their
/// bytes and hash in an open-addressing table of numbers.
///
/// The term pool of each document (`TermPool`), each run of documents and
/// the corpus (`ClaimLinker.Index`) number names so, on bytes hashed once,
/// when the document's extraction met them: numbering runs by hashing each
/// document's names again as `String`s took 46 M instructions on the
/// benchmark's 1,000 documents.
struct NameTable {
    /// Number → name.
    private(set) var list: NameList
    /// A number per slot, -1 where empty: a power of two long, at most half full.
    private var slots: [Int32]

    /// An empty table with room for about `capacity` names before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: -1, count: size)
        list = NameList(capacity: capacity)
    }

    /// The number of names.
    var count: Int { list.count }

    /// The number of the name spelt by `bytes`, of hash `hash`
    /// (`WordHash.of(bytes)`): the next one (`count` before the call) if
    /// the name is new.
    @inline(__always)
    mutating func number(ofBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let (mask, folded) = (slots.count - 1, NameList.folded(hash))
        var slot = Self.slot(ofFolded: folded, mask: mask)
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if list.foldedHash(of: Int(number)) == folded && list.isSpelt(Int(number), as: bytes) { return number }
            slot = (slot + 1) & mask
        }
        let number = Int32(list.count)
        list.append(bytes, hash: hash)
        slots[slot] = number
        if list.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of the name of `count` bytes, one to sixteen, whose
    /// words are `first` and `second` (`NameList.words(at:count:)`), of hash
    /// `hash`: the next one (`count` before the call) if the name is new.
    @inline(__always)
    mutating func number(ofWords first: UInt64, _ second: UInt64, count: Int, hash: UInt64) -> Int32 {
        let (mask, folded) = (slots.count - 1, NameList.folded(hash))
        var slot = Self.slot(ofFolded: folded, mask: mask)
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if list.foldedHash(of: Int(number)) == folded && list.isSpelt(Int(number), asWords: first, second, count: count) {
                return number
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(list.count)
        list.append(words: first, second, count: count, hash: hash)
        slots[slot] = number
        if list.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of the name of `count` bytes whose words, as `NameList`
    /// keeps them, are `words`, of hash `hash`: the next one (`count`
    /// before the call) if the name is new.
    @inline(__always)
    mutating func number(ofWords words: UnsafeBufferPointer<UInt64>, count: Int, hash: UInt64) -> Int32 {
        let (mask, folded) = (slots.count - 1, NameList.folded(hash))
        var slot = Self.slot(ofFolded: folded, mask: mask)
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if list.foldedHash(of: Int(number)) == folded && list.isSpelt(Int(number), asWords: words, count: count) { return number }
            slot = (slot + 1) & mask
        }
        let number = Int32(list.count)
        list.append(words: words, count: count, hash: hash)
        slots[slot] = number
        if list.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of name `j` of `other`: the next one if the name is new.
    @inline(__always)
    mutating func number(ofName j: Int, in other: NameList) -> Int32 {
        let folded = other.foldedHash(of: j)
        let mask = slots.count - 1
        var slot = Self.slot(ofFolded: folded, mask: mask)
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if list.foldedHash(of: Int(number)) == folded && list.isSpelt(Int(number), asName: j, of: other) { return number }
            slot = (slot + 1) & mask
        }
        let number = Int32(list.count)
        list.append(name: j, of: other)
        slots[slot] = number
        if list.count * 2 > slots.count { grow() }
        return number
    }

    /// The names, without the table.
    consuming func finish() -> NameList { list }

    /// The first slot to look in for `hash` (its high bits folded in, since
    /// FNV-1a's low bits mix least).
    @inline(__always)
    static func slot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }

    /// The first slot to look in for a hash folded to `folded`
    /// (`NameList.folded(_:)`): `slot(of:mask:)` of the hash.
    @inline(__always)
    static func slot(ofFolded folded: UInt32, mask: Int) -> Int { Int(folded) & mask }

    /// Doubles the table.
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, entry) in list.entries.enumerated() {
            var slot = Self.slot(ofFolded: entry.hash, mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
