/// A place in the corpus the browser can go back to: the `b`/`f` history.
public struct Location: Hashable, Sendable {
    /// The document shown.
    public var document: String
    /// The selected stance point, if any.
    public var point: String?
    /// The reader's scroll position (byte offset of its first line).
    public var readerTop: Int
    /// The focused pane.
    public var focus: PaneID
}
