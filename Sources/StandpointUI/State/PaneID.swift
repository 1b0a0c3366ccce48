/// The four panes of the browser, numbered as the `1`–`4` keys choose them.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
    case documents = 1
    case reader
    case points
    case references

    /// The title drawn on the pane, spelled as users and tests expect it.
    public var title: String {
        switch self {
        case .documents: "Documents"
        case .reader: "Reader"
        case .points: "Stance points"
        case .references: "Cross-references"
        }
    }

    /// A short name for the tab line on narrow terminals.
    public var shortTitle: String {
        switch self {
        case .documents: "Docs"
        case .reader: "Reader"
        case .points: "Points"
        case .references: "Refs"
        }
    }

    /// The pane after this one in `Tab` order (wrapping).
    public var next: PaneID { PaneID(rawValue: rawValue % 4 + 1) ?? .documents }

    /// The pane before this one in `Tab` order (wrapping).
    public var previous: PaneID { PaneID(rawValue: (rawValue + 2) % 4 + 1) ?? .documents }
}
