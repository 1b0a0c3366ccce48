/// A search query folded to lower-case ASCII, with Horspool's table of how
/// far the scan may move on for each byte found at the end of its window.
struct FoldedNeedle: Sendable {
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

    /// Appends a hit for each sentence of `document` that contains the query
    /// (its first match), in text order, until `hits` holds `limit`.
    func collectHits(in document: Document, limit: Int, into hits: inout [SearchHit]) {
        document.text.utf8.withContiguousStorageIfAvailable { bytes in
            collectHits(in: bytes, document: document, limit: limit, into: &hits)
        } ?? Array(document.text.utf8).withUnsafeBufferPointer {
            collectHits(in: $0, document: document, limit: limit, into: &hits)
        }
    }

    private func collectHits(
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
