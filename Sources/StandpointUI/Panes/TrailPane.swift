import StandpointModel

/// The trail pane (`t`): the current trail's steps in order, each with its
/// claim or document, holder and quote; missing steps are marked, not hidden.
public enum TrailPane {
    public static func draw(_ state: AppState, position: ListPosition, on canvas: inout some Canvas) {
        let frame = state.overlayFrame
        let theme = state.theme
        let trail = state.research.trail
        canvas.fill(frame, style: .plain)
        let count = trail.steps.count
        canvas.box(
            frame, title: "Trail “\(trail.name)” (\(count) step\(count == 1 ? "" : "s")) · J/K move  d remove  e note  r rename  p present  n/[/] other trails  Esc close",
            border: theme.focusedBorder, titleStyle: theme.focusedTitle)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        let corpus = state.corpus
        PaneFrame.drawList(
            state, focused: true, count: count, position: position, in: content, on: &canvas,
            empty: "No steps yet: close this (Esc), select a stance point and press m."
        ) { index, width in
            let step = trail.steps[index]
            let target = corpus.resolve(step)
            let labelWidth = width >= 70 ? 28 : (width >= 40 ? 16 : 0)
            let holderWidth = width >= 56 ? 14 : 0
            let number = "\(index + 1)."
            switch target {
            case .missing:
                return [
                    (number, 4, theme.dim), ("missing", labelWidth, theme.oppose),
                    ("", holderWidth, theme.dim), ("“\(TextSanitizer.snippet(step.anchor.quote))”", nil, theme.dim),
                ]
            case .point(let point):
                let label = point.claim.flatMap(corpus.claim)?.label ?? corpus.document(point.document)?.title ?? point.document
                let note = step.note.isEmpty ? "" : "✎ "
                return [
                    (number, 4, theme.dim), (TextSanitizer.snippet(label), labelWidth, theme.heading),
                    (point.holder.map { $0.speaker ?? $0.name } ?? "—", holderWidth, theme.dim),
                    (note + TextSanitizer.snippet(point.text), nil, .plain),
                ]
            case .passage(let document, let range):
                let text = corpus.document(document)?.text(in: range) ?? step.anchor.quote
                return [
                    (number, 4, theme.dim), (TextSanitizer.snippet(corpus.document(document)?.title ?? document), labelWidth, theme.dim),
                    ("sentence", holderWidth, theme.dim),
                    ((step.note.isEmpty ? "" : "✎ ") + TextSanitizer.snippet(text), nil, .plain),
                ]
            }
        }
    }
}
