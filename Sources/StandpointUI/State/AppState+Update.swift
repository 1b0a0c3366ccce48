import StandpointModel

extension AppState {
    /// Applies one action: the only place where the browser's state changes.
    public mutating func update(_ action: Action) {
        switch action {
        case .keyPressed(let key):
            message = nil
            press(key)
        case .mouseClicked(let column, let row):
            message = nil
            click(column: column, row: row)
        case .wheelScrolled(let lines, let column, let row):
            scroll(lines: lines, column: column, row: row)
        case .resized(let newSize):
            size = newSize
        case .analysisProgressed(let done, let total, let stage):
            analysis = .running(done: done, total: total, stage: stage)
        case .analysisFinished(let newCorpus, let newWarnings):
            research.rebase(on: newCorpus)
            corpus = research.annotated.corpus
            warnings = newWarnings
            analysis = .finished(warnings: newWarnings.count)
            documentList = ListPosition()
            pointList = ListPosition()
            referenceList = ListPosition()
            readerTop = 0
            if case .lists = overlay { overlay = nil }
            if !newWarnings.isEmpty {
                message = "\(newWarnings.count) file\(newWarnings.count == 1 ? "" : "s") skipped or repaired (listed on quit)"
            }
        case .ticked:
            ticks += 1
        case .analysisFailed(let reason):
            analysis = .failed(reason)
            message = reason
        case .research(let event):
            handleResearch(event)
        }
        normalize()
    }

    /// Routes a key: to the search prompt's text while it is open, else to its bound command.
    private mutating func press(_ key: Key) {
        if case .search = overlay, editSearch(with: key) { return }
        if case .research(let current)? = overlay {
            pressInResearchOverlay(key, current)
            return
        }
        guard let command = keyMap.command(for: key) else {
            message = "\(key.name) is not bound; press ? for help"
            return
        }
        perform(command)
    }

    /// Carries out a command, in the overlay when one is open.
    mutating func perform(_ command: Command) {
        if overlay != nil {
            performInOverlay(command)
            return
        }
        switch command {
        case .nextPane: focus = focus.next
        case .previousPane: focus = focus.previous
        case .focusDocuments: focus = .documents
        case .focusReader: focus = .reader
        case .focusPoints: focus = .points
        case .focusReferences: focus = .references
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: pageSize(of: focus))
        case .pageUp: move(by: -pageSize(of: focus))
        case .halfPageDown: move(by: max(1, pageSize(of: focus) / 2))
        case .halfPageUp: move(by: -max(1, pageSize(of: focus) / 2))
        case .moveToFirst: move(by: Int.min / 2)
        case .moveToLast: move(by: Int.max / 2)
        case .open: open()
        case .back: goBack()
        case .forward: goForward()
        case .search: overlay = .search(SearchPrompt())
        case .nextSearchHit: stepSearch(by: 1)
        case .previousSearchHit: stepSearch(by: -1)
        case .nextSameClaim: jumpToSameClaim(forward: true)
        case .previousSameClaim: jumpToSameClaim(forward: false)
        case .claimsOverview: overlay = .lists([OverlayList(kind: .claims, rows: overlayRows(for: .claims))])
        case .holdersOverview: overlay = .lists([OverlayList(kind: .holders, rows: overlayRows(for: .holders))])
        case .help: overlay = .help(top: 0)
        case .close: break
        case .quit: isFinished = true
        case .redraw: break
        case .addToTrail, .trail, .present, .reject, .polaritySupport, .polarityOppose, .polarityNeutral,
            .setHolder, .linkClaim, .addPoint, .editNote, .undo:
            performResearch(command)
        }
    }

    /// Moves the focused pane's selection (or scrolls the Reader) by `delta` rows.
    mutating func move(by delta: Int) {
        switch focus {
        case .documents:
            let before = documentList.selected
            documentList.selected = clampedAdd(before, delta, count: corpus.documents.count)
            if documentList.selected != before { documentChanged() }
        case .points:
            let before = pointList.selected
            pointList.selected = clampedAdd(before, delta, count: documentPoints.count)
            if pointList.selected != before { pointChanged() }
        case .references:
            referenceList.selected = clampedAdd(referenceList.selected, delta, count: referenceEntries.count)
        case .reader:
            scrollReader(by: delta)
        }
    }

    /// Enter: document → its points; point → the Reader; cross-reference → jump there.
    private mutating func open() {
        switch focus {
        case .documents:
            focus = .points
        case .points:
            guard selectedPoint != nil else { return }
            focus = .reader
            revealSelectedPoint(force: true)
        case .references:
            guard let entry = selectedReference else { return }
            jump(toPoint: entry.point.id, focus: .references)
        case .reader:
            break
        }
    }

    /// The new document is shown from its first point.
    mutating func documentChanged() {
        pointList = ListPosition()
        referenceList = ListPosition()
        readerTop = 0
        revealSelectedPoint(force: false)
    }

    /// The new point is shown in the Reader with its cross-references.
    mutating func pointChanged() {
        referenceList = ListPosition()
        revealSelectedPoint(force: false)
    }

    /// Rows a page moves in `pane`.
    func pageSize(of pane: PaneID) -> Int {
        max(1, contentRect(of: pane).height - 1)
    }

    /// The content area `pane` has now, or would have if it were focused.
    func contentRect(of pane: PaneID) -> Rect {
        layout.content(of: pane)
            ?? ScreenLayout(size: size, focus: pane, documentRows: corpus.documents.count).content(of: pane)
            ?? Rect(x: 0, y: 0, width: size.columns, height: size.rows)
    }

    private func clampedAdd(_ value: Int, _ delta: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return max(0, min(count - 1, value + delta))
    }

    /// Keeps every selection inside its list and visible in its pane.
    mutating func normalize() {
        documentList.clamp(count: corpus.documents.count, visible: contentRect(of: .documents).height)
        pointList.clamp(count: documentPoints.count, visible: contentRect(of: .points).height)
        if let point = selectedPoint, referenceCache?.pointID != point.id {
            referenceCache = (point.id, corpus.referenceEntries(for: point))
        }
        referenceList.clamp(
            count: referenceEntries.count, visible: contentRect(of: .references).height - CrossReferencePane.headerRows)
        readerTop = max(0, min(readerTop, selectedDocument?.byteCount ?? 0))
        switch overlay {
        case .lists(var stack)?:
            if var top = stack.popLast() {
                top.position.clamp(count: top.rows.count, visible: overlayListHeight)
                stack.append(top)
                overlay = .lists(stack)
            }
        case .search(var prompt)?:
            prompt.position.clamp(count: prompt.hits.count, visible: overlayListHeight - 2)
            overlay = .search(prompt)
        case .help(let top)?:
            let lines = HelpOverlay.lines(keyMap, width: HelpOverlay.frame(self).width - 4).count
            overlay = .help(top: max(0, min(top, lines - overlayListHeight)))
        case .research(.trail(var position))?:
            position.clamp(count: research.trail.steps.count, visible: overlayListHeight)
            overlay = .research(.trail(position))
        case .research?, nil:
            break
        }
    }
}
