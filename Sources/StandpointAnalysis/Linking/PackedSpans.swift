/// Spans (`PointTerms.Span`) in 4 bytes each instead of 16: a term's start
/// in its point's text, its length, and for a key phrase the gap to its
/// second word and that word's length, packed into one number; a span whose
/// parts do not fit (a start past 4,095 bytes, a word longer than 127
/// bytes, a gap of more than 15) is kept whole on the side and the number
/// says where.
///
/// At 10,000 documents the 2.26 million terms' spans took 36 MB as `Span`s,
/// held from extraction until linking has read the last surface (the
/// linker's plateau of memory), and 18 MB in 8 bytes each.
struct PackedSpans: Sendable {
    /// Per span, in the first `count` places: the packed parts (see
    /// `pack`), or the position in `unpacked` with `escape` set. The rest
    /// is room, which spans are written into in place (growing the array
    /// at every point by `append(contentsOf:)` cost about 2 M instructions
    /// on the benchmark's 1,000 documents).
    private var packed: [UInt32] = []
    /// The spans that do not fit in a number.
    private var unpacked: [PointTerms.Span] = []

    /// Set in a value that is a position in `unpacked`.
    private static let escape: UInt32 = 1 << 31
    /// Set when the span has a second run.
    private static let hasSecond: UInt32 = 1 << 30

    init() {}

    /// No spans, with room for `capacity` before the array of numbers grows.
    init(capacity: Int) { packed = Array(repeating: 0, count: capacity) }

    /// The number of spans.
    private(set) var count = 0

    /// The span at `position`.
    @inline(__always)
    subscript(position: Int) -> PointTerms.Span {
        precondition(position < count, "span out of range")
        let value = packed[position]
        if value & Self.escape != 0 { return unpacked[Int(value & ~Self.escape)] }
        let start = Int(value >> 18 & 0xFFF)
        let end = start + Int(value >> 11 & 0x7F)
        guard value & Self.hasSecond != 0 else { return PointTerms.Span(start..<end) }
        let secondStart = end + Int(value >> 7 & 0xF)
        return PointTerms.Span(start..<end, then: secondStart..<(secondStart + Int(value & 0x7F)))
    }

    /// Removes the spans, keeping the room.
    mutating func removeAll() {
        count = 0
        unpacked.removeAll(keepingCapacity: true)
    }

    /// Adds `span` at the end.
    @inline(__always)
    mutating func append(_ span: PointTerms.Span) {
        makeRoom(for: 1)
        if let value = Self.pack(span) {
            packed[count] = value
        } else {
            packed[count] = Self.escape | UInt32(unpacked.count)
            unpacked.append(span)
        }
        count += 1
    }

    /// Adds the spans of `count` terms at the end, `span(k)` the k-th, in
    /// order of `k`: written in place, rather than checked and appended
    /// term by term (`DocumentTerms.Builder`, whose `span` writes the
    /// term's number and focus in the same pass).
    @inline(__always)
    mutating func append(count: Int, _ span: (Int) -> PointTerms.Span) {
        let start = self.count
        makeRoom(for: count)
        self.count += count
        packed.withUnsafeMutableBufferPointer { packed in
            for k in 0..<count {
                let span = span(k)
                if let value = Self.pack(span) {
                    packed[start + k] = value
                } else {
                    packed[start + k] = Self.escape | UInt32(unpacked.count)
                    unpacked.append(span)
                }
            }
        }
    }

    /// The parts of `span` in one number, from the highest bits: two bits
    /// of flags, then start (12 bits), length (7), gap to the second run
    /// (4) and its length (7); nil when a part does not fit.
    @inline(__always)
    private static func pack(_ span: PointTerms.Span) -> UInt32? {
        let (start, length) = (Int(span.start), Int(span.end) - Int(span.start))
        guard start >= 0, start < 1 << 12, length >= 0, length < 1 << 7 else { return nil }
        var value = UInt32(start) << 18 | UInt32(length) << 11
        guard span.secondStart >= 0 else { return span.secondEnd < 0 ? value : nil }
        let (gap, secondLength) = (Int(span.secondStart) - Int(span.end), Int(span.secondEnd) - Int(span.secondStart))
        guard gap >= 0, gap < 1 << 4, secondLength >= 0, secondLength < 1 << 7 else { return nil }
        value |= Self.hasSecond | UInt32(gap) << 7 | UInt32(secondLength)
        return value
    }

    /// Makes room for `count` spans more, at least doubling the room when it grows.
    @inline(__always)
    private mutating func makeRoom(for count: Int) {
        let needed = self.count + count
        guard needed > packed.count else { return }
        packed.append(contentsOf: repeatElement(0, count: max(needed, 2 * packed.count) - packed.count))
    }

    /// A copy without room, whose arrays' capacities are their counts.
    func fitted() -> PackedSpans {
        var copy = PackedSpans()
        copy.packed.reserveCapacity(count)
        copy.packed.append(contentsOf: packed[..<count])
        copy.count = count
        copy.unpacked = unpacked.fitted()
        return copy
    }
}
