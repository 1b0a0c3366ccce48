/// A half-open range of UTF-8 byte offsets into a document's extracted text.
///
/// Offsets rather than `String.Index` so that spans survive serialisation
/// (the JSON export's `start`/`end`) and compare across runs.
public struct ByteRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "ByteRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of bytes covered.
    public var count: Int { end - start }

    /// Whether `offset` lies inside the range.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: ByteRange) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: ByteRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
