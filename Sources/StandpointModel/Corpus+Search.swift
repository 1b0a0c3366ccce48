/// One sentence that matches a full-text search.
public struct SearchHit: Hashable, Sendable {
    /// The document the sentence is in.
    public let document: String
    /// The sentence's index in that document.
    public let sentence: Int
    /// Where the query matched, as a byte range into the document's text.
    public let match: ByteRange

    public init(document: String, sentence: Int, match: ByteRange) {
        self.document = document
        self.sentence = sentence
        self.match = match
    }
}

extension Corpus {
    /// Every sentence of the corpus containing `query`, ignoring ASCII case,
    /// one hit per sentence (its first match), in document then text order.
    ///
    /// - Complexity: O(n·m) for n bytes of text and a query of m bytes, in the
    ///   worst case; typically linear in n.
    public func search(_ query: String, limit: Int = .max) -> [SearchHit] {
        let needle = Array(query.utf8).map(Self.lowercasedASCII)
        guard !needle.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for document in documents {
            document.text.utf8.withContiguousStorageIfAvailable { bytes in
                Self.collectHits(of: needle, in: bytes, document: document, limit: limit, into: &hits)
            } ?? {
                let bytes = Array(document.text.utf8)
                bytes.withUnsafeBufferPointer {
                    Self.collectHits(of: needle, in: $0, document: document, limit: limit, into: &hits)
                }
            }()
            if hits.count >= limit { break }
        }
        return hits
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    private static func collectHits(
        of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, document: Document,
        limit: Int, into hits: inout [SearchHit]
    ) {
        var lastSentence = -1
        let first = needle[0]
        var i = 0
        let end = bytes.count - needle.count
        while i <= end {
            if lowercasedASCII(bytes[i]) == first {
                var j = 1
                while j < needle.count && lowercasedASCII(bytes[i + j]) == needle[j] { j += 1 }
                if j == needle.count, let sentence = document.sentence(containing: i),
                    sentence.index != lastSentence
                {
                    lastSentence = sentence.index
                    hits.append(
                        SearchHit(
                            document: document.id, sentence: sentence.index,
                            match: ByteRange(start: i, end: i + needle.count)))
                    if hits.count >= limit { return }
                    i = sentence.range.end
                    continue
                }
            }
            i += 1
        }
    }
}
