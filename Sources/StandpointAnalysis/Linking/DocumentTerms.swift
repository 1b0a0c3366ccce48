/// The terms of the points of one document (`PointTerms` is one point's
/// view of them), in a few flat arrays: each distinct term name once per
/// document, and per term of a point its number in that table, its surface
/// span and whether it lies in the point's claim.
///
/// At 10,000 documents the 150,000 points have 2.26 million terms but only
/// 1.68 million distinct per document; holding a 4-byte number per term
/// instead of a 16-byte string, and four arrays per document instead of
/// three per point, is what lets linking number the terms per document
/// (`ClaimLinker.Index`) rather than per occurrence.
struct DocumentTerms: Sendable {
    /// Distinct term names, in order of first occurrence (points in order,
    /// each point's terms in name order).
    let names: [String]
    /// Per term of each point, in name order: its number in `names`.
    let numbers: [Int32]
    /// Per term of each point: where it first occurs in the point's text.
    let spans: PackedSpans
    /// Per term of each point: whether it lies in the point's claim rather
    /// than its attribution: after a reporting or position verb ("warned
    /// that …"), or anywhere when the cue is a modal or an evaluation.
    let inFocus: [Bool]
    /// Per point: where its terms end in `numbers`, `spans` and `inFocus`.
    let ends: [Int32]
    /// Per point: its text, which its spans point into.
    let texts: [Substring]

    /// No points.
    init() { self = Builder().finish() }

    /// The terms of one point, of `text`.
    ///
    /// `lexicon` is borrowed: an initialiser owns its arguments by default, so
    /// each call would retain and release the lexicon, on a counter that all
    /// threads share.
    ///
    /// - Complexity: O(n + k log k) for a text of n bytes and k terms.
    init(_ text: Substring, lexicon: borrowing Lexicon) {
        var copy = text
        let occurrences = copy.withUTF8 { bytes in
            let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
            return PointTerms.extract(
                tokens, cues: lexicon.cues(in: tokens), mask: lexicon.contrastMask(tokens), base: 0, lexicon: lexicon)
        }
        var builder = Builder()
        builder.add(text: text, occurrences: occurrences)
        self = builder.finish()
    }

    private init(names: [String], numbers: [Int32], spans: PackedSpans, inFocus: [Bool], ends: [Int32], texts: [Substring]) {
        self.names = names
        self.numbers = numbers
        self.spans = spans
        self.inFocus = inFocus
        self.ends = ends
        self.texts = texts
    }

    /// The number of points.
    var pointCount: Int { ends.count }

    /// Where the terms of point `k` lie in `numbers`.
    func range(ofPoint k: Int) -> Range<Int> { (k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k]) }

    /// The terms of point `k`.
    func terms(ofPoint k: Int) -> PointTerms { PointTerms(store: self, point: k) }

    /// Makes the terms of a document point by point.
    struct Builder {
        private var names = NameNumbering()
        private var numbers: [Int32] = []
        private var spans = PackedSpans()
        private var inFocus: [Bool] = []
        private var ends: [Int32] = []
        private var texts: [Substring] = []

        init() {}

        /// Adds the next point, of `text`, with its term `occurrences`.
        ///
        /// - Complexity: O(k log k) for k occurrences.
        mutating func add(text: Substring, occurrences: [PointTerms.Occurrence]) {
            let order = Self.nameOrder(occurrences)
            var previous: String?
            for i in order {
                let occurrence = occurrences[i]
                if previous == occurrence.name {
                    if occurrence.inFocus { inFocus[inFocus.count - 1] = true }
                    continue
                }
                previous = occurrence.name
                numbers.append(names.number(of: occurrence.name))
                spans.append(occurrence.span)
                inFocus.append(occurrence.inFocus)
            }
            ends.append(Int32(numbers.count))
            texts.append(text)
        }

        /// The positions of `occurrences` in name order, equal names in text order.
        ///
        /// An ASCII name's first eight bytes, read as one big-endian number,
        /// order it as `String`'s `<` does unless they are equal, so most
        /// comparisons are of two integers; the strings are compared only
        /// for names that share those bytes or are not ASCII (callgrind,
        /// 1,000 documents: this sort took 150 M instructions comparing
        /// strings).
        static func nameOrder(_ occurrences: [PointTerms.Occurrence]) -> [Int] {
            let prefixes = occurrences.map { Self.asciiPrefix($0.name) }
            return occurrences.indices.sorted { a, b in
                if let x = prefixes[a], let y = prefixes[b], x != y { return x < y }
                return (occurrences[a].name, a) < (occurrences[b].name, b)
            }
        }

        /// The first eight bytes of an ASCII `name`, big-endian and padded
        /// with zeros (which sort before any byte of a name), or nil when the
        /// name is not ASCII.
        static func asciiPrefix(_ name: String) -> UInt64? {
            var name = name
            return name.withUTF8 { bytes in
                var prefix: UInt64 = 0
                for k in 0..<8 { prefix = prefix << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
                return bytes.allSatisfy { $0 < 0x80 } ? prefix : nil
            }
        }

        /// The terms of the points added. Arrays grown by appending are up
        /// to twice as large as their contents, so each is copied to its size.
        consuming func finish() -> DocumentTerms {
            DocumentTerms(
                names: names.names.fitted(), numbers: numbers.fitted(), spans: spans.fitted(),
                inFocus: inFocus.fitted(), ends: ends.fitted(), texts: texts.fitted())
        }
    }
}
