extension AppState {
    /// A click selects the item under it and focuses its pane (or, in the
    /// tab line, focuses the pane named there). In an overlay, a click on the
    /// highlighted row opens it, and a click outside closes the overlay.
    mutating func click(column: Int, row: Int) {
        if overlay != nil {
            clickInOverlay(column: column, row: row)
            return
        }
        let layout = self.layout
        if let tabLine = layout.tabLine, tabLine.contains(column: column, row: row) {
            if let pane = TabLine.pane(atColumn: column, state: self) { focus = pane }
            return
        }
        guard let pane = layout.pane(atColumn: column, row: row), let content = layout.content(of: pane) else { return }
        focus = pane
        let offset = row - content.y
        guard content.contains(column: column, row: row) else { return }
        switch pane {
        case .documents:
            select(row: documentList.top + offset, in: .documents)
        case .points:
            select(row: pointList.top + offset, in: .points)
        case .references:
            select(row: referenceList.top + offset - CrossReferencePane.headerRows, in: .references)
        case .reader:
            selectPointInReader(line: readerTopLine + offset, column: column - content.x)
        }
    }

    private mutating func select(row: Int, in pane: PaneID) {
        guard row >= 0 else { return }
        switch pane {
        case .documents where row < corpus.documents.count:
            if row != documentList.selected {
                documentList.selected = row
                documentChanged()
            }
        case .points where row < documentPoints.count:
            if row != pointList.selected {
                pointList.selected = row
                pointChanged()
            }
        case .references where row < referenceEntries.count:
            referenceList.selected = row
        default:
            break
        }
    }

    /// A click on a stance point's text in the Reader selects that point.
    private mutating func selectPointInReader(line: Int, column: Int) {
        guard let text = readerText, text.lines.indices.contains(line) else { return }
        var x = 0
        var offset: Int?
        for index in text.lines[line] {
            let unit = text.units[index]
            if column < x + unit.width { offset = unit.offset; break }
            x += unit.width
        }
        guard let offset, let index = documentPoints.firstIndex(where: { $0.range.contains(offset) }) else { return }
        if index != pointList.selected {
            pointList.selected = index
            referenceList = ListPosition()
        }
    }

    private mutating func clickInOverlay(column: Int, row: Int) {
        let frame = overlayFrame
        guard frame.contains(column: column, row: row) else {
            overlay = nil
            return
        }
        switch overlay {
        case .lists(var stack)?:
            guard var top = stack.popLast() else { return }
            let index = top.position.top + row - frame.y - 1
            if index >= 0 && index < top.rows.count {
                if index == top.position.selected {
                    overlay = .lists(stack + [top])
                    performInOverlay(.open)
                    return
                }
                top.position.selected = index
            }
            overlay = .lists(stack + [top])
        case .search(var prompt)?:
            let index = prompt.position.top + row - frame.y - 3
            if index >= 0 && index < prompt.hits.count {
                let again = index == prompt.position.selected
                prompt.position.selected = index
                overlay = .search(prompt)
                if again { performInOverlay(.open) }
            }
        default:
            break
        }
    }

    /// The wheel scrolls the pane (or overlay) under the pointer, three rows a notch.
    mutating func scroll(lines: Int, column: Int, row: Int) {
        if overlay != nil {
            performInOverlay(lines > 0 ? .moveDown : .moveUp)
            return
        }
        guard let pane = layout.pane(atColumn: column, row: row) else { return }
        let saved = focus
        focus = pane
        move(by: lines)
        focus = saved
    }
}
