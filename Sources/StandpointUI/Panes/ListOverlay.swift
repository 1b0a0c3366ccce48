/// The claims (`c`) and holders (`a`) overviews and the point lists they open:
/// one list overlay, drawing the rows it was opened with.
public enum ListOverlay {
    /// Draws `list`, the top of a stack `depth` lists deep.
    public static func draw(_ state: AppState, list: OverlayList, depth: Int, on canvas: inout some Canvas) {
        let frame = state.overlayFrame
        let theme = state.theme
        canvas.fill(frame, style: .plain)
        let hint = depth > 1 ? "Enter jumps, b back" : "Enter opens, Esc closes"
        canvas.box(frame, title: "\(state.overlayTitle(for: list.kind)) · \(hint)", border: theme.focusedBorder, titleStyle: theme.focusedTitle)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        let rows = list.rows
        let countWidths = rows.countWidths.map { $0 + 2 }
        let isPointList: Bool = switch list.kind {
        case .claims, .holders: false
        case .claimPoints, .holderPoints: true
        }
        PaneFrame.drawList(
            state, focused: true, count: rows.count, position: list.position, in: content, on: &canvas,
            empty: "Nothing to list yet."
        ) { index, width in
            let columns = rows[index].columns
            if isPointList {
                let titleWidth = width >= 70 ? 26 : (width >= 40 ? 14 : 0)
                let holderWidth = width >= 50 ? 14 : 0
                return [
                    (columns[0], 2, Style(bold: true)),
                    (columns[1], titleWidth, theme.dim),
                    (columns[2], holderWidth, theme.dim),
                    (columns[3], nil, .plain),
                ]
            }
            return [
                (columns[0], countWidths[0], theme.dim),
                (columns[1], countWidths[1], theme.dim),
                (columns[2], nil, .plain),
            ]
        }
    }
}
