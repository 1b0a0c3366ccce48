import StandpointModel

/// One row of the Cross-references pane: a point elsewhere in the corpus and
/// how it relates to the selected point.
public struct ReferenceEntry: Hashable, Sendable {
    /// The related point.
    public let point: StancePoint
    /// How it relates.
    public let kind: CrossReference.Kind
    /// The linker's score, when an explicit cross-reference made the link.
    public let score: Double?

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
    /// Positions in `points` of the claim's members, in corpus order.
    private let claimMembers: [Int]
    /// The run of `claimMembers` in the point's own document, left out.
    private let ownDocument: Range<Int>
    /// Scores of explicit references, by the other point's id.
    private let scores: [String: Double]
    /// Points linked by explicit references and not in the claim.
    private let linked: [ReferenceEntry]

    init(points: [StancePoint], claimMembers: [Int], ownDocument: Range<Int>, scores: [String: Double], linked: [ReferenceEntry]) {
        self.points = points
        self.claimMembers = claimMembers
        self.ownDocument = ownDocument
        self.scores = scores
        self.linked = linked
    }

    /// No rows.
    public static let none = ReferenceEntries(points: [], claimMembers: [], ownDocument: 0..<0, scores: [:], linked: [])

    private var claimRows: Int { claimMembers.count - ownDocument.count }

    public var startIndex: Int { 0 }
    public var endIndex: Int { claimRows + linked.count }

    public subscript(position: Int) -> ReferenceEntry {
        guard position >= claimRows else {
            let member = position < ownDocument.lowerBound ? position : position + ownDocument.count
            let point = points[claimMembers[member]]
            return ReferenceEntry(point: point, kind: .sameClaim, score: scores[point.id])
        }
        return linked[position - claimRows]
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
        var scores: [String: Double] = [:]
        let references = crossReferences(of: point.id)
        for reference in references {
            let other = reference.from == point.id ? reference.to : reference.from
            if scores[other] == nil { scores[other] = reference.score }
        }
        // Claim members are distinct points, so only the explicit references
        // need a set of those already listed.
        func listedAsClaimMember(_ other: StancePoint) -> Bool {
            other.claim != nil && other.claim == point.claim && other.document != point.document
        }
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
        var linked: [ReferenceEntry] = []
        var seen: Set<String> = [point.id]
        for reference in references {
            let otherID = reference.from == point.id ? reference.to : reference.from
            guard let other = self.point(otherID), !listedAsClaimMember(other), seen.insert(otherID).inserted else { continue }
            linked.append(ReferenceEntry(point: other, kind: reference.kind, score: reference.score))
        }
        return ReferenceEntries(
            points: points, claimMembers: claimMembers, ownDocument: ownDocument, scores: scores, linked: linked)
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
