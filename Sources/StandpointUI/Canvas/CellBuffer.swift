/// One terminal cell: what is drawn in it and how.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for the right half of a wide character.
    public var text: String
    /// Columns the grapheme takes (1 or 2), or 0 for the right half of a wide one.
    public var width: Int
    /// How it is drawn.
    public var style: Style

    /// A blank cell.
    public static let blank = Cell(text: " ", width: 1, style: .plain)

    public init(text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }
}

/// An in-memory `Canvas`: a grid of cells. The curses terminal draws every
/// frame into one and then copies it to the screen, `standpoint screen`
/// prints one as text, and tests read what a person would see from one.
public struct CellBuffer: Canvas, Hashable, Sendable {
    /// The drawable size.
    public private(set) var size: Size
    private var cells: [Cell]

    /// A blank buffer of `size`.
    public init(size: Size) {
        self.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        cells = Array(repeating: .blank, count: self.size.columns * self.size.rows)
    }

    /// The cell at (`column`, `row`); a blank cell outside the buffer.
    public func cell(column: Int, row: Int) -> Cell {
        guard column >= 0, row >= 0, column < size.columns, row < size.rows else { return .blank }
        return cells[row * size.columns + column]
    }

    /// Draws `text` cell by cell: sanitised, measured by display width, clipped at the edges.
    public mutating func put(_ text: String, column: Int, row: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        var x = column
        let line = TextSanitizer.line(text)
        if DisplayWidth.isPrintableASCII(line) {
            // one byte, one character, one column: no walk over characters
            for byte in line.utf8 {
                if x >= size.columns { break }
                if x >= 0 { set(Cell(text: String(UnicodeScalar(byte)), width: 1, style: style), column: x, row: row) }
                x += 1
            }
            return
        }
        if DisplayWidth.simpleScalarCount(line) != nil {
            // one scalar, one character, one column: no walk over characters
            for scalar in line.unicodeScalars {
                if x >= size.columns { break }
                if x >= 0 { set(Cell(text: String(scalar), width: 1, style: style), column: x, row: row) }
                x += 1
            }
            return
        }
        for character in line {
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            if x >= size.columns { break }
            if x + width > size.columns {
                // A wide character that does not fit at the right edge: leave a blank.
                set(Cell(text: " ", width: 1, style: style), column: x, row: row)
                break
            }
            if x >= 0 {
                set(Cell(text: String(character), width: width, style: style), column: x, row: row)
                if width == 2 { set(Cell(text: "", width: 0, style: style), column: x + 1, row: row) }
            }
            x += width
        }
    }

    /// Fills `rect` (clipped to the buffer) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let left = max(0, rect.x)
        let right = min(size.columns, rect.x + rect.width)
        let top = max(0, rect.y)
        let bottom = min(size.rows, rect.y + rect.height)
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            for column in left..<right {
                set(Cell(text: " ", width: 1, style: style), column: column, row: row)
            }
        }
    }

    /// The text of row `row` as a person would read it, trailing spaces removed.
    public func text(row: Int) -> String {
        guard row >= 0, row < size.rows else { return "" }
        var line = ""
        for column in 0..<size.columns { line += cells[row * size.columns + column].text }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Every row's text, trailing spaces removed.
    public var lines: [String] { (0..<size.rows).map { text(row: $0) } }

    /// The whole buffer as text, one line per row.
    public var plainText: String { lines.joined(separator: "\n") }

    /// Writes one cell, clearing the other half of any wide character it cuts.
    private mutating func set(_ cell: Cell, column: Int, row: Int) {
        let index = row * size.columns + column
        let old = cells[index]
        if old.width == 0, column > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style)
        }
        if old.width == 2, column + 1 < size.columns, cell.width != 2 {
            cells[index + 1] = Cell(text: " ", width: 1, style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
