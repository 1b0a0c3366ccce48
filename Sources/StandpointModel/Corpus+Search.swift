import Dispatch

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
    /// one hit per sentence (its first match), in document then text order,
    /// up to `limit` hits.
    ///
    /// The browser searches again on every key typed at the `/` prompt, so
    /// the documents are searched on all cores, in contiguous runs whose hits
    /// are joined in document order (`SearchRuns`). A search with a limit
    /// first reads a megabyte of text on its own: the prompt's one- and
    /// two-letter queries find their 1,000 hits there without waking other
    /// cores.
    ///
    /// - Complexity: O(n·m) for n bytes of text and a query of m bytes, in the
    ///   worst case; typically O(n), eight bytes a step (`FoldedNeedle`).
    public func search(_ query: String, limit: Int = .max) -> [SearchHit] {
        search(query, limit: limit, serialBytes: 1 << 20, runBytes: 1 << 20)
    }

    /// `search(_:limit:)`, reading at least `serialBytes` of text on its own
    /// when there is a limit, and cutting the rest into runs of at least
    /// `runBytes` (small sizes let tests search a small corpus in runs).
    func search(_ query: String, limit: Int, serialBytes: Int, runBytes: Int) -> [SearchHit] {
        guard let needle = FoldedNeedle(query) else { return [] }
        var hits: [SearchHit] = []
        var next = documents.startIndex
        if limit < .max {
            var read = 0
            while next < documents.endIndex && read < serialBytes {
                needle.collectHits(in: documents[next], limit: limit, into: &hits)
                read += documents[next].byteCount
                next += 1
                if hits.count >= limit { return hits }
            }
        }
        guard next < documents.endIndex else { return hits }
        let runs = SearchRuns(documents[next...], limit: limit - hits.count, runBytes: runBytes)
        let documents = documents
        DispatchQueue.concurrentPerform(iterations: runs.count) { run in
            guard runs.isNeeded(run) else { return }
            var found: [SearchHit] = []
            for document in documents[runs.documents(of: run)] {
                needle.collectHits(in: document, limit: runs.limit, into: &found)
                if found.count >= runs.limit { break }
            }
            runs.finish(run, hits: found)
        }
        return hits + runs.joined()
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
