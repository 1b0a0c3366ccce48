/// The hash of a lower-case word that `Token.hash` holds and `WordTable`
/// looks words up by: 64-bit FNV-1a over the word's UTF-8 bytes, cheap to
/// compute byte by byte while the tokenizer lower-cases a word.
enum WordHash {
    /// The hash of the empty word.
    static let empty: UInt64 = 0xCBF2_9CE4_8422_2325

    /// `hash` continued with one more byte.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }

    /// The hash of a word's bytes.
    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(empty) { adding($1, to: $0) }
    }

    /// The hash of a string's bytes, read from its contiguous storage.
    ///
    /// Walking a `String.UTF8View` byte by byte goes through its index
    /// checks at every byte (callgrind, 1,000 documents: 159 M instructions
    /// for the names the term stores and the linker number and the stems
    /// looked up as synonyms, ~280 per name).
    static func of(_ utf8: String.UTF8View) -> UInt64 {
        utf8.withContiguousStorageIfAvailable { of($0) } ?? utf8.reduce(empty) { adding($1, to: $0) }
    }
}
