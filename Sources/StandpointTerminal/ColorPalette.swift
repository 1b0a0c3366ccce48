import CNcurses
import StandpointUI

/// Turns a `Style` into curses attributes and a colour pair, allocating pairs
/// as styles first appear. Without colours (NO_COLOR, or a terminal such as
/// vt100 that has none) only the attributes are used.
public final class ColorPalette {
    /// Whether colours are in use.
    public let usesColor: Bool
    private let has256: Bool
    private var pairs: [PairKey: Int16] = [:]
    private let maxPairs: Int

    private struct PairKey: Hashable {
        let foreground: Int16
        let background: Int16
    }

    init(usesColor: Bool) {
        self.usesColor = usesColor
        has256 = usesColor && cn_colors() >= 256
        maxPairs = usesColor ? Int(cn_color_pairs()) : 0
    }

    /// The attributes and colour pair for `style`.
    func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.reverse { attributes |= cn_a_reverse() }
        if style.underline { attributes |= cn_a_underline() }
        if style.dim { attributes |= cn_a_dim() }
        guard usesColor else { return (attributes, 0) }
        let key = PairKey(foreground: number(style.foreground), background: number(style.background))
        if key.foreground == -1 && key.background == -1 { return (attributes, 0) }
        if let pair = pairs[key] { return (attributes, pair) }
        guard pairs.count + 1 < maxPairs else { return (attributes, 0) }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, key.foreground, key.background)
        pairs[key] = pair
        return (attributes, pair)
    }

    private func number(_ color: Color) -> Int16 {
        switch color {
        case .standard: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        case .indexed(let index, let fallback):
            has256 ? Int16(index) : number(Self.basic(fallback))
        }
    }

    private static func basic(_ color: Color.BasicColor) -> Color {
        switch color {
        case .black: .black
        case .red: .red
        case .green: .green
        case .yellow: .yellow
        case .blue: .blue
        case .magenta: .magenta
        case .cyan: .cyan
        case .white: .white
        }
    }
}
