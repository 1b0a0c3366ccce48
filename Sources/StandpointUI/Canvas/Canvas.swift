/// A rectangle of terminal cells, in columns and rows from the top left.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Whether the rectangle covers no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at (`column`, `row`) lies inside.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < x + width && row >= y && row < y + height
    }
}

/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

/// Colours a cell may use; terminals without colour fall back to attributes.
public enum Color: Hashable, Sendable {
    case standard
    case black, red, green, yellow, blue, magenta, cyan, white
    /// One of the 256-colour palette, with the basic colour to use on 8-colour terminals.
    case indexed(UInt8, fallback: BasicColor)

    /// The eight basic colours.
    public enum BasicColor: Hashable, Sendable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }
}

/// How a cell is drawn.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: Color = .standard, background: Color = .standard, bold: Bool = false,
        reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = Style()
}

/// Where panes draw. The curses terminal and the in-memory test buffer both
/// implement it, so tests see exactly what a user would.
public protocol Canvas {
    /// The drawable size.
    var size: Size { get }
    /// Draws `text` (already sanitised) from (`column`, `row`), clipped to the
    /// canvas, measuring characters by display width.
    mutating func put(_ text: String, column: Int, row: Int, style: Style)
    /// Fills `rect` with spaces in `style`.
    mutating func fill(_ rect: Rect, style: Style)
}
