import StandpointModel

/// The Reader pane: the selected document's text, word-wrapped, with stance
/// points highlighted by polarity, the selected point reversed and the
/// current search hit marked; a bar in the left margin marks the lines of the
/// selected point. A thumb in the right border shows the position.
public enum ReaderPane {
    /// Blank columns left and right of the text.
    public static let margin = 1

    /// Draws the pane in `frame`: the selected document from the Reader's scroll position.
    public static func draw(_ state: AppState, in frame: Rect, on canvas: inout some Canvas) {
        guard let document = state.selectedDocument else {
            PaneFrame.draw(state, pane: .reader, title: PaneID.reader.title, in: frame, on: &canvas)
            let message: String = switch state.analysis {
            case .running(let done, let total, let stage): "Analysing the corpus… \(stage) \(done)/\(total)"
            case .failed(let reason): reason
            case .finished: "No document selected."
            }
            let wrapped = WrappedText(message, width: max(1, frame.width - 4))
            for (row, line) in wrapped.lines.prefix(max(0, frame.height - 2)).enumerated() {
                let text = line.map { wrapped.units[$0].text }.joined()
                canvas.put(text, column: frame.x + 2, row: frame.y + 1 + row, width: frame.width - 3, style: state.theme.dim)
            }
            return
        }
        let suffix = " (\(TextSanitizer.snippet(document.id)))"
        let room = frame.width - 4 - DisplayWidth.of(PaneID.reader.title + ": " + suffix)
        let title = room >= 12
            ? "\(PaneID.reader.title): \(DisplayWidth.truncate(TextSanitizer.snippet(document.title), to: room))\(suffix)"
            : "\(PaneID.reader.title): \(TextSanitizer.snippet(document.title))"
        PaneFrame.draw(state, pane: .reader, title: title, in: frame, on: &canvas)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        guard content.width > 0, content.height > 0, let text = state.readerText else { return }
        let top = state.readerTopLine
        let bottom = min(text.lines.count, top + content.height)
        let visible = top < bottom
            ? ByteRange(start: text.lineOffsets[top], end: bottom < text.lineOffsets.count ? text.lineOffsets[bottom] + 1 : Int.max)
            : ByteRange(start: 0, end: 0)
        let highlights = Highlights(state: state, visible: visible)
        let selected = state.selectedPoint?.range
        let focused = state.focus == .reader && state.overlay == nil
        for line in 0..<content.height {
            let index = top + line
            guard index < text.lines.count else { break }
            let units = text.lines[index]
            if let selected, let first = units.first, let last = units.last,
                selected.overlaps(ByteRange(start: text.units[first].offset, end: text.units[last].offset + 1))
            {
                canvas.put("▌", column: content.x, row: content.y + line, style: focused ? state.theme.focusedBorder : state.theme.border)
            }
            var x = content.x + margin
            for unitIndex in text.lines[index] {
                let unit = text.units[unitIndex]
                canvas.put(unit.text, column: x, row: content.y + line, style: highlights.style(at: unit.offset))
                x += unit.width
            }
        }
        drawThumb(state, lines: text.lines.count, top: top, frame: frame, on: &canvas)
    }

    /// A scroll thumb in the right border when the text is longer than the pane.
    private static func drawThumb(_ state: AppState, lines: Int, top: Int, frame: Rect, on canvas: inout some Canvas) {
        let height = frame.height - 2
        guard lines > height, height > 0 else { return }
        let thumb = max(1, height * height / lines)
        let start = min(height - thumb, (height - thumb) * top / max(1, lines - height))
        let focused = state.focus == .reader && state.overlay == nil
        for row in start..<(start + thumb) {
            canvas.put("┃", column: frame.x + frame.width - 1, row: frame.y + 1 + row, style: focused ? state.theme.focusedBorder : state.theme.border)
        }
    }

    /// The style of each byte offset of the shown document: the search hit
    /// over the selected point over the other points, keeping only the spans
    /// that reach the `visible` bytes.
    private struct Highlights {
        let spans: [(range: ByteRange, style: Style)]

        init(state: AppState, visible: ByteRange) {
            let theme = state.theme
            let selected = state.selectedPoint
            var spans: [(range: ByteRange, style: Style)] = []
            if let hit = state.currentSearchHit { spans.append((hit.match, theme.match)) }
            if let selected { spans.append((selected.range, theme.selection)) }
            for point in state.documentPoints where point.id != selected?.id && point.range.overlaps(visible) {
                let corrected = point.source == .annotation ? Style(underline: true) : .plain
                spans.append((point.range, theme.style(for: point.polarity).merged(with: corrected)))
            }
            self.spans = spans
        }

        func style(at offset: Int) -> Style {
            spans.first(where: { $0.range.contains(offset) })?.style ?? .plain
        }
    }
}
