/// The positions in a corpus's `points` of each cross-reference's two
/// points, by reference, as the linker that made the references knows them:
/// given to `Corpus.init`, its reference lists are made from them rather
/// than from the ids, each parsed and checked against its point (on the
/// benchmark's 1,000 documents `Corpus.referenceLists` 13.6 -> 3.9 M
/// instructions; at 10,000 documents it was the longest of the three pieces
/// of `Corpus.init` that run at once).
///
/// Both ends of a reference lie together (`Pair`), so that the linker
/// writes them in one pass over the references' order rather than one
/// pass per end, and `Corpus.init` reads them from one array.
package struct ReferenceEnds: Sendable {
    /// The positions of one reference's two points.
    package struct Pair: Sendable {
        /// The position of its `from` point.
        package let from: Int32
        /// The position of its `to` point.
        package let to: Int32

        package init(from: Int32, to: Int32) {
            self.from = from
            self.to = to
        }
    }

    /// Per reference: the positions of its two points.
    package let pairs: [Pair]

    package init(_ pairs: [Pair]) {
        self.pairs = pairs
    }
}
