/// The `?` overlay, generated from the key map so that it always tells the truth.
public enum HelpOverlay {
    /// The help text: per section a heading, then one line per binding.
    public static func lines(_ keyMap: KeyMap) -> [(text: String, isHeading: Bool)] {
        var lines: [(text: String, isHeading: Bool)] = []
        for section in keyMap.sections {
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((section.title, true))
            for binding in section.bindings {
                let keys = binding.keys.map(\.name).joined(separator: " ")
                lines.append((DisplayWidth.pad(keys, to: 14) + binding.help, false))
            }
        }
        lines.append(("", false))
        lines.append(("Signs: + support  − oppose  · neutral   = same claim  ≠ contradicts  ~ same holder", false))
        return lines
    }

    /// The help window: narrower than other overlays, since its lines are short.
    static func frame(_ state: AppState) -> Rect {
        let outer = state.overlayFrame
        let width = min(outer.width, 84)
        return Rect(x: outer.x + (outer.width - width) / 2, y: outer.y, width: width, height: outer.height)
    }

    public static func draw(_ state: AppState, top: Int, on canvas: inout some Canvas) {
        let frame = frame(state)
        canvas.fill(frame, style: .plain)
        canvas.box(frame, title: "Help: keys (Esc closes)", border: state.theme.focusedBorder, titleStyle: state.theme.focusedTitle)
        let lines = lines(state.keyMap)
        let height = frame.height - 2
        for row in 0..<max(0, height) {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            canvas.put(line.text, column: frame.x + 2, row: frame.y + 1 + row, width: frame.width - 4, style: line.isHeading ? state.theme.heading : .plain)
        }
    }
}
