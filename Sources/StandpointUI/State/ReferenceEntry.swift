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

extension Corpus {
    /// The rows of the Cross-references pane for `point`: first the points in
    /// other documents that make the same claim (in corpus order), then the
    /// points linked to it by explicit cross-references, each point once.
    ///
    /// - Complexity: O(c + x) for c points of the claim and x references of the point.
    public func referenceEntries(for point: StancePoint) -> [ReferenceEntry] {
        var entries: [ReferenceEntry] = []
        var scores: [String: (CrossReference.Kind, Double)] = [:]
        let references = crossReferences(of: point.id)
        for reference in references {
            let other = reference.from == point.id ? reference.to : reference.from
            if scores[other] == nil { scores[other] = (reference.kind, reference.score) }
        }
        // Claim members are distinct points, so only the explicit references
        // need a set of those already listed (claims of thousands of points
        // are listed on every frame without hashing their ids).
        func listedAsClaimMember(_ other: StancePoint) -> Bool {
            other.claim != nil && other.claim == point.claim && other.document != point.document
        }
        if let claim = point.claim {
            for other in points(ofClaim: claim) where other.document != point.document {
                entries.append(ReferenceEntry(point: other, kind: .sameClaim, score: scores[other.id]?.1))
            }
        }
        var seen: Set<String> = [point.id]
        for reference in references {
            let otherID = reference.from == point.id ? reference.to : reference.from
            guard let other = self.point(otherID), !listedAsClaimMember(other), seen.insert(otherID).inserted else { continue }
            entries.append(ReferenceEntry(point: other, kind: reference.kind, score: reference.score))
        }
        return entries
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
