import StandpointModel

/// The `/` overlay: the query being typed and every sentence that matches it, live.
public enum SearchOverlay {
    /// Draws the search window for `prompt`.
    public static func draw(_ state: AppState, prompt: SearchPrompt, on canvas: inout some Canvas) {
        let frame = state.overlayFrame
        let theme = state.theme
        canvas.fill(frame, style: .plain)
        canvas.box(frame, title: "Search all sentences (Enter jumps, Esc cancels)", border: theme.focusedBorder, titleStyle: theme.focusedTitle)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        guard content.height > 2, content.width > 4 else { return }
        let used = canvas.put("/" + prompt.query, column: content.x + 1, row: content.y, width: content.width - 2, style: Style(bold: true))
        canvas.put("▏", column: content.x + 1 + used, row: content.y, style: theme.focusedBorder)
        let count: String
        if prompt.query.isEmpty {
            count = "Type to search; ↑/↓ choose a result."
        } else if prompt.hits.count >= SearchPrompt.limit {
            count = "More than \(SearchPrompt.limit) sentences match; showing the first \(SearchPrompt.limit)."
        } else {
            count = "\(prompt.hits.count) sentence\(prompt.hits.count == 1 ? "" : "s") match."
        }
        canvas.put(count, column: content.x + 1, row: content.y + 1, width: content.width - 2, style: theme.dim)
        let list = Rect(x: content.x, y: content.y + 2, width: content.width, height: content.height - 2)
        let corpus = state.corpus
        PaneFrame.drawList(state, focused: true, count: prompt.hits.count, position: prompt.position, in: list, on: &canvas, empty: "") { index, width in
            let hit = prompt.hits[index]
            guard let document = corpus.document(hit.document), document.sentences.indices.contains(hit.sentence) else {
                return [(hit.document, nil, .plain)]
            }
            let sentence = document.sentences[hit.sentence]
            let start = min(sentence.range.start, hit.match.start)
            let end = max(sentence.range.end, hit.match.end)
            let before = TextSanitizer.line(document.text(in: ByteRange(start: start, end: hit.match.start)))
            let match = TextSanitizer.line(document.text(in: hit.match))
            let after = TextSanitizer.line(document.text(in: ByteRange(start: hit.match.end, end: end)))
            let titleWidth = width >= 60 ? 24 : 0
            let textWidth = width - titleWidth
            let trimmed = String(before.drop { $0 == " " })
            let lead = DisplayWidth.of(trimmed) > textWidth / 3 ? "…" + String(trimmed.suffix(max(8, textWidth / 3))) : trimmed
            return [
                (TextSanitizer.snippet(document.title), titleWidth, theme.dim),
                (lead, nil, .plain),
                (match, nil, theme.match),
                (after, nil, .plain),
            ]
        }
    }
}
