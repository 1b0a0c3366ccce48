import StandpointModel

/// Presenter mode's audience screen: one trail step, full screen. Reads well
/// at 80x24; on a larger terminal the margins widen and the text column
/// stays at a comfortable measure, and `Presentation.contextSentences(for:)`
/// gives it more context.
public enum PresenterView {
    /// Widest text column, in cells.
    public static let measure = 96

    /// Left and right margin for a screen `columns` wide.
    public static func margin(for columns: Int) -> Int {
        max(2, (columns - measure) / 2, columns / 12)
    }

    /// Draws `slide` (or the empty-trail message) over the whole canvas.
    public static func draw(
        _ slide: PresenterSlide?, trailName: String, theme: Theme, on canvas: inout some Canvas
    ) {
        let size = canvas.size
        canvas.fill(Rect(x: 0, y: 0, width: size.columns, height: size.rows), style: .plain)
        let margin = margin(for: size.columns)
        let width = max(1, size.columns - 2 * margin)
        let bottom = size.rows - 1
        guard let slide else {
            canvas.put("“\(trailName)” has no steps yet.", column: margin, row: 1, width: width, style: theme.heading)
            canvas.put("Select a stance point in the browser and press m to add it.", column: margin, row: 3, width: width, style: theme.dim)
            footer(nil, theme: theme, margin: margin, row: bottom, on: &canvas)
            return
        }
        var row = size.rows >= 20 ? 1 : 0
        let progress = slide.progress
        let headingWidth = width - DisplayWidth.of(progress) - 2
        for line in wrap(slide.heading, width: headingWidth).prefix(2) {
            canvas.put(line, column: margin, row: row, width: headingWidth, style: theme.heading)
            row += 1
        }
        canvas.put(progress, column: margin + width - DisplayWidth.of(progress), row: size.rows >= 20 ? 1 : 0, style: theme.dim)
        canvas.put(String(repeating: "─", count: width), column: margin, row: row, style: theme.border)
        row += 2
        let tail = tailLines(slide, width: width)
        let room = max(spanLineCount(slide, width: width), bottom - 1 - row - tail.count)
        let highlight = slide.isMissing ? theme.dim : theme.style(for: slide.point?.polarity ?? .neutral).merged(with: Style(bold: true))
        row = drawContext(slide, width: width, room: room, highlight: highlight, at: (margin, row), on: &canvas) + 1
        for (text, style) in tail where row < bottom {
            canvas.put(text, column: margin, row: row, width: width, style: style == .dim ? theme.dim : style == .bold ? theme.title : .plain)
            row += 1
        }
        footer(slide, theme: theme, margin: margin, row: bottom, on: &canvas)
    }

    /// How a line under the passage is drawn.
    enum LineStyle { case plain, dim, bold }

    /// Holder and document, then who else makes the claim: as many lines as fit.
    static func tailLines(_ slide: PresenterSlide, width: Int) -> [(String, LineStyle)] {
        if slide.isMissing {
            return [("This passage is no longer in \(TextSanitizer.snippet(slide.documentTitle)) (\(slide.documentID)).", .dim)]
        }
        var lines: [(String, LineStyle)] = []
        var who = "— " + (slide.holder.map(TextSanitizer.snippet) ?? "no holder named")
        if let polarity = slide.point?.polarity { who += " " + polarity.marker + " " + polarity.rawValue }
        lines += wrap(who, width: width).map { ($0, .bold) }
        lines.append(("in " + DisplayWidth.truncate(TextSanitizer.snippet(slide.documentTitle), to: max(1, width - 3)), .dim))
        if !slide.echoes.isEmpty {
            let count = slide.echoes.count
            lines.append(("", .plain))
            lines.append(("Also made in \(count) other \(count == 1 ? "document" : "documents"):", .plain))
            for echo in slide.echoes.prefix(4) {
                let holders = echo.holders.isEmpty ? "" : " — " + echo.holders.map(TextSanitizer.snippet).joined(separator: ", ")
                lines.append(("  " + DisplayWidth.truncate(TextSanitizer.snippet(echo.documentTitle), to: max(10, width / 2)) + holders, .dim))
            }
            if count > 4 { lines.append(("  and \(count - 4) more", .dim)) }
        }
        return lines
    }

    /// Draws the passage wrapped to `width`, the step's span highlighted,
    /// keeping the span in view when the passage is longer than `room`
    /// lines. Returns the row after the last line drawn.
    static func drawContext(
        _ slide: PresenterSlide, width: Int, room: Int, highlight: Style, at origin: (column: Int, row: Int),
        on canvas: inout some Canvas
    ) -> Int {
        let text = WrappedText(slide.isMissing ? "“\(slide.context)”" : slide.context, width: width)
        guard !text.lines.isEmpty else { return origin.row }
        var first = 0
        if let span = slide.highlight, text.lines.count > room {
            let start = text.line(containing: span.lowerBound)
            let end = text.line(containing: max(span.lowerBound, span.upperBound - 1))
            first = max(0, min(text.lines.count - room, start - max(0, (room - (end - start + 1)) / 2)))
        }
        var row = origin.row
        for index in first..<min(text.lines.count, first + room) {
            var x = origin.column
            for unitIndex in text.lines[index] {
                let unit = text.units[unitIndex]
                let marked = slide.highlight.map { $0.contains(unit.offset) } ?? slide.isMissing
                canvas.put(unit.text, column: x, row: row, style: marked ? highlight : .plain)
                x += unit.width
            }
            row += 1
        }
        return row
    }

    /// Lines the step's own span takes when wrapped to `width` (the passage
    /// never gets fewer, whatever else has to give way).
    static func spanLineCount(_ slide: PresenterSlide, width: Int) -> Int {
        guard let span = slide.highlight else { return 1 }
        let text = WrappedText(slide.context, width: width)
        guard !text.lines.isEmpty else { return 1 }
        return text.line(containing: max(span.lowerBound, span.upperBound - 1)) - text.line(containing: span.lowerBound) + 1
    }

    static func footer(_ slide: PresenterSlide?, theme: Theme, margin: Int, row: Int, on canvas: inout some Canvas) {
        let keys = "Space next · h back · o open in Reader · q leave"
        canvas.put(keys, column: margin, row: row, width: canvas.size.columns - 2 * margin, style: theme.dim)
    }

    /// `text` (sanitised) wrapped to `width` as plain lines.
    static func wrap(_ text: String, width: Int) -> [String] {
        let wrapped = WrappedText(TextSanitizer.snippet(text), width: max(1, width))
        return wrapped.lines.map { range in range.map { wrapped.units[$0].text }.joined() }
    }
}
