/// The tab line of the narrow layout: the four panes by number, the focused one highlighted.
public enum TabLine {
    /// Draws the tab line in `rect`.
    public static func draw(_ state: AppState, in rect: Rect, on canvas: inout some Canvas) {
        canvas.fill(rect, style: state.theme.statusBar)
        var x = rect.x
        for (pane, label) in labels(state, width: rect.width) {
            let style = pane == state.focus ? state.theme.focusedTitle : state.theme.statusBar
            x += canvas.put(label, column: x, row: rect.y, width: rect.x + rect.width - x, style: style)
        }
    }

    /// The pane whose label is at `column`.
    static func pane(atColumn column: Int, state: AppState) -> PaneID? {
        var x = 0
        for (pane, label) in labels(state, width: state.size.columns) {
            let width = DisplayWidth.of(label)
            if column >= x && column < x + width { return pane }
            x += width
        }
        return nil
    }

    /// Full titles when they fit, then short ones (the focused one kept full as long as it fits), numbers last.
    private static func labels(_ state: AppState, width: Int) -> [(PaneID, String)] {
        let styles: [(PaneID) -> String] = [
            { " \($0.rawValue) \($0.title) " },
            { $0 == state.focus ? " \($0.rawValue) \($0.title) " : " \($0.rawValue) \($0.shortTitle) " },
            { " \($0.rawValue) \($0.shortTitle) " },
            { $0 == state.focus ? " \($0.rawValue) \($0.title) " : " \($0.rawValue) " },
        ]
        for style in styles {
            let labels = PaneID.allCases.map { ($0, style($0)) }
            if labels.reduce(0, { $0 + DisplayWidth.of($1.1) }) <= width { return labels }
        }
        return PaneID.allCases.map { ($0, styles[styles.count - 1]($0)) }
    }
}
