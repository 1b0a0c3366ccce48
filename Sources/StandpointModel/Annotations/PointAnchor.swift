/// Where a stance point (or a sentence) is, in terms that survive re-analysis:
/// the document id, the UTF-8 byte span, and the quoted text of that span.
///
/// Point ids ("p12") are renumbered whenever the analysis changes; the span
/// and quote are not, and when the span has moved the quote finds it again.
public struct PointAnchor: Hashable, Sendable, Codable {
    /// Id of the document.
    public var document: String
    /// The span in the document's text when the anchor was made.
    public var range: ByteRange
    /// The text of the span when the anchor was made.
    public var quote: String

    public init(document: String, range: ByteRange, quote: String) {
        self.document = document
        self.range = range
        self.quote = quote
    }

    /// The anchor of an existing point.
    public init(_ point: StancePoint) {
        self.init(document: point.document, range: point.range, quote: point.text)
    }

    enum CodingKeys: String, CodingKey { case document, start, end, text }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard start >= 0, start <= end else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "span \(start)..<\(end) is not a valid range")
        }
        self.init(
            document: try container.decode(String.self, forKey: .document),
            range: ByteRange(start: start, end: end),
            quote: try container.decode(String.self, forKey: .text))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(range.start, forKey: .start)
        try container.encode(range.end, forKey: .end)
        try container.encode(quote, forKey: .text)
    }
}

extension Corpus {
    /// The point `anchor` refers to: the point of its document with exactly
    /// its span, else the point of its document whose text is the quote
    /// (the nearest one to the old span), else nil.
    ///
    /// - Complexity: O(k) for k points in the anchor's document.
    public func point(at anchor: PointAnchor) -> StancePoint? {
        PointAnchor.match(anchor, among: points(inDocument: anchor.document))
    }

    /// Where the anchor's quote lies in its document now: the same span when
    /// its text is unchanged, else the occurrence of the quote nearest the old
    /// span, else nil (the text is gone).
    ///
    /// - Complexity: O(n) in the document's length.
    public func span(of anchor: PointAnchor) -> ByteRange? {
        guard let document = document(anchor.document) else { return nil }
        return PointAnchor.locate(anchor, in: document)
    }
}

extension PointAnchor {
    /// The point among `candidates` that the anchor refers to (see `Corpus.point(at:)`).
    static func match(_ anchor: PointAnchor, among candidates: [StancePoint]) -> StancePoint? {
        if let exact = candidates.first(where: { $0.range == anchor.range }) { return exact }
        return candidates.filter { $0.text == anchor.quote }
            .min { abs($0.range.start - anchor.range.start) < abs($1.range.start - anchor.range.start) }
    }

    /// Where the anchor's quote lies in `document` now (see `Corpus.span(of:)`).
    static func locate(_ anchor: PointAnchor, in document: Document) -> ByteRange? {
        guard !anchor.quote.isEmpty else { return nil }
        if anchor.range.end <= document.byteCount, document.text(in: anchor.range) == anchor.quote {
            return anchor.range
        }
        let haystack = Array(document.text.utf8)
        let needle = Array(anchor.quote.utf8)
        guard needle.count <= haystack.count else { return nil }
        var best: Int?
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
                if best.map({ abs(i - anchor.range.start) < abs($0 - anchor.range.start) }) ?? true { best = i }
            }
            i += 1
        }
        return best.map { ByteRange(start: $0, end: $0 + needle.count) }
    }
}
