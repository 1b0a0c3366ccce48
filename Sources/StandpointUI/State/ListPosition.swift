/// The selected row of a list and the first row shown.
public struct ListPosition: Hashable, Sendable {
    /// Index of the selected row.
    public var selected: Int
    /// Index of the first visible row.
    public var top: Int

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Keeps `selected` inside `count` rows and scrolls so it shows among `visible` rows.
    public mutating func clamp(count: Int, visible: Int) {
        selected = max(0, min(selected, count - 1))
        let visible = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, count - visible)))
    }
}
