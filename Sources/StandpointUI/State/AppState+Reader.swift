import StandpointModel

extension AppState {
    /// The selected document wrapped to the Reader's width.
    public var readerText: WrappedText? {
        guard let document = selectedDocument else { return nil }
        return ReaderTextCache.shared.wrapped(document, width: contentRect(of: .reader).width - 2 * ReaderPane.margin)
    }

    /// The index of the Reader's first visible line.
    public var readerTopLine: Int { readerText?.line(containing: readerTop) ?? 0 }

    /// Scrolls the Reader by `lines`, stopping at the top and at the last page.
    mutating func scrollReader(by lines: Int) {
        guard let text = readerText, !text.lines.isEmpty else { return }
        let height = contentRect(of: .reader).height
        let last = max(0, text.lines.count - height)
        let line = max(0, min(last, text.line(containing: readerTop) + max(-text.lines.count, min(text.lines.count, lines))))
        readerTop = text.lineOffsets[line]
    }

    /// Scrolls the Reader so that byte `offset` shows, a third of the way down
    /// when it has to move; `force` moves it there even when already visible.
    mutating func reveal(offset: Int, force: Bool) {
        guard let text = readerText, !text.lines.isEmpty else { return }
        let height = max(1, contentRect(of: .reader).height)
        let line = text.line(containing: offset)
        let top = text.line(containing: readerTop)
        guard force || line < top || line >= top + height else { return }
        let last = max(0, text.lines.count - height)
        readerTop = text.lineOffsets[max(0, min(last, line - height / 3))]
    }

    /// Brings the selected point into the Reader's view.
    mutating func revealSelectedPoint(force: Bool) {
        guard let point = selectedPoint else { return }
        reveal(offset: point.range.start, force: force)
    }
}
