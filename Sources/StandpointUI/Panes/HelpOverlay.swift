/// The `?` overlay, generated from the key map so that it always tells the truth.
public enum HelpOverlay {
    /// The help text for `width` columns: per section a heading, then each
    /// binding's keys and help, wrapped under the help column when long.
    public static func lines(_ keyMap: KeyMap, width: Int = 80) -> [(text: String, isHeading: Bool)] {
        var lines: [(text: String, isHeading: Bool)] = []
        func add(_ keys: String, _ help: String) {
            let wrapped = WrappedText(help, width: max(10, width - keyColumn))
            for (index, range) in wrapped.lines.enumerated() {
                let text = range.map { wrapped.units[$0].text }.joined()
                lines.append((DisplayWidth.pad(index == 0 ? keys : "", to: keyColumn) + text, false))
            }
        }
        for section in keyMap.sections {
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((section.title, true))
            for binding in section.bindings {
                add(binding.keys.map(\.name).joined(separator: " "), binding.help)
            }
        }
        lines.append(("", false))
        lines.append(("Mouse", true))
        add("click", "select the item under the pointer and focus its pane")
        add("wheel", "scroll the list or text under the pointer")
        lines.append(("", false))
        lines.append(("Signs", true))
        add("+ − ·", "support, oppose, neutral")
        add("= ≠ ~", "(Cross-references) same claim, contradicts, same holder")
        return lines
    }

    /// The width of the keys column.
    static let keyColumn = 14

    /// The help window: narrower than other overlays, since its lines are short.
    static func frame(_ state: AppState) -> Rect {
        let outer = state.overlayFrame
        let width = min(outer.width, 84)
        return Rect(x: outer.x + (outer.width - width) / 2, y: outer.y, width: width, height: outer.height)
    }

    /// Draws the help window, scrolled to line `top`.
    public static func draw(_ state: AppState, top: Int, on canvas: inout some Canvas) {
        let frame = frame(state)
        canvas.fill(frame, style: .plain)
        canvas.box(frame, title: "Help: keys (Esc closes)", border: state.theme.focusedBorder, titleStyle: state.theme.focusedTitle)
        let lines = lines(state.keyMap, width: frame.width - 4)
        let height = frame.height - 2
        for row in 0..<max(0, height) {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            canvas.put(line.text, column: frame.x + 2, row: frame.y + 1 + row, width: frame.width - 4, style: line.isHeading ? state.theme.heading : .plain)
        }
    }
}
