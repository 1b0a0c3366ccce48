/// The border and title every pane draws, and the list body the three list panes share.
enum PaneFrame {
    /// Draws the frame of `pane` with `title`, highlighted when focused.
    static func draw(_ state: AppState, pane: PaneID, title: String, in frame: Rect, on canvas: inout some Canvas) {
        let focused = state.focus == pane && state.overlay == nil
        let theme = state.theme
        canvas.fill(frame, style: .plain)
        canvas.box(
            frame, title: title, border: focused ? theme.focusedBorder : theme.border,
            titleStyle: focused ? theme.focusedTitle : theme.title)
    }

    /// Draws the visible rows of a list inside `content`: a "▌" marks the
    /// selected row, which is reversed when the pane has focus.
    static func drawList(
        _ state: AppState, focused: Bool, count: Int, position: ListPosition, in content: Rect,
        on canvas: inout some Canvas, empty: String, row: (Int, Int) -> [(text: String, width: Int?, style: Style)]
    ) {
        guard content.width > 1, content.height > 0 else { return }
        if count == 0 {
            canvas.put(empty, column: content.x + 1, row: content.y, width: content.width - 1, style: state.theme.dim)
            return
        }
        let theme = state.theme
        for line in 0..<content.height {
            let index = position.top + line
            guard index < count else { break }
            let selected = index == position.selected
            let rowStyle = selected ? (focused ? theme.selection : theme.inactiveSelection) : Style.plain
            var cells = row(index, content.width - 2)
            if selected {
                cells = cells.map { ($0.text, $0.width, $0.style.merged(with: rowStyle)) }
            }
            canvas.row(
                [(selected ? "▌" : " ", 2, selected ? theme.focusedBorder.merged(with: rowStyle) : .plain)] + cells,
                column: content.x, row: content.y + line, width: content.width, fill: rowStyle)
        }
    }
}
