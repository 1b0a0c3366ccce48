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
    /// The browser searches again on every key typed at the `/` prompt, so the
    /// scan skips ahead by the query's length where it can (Horspool's rule
    /// on case-folded bytes): a query of m bytes looks at about n/m bytes of
    /// text that does not contain it, instead of every byte.
    ///
    /// - Complexity: O(n·m) for n bytes of text and a query of m bytes, in the
    ///   worst case; typically O(n/m).
    public func search(_ query: String, limit: Int = .max) -> [SearchHit] {
        guard let needle = FoldedNeedle(query) else { return [] }
        var hits: [SearchHit] = []
        for document in documents {
            document.text.utf8.withContiguousStorageIfAvailable { bytes in
                needle.collectHits(in: bytes, document: document, limit: limit, into: &hits)
            } ?? {
                let bytes = Array(document.text.utf8)
                bytes.withUnsafeBufferPointer {
                    needle.collectHits(in: $0, document: document, limit: limit, into: &hits)
                }
            }()
            if hits.count >= limit { break }
        }
        return hits
    }
}

extension Corpus {
    /// The hits of `query` when `earlier` holds every hit (no limit cut it
    /// short) of a query that `query` begins with, as the `/` prompt has
    /// them after each key: only the sentences of `earlier` can match, from
    /// where the shorter query matched on. The same hits as `search(query,
    /// limit:)`, without reading the rest of the corpus again.
    ///
    /// - Complexity: O(s) for the s bytes of the sentences of `earlier`.
    public func search(_ query: String, refining earlier: [SearchHit], limit: Int = .max) -> [SearchHit] {
        guard let needle = FoldedNeedle(query) else { return [] }
        var hits: [SearchHit] = []
        var current: Document?
        for hit in earlier {
            if current?.id != hit.document { current = document(hit.document) }
            guard let document = current, document.sentences.indices.contains(hit.sentence) else { continue }
            let sentence = document.sentences[hit.sentence]
            let found = document.text.utf8.withContiguousStorageIfAvailable {
                needle.firstMatch(in: $0, from: hit.match.start, startingBefore: sentence.range.end)
            } ?? Array(document.text.utf8).withUnsafeBufferPointer {
                needle.firstMatch(in: $0, from: hit.match.start, startingBefore: sentence.range.end)
            }
            guard let start = found else { continue }
            hits.append(SearchHit(document: document.id, sentence: hit.sentence, match: ByteRange(start: start, end: start + needle.bytes.count)))
            if hits.count >= limit { break }
        }
        return hits
    }
}

/// A search query folded to lower-case ASCII, with Horspool's table of how
/// far the scan may move on for each byte found at the end of its window.
private struct FoldedNeedle {
    let bytes: [UInt8]
    /// For each byte value: the distance from its last place in the query
    /// (leaving out the final byte) to the query's end; the query's length
    /// for bytes it does not contain. Both cases of a letter share a distance.
    let shift: [Int]

    init?(_ query: String) {
        bytes = query.utf8.map(Self.fold)
        guard !bytes.isEmpty else { return nil }
        var shift = Array(repeating: bytes.count, count: 256)
        for (index, byte) in bytes.dropLast().enumerated() {
            shift[Int(byte)] = bytes.count - 1 - index
            if byte >= 0x61 && byte <= 0x7A { shift[Int(byte - 0x20)] = bytes.count - 1 - index }
        }
        self.shift = shift
    }

    static func fold(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    /// Where the query first matches in `text` at or after `start`, starting
    /// before `end`.
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int, startingBefore end: Int) -> Int? {
        let count = bytes.count
        var i = start
        while i < end && i + count <= text.count {
            var j = 0
            while j < count && Self.fold(text[i + j]) == bytes[j] { j += 1 }
            if j == count { return i }
            i += 1
        }
        return nil
    }

    /// Appends a hit for each sentence of `document` that contains the query,
    /// until `hits` holds `limit`.
    func collectHits(
        in text: UnsafeBufferPointer<UInt8>, document: Document, limit: Int, into hits: inout [SearchHit]
    ) {
        let count = bytes.count
        let last = bytes[count - 1]
        var lastSentence = -1
        var i = 0
        while i + count <= text.count {
            let end = text[i + count - 1]
            if Self.fold(end) == last {
                var j = 0
                while j < count - 1 && Self.fold(text[i + j]) == bytes[j] { j += 1 }
                if j == count - 1, let sentence = document.sentence(containing: i), sentence.index != lastSentence {
                    lastSentence = sentence.index
                    hits.append(SearchHit(document: document.id, sentence: sentence.index, match: ByteRange(start: i, end: i + count)))
                    if hits.count >= limit { return }
                    i = max(i + 1, sentence.range.end)
                    continue
                }
            }
            i += shift[Int(end)]
        }
    }
}
