import CNcurses
import StandpointUI

/// The `Canvas` the real terminal uses: panes draw into an in-memory
/// `CellBuffer` exactly as in tests, and `present()` copies it to curses,
/// placing every cell at its own column so that a terminal whose `wcwidth`
/// disagrees about a character cannot shift the rest of the line.
public struct CursesCanvas: Canvas {
    private var buffer: CellBuffer
    private let palette: ColorPalette

    /// A blank canvas the size of the terminal.
    public init(size: Size, palette: ColorPalette) {
        buffer = CellBuffer(size: size)
        self.palette = palette
    }

    public var size: Size { buffer.size }

    public mutating func put(_ text: String, column: Int, row: Int, style: Style) {
        buffer.put(text, column: column, row: row, style: style)
    }

    public mutating func fill(_ rect: Rect, style: Style) {
        buffer.fill(rect, style: style)
    }

    /// Copies the frame to the terminal and refreshes it.
    public func present() {
        let window = cn_stdscr()
        for row in 0..<buffer.size.rows {
            for column in 0..<buffer.size.columns {
                let cell = buffer.cell(column: column, row: row)
                guard cell.width > 0 else { continue }
                let (attributes, pair) = palette.attributes(for: cell.style)
                wattr_set(window, attributes, pair, nil)
                var characters = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                characters.append(0)
                _ = mvwaddnwstr(window, Int32(row), Int32(column), characters, Int32(characters.count - 1))
            }
        }
        wattr_set(window, cn_a_normal(), 0, nil)
        wrefresh(window)
    }
}
