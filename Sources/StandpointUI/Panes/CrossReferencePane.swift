import StandpointModel

/// The Cross-references pane: the selected point's claim, why the point was
/// kept (or, while the pane has the focus, why the selected row is linked to
/// it), then every point elsewhere that makes the same claim or is linked to it.
public enum CrossReferencePane {
    /// Rows above the list: the explanation of the selected point.
    public static let headerRows = 1

    /// Draws the pane in `frame`: the claim in the title, the explanation line, then the related points.
    public static func draw(_ state: AppState, in frame: Rect, on canvas: inout some Canvas) {
        let entries = state.referenceEntries
        let point = state.selectedPoint
        var title = PaneID.references.title
        if let claimID = point?.claim, let claim = state.corpus.claim(claimID) {
            let documents = claim.documents.count
            title += ": “\(claim.label)” (\(documents) document\(documents == 1 ? "" : "s"))"
        } else if !entries.isEmpty {
            title += " (\(entries.count))"
        }
        PaneFrame.draw(state, pane: .references, title: title, in: frame, on: &canvas)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        guard content.height > 0 else { return }
        guard let point else {
            canvas.put("Select a stance point to see its cross-references.", column: content.x + 1, row: content.y, width: content.width - 1, style: state.theme.dim)
            return
        }
        let header: String
        if state.focus == .references, entries.indices.contains(state.referenceList.selected) {
            header = linkExplanation(of: entries[state.referenceList.selected], claim: point.claim.flatMap { state.corpus.claim($0) })
        } else {
            header = state.annotatedExplanation(explanation(of: point), of: point)
        }
        canvas.put(header, column: content.x + 1, row: content.y, width: content.width - 1, style: state.theme.dim)
        let list = Rect(x: content.x, y: content.y + headerRows, width: content.width, height: content.height - headerRows)
        PaneFrame.drawList(
            state, focused: state.focus == .references && state.overlay == nil, count: entries.count, position: state.referenceList, in: list, on: &canvas,
            empty: "No other document makes this point's claim."
        ) { index, width in
            let entry = entries[index]
            let document = state.corpus.document(entry.point.document)
            let titleWidth = width >= 70 ? 26 : (width >= 40 ? 16 : 0)
            let holderWidth = width >= 60 ? 14 : (width >= 34 ? 9 : 0)
            return [
                (entry.sign, 2, state.theme.dim),
                (TextSanitizer.snippet(document?.title ?? entry.point.document), titleWidth, .plain),
                (StancePointListPane.holderName(entry.point.holder), holderWidth, state.theme.dim),
                (entry.point.polarity.marker, 2, state.theme.style(for: entry.point.polarity).merged(with: Style(bold: true))),
                (entry.point.correctionMark + TextSanitizer.snippet(entry.point.text), nil, .plain),
            ]
        }
    }

    /// One line saying who holds the point, which way, on what cue, and why it was kept.
    static func explanation(of point: StancePoint) -> String {
        var parts: [String] = []
        let holder = point.holder.map(\.description) ?? "no holder"
        parts.append("\(point.polarity.marker) \(holder), \(point.polarity.rawValue)")
        if let target = point.target { parts.append("on \(target)") }
        if !point.cue.isEmpty { parts.append("cue “\(point.cue)”") }
        if let rationale = point.rationale, !rationale.isEmpty { parts.append("why: \(rationale)") }
        return TextSanitizer.snippet(parts.joined(separator: " · "))
    }

    /// One line saying why `entry` is linked to the selected point: how, with
    /// which score, and the terms (or theme) the two share; a member of the
    /// same claim without an explicit link says so.
    static func linkExplanation(of entry: ReferenceEntry, claim: Claim?) -> String {
        let how = switch entry.kind {
        case .sameClaim: "same claim"
        case .contradicts: "contradicts"
        case .sameHolder: "same holder"
        }
        var parts = ["\(entry.sign) \(how)"]
        if let reference = entry.reference {
            parts.append("score \((reference.score * 100).rounded() / 100)")
            if !reference.sharedTerms.isEmpty { parts.append("shared: " + reference.sharedTerms.joined(separator: ", ")) }
        } else if let claim {
            parts.append("both in the claim “\(claim.label)”")
        }
        return TextSanitizer.snippet(parts.joined(separator: " · "))
    }
}
