import Foundation
import StandpointModel

/// Gathers the documents' results in document order while extraction is
/// still running: each result is taken in as soon as every earlier one has
/// been, its points numbered and moved onto the end of one list of all
/// points, and its own list let go.
///
/// Collecting the results only once every document was extracted held each
/// document's points twice for a moment (its list and the flat list of all
/// points) and left the freed lists as gaps the allocator kept: at 10,000
/// documents the flat list added 35 MB of resident memory right before
/// linking, the linker's plateau. Taken in as they come, the lists' memory
/// is reused by the documents still being extracted, and the serial
/// flattening (~70 ms) overlaps extraction on the other cores.
///
/// The lock is held only while results are taken in, a few microseconds a
/// document; workers that finish out of order leave their result waiting
/// in its slot.
final class ExtractionCollector: @unchecked Sendable {
    /// One document's result: its document (nil when no text could be read),
    /// its points with their terms, and what went wrong reading it.
    typealias Result = (document: Document?, linkable: LinkablePoints, warnings: [LoadWarning])

    private let lock = NSLock()
    /// Results that came before an earlier one, by document position.
    private var waiting: [Result?]
    /// The position of the next result to take in.
    private var next = 0
    /// Ids seen so far: a document with an id already taken is skipped.
    private var seenIDs = Set<String>()

    /// The documents taken in, in order.
    private(set) var documents: [Document] = []
    /// Their points, numbered "p1", "p2", … in order.
    private(set) var points: [StancePoint] = []
    /// The points' ids, in order: the linker reads them by position, and
    /// read back from the points (240 bytes apart, 36 MB at 10,000
    /// documents) each was a cache miss, some 150,000 on the linker's path;
    /// kept as they are made, they cost an append under the lock.
    private(set) var ids: [String] = []
    /// The terms of each taken document's points.
    private(set) var termStores: [DocumentTerms] = []
    /// Files skipped or repaired, in document order (after any given first).
    private(set) var warnings: [LoadWarning]
    /// Positions of the documents that gave no text.
    private(set) var unread: [Int] = []

    /// A collector of `count` results, `warnings` reported before any.
    init(count: Int, warnings: [LoadWarning]) {
        waiting = Array(repeating: nil, count: count)
        self.warnings = warnings
    }

    /// Hands in the result of the document at `position`, and takes in every
    /// result from the next one on that is now complete.
    ///
    /// The points' list reaches `move` held by nothing else, so that moving
    /// its points out does not copy it first: borrowed, the result was still
    /// the caller's while it was taken in, and a copy of the list was made
    /// for every document with points (callgrind, 1,000 documents: 595
    /// copies, 3.8 M instructions).
    func deliver(_ result: consuming Result, at position: Int) {
        // (Locked without a closure, which could not change the result.)
        lock.lock()
        defer { lock.unlock() }
        waiting[position] = result
        // (The parameter's hold on the list let go: the slot's is the only one.)
        result.linkable.points = []
        while next < waiting.count, var result = waiting[next].take() {
            takeIn(&result, at: next)
            next += 1
        }
    }

    /// Takes in one result, as collecting them after extraction did.
    private func takeIn(_ result: inout Result, at position: Int) {
        warnings += result.warnings
        guard let document = result.document else {
            unread.append(position)
            return
        }
        guard seenIDs.insert(document.id).inserted else {
            warnings.append(LoadWarning(path: document.path, message: "skipped: another file has the same id \(document.id)"))
            return
        }
        documents.append(document)
        let needed = points.count + result.linkable.points.count
        if needed > points.capacity {
            points.reserveCapacity(Self.room(for: needed, documentsTaken: position + 1, of: waiting.count))
            ids.reserveCapacity(points.capacity)
        }
        Self.move(&result.linkable.points, onto: &points, ids: &ids)
        termStores.append(result.linkable.termStore)
    }

    /// Moves each point of `document` onto the end of `all`, a placeholder
    /// that holds nothing left in its place, and numbers it there ("p1",
    /// "p2", … as `LinkablePoints.number(from:)` numbers them), its id also
    /// appended to `ids`: appending
    /// the list copied every point, retaining its strings, and letting the
    /// document's list go released them again, under the lock.
    ///
    /// The lists come in as `inout` arguments, so that the collector's list
    /// is accessed once for all the points: read and written as a property
    /// of the collector, each access was checked for exclusivity at run
    /// time (callgrind, 1,000 documents: 19,970 checks, 1.6 M instructions).
    private static func move(_ document: inout [StancePoint], onto all: inout [StancePoint], ids: inout [String]) {
        for k in document.indices {
            all.append(placeholder)
            swap(&all[all.count - 1], &document[k])
            let id = PointID.make(all.count)
            all[all.count - 1].id = id
            ids.append(id)
        }
    }

    /// How many points the list of all points makes room for when `needed`
    /// no longer fit, `documentsTaken` of `documents` being in: as many as
    /// the documents so far have per document, for all of them, and an
    /// eighth more, once a hundredth of them (and at least 16) are in;
    /// before that, or when that is not more, twice `needed`, as appending
    /// would.
    ///
    /// Grown by doubling, the list left each smaller copy behind (at 10,000
    /// documents 16 and 31 MB, 150,000 points of 240 bytes) and was copied
    /// each time under the lock; room made once is copied once, and what
    /// is not filled is never touched, so not resident.
    static func room(for needed: Int, documentsTaken: Int, of documents: Int) -> Int {
        guard documentsTaken >= max(16, documents / 100) else { return 2 * needed }
        let projected = needed * documents / documentsTaken
        return max(2 * needed, projected + projected / 8)
    }

    /// A point of empty strings, which copying and letting go of retain
    /// and release nothing.
    private static let placeholder = StancePoint(
        id: "", document: "", sentence: 0, range: ByteRange(start: 0, end: 0), textSlice: "", holder: nil, target: nil,
        polarity: .neutral, cue: "", confidence: 0)

    /// Everything taken in, handed over once extraction is done: the
    /// collector keeps no copy, so that linking changes the points in place,
    /// and lets go of its slots and ids (some 2 MB at 10,000 documents,
    /// otherwise held until the analysis ends).
    func finish() -> (
        documents: [Document], points: [StancePoint], ids: [String], termStores: [DocumentTerms], warnings: [LoadWarning], unread: [Int]
    ) {
        lock.withLock {
            precondition(next == waiting.count, "a document's result was not delivered")
            defer {
                waiting = []
                seenIDs = []
                documents = []
                points = []
                ids = []
                termStores = []
                warnings = []
                unread = []
            }
            return (documents, points, ids, termStores, warnings, unread)
        }
    }
}
