/// Whether a holder is for or against the target of a stance point.
public enum Polarity: String, Hashable, Sendable, Codable, CaseIterable {
    /// The holder calls for, approves or defends the target.
    case support
    /// The holder rejects, criticises or warns against the target.
    case oppose
    /// The holder takes a position whose direction is not clear.
    case neutral

    /// The one-character marker shown in lists: `+`, `−` or `·`.
    public var marker: String {
        switch self {
        case .support: "+"
        case .oppose: "−"
        case .neutral: "·"
        }
    }

    /// The opposite direction; neutral stays neutral.
    public var opposite: Polarity {
        switch self {
        case .support: .oppose
        case .oppose: .support
        case .neutral: .neutral
        }
    }
}
