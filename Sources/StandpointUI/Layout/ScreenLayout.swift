/// Where each part of the screen goes at a given terminal size.
///
/// At 100 columns or more (and 12 rows) all four panes show: Documents over
/// Stance points on the left, Reader over Cross-references on the right.
/// Narrower, a tab line names the panes and the focused pane takes the
/// screen, with its companion below it when there are 20 rows and 60
/// columns (points under Documents, the Reader under a list of points).
/// Below 20x5 only a "too small" notice is drawn.
public struct ScreenLayout: Hashable, Sendable {
    /// The frame (border included) of each visible pane.
    public var panes: [PaneID: Rect]
    /// The tab line of the narrow layout.
    public var tabLine: Rect?
    /// The status bar.
    public var status: Rect
    /// Whether the terminal is too small to draw the browser.
    public var isTooSmall: Bool

    /// The narrowest terminal that shows all four panes side by side.
    public static let wideColumns = 100

    /// The layout for `size` with `focus` focused. With `documentRows` (the
    /// number of documents, once known) the Documents pane is no taller than
    /// its list, leaving the rows to the stance points.
    public init(size: Size, focus: PaneID, documentRows: Int = 0) {
        let columns = size.columns
        let rows = size.rows
        status = Rect(x: 0, y: rows - 1, width: columns, height: 1)
        panes = [:]
        tabLine = nil
        isTooSmall = columns < 20 || rows < 5
        guard !isTooSmall else { return }
        let body = rows - 1
        if columns >= Self.wideColumns && rows >= 12 {
            let left = max(30, columns * 2 / 5)
            let documentsHeight = Self.listHeight(documentRows, share: body * 2 / 5)
            let readerHeight = max(4, body * 3 / 5)
            panes[.documents] = Rect(x: 0, y: 0, width: left, height: documentsHeight)
            panes[.points] = Rect(x: 0, y: documentsHeight, width: left, height: body - documentsHeight)
            panes[.reader] = Rect(x: left, y: 0, width: columns - left, height: readerHeight)
            panes[.references] = Rect(x: left, y: readerHeight, width: columns - left, height: body - readerHeight)
        } else {
            tabLine = Rect(x: 0, y: 0, width: columns, height: 1)
            if let companion = Self.companion(of: focus), rows >= 20 && columns >= 60 {
                let share = max(5, (body - 1) * 2 / 5)
                let top = focus == .documents ? max(5, Self.listHeight(documentRows, share: share)) : share
                panes[focus] = Rect(x: 0, y: 1, width: columns, height: top)
                panes[companion] = Rect(x: 0, y: 1 + top, width: columns, height: body - 1 - top)
            } else {
                panes[focus] = Rect(x: 0, y: 1, width: columns, height: body - 1)
            }
        }
    }

    /// The pane shown below the focused one on a narrow but tall terminal:
    /// a document's points under Documents, the text under a list of points.
    static func companion(of focus: PaneID) -> PaneID? {
        switch focus {
        case .documents: .points
        case .points, .references: .reader
        case .reader: nil
        }
    }

    /// The height of a pane holding `rows` rows (borders included), at most
    /// `share` and at least 4; `share` itself while the count is unknown (0).
    static func listHeight(_ rows: Int, share: Int) -> Int {
        max(4, rows > 0 ? min(share, rows + 2) : share)
    }

    /// The inside of a pane's frame, where its content goes, if it shows.
    public func content(of pane: PaneID) -> Rect? {
        guard let frame = panes[pane] else { return nil }
        return Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
    }

    /// The pane whose frame holds the cell, if any.
    public func pane(atColumn column: Int, row: Int) -> PaneID? {
        panes.first(where: { $0.value.contains(column: column, row: row) })?.key
    }
}
