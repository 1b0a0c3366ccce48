extension Annotations {
    /// Applies every change, in order, to `corpus`.
    ///
    /// Each change finds its point by anchor in the corpus as corrected so
    /// far, so a correction of an added point works. Points that are changed
    /// or added are marked `source == .annotation`; added points get ids
    /// "a1", "a2", … in the order added; claims and same-claim
    /// cross-references are rebuilt for points that were rejected, linked or
    /// unlinked. Changes that no longer find their text are returned in
    /// `unresolved`, not dropped.
    ///
    /// - Complexity: O(p + c·k) for p points, c changes and k points per document.
    public func apply(to corpus: Corpus) -> AnnotatedCorpus {
        if changes.isEmpty { return AnnotatedCorpus(corpus: corpus) }
        var working = Working(corpus: corpus)
        for change in changes where !working.apply(change) {
            working.unresolved.append(change)
        }
        return working.result()
    }
}

/// The mutable state of one `apply`: points by document, what changed.
private struct Working {
    let corpus: Corpus
    var pointsByDocument: [String: [StancePoint]]
    var rejected: [StancePoint] = []
    var unresolved: [Annotation] = []
    var relinked: Set<String> = []
    var pointNotes: [String: String] = [:]
    var documentNotes: [String: String] = [:]
    var addedCount = 0

    init(corpus: Corpus) {
        self.corpus = corpus
        var byDocument: [String: [StancePoint]] = [:]
        for point in corpus.points { byDocument[point.document, default: []].append(point) }
        pointsByDocument = byDocument
    }

    /// The position of the point `anchor` names in its document's list.
    func position(of anchor: PointAnchor) -> Int? {
        let candidates = pointsByDocument[anchor.document] ?? []
        guard let point = PointAnchor.match(anchor, among: candidates) else { return nil }
        return candidates.firstIndex { $0.id == point.id }
    }

    /// Replaces the point `anchor` names with `change(point)`, marked as annotated.
    mutating func modify(_ anchor: PointAnchor, _ change: (StancePoint) -> StancePoint) -> Bool {
        guard let i = position(of: anchor) else { return false }
        var point = change(pointsByDocument[anchor.document]![i])
        point.source = .annotation
        pointsByDocument[anchor.document]![i] = point
        return true
    }

    /// Applies one change; false when its point or text cannot be found.
    mutating func apply(_ change: Annotation) -> Bool {
        switch change {
        case .reject(let anchor):
            guard let i = position(of: anchor) else { return false }
            rejected.append(pointsByDocument[anchor.document]!.remove(at: i))
            return true
        case .setPolarity(let anchor, let polarity):
            return modify(anchor) { $0.replacing(polarity: polarity) }
        case .setHolder(let anchor, let name):
            let holder = name.isEmpty ? nil : Holder(name: name)
            return modify(anchor) { $0.replacing(holder: .some(holder)) }
        case .link(let anchor, let claimOf, _):
            guard let i = position(of: claimOf),
                let claim = pointsByDocument[claimOf.document]![i].claim
            else { return false }
            return relink(anchor, to: claim)
        case .unlink(let anchor):
            return relink(anchor, to: nil)
        case .addPoint(let anchor, let holder, let polarity):
            return add(anchor, holder: holder, polarity: polarity)
        case .note(.document(let id), let text):
            guard corpus.document(id) != nil else { return false }
            documentNotes[id] = text.isEmpty ? nil : text
            return true
        case .note(.point(let anchor), let text):
            guard let i = position(of: anchor) else { return false }
            pointNotes[pointsByDocument[anchor.document]![i].id] = text.isEmpty ? nil : text
            return true
        }
    }

    mutating func relink(_ anchor: PointAnchor, to claim: String?) -> Bool {
        var id: String?
        let found = modify(anchor) { point in
            id = point.id
            return point.withClaim(claim)
        }
        if let id { relinked.insert(id) }
        return found
    }

    mutating func add(_ anchor: PointAnchor, holder: String?, polarity: Polarity) -> Bool {
        guard let document = corpus.document(anchor.document),
            let range = PointAnchor.locate(anchor, in: document)
        else { return false }
        var points = pointsByDocument[document.id] ?? []
        guard !points.contains(where: { $0.range == range }) else { return false }
        addedCount += 1
        var point = StancePoint(
            id: "a\(addedCount)", document: document.id,
            sentence: document.sentence(containing: range.start)?.index ?? 0, range: range,
            text: document.text(in: range), holder: holder.flatMap { $0.isEmpty ? nil : Holder(name: $0) },
            target: nil, polarity: polarity, cue: "", confidence: 1, claim: nil,
            rationale: "added by the researcher")
        point.source = .annotation
        points.insert(point, at: points.firstIndex { $0.range.start > range.start } ?? points.endIndex)
        pointsByDocument[document.id] = points
        return true
    }

    /// The corrected corpus: points in document order, claims and
    /// cross-references rebuilt around rejected and relinked points.
    func result() -> AnnotatedCorpus {
        let points = corpus.documents.flatMap { pointsByDocument[$0.id] ?? [] }
        let kept = Set(points.map(\.id))
        var members: [String: [StancePoint]] = [:]
        for point in points { if let claim = point.claim { members[claim, default: []].append(point) } }
        let claims = corpus.claims.compactMap { claim -> Claim? in
            guard let points = members[claim.id], !points.isEmpty else { return nil }
            var seen = Set<String>()
            return Claim(
                id: claim.id, label: claim.label, points: points.map(\.id),
                documents: points.map(\.document).filter { seen.insert($0).inserted })
        }
        var references = corpus.crossReferences.filter { reference in
            kept.contains(reference.from) && kept.contains(reference.to)
                && !(reference.kind == .sameClaim
                    && (relinked.contains(reference.from) || relinked.contains(reference.to)))
        }
        for point in points where relinked.contains(point.id) {
            guard let claim = point.claim else { continue }
            for other in members[claim] ?? [] where other.id != point.id
                && !references.contains(where: { $0.kind == .sameClaim && Set([$0.from, $0.to]) == [point.id, other.id] })
            {
                references.append(CrossReference(from: point.id, to: other.id, kind: .sameClaim, score: 1))
            }
        }
        return AnnotatedCorpus(
            corpus: Corpus(
                root: corpus.root, documents: corpus.documents, points: points, claims: claims,
                crossReferences: references),
            rejected: rejected, unresolved: unresolved, pointNotes: pointNotes.filter { kept.contains($0.key) },
            documentNotes: documentNotes)
    }
}

extension StancePoint {
    /// A copy with another polarity and/or holder, keeping everything else.
    func replacing(polarity: Polarity? = nil, holder: Holder?? = nil) -> StancePoint {
        var copy = StancePoint(
            id: id, document: document, sentence: sentence, range: range, text: text,
            holder: holder ?? self.holder, target: target, polarity: polarity ?? self.polarity, cue: cue,
            confidence: confidence, claim: claim, rationale: rationale)
        copy.source = source
        return copy
    }
}
