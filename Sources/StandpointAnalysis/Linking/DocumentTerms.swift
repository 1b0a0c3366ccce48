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
    /// each call copied the lexicon's tables (a retain and a release each, on
    /// counters that all threads share).
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

/// Spans (`PointTerms.Span`) in 8 bytes each instead of 16: a term's start,
/// its length, and for a key phrase the gap to its second word and that
/// word's length, packed into one number; a span whose parts do not fit
/// (a start past 256 MB, a word longer than 4,095 bytes, a gap of more than
/// 254) is kept whole on the side and the number says where.
///
/// At 10,000 documents the 2.26 million terms' spans took 36 MB as `Span`s,
/// held from extraction until linking has read the last surface: the
/// linker's plateau of memory.
struct PackedSpans: Sendable {
    /// Per span: the packed parts (see `pack`), or the position in
    /// `unpacked` with `escape` set.
    private var packed: [UInt64] = []
    /// The spans that do not fit in a number.
    private var unpacked: [PointTerms.Span] = []

    /// Set in a value that is a position in `unpacked`.
    private static let escape: UInt64 = 1 << 63
    /// Set when the span has a second run.
    private static let hasSecond: UInt64 = 1 << 62

    init() {}

    /// The number of spans.
    var count: Int { packed.count }

    /// The span at `position`.
    subscript(position: Int) -> PointTerms.Span {
        let value = packed[position]
        if value & Self.escape != 0 { return unpacked[Int(value & ~Self.escape)] }
        let start = Int(value >> 34 & 0xFFF_FFFF)
        let end = start + Int(value >> 22 & 0xFFF)
        guard value & Self.hasSecond != 0 else { return PointTerms.Span(start..<end) }
        let secondStart = end + Int(value >> 14 & 0xFF)
        return PointTerms.Span(start..<end, then: secondStart..<(secondStart + Int(value >> 2 & 0xFFF)))
    }

    /// Adds `span` at the end.
    mutating func append(_ span: PointTerms.Span) {
        if let value = Self.pack(span) {
            packed.append(value)
        } else {
            packed.append(Self.escape | UInt64(unpacked.count))
            unpacked.append(span)
        }
    }

    /// The parts of `span` in one number, from the highest bits: start
    /// (28 bits), length (12), gap to the second run (8) and its length
    /// (12), then two bits of flags; nil when a part does not fit.
    private static func pack(_ span: PointTerms.Span) -> UInt64? {
        let (start, length) = (Int(span.start), Int(span.end) - Int(span.start))
        guard start >= 0, start < 1 << 28, length >= 0, length < 1 << 12 else { return nil }
        var value = UInt64(start) << 34 | UInt64(length) << 22
        guard span.secondStart >= 0 else { return span.secondEnd < 0 ? value : nil }
        let (gap, secondLength) = (Int(span.secondStart) - Int(span.end), Int(span.secondEnd) - Int(span.secondStart))
        guard gap >= 0, gap < 1 << 8, secondLength >= 0, secondLength < 1 << 12 else { return nil }
        value |= Self.hasSecond | UInt64(gap) << 14 | UInt64(secondLength) << 2
        return value
    }

    /// A copy whose arrays' capacities are their counts.
    func fitted() -> PackedSpans {
        var copy = PackedSpans()
        copy.packed = packed.fitted()
        copy.unpacked = unpacked.fitted()
        return copy
    }
}

extension Array {
    /// A copy whose capacity is its count.
    fileprivate func fitted() -> [Element] {
        var copy: [Element] = []
        copy.reserveCapacity(count)
        copy.append(contentsOf: self)
        return copy
    }
}
