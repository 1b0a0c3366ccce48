import StandpointModel

extension AppState {
    /// Goes to point `id` (its document, selected, in the Reader), remembering
    /// where the browser was so that `b` comes back.
    mutating func jump(toPoint id: String, focus newFocus: PaneID) {
        guard let point = corpus.point(id), let documentIndex = corpus.documentPosition(point.document) else { return }
        remember()
        documentList.selected = documentIndex
        pointList = ListPosition(selected: corpus.points(inDocument: point.document).firstIndex { $0.id == id } ?? 0)
        referenceList = ListPosition()
        readerTop = 0
        focus = newFocus
        normalize()
        revealSelectedPoint(force: true)
    }

    /// Goes to a byte offset of a document (a search hit), remembering where the browser was.
    mutating func jump(toDocument id: String, offset: Int, focus newFocus: PaneID) {
        guard let documentIndex = corpus.documentPosition(id) else { return }
        if documentIndex != documentList.selected { remember() }
        documentList.selected = documentIndex
        let points = corpus.points(inDocument: id)
        let nearest = points.lastIndex { $0.range.start <= offset } ?? 0
        pointList = ListPosition(selected: nearest)
        referenceList = ListPosition()
        focus = newFocus
        normalize()
        reveal(offset: offset, force: true)
    }

    /// Pushes the current place on the history and forgets the forward list.
    private mutating func remember() {
        guard let here = location else { return }
        if history.last != here { history.append(here) }
        if history.count > 100 { history.removeFirst() }
        future.removeAll()
    }

    /// `b`: back to the place before the last jump.
    mutating func goBack() {
        guard let previous = history.popLast() else {
            message = "nothing to go back to"
            return
        }
        if let here = location { future.append(here) }
        restore(previous)
    }

    /// `f`: forward again after `b`.
    mutating func goForward() {
        guard let next = future.popLast() else {
            message = "nothing to go forward to"
            return
        }
        if let here = location { history.append(here) }
        restore(next)
    }

    private mutating func restore(_ place: Location) {
        guard let documentIndex = corpus.documentPosition(place.document) else { return }
        documentList.selected = documentIndex
        let points = corpus.points(inDocument: place.document)
        pointList = ListPosition(selected: points.firstIndex { $0.id == place.point } ?? 0)
        referenceList = ListPosition()
        readerTop = place.readerTop
        focus = place.focus
    }

    /// `]` / `[`: the next (previous) document, in corpus order and wrapping,
    /// that has a point making the selected point's claim, landing on that point.
    mutating func jumpToSameClaim(forward: Bool) {
        guard let point = selectedPoint else {
            message = "select a stance point first"
            return
        }
        guard let claim = point.claim else {
            message = "this point's claim is not shared with another document"
            return
        }
        guard let (target, member) = nearestDocument(ofClaim: claim, from: point, forward: forward) else {
            message = "no other document makes this claim"
            return
        }
        let destination = corpus.points[member]
        jump(toPoint: destination.id, focus: focus)
        let label = corpus.claim(claim)?.label ?? claim
        message = "same claim “\(label)”: document \(target + 1)/\(corpus.documents.count)"
    }

    /// The next (previous) document after `point`'s, in corpus order and
    /// wrapping, with a point of `claim`: its position and the position of
    /// its first such point in `corpus.points`.
    ///
    /// - Complexity: O(log c) for c points of the claim when the document's
    ///   points lie together in `points` in document order (as the analyser
    ///   and annotations keep them): the claim's points in other documents
    ///   are the run after or before the document's own; O(c) otherwise.
    private func nearestDocument(ofClaim claim: String, from point: StancePoint, forward: Bool) -> (document: Int, point: Int)? {
        let members = corpus.pointPositions(ofClaim: claim)
        let own = corpus.pointPositions(inDocument: point.document)
        if let first = own.first, let last = own.last, last - first + 1 == own.count {
            let before = members.firstIndex(atLeast: first)
            let after = members.firstIndex(atLeast: last + 1)
            guard before > 0 || after < members.count else { return nil }
            var index = forward ? (after < members.count ? after : 0) : (before > 0 ? before - 1 : members.count - 1)
            let document = corpus.points[members[index]].document
            while index > 0 && corpus.points[members[index - 1]].document == document { index -= 1 }
            return corpus.documentPosition(document).map { ($0, members[index]) }
        }
        let here = corpus.documentPosition(point.document) ?? 0
        let count = corpus.documents.count
        // One pass over the claim, keeping the nearest document's first point.
        var nearest: (distance: Int, position: Int, point: Int)?
        for member in members where corpus.points[member].document != point.document {
            guard let position = corpus.documentPosition(corpus.points[member].document) else { continue }
            let distance = (position - here + count) % count
            if let best = nearest, forward ? distance >= best.distance : distance <= best.distance { continue }
            nearest = (distance, position, member)
        }
        return nearest.map { ($0.position, $0.point) }
    }

    /// `n` / `N`: the next (previous) hit of the last search, across documents.
    mutating func stepSearch(by step: Int) {
        guard var active = search, !active.hits.isEmpty else {
            message = "no search yet; press / to search"
            return
        }
        active.index = (active.index + step + active.hits.count) % active.hits.count
        search = active
        let hit = active.hits[active.index]
        jump(toDocument: hit.document, offset: hit.match.start, focus: .reader)
        message = "“\(active.query)”: hit \(active.index + 1)/\(active.hits.count)"
    }
}
