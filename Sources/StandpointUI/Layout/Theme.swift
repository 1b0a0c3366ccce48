import StandpointModel

/// The styles panes draw with. `color` uses colours where the terminal has
/// them; `monochrome` (for NO_COLOR and terminals without colour) tells the
/// same things apart with bold, underline, dim and reverse only.
public struct Theme: Hashable, Sendable {
    /// Borders of panes without focus.
    public var border: Style
    /// The border of the focused pane.
    public var focusedBorder: Style
    /// Titles of panes without focus.
    public var title: Style
    /// The title of the focused pane (and the focused tab).
    public var focusedTitle: Style
    /// The selected row of the focused list.
    public var selection: Style
    /// The selected row of a list without focus.
    public var inactiveSelection: Style
    /// Secondary text: counts, ids, explanations.
    public var dim: Style
    /// Headings inside overlays.
    public var heading: Style
    /// The status bar and tab line.
    public var statusBar: Style
    /// Key names and messages in the status bar.
    public var statusKey: Style
    /// A search match in the Reader.
    public var match: Style
    /// The Reader's highlight for a point that supports its target.
    public var support: Style
    /// The Reader's highlight for a point that opposes its target.
    public var oppose: Style
    /// The Reader's highlight for a neutral point.
    public var neutral: Style

    /// The Reader's highlight for a point of `polarity`.
    public func style(for polarity: Polarity) -> Style {
        switch polarity {
        case .support: support
        case .oppose: oppose
        case .neutral: neutral
        }
    }

    /// Colours for terminals that have them.
    public static let color = Theme(
        border: Style(foreground: .indexed(244, fallback: .white)),
        focusedBorder: Style(foreground: .cyan, bold: true),
        title: Style(bold: true),
        focusedTitle: Style(foreground: .black, background: .cyan, bold: true),
        selection: Style(reverse: true),
        inactiveSelection: Style(bold: true, underline: true),
        dim: Style(foreground: .indexed(244, fallback: .white), dim: true),
        heading: Style(foreground: .cyan, bold: true),
        statusBar: Style(foreground: .black, background: .indexed(250, fallback: .white)),
        statusKey: Style(foreground: .black, background: .indexed(250, fallback: .white), bold: true),
        match: Style(foreground: .black, background: .yellow),
        support: Style(foreground: .green),
        oppose: Style(foreground: .red),
        neutral: Style(foreground: .yellow))

    /// Attributes only: for NO_COLOR and monochrome terminals.
    public static let monochrome = Theme(
        border: Style(),
        focusedBorder: Style(bold: true),
        title: Style(),
        focusedTitle: Style(bold: true, reverse: true),
        selection: Style(reverse: true),
        inactiveSelection: Style(bold: true, underline: true),
        dim: Style(dim: true),
        heading: Style(bold: true, underline: true),
        statusBar: Style(reverse: true),
        statusKey: Style(bold: true, reverse: true),
        match: Style(bold: true, reverse: true),
        support: Style(underline: true),
        oppose: Style(bold: true, underline: true),
        neutral: Style(underline: true, dim: true))
}
