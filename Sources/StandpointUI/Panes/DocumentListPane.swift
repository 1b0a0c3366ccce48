/// The Documents pane: every document with its main holder and number of points.
public enum DocumentListPane {
    /// Draws the pane in `frame`: its title with the count, then one row per document.
    public static func draw(_ state: AppState, in frame: Rect, on canvas: inout some Canvas) {
        let corpus = state.corpus
        PaneFrame.draw(state, pane: .documents, title: "\(PaneID.documents.title) (\(corpus.documents.count))", in: frame, on: &canvas)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        let empty: String = switch state.analysis {
        case .running(let done, let total, _): "Analysing… \(done)/\(total) documents"
        case .failed(let reason): reason
        case .finished: "No documents."
        }
        PaneFrame.drawList(
            state, focused: state.focus == .documents && state.overlay == nil, count: corpus.documents.count, position: state.documentList, in: content,
            on: &canvas, empty: empty
        ) { index, width in
            let document = corpus.documents[index]
            let count = String(corpus.points(inDocument: document.id).count)
            let holderWidth = width >= 36 ? min(14, width / 4) : 0
            let countWidth = 4
            let holder = holderWidth > 0 ? (corpus.mainHolder(ofDocument: document.id) ?? "") : ""
            return [
                (state.documentMark(document.id) + TextSanitizer.snippet(document.title), max(1, width - holderWidth - countWidth), .plain),
                (holder, holderWidth, state.theme.dim),
                (String(repeating: " ", count: max(0, countWidth - 1 - count.count)) + count, countWidth, state.theme.dim),
            ]
        }
    }
}
