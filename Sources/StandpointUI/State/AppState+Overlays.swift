import StandpointModel

extension AppState {
    /// The rectangle overlays are drawn in: centred, or the whole screen when small.
    public var overlayFrame: Rect {
        let body = size.rows - 1
        if size.columns < 60 || size.rows < 16 {
            return Rect(x: 0, y: 0, width: size.columns, height: body)
        }
        let width = min(size.columns - 4, 110)
        let height = body - 2
        return Rect(x: (size.columns - width) / 2, y: 1, width: width, height: height)
    }

    /// Rows a list overlay shows at once.
    public var overlayListHeight: Int { max(1, overlayFrame.height - 3) }

    /// The title of a list overlay.
    public func overlayTitle(for kind: OverlayList.Kind) -> String {
        switch kind {
        case .claims: "Claims (\(corpus.claims.count))"
        case .claimPoints(let id): "Claim: \(corpus.claim(id)?.label ?? id)"
        case .holders: "Holders (\(corpus.holderNames.count))"
        case .holderPoints(let name): "Holder: \(name)"
        }
    }

    /// The rows of a list overlay, made on access (`OverlayRows`).
    ///
    /// - Complexity: O(n log n) for the n claims or holders of an overview,
    ///   O(1) for a list of points.
    public func overlayRows(for kind: OverlayList.Kind) -> OverlayRows {
        OverlayRows(kind: kind, corpus: corpus)
    }

    /// A command while an overlay is open: moves and opens in the overlay; Esc, q
    /// and the overlay's own key close it.
    mutating func performInOverlay(_ command: Command) {
        guard let current = overlay else { return }
        switch current {
        case .research:
            break
        case .help(let top):
            switch command {
            case .moveDown: overlay = .help(top: top + 1)
            case .moveUp: overlay = .help(top: top - 1)
            case .pageDown, .halfPageDown: overlay = .help(top: top + overlayListHeight - 1)
            case .pageUp, .halfPageUp: overlay = .help(top: top - overlayListHeight + 1)
            case .moveToFirst: overlay = .help(top: 0)
            case .moveToLast: overlay = .help(top: Int.max / 2)
            case .help, .close, .quit, .back: overlay = nil
            default: break
            }
        case .search(var prompt):
            switch command {
            case .open:
                overlay = nil
                guard prompt.hits.indices.contains(prompt.position.selected) else { return }
                search = ActiveSearch(query: prompt.query, hits: prompt.hits, index: prompt.position.selected)
                let hit = prompt.hits[prompt.position.selected]
                jump(toDocument: hit.document, offset: hit.match.start, focus: .reader)
                message = "“\(prompt.query)”: hit \(prompt.position.selected + 1)/\(prompt.hits.count); n/N for the next/previous"
            case .close:
                overlay = nil
            default:
                if let delta = listDelta(command, visible: overlayListHeight - 2) {
                    prompt.position.selected = max(0, prompt.position.selected + delta)
                    overlay = .search(prompt)
                }
            }
        case .lists(var stack):
            guard var top = stack.popLast() else { overlay = nil; return }
            switch command {
            case .open:
                let rows = top.rows
                guard rows.indices.contains(top.position.selected) else { return }
                switch rows[top.position.selected].target {
                case .claim(let id):
                    overlay = .lists(stack + [top, OverlayList(kind: .claimPoints(id), rows: overlayRows(for: .claimPoints(id)))])
                case .holder(let name):
                    overlay = .lists(stack + [top, OverlayList(kind: .holderPoints(name), rows: overlayRows(for: .holderPoints(name)))])
                case .point(let id):
                    overlay = nil
                    jump(toPoint: id, focus: .points)
                }
            case .close, .back:
                overlay = stack.isEmpty ? nil : .lists(stack)
            case .quit, .claimsOverview, .holdersOverview:
                overlay = nil
            default:
                if let delta = listDelta(command, visible: overlayListHeight) {
                    top.position.selected = max(0, top.position.selected + delta)
                    overlay = .lists(stack + [top])
                }
            }
        }
    }

    /// How far a movement command moves a list of `visible` rows.
    private func listDelta(_ command: Command, visible: Int) -> Int? {
        switch command {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: max(1, visible - 1)
        case .pageUp: -max(1, visible - 1)
        case .halfPageDown: max(1, visible / 2)
        case .halfPageUp: -max(1, visible / 2)
        case .moveToFirst: Int.min / 2
        case .moveToLast: Int.max / 2
        default: nil
        }
    }

    /// The prompt's hits for `query`: when it extends the query before it and
    /// that found fewer hits than the limit (so it found them all), only its
    /// sentences are searched again, so typing a rare word reads the corpus
    /// once rather than on every key.
    private func searchHits(for query: String, after previous: SearchPrompt) -> [SearchHit] {
        if !previous.query.isEmpty, previous.hits.count < SearchPrompt.limit, query.utf8.starts(with: previous.query.utf8) {
            return corpus.search(query, refining: previous.hits, limit: SearchPrompt.limit)
        }
        return corpus.search(query, limit: SearchPrompt.limit)
    }

    /// Edits the search prompt: typed characters, Backspace; true when the key was used.
    mutating func editSearch(with key: Key) -> Bool {
        guard case .search(var prompt) = overlay else { return false }
        let previous = prompt
        switch key {
        case .character(let character):
            prompt.query.append(character)
        case .backspace, .delete:
            if prompt.query.isEmpty {
                overlay = nil
                return true
            }
            prompt.query.removeLast()
        case .control("u"):
            prompt.query = ""
        case .escape:
            overlay = nil
            return true
        case .enter:
            perform(.open)
            return true
        case .up, .down, .pageUp, .pageDown, .control("d"), .control("n"), .control("p"):
            let command: Command = switch key {
            case .up, .control("p"): .moveUp
            case .down, .control("n"): .moveDown
            case .pageUp: .pageUp
            case .pageDown: .pageDown
            default: .halfPageDown
            }
            performInOverlay(command)
            return true
        default:
            return false
        }
        prompt.hits = searchHits(for: prompt.query, after: previous)
        prompt.position = ListPosition()
        overlay = .search(prompt)
        return true
    }
}
