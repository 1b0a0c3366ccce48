/// A synonym group as linking looks words up in it (`Lexicon.synonyms`):
/// its name, the stem of its first word, with what the term pool finds that
/// name by, computed once when the lexicon is read.
///
/// A group's name found in each document's pool by its `String` (hashed
/// again at every word of the group a document had not had yet) cost some
/// 400 instructions a look-up on the benchmark's 1,000 documents; by its
/// hash and, for an ASCII name of at most sixteen bytes, its two words
/// (`TermPool.number(ofASCIIWords:_:count:hash:)`), about 150.
struct SynonymGroup: Sendable {
    /// The stem of the group's first word ("mental" of "mentality").
    let name: String
    /// `WordHash` of `name`.
    let hash: UInt64
    /// `name`'s bytes as `NameList` keeps them in words, if it is ASCII and
    /// one to sixteen bytes long.
    let words: (first: UInt64, second: UInt64)?

    init(_ name: String) {
        self.name = name
        hash = WordHash.of(name.utf8)
        let bytes = Array(name.utf8)
        guard (1...16).contains(bytes.count), bytes.allSatisfy({ $0 < 0x80 }) else {
            words = nil
            return
        }
        let padded = bytes + Array(repeating: 0, count: 16)
        words = padded.withUnsafeBytes { NameList.words(at: $0.baseAddress!, count: bytes.count) }
    }
}
