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
        let here = corpus.documentPosition(point.document) ?? 0
        let count = corpus.documents.count
        // One pass over the claim, keeping the nearest document's first point
        // (no sort: claims of thousands of points are walked on a key press).
        var nearest: (distance: Int, position: Int, point: Int)?
        for member in corpus.pointPositions(ofClaim: claim) where corpus.points[member].document != point.document {
            guard let position = corpus.documentPosition(corpus.points[member].document) else { continue }
            let distance = (position - here + count) % count
            if let best = nearest, forward ? distance >= best.distance : distance <= best.distance { continue }
            nearest = (distance, position, member)
        }
        guard let (_, target, member) = nearest else {
            message = "no other document makes this claim"
            return
        }
        let destination = corpus.points[member]
        jump(toPoint: destination.id, focus: focus)
        let label = corpus.claim(claim)?.label ?? claim
        message = "same claim “\(label)”: document \(target + 1)/\(count)"
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
