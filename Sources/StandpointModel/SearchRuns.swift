import Dispatch

/// Documents of a corpus cut into contiguous runs of about equal text, which
/// `Corpus.search` searches at the same time, and the hits each run found:
/// joined in run order they are the hits a scan of the documents one after
/// another finds, up to `limit`.
///
/// A run starts only while the runs before it that have finished hold fewer
/// than `limit` hits (otherwise every hit it could find comes after the
/// limit), and each run keeps at most `limit` hits of its own, so a search
/// whose first runs hold the limit reads little more than those runs.
final class SearchRuns: @unchecked Sendable {
    /// The most hits the search keeps.
    let limit: Int
    /// Each run's documents, as indices into the corpus's documents, in order.
    private let runs: [Range<Int>]
    /// Each finished run's hits; written and read on `queue` only.
    private var hits: [[SearchHit]?]
    private let queue = DispatchQueue(label: "SearchRuns")

    /// Runs of `documents`, each about a sixty-fourth of their text, so that
    /// the cores stay busy to the end of a search however the text lies, but
    /// at least `runBytes`, so that a small corpus is not cut finer than is
    /// worth a task.
    init(_ documents: ArraySlice<Document>, limit: Int, runBytes: Int) {
        self.limit = limit
        let size = max(runBytes, documents.reduce(0) { $0 + $1.byteCount } / 64)
        var runs: [Range<Int>] = []
        var start = documents.startIndex
        var bytes = 0
        for index in documents.indices {
            bytes += documents[index].byteCount
            if bytes >= size {
                runs.append(start..<index + 1)
                start = index + 1
                bytes = 0
            }
        }
        if start < documents.endIndex { runs.append(start..<documents.endIndex) }
        self.runs = runs
        hits = Array(repeating: nil, count: runs.count)
    }

    var count: Int { runs.count }

    func documents(of run: Int) -> Range<Int> { runs[run] }

    /// Whether run `run` can hold a hit within the limit: the finished runs
    /// before it hold fewer than `limit` hits.
    func isNeeded(_ run: Int) -> Bool {
        queue.sync { hits[..<run].reduce(0) { $0 + ($1?.count ?? 0) } < limit }
    }

    /// Keeps the hits run `run` found.
    func finish(_ run: Int, hits found: [SearchHit]) {
        queue.sync { hits[run] = found }
    }

    /// The runs' hits in order, up to `limit`.
    func joined() -> [SearchHit] {
        queue.sync { Array(hits.lazy.compactMap { $0 }.joined().prefix(limit)) }
    }
}
