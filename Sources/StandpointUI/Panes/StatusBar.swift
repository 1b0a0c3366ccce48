/// The status bar: the corpus and its counts, the position in the focused
/// pane, then either the latest message or the most useful keys.
public enum StatusBar {
    /// Draws the status bar in `rect`.
    public static func draw(_ state: AppState, in rect: Rect, on canvas: inout some Canvas) {
        let theme = state.theme
        canvas.fill(rect, style: theme.statusBar)
        var text = rect.width < 60
            ? " " + position(state) + " │ "
            : " " + summary(state, compact: rect.width < 100) + " │ " + position(state) + " │ "
        let used = canvas.put(text, column: rect.x, row: rect.y, width: rect.width, style: theme.statusBar)
        var x = rect.x + used
        if let message = state.message {
            canvas.put(message, column: x, row: rect.y, width: rect.x + rect.width - x, style: theme.statusKey)
            return
        }
        if let overlay = state.overlay, let hints = overlayHints(overlay) {
            for (key, hint) in hints {
                guard x + DisplayWidth.of(key + " " + hint) < rect.x + rect.width else { break }
                x += canvas.put(key, column: x, row: rect.y, width: rect.x + rect.width - x, style: theme.statusKey)
                x += canvas.put(" " + hint + "  ", column: x, row: rect.y, width: rect.x + rect.width - x, style: theme.statusBar)
            }
            return
        }
        let right = rect.x + rect.width
        let help = state.keyMap.bindings.first { $0.command == .help && $0.hint != nil }
        let helpText = help.map { ($0.keys[0].name, " " + ($0.hint ?? "") + " ") }
        let helpWidth = helpText.map { DisplayWidth.of($0.0 + $0.1) } ?? 0
        for binding in state.keyMap.bindings where binding.command != .help {
            guard let hint = binding.hint, let key = binding.keys.first else { continue }
            text = key.name
            // A hint takes its two spaces after it too: room for all of it
            // and the help hint, which the others give way to.
            guard x + DisplayWidth.of(text + " " + hint + "  ") + helpWidth <= right else { break }
            x += canvas.put(text, column: x, row: rect.y, width: right - x, style: theme.statusKey)
            x += canvas.put(" " + hint + "  ", column: x, row: rect.y, width: right - x, style: theme.statusBar)
        }
        if let (key, hint) = helpText, x + helpWidth <= right {
            x += canvas.put(key, column: x, row: rect.y, width: right - x, style: theme.statusKey)
            canvas.put(hint, column: x, row: rect.y, width: right - x, style: theme.statusBar)
        }
    }

    /// The keys that matter in an open overlay of the browser's own (nil for
    /// the research overlays, which keep the usual hints).
    static func overlayHints(_ overlay: Overlay) -> [(String, String)]? {
        switch overlay {
        case .research: nil
        case .help: [("j/k", "scroll"), ("Esc", "close")]
        case .search: [("type", "to search"), ("↑/↓", "choose"), ("Enter", "jump"), ("Esc", "cancel")]
        case .lists(let stack):
            stack.count > 1
                ? [("j/k", "move"), ("Enter", "jump"), ("b", "back"), ("Esc", "close")]
                : [("j/k", "move"), ("Enter", "open"), ("Esc", "close")]
        }
    }

    /// "data · 5 documents · 52 points · 18 claims", or the analysis progress.
    static func summary(_ state: AppState, compact: Bool) -> String {
        let corpus = state.corpus
        switch state.analysis {
        case .running(let done, let total, let stage):
            let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][(done + state.ticks) % 10]
            return "\(corpus.root) · \(spinner) analysing: \(stage) \(done)/\(total) documents"
        case .failed:
            return "\(corpus.root) · analysis failed"
        case .finished(let warnings):
            if compact {
                return "\(corpus.documents.count) docs · \(corpus.points.count) pts · \(corpus.claims.count) claims"
                    + state.correctionSummary
            }
            var text = "\(corpus.root) · \(plural(corpus.documents.count, "document")) · "
                + "\(plural(corpus.points.count, "point")) · \(plural(corpus.claims.count, "claim"))"
            if warnings > 0 { text += " · \(plural(warnings, "warning"))" }
            text += state.correctionSummary
            return text
        }
    }

    /// "point 2/11": where the selection is in the focused pane.
    static func position(_ state: AppState) -> String {
        switch state.focus {
        case .documents:
            return "document \(state.corpus.documents.isEmpty ? 0 : state.documentList.selected + 1)/\(state.corpus.documents.count)"
        case .points:
            let count = state.documentPoints.count
            return "point \(count == 0 ? 0 : state.pointList.selected + 1)/\(count)"
        case .references:
            let count = state.referenceEntries.count
            return "reference \(count == 0 ? 0 : state.referenceList.selected + 1)/\(count)"
        case .reader:
            let lines = state.readerText?.lines.count ?? 0
            let height = state.contentRect(of: .reader).height
            let top = state.readerTopLine
            let percent = lines <= height ? 100 : min(100, (top + height) * 100 / lines)
            return "line \(lines == 0 ? 0 : top + 1)/\(lines) \(percent)%"
        }
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
