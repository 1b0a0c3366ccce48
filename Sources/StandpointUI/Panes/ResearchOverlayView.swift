import Foundation
import StandpointModel

/// Draws whichever research overlay is open: the trail pane, the one-line
/// editor, the claim list for linking, or presenter mode (full screen).
public enum ResearchOverlayView {
    public static func draw(_ state: AppState, _ overlay: ResearchOverlay, on canvas: inout some Canvas) {
        switch overlay {
        case .trail(let position):
            TrailPane.draw(state, position: position, on: &canvas)
        case .prompt(let prompt):
            drawPrompt(state, prompt, on: &canvas)
        case .claimPicker(let anchor, let position):
            drawClaimPicker(state, anchor: anchor, position: position, on: &canvas)
        case .presenter(let presentation):
            let slide = presentation.slide(in: state.corpus, contextSentences: Presentation.contextSentences(for: canvas.size))
            PresenterView.draw(slide, trailName: presentation.trail.name, theme: state.theme, on: &canvas)
        case .notes(let presentation):
            PresenterNotesView.draw(presentation, corpus: state.corpus, clock: state.research.clock, theme: state.theme, on: &canvas)
        }
    }

    /// The one-line editor: a box with the question, the line and a cursor,
    /// and the completions that match below it.
    static func drawPrompt(_ state: AppState, _ prompt: LinePrompt, on canvas: inout some Canvas) {
        let theme = state.theme
        let matches = prompt.matches
        let outer = state.overlayFrame
        let height = min(outer.height, 3 + (matches.isEmpty ? 0 : matches.count + 1))
        let frame = Rect(x: outer.x, y: outer.y + max(0, (outer.height - height) / 3), width: outer.width, height: height)
        canvas.fill(frame, style: .plain)
        canvas.box(frame, title: prompt.title, border: theme.focusedBorder, titleStyle: theme.focusedTitle)
        let width = frame.width - 4
        let text = TextSanitizer.line(prompt.text)
        let shown = DisplayWidth.of(text) < width ? text : "…" + String(text.suffix(max(1, width - 2)))
        let used = canvas.put(shown, column: frame.x + 2, row: frame.y + 1, width: width, style: .plain)
        canvas.put("▏", column: frame.x + 2 + used, row: frame.y + 1, style: theme.focusedBorder)
        for (index, match) in matches.enumerated() where frame.y + 3 + index < frame.y + frame.height - 1 {
            canvas.put(match, column: frame.x + 2, row: frame.y + 3 + index, width: width,
                       style: match == prompt.text ? theme.selection : theme.dim)
        }
    }

    /// The claims to link a point to, the first row unlinking it.
    static func drawClaimPicker(_ state: AppState, anchor: PointAnchor, position: ListPosition, on canvas: inout some Canvas) {
        let frame = state.overlayFrame
        let theme = state.theme
        canvas.fill(frame, style: .plain)
        canvas.box(frame, title: "Link the point to a claim · Enter chooses, Esc cancels", border: theme.focusedBorder, titleStyle: theme.focusedTitle)
        let content = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        let claims = state.linkableClaims
        let current = state.corpus.point(at: anchor)?.claim
        PaneFrame.drawList(state, focused: true, count: claims.count + 1, position: position, in: content, on: &canvas, empty: "")
        { index, _ in
            guard index > 0 else { return [("", 8, theme.dim), ("No claim: unlink it from its claim", nil, theme.heading)] }
            let claim = claims[index - 1]
            let documents = "\(claim.documents.count) doc\(claim.documents.count == 1 ? " " : "s")"
            return [(documents, 8, theme.dim), ((claim.id == current ? "● " : "") + claim.label, nil, .plain)]
        }
    }
}
