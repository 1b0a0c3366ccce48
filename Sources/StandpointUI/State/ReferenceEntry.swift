import StandpointModel

/// One row of the Cross-references pane: a point elsewhere in the corpus and
/// how it relates to the selected point.
public struct ReferenceEntry: Hashable, Sendable {
    /// The related point.
    public let point: StancePoint
    /// How it relates.
    public let kind: CrossReference.Kind
    /// The explicit cross-reference that links the two points, when there is
    /// one (its score and shared terms say why); members of the same claim
    /// need none.
    public let reference: CrossReference?

    /// The linker's score, when an explicit cross-reference made the link.
    public var score: Double? { reference?.score }

    /// A one-character sign for the relation: `=` same claim, `≠` contradicts, `~` same holder.
    public var sign: String {
        switch kind {
        case .sameClaim: "="
        case .contradicts: "≠"
        case .sameHolder: "~"
        }
    }
}

/// The rows of the Cross-references pane for one point, made on access: a
/// claim can gather tens of thousands of points, and the pane, the status bar
/// and every update ask for the rows, so they hold positions in the corpus
/// rather than copies of the points (frames with 10,000 documents took over
/// 100 ms when every call copied the claim, standpoint-bench), and leave out
/// the point's own document as one run of those positions instead of
/// filtering the claim on every call.
public struct ReferenceEntries: RandomAccessCollection, Sendable {
    private let points: [StancePoint]
    private let crossReferences: [CrossReference]
    /// Positions in `points` of the claim's members, in corpus order.
    private let claimMembers: [Int]
    /// The run of `claimMembers` in the point's own document, left out.
    private let ownDocument: Range<Int>
    /// Positions in `crossReferences` of explicit references, by the other point's position.
    private let references: [Int: Int]
    /// Points linked by explicit references and not in the claim: their
    /// positions, and the position of the reference.
    private let linked: [(point: Int, reference: Int)]

    init(
        points: [StancePoint], crossReferences: [CrossReference], claimMembers: [Int], ownDocument: Range<Int>,
        references: [Int: Int], linked: [(point: Int, reference: Int)]
    ) {
        self.points = points
        self.crossReferences = crossReferences
        self.claimMembers = claimMembers
        self.ownDocument = ownDocument
        self.references = references
        self.linked = linked
    }

    /// No rows.
    public static let none = ReferenceEntries(
        points: [], crossReferences: [], claimMembers: [], ownDocument: 0..<0, references: [:], linked: [])

    private var claimRows: Int { claimMembers.count - ownDocument.count }

    public var startIndex: Int { 0 }
    public var endIndex: Int { claimRows + linked.count }

    public subscript(position: Int) -> ReferenceEntry {
        guard position >= claimRows else {
            let member = position < ownDocument.lowerBound ? position : position + ownDocument.count
            let index = claimMembers[member]
            return ReferenceEntry(point: points[index], kind: .sameClaim, reference: references[index].map { crossReferences[$0] })
        }
        let link = linked[position - claimRows]
        let reference = crossReferences[link.reference]
        return ReferenceEntry(point: points[link.point], kind: reference.kind, reference: reference)
    }
}

extension Corpus {
    /// The rows of the Cross-references pane for `point`: first the points in
    /// other documents that make the same claim (in corpus order), then the
    /// points linked to it by explicit cross-references, each point once.
    ///
    /// - Complexity: O(log c + x) for c points of the claim and x references
    ///   of the point, without copying points, when the document's points lie
    ///   together in `points` (as the analyser and annotations keep them);
    ///   O(c + x) otherwise.
    public func referenceEntries(for point: StancePoint) -> ReferenceEntries {
        var claimMembers = point.claim.map { pointPositions(ofClaim: $0) } ?? []
        var ownDocument = 0..<0
        let own = pointPositions(inDocument: point.document)
        if let first = own.first, let last = own.last, last - first + 1 == own.count {
            // Claim members are in corpus order, so those in this document,
            // whose positions are first...last, are one run of them.
            ownDocument = claimMembers.firstIndex(atLeast: first)..<claimMembers.firstIndex(atLeast: last + 1)
        } else {
            claimMembers = claimMembers.filter { points[$0].document != point.document }
        }
        // Explicit references by position, reading the other point in place:
        // a point can have thousands of them, and the rows are asked for
        // several times a frame (copying each point was 16% of the frame
        // walk at 30,000 documents, perf).
        var references: [Int: Int] = [:]
        var linked: [(point: Int, reference: Int)] = []
        var seen: Set<Int> = []
        if let here = pointPosition(point.id) { seen.insert(here) }
        for index in crossReferencePositions(of: point.id) {
            let reference = crossReferences[index]
            guard let other = pointPosition(reference.from == point.id ? reference.to : reference.from) else { continue }
            if references[other] == nil { references[other] = index }
            let isClaimMember = points[other].claim != nil && points[other].claim == point.claim
                && points[other].document != point.document
            guard !isClaimMember, seen.insert(other).inserted else { continue }
            linked.append((other, index))
        }
        return ReferenceEntries(
            points: points, crossReferences: crossReferences, claimMembers: claimMembers, ownDocument: ownDocument,
            references: references, linked: linked)
    }

    /// The holder most of a document's points are attributed to, for the Documents list.
    public func mainHolder(ofDocument id: String) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for point in points(inDocument: id) {
            guard let name = point.holder?.name else { continue }
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.max { counts[$0, default: 0] < counts[$1, default: 0] }
    }
}

extension [Int] {
    /// In an ascending array, the index of the first element not below
    /// `value` (`count` when there is none), by binary search.
    func firstIndex(atLeast value: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
