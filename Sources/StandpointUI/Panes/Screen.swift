/// The whole screen: the panes the layout places, the tab line, the status
/// bar and any overlay, drawn from the state alone. The terminal, the
/// `standpoint screen` command and the tests all draw through this.
public enum Screen {
    /// Draws everything the state shows onto `canvas`, at the canvas's size.
    public static func draw(_ state: AppState, on canvas: inout some Canvas) {
        let size = canvas.size
        canvas.fill(Rect(x: 0, y: 0, width: size.columns, height: size.rows), style: .plain)
        let layout = ScreenLayout(size: size, focus: state.focus, documentRows: state.corpus.documents.count)
        if layout.isTooSmall {
            canvas.put("Standpoint: terminal too small", column: 0, row: 0, width: size.columns, style: .plain)
            canvas.put("(at least 20x5; q quits)", column: 0, row: 1, width: size.columns, style: state.theme.dim)
            return
        }
        if let rect = layout.panes[.documents] { DocumentListPane.draw(state, in: rect, on: &canvas) }
        if let rect = layout.panes[.points] { StancePointListPane.draw(state, in: rect, on: &canvas) }
        if let rect = layout.panes[.reader] { ReaderPane.draw(state, in: rect, on: &canvas) }
        if let rect = layout.panes[.references] { CrossReferencePane.draw(state, in: rect, on: &canvas) }
        if let rect = layout.tabLine { TabLine.draw(state, in: rect, on: &canvas) }
        StatusBar.draw(state, in: layout.status, on: &canvas)
        switch state.overlay {
        case .help(let top)?: HelpOverlay.draw(state, top: top, on: &canvas)
        case .search(let prompt)?: SearchOverlay.draw(state, prompt: prompt, on: &canvas)
        case .lists(let stack)?:
            if let list = stack.last { ListOverlay.draw(state, list: list, depth: stack.count, on: &canvas) }
        case .research(let overlay)?: ResearchOverlayView.draw(state, overlay, on: &canvas)
        case nil: break
        }
    }

    /// The screen of `state` as plain text, as `standpoint screen` prints it.
    public static func text(_ state: AppState) -> String {
        var buffer = CellBuffer(size: state.size)
        draw(state, on: &buffer)
        return buffer.plainText
    }
}
