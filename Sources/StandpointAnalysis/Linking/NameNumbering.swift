/// Names numbered in order of first sight, found by their FNV-1a hash
/// (`WordHash`) in an open-addressing table of numbers.
///
/// A `[String: Int32]` hashes every name with SipHash through `Hasher`:
/// numbering the terms of each document and of each run of documents so
/// took 621 M instructions on the benchmark's 1,000 documents, 426 M with this table.
struct NameNumbering {
    /// Number → name.
    private(set) var names: [String] = []
    /// Number → the name's hash.
    private var hashes: [UInt64] = []
    /// A number per slot, -1 where empty: a power of two long, at most half full.
    private var slots: [Int32]

    /// An empty numbering with room for about `capacity` names before it grows.
    init(capacity: Int = 32) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// The number of `name`, the next one if the name is new.
    mutating func number(of name: String) -> Int32 {
        let hash = Self.hash(of: name)
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while slots[slot] >= 0 {
            let number = slots[slot]
            if hashes[Int(number)] == hash && names[Int(number)] == name { return number }
            slot = (slot + 1) & mask
        }
        let number = Int32(names.count)
        names.append(name)
        hashes.append(hash)
        slots[slot] = number
        if names.count * 2 > slots.count { grow() }
        return number
    }

    /// The FNV-1a hash of `name`'s bytes, read from its contiguous storage
    /// where it has one (always, for native strings): through the `UTF8View`
    /// iterator each byte cost some 60 instructions (the benchmark's 1,000 documents: 126 M
    /// instructions in `WordHash.of` for 395,568 names).
    private static func hash(of name: String) -> UInt64 {
        name.utf8.withContiguousStorageIfAvailable { WordHash.of($0) } ?? WordHash.of(name.utf8)
    }

    /// The first slot to look in for `hash` (its high bits folded in, since
    /// FNV-1a's low bits mix least).
    private static func slot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }

    /// Doubles the table.
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Self.slot(of: hash, mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
