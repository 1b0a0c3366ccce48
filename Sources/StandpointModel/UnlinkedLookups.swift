/// The lookups of a `Corpus` that follow from its points' ids, documents
/// and holders alone, not from their claims or references, so that they can
/// be made before linking is done and given to `Corpus.init`.
///
/// The linker has them made on another thread while its greedy choice of
/// claims runs serially on one core (`ClaimLinker.gather`): made in
/// `Corpus.init`, after linking, they were two of its three concurrent
/// pieces of work on two cores (at 10,000 documents, on a loaded machine,
/// some 25-35 ms of processor time; `Corpus.init`'s perf samples fell from
/// 162-200 to 47-74 at 4 kHz).
package struct UnlinkedLookups: Sendable {
    /// Positions of the points of each document, in corpus order.
    let pointsByDocument: [String: [Int]]
    /// The number of runs of points of one document.
    let documentRuns: Int
    /// Position of each point whose id is not "p" and its position + 1.
    let irregularPointIndex: [String: Int]
    /// Positions of the points of each holder entity, in corpus order.
    let pointsByHolderName: [String: [Int]]
    /// The documents of each holder (entity or speaker), in corpus order,
    /// a document listed again only after another one.
    let documentsByHolderName: [String: [String]]

    /// The lookups of `points`, which are to be the corpus's points in
    /// this order, with these ids, documents and holders.
    ///
    /// `idsNumberedInOrder` says that the caller found every point's id to
    /// be "p" and its position + 1, so that there are no irregular ids and
    /// none is parsed again: the linker, which checks its compact array of
    /// ids anyway, spared the 150,000 points of 10,000 documents (240 bytes
    /// apart) a read of each id, one cache miss per point (the benchmark's
    /// 1,000 documents: `init` 12.05 -> 9.40 M instructions).
    package init(points: [StancePoint], idsNumberedInOrder: Bool = false) {
        let (byDocument, documentRuns) = Self.documentLookups(points)
        let (byHolderName, documentsByHolderName) = Self.holderLookups(points)
        self.init(
            pointsByDocument: byDocument, documentRuns: documentRuns,
            irregularPointIndex: idsNumberedInOrder ? [:] : Self.irregularPointIndex(points),
            pointsByHolderName: byHolderName, documentsByHolderName: documentsByHolderName)
    }

    init(
        pointsByDocument: [String: [Int]], documentRuns: Int, irregularPointIndex: [String: Int],
        pointsByHolderName: [String: [Int]], documentsByHolderName: [String: [String]]
    ) {
        self.pointsByDocument = pointsByDocument
        self.documentRuns = documentRuns
        self.irregularPointIndex = irregularPointIndex
        self.pointsByHolderName = pointsByHolderName
        self.documentsByHolderName = documentsByHolderName
    }

    /// Positions of the points of each document, in corpus order, and the
    /// number of runs of points of one document.
    ///
    /// Points come in runs of one document: a run is stored with one
    /// dictionary look-up instead of one per point. A run's positions are
    /// consecutive: its list is made at its end, to size, rather than
    /// appended to point by point (each document's list grew four or five
    /// times), and its document is compared as a string, not as an
    /// optional (which copied both ids into a tuple). Fields are read in
    /// place: copying each point retained its ten strings.
    static func documentLookups(_ points: [StancePoint]) -> (byDocument: [String: [Int]], documentRuns: Int) {
        var pointsByDocument: [String: [Int]] = [:]
        var runDocument = ""
        var runStart = 0
        var documentRuns = 0
        for i in points.indices where documentRuns == 0 || points[i].document != runDocument {
            if documentRuns > 0 { Corpus.append(Array(runStart..<i), to: &pointsByDocument[runDocument, default: []]) }
            runDocument = points[i].document
            runStart = i
            documentRuns += 1
        }
        if documentRuns > 0 { Corpus.append(Array(runStart..<points.count), to: &pointsByDocument[runDocument, default: []]) }
        return (pointsByDocument, documentRuns)
    }

    /// Positions of the points of each holder entity, and the documents of
    /// each holder (entity or speaker) in corpus order, a document listed
    /// again only after another one.
    ///
    /// Names are numbered as they are first met and their lists kept in
    /// arrays by number; a name is hashed only where the holder changes from
    /// one point to the next, and a document is compared with the last one
    /// listed for the name (the lists kept in dictionaries keyed by name
    /// took two hashed look-ups per change and one per run of a holder).
    static func holderLookups(_ points: [StancePoint]) -> (
        byHolderName: [String: [Int]], documentsByHolderName: [String: [String]]
    ) {
        var lists = HolderLists()
        // The holder is copied out once per point and compared with the
        // last one as a holder, not as an optional: `!=` on two optional
        // holders copied both into a tuple, retaining and releasing their
        // strings, and the holder was read twice more.
        var previousHolder = Holder(name: "")
        var hasPrevious = false
        var current: (name: Int, speaker: Int?) = (0, nil)
        // Documents are told apart by run: a run of points of one document
        // is numbered once, and a name's last run compared as a number (the
        // ids compared, and retained, at every point took 2.6 M instructions
        // on the benchmark's 1,000 documents). A document whose points make
        // two runs may be listed twice in a row for a name; `Corpus.init`
        // removes the repeats whenever a document's points are not one run.
        var run = 0
        var runDocument = ""
        for i in points.indices {
            guard let holder = points[i].holder else { continue }
            if !hasPrevious || holder != previousHolder {
                current = lists.numbers(of: holder)
                previousHolder = holder
                hasPrevious = true
            }
            if run == 0 || points[i].document != runDocument {
                run += 1
                runDocument = points[i].document
            }
            lists.positions[current.name].append(i)
            lists.recordDocument(runDocument, run: run, of: current.name)
            if let speaker = current.speaker { lists.recordDocument(runDocument, run: run, of: speaker) }
        }
        var pointsByHolderName: [String: [Int]] = [:]
        var documentsByHolderName: [String: [String]] = [:]
        for (number, name) in lists.numbering.names.enumerated() {
            if !lists.positions[number].isEmpty { pointsByHolderName[name] = lists.positions[number] }
            documentsByHolderName[name] = lists.documents[number]
        }
        return (pointsByHolderName, documentsByHolderName)
    }

    /// Positions of the points whose id is not "p" and their position + 1.
    static func irregularPointIndex(_ points: [StancePoint]) -> [String: Int] {
        var irregular: [String: Int] = [:]
        for i in points.indices where points[i].id.sequenceNumber(prefix: "p") != i + 1 {
            irregular[points[i].id] = i
        }
        return irregular
    }
}

/// The lists that `UnlinkedLookups.holderLookups` makes, by the number of a holder's
/// name (entity or speaker) in the order names are first met.
///
/// A struct with mutating methods rather than local functions capturing the
/// lists: those checked exclusive access at every call (swift_beginAccess,
/// 3 M instructions on the benchmark's 1,000 documents).
private struct HolderLists {
    var numbering = NameNumbering()
    /// Positions of the points held by each name as the entity.
    var positions: [[Int]] = []
    /// Ids of the documents of each name, a document again only after another.
    var documents: [[String]] = []
    /// The number of the run of points in which each name's last document was listed.
    var lastRuns: [Int] = []

    /// The number of `name`, given it if it is new.
    mutating func number(of name: String) -> Int {
        let (number, isNew) = numbering.number(of: name)
        if isNew {
            positions.append([])
            documents.append([])
            lastRuns.append(0)
        }
        return number
    }

    /// The numbers of the holder's entity name and of its speaker, if other.
    mutating func numbers(of holder: Holder) -> (name: Int, speaker: Int?) {
        (number(of: holder.name), holder.speaker.flatMap { $0 == holder.name ? nil : number(of: $0) })
    }

    /// Lists `document`, whose points make run `run` (from 1), for the name
    /// numbered `number` unless it was listed for that run.
    mutating func recordDocument(_ document: String, run: Int, of number: Int) {
        if lastRuns[number] != run {
            lastRuns[number] = run
            documents[number].append(document)
        }
    }
}
