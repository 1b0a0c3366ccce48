import StandpointModel

/// The Stance points pane: the selected document's points with polarity marker, holder and text.
public enum StancePointListPane {
    /// Draws the pane in `frame`: its title with the count, then one row per point.
    public static func draw(_ state: AppState, in frame: Rect, on canvas: inout some Canvas) {
        let points = state.documentPoints
        PaneFrame.draw(state, pane: .points, title: "\(PaneID.points.title) (\(points.count))", in: frame, on: &canvas)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        let empty = state.selectedDocument == nil ? "No document selected." : "No stance points in this document."
        PaneFrame.drawList(
            state, focused: state.focus == .points && state.overlay == nil, count: points.count, position: state.pointList, in: content, on: &canvas,
            empty: empty
        ) { index, width in
            let point = points[index]
            let holderWidth = width >= 50 ? 16 : (width >= 30 ? 11 : 0)
            return [
                (point.polarity.marker, 2, state.theme.style(for: point.polarity).merged(with: Style(bold: true))),
                (holderName(point.holder), holderWidth, state.theme.dim),
                (point.correctionMark + TextSanitizer.snippet(point.text), nil, .plain),
            ]
        }
    }

    /// The name a list shows for a holder: the speaker when one is named.
    static func holderName(_ holder: Holder?) -> String {
        guard let holder else { return "—" }
        return holder.speaker ?? holder.name
    }
}
