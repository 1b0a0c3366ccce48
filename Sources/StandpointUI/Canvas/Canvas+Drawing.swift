extension Canvas {
    /// Draws `text` from (`column`, `row`), cut with "…" to `width` columns.
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, column: Int, row: Int, width: Int, style: Style) -> Int {
        guard width > 0 else { return 0 }
        let cut = DisplayWidth.truncate(TextSanitizer.line(text), to: width)
        put(cut, column: column, row: row, style: style)
        return DisplayWidth.of(cut)
    }

    /// Draws a box around `rect` with `title` in its top border.
    public mutating func box(_ rect: Rect, title: String, border: Style, titleStyle: Style) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        let horizontal = String(repeating: "─", count: rect.width - 2)
        put("┌" + horizontal + "┐", column: rect.x, row: rect.y, style: border)
        put("└" + horizontal + "┘", column: rect.x, row: bottom, style: border)
        for row in (rect.y + 1)..<bottom {
            put("│", column: rect.x, row: row, style: border)
            put("│", column: right, row: row, style: border)
        }
        if rect.width > 4 {
            put(" " + title + " ", column: rect.x + 1, row: rect.y, width: rect.width - 2, style: titleStyle)
        }
    }

    /// Draws one list row across `width` columns: `cells` left to right, each
    /// with its own width (the last takes what is left) and style, then fills
    /// the rest of the row with `fill`.
    public mutating func row(
        _ cells: [(text: String, width: Int?, style: Style)], column: Int, row: Int, width: Int, fill: Style
    ) {
        self.fill(Rect(x: column, y: row, width: width, height: 1), style: fill)
        var x = column
        for (index, cell) in cells.enumerated() {
            let available = column + width - x
            guard available > 0 else { break }
            let cellWidth = min(available, cell.width ?? available)
            let isLast = index == cells.count - 1
            let used = put(cell.text, column: x, row: row, width: isLast ? cellWidth : max(0, cellWidth - 1), style: cell.style)
            x += cell.width == nil ? used : cellWidth
        }
    }
}

extension Style {
    /// This style with `other`'s attributes and colours laid over it.
    public func merged(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .standard ? foreground : other.foreground,
            background: other.background == .standard ? background : other.background,
            bold: bold || other.bold, reverse: reverse != other.reverse,
            underline: underline || other.underline, dim: dim || other.dim)
    }
}
