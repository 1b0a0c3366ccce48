import StandpointModel

/// The presenter's second screen (`standpoint present TRAIL --notes`): the
/// current step's note in large, the next step coming, and a clock, so the
/// notes stay off the projector.
public enum PresenterNotesView {
    /// Draws the notes for `presentation` over the whole canvas; `clock` is the time to show ("14:05").
    public static func draw(
        _ presentation: Presentation, corpus: Corpus, clock: String, theme: Theme, on canvas: inout some Canvas
    ) {
        let size = canvas.size
        canvas.fill(Rect(x: 0, y: 0, width: size.columns, height: size.rows), style: .plain)
        let margin = 2
        let width = max(1, size.columns - 2 * margin)
        let title = "Notes · \(presentation.trail.name)"
        canvas.put(clock, column: size.columns - margin - DisplayWidth.of(clock), row: 0, style: theme.heading)
        canvas.put(title, column: margin, row: 0, width: width - DisplayWidth.of(clock) - 2, style: theme.title)
        guard let slide = presentation.slide(in: corpus, contextSentences: 0) else {
            canvas.put("The trail has no steps yet.", column: margin, row: 2, width: width, style: theme.dim)
            return
        }
        var row = 2
        canvas.put("Now, \(slide.progress): \(TextSanitizer.snippet(slide.heading))", column: margin, row: row, width: width, style: theme.heading)
        row += 2
        let nextRows = presentation.step + 1 < presentation.trail.steps.count ? 5 : 2
        let noteRoom = max(1, size.rows - row - nextRows - 2)
        let note = slide.note.isEmpty ? ["(no note for this step; e in the trail pane writes one)"] : noteLines(slide.note, width: width)
        for line in note.prefix(noteRoom) {
            canvas.put(line, column: margin, row: row, width: width, style: slide.note.isEmpty ? theme.dim : .plain)
            row += 1
        }
        row = max(row + 1, size.rows - nextRows - 1)
        canvas.put(String(repeating: "─", count: width), column: margin, row: row - 1, style: theme.border)
        if presentation.step + 1 < presentation.trail.steps.count {
            let next = PresenterSlide(trail: presentation.trail, index: presentation.step + 1, corpus: corpus, contextSentences: 0)
            canvas.put("Next, \(next.progress): \(TextSanitizer.snippet(next.heading))", column: margin, row: row, width: width, style: theme.title)
            let quote = next.highlight.map { range in
                String(decoding: Array(next.context.utf8)[range], as: UTF8.self)
            } ?? next.context
            for (offset, line) in PresenterView.wrap("“" + quote + "”", width: width).prefix(2).enumerated() {
                canvas.put(line, column: margin, row: row + 1 + offset, width: width, style: theme.dim)
            }
        } else {
            canvas.put("Last step.", column: margin, row: row, width: width, style: theme.dim)
        }
        canvas.put("Space next · h back · q leave", column: margin, row: size.rows - 1, width: width, style: theme.dim)
    }

    /// The note's lines, wrapped, keeping its own line breaks.
    static func noteLines(_ note: String, width: Int) -> [String] {
        note.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [String] in
            let lines = PresenterView.wrap(String(paragraph), width: width)
            return lines.isEmpty ? [""] : lines
        }
    }
}
