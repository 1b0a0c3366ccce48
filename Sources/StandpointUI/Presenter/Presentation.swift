import StandpointModel

/// A trail being presented: which step is on screen. Moving never goes past
/// either end.
public struct Presentation: Hashable, Sendable {
    /// The trail shown.
    public var trail: Trail
    /// The step on screen, from 0.
    public private(set) var step: Int

    public init(trail: Trail, step: Int = 0) {
        self.trail = trail
        self.step = 0
        go(to: step)
    }

    /// Whether the trail has no step to show.
    public var isEmpty: Bool { trail.steps.isEmpty }

    /// Moves to the next step; false at the last.
    @discardableResult
    public mutating func next() -> Bool { go(to: step + 1) }

    /// Moves to the previous step; false at the first.
    @discardableResult
    public mutating func previous() -> Bool { go(to: step - 1) }

    /// Moves to `index` when it is a step; false otherwise.
    @discardableResult
    public mutating func go(to index: Int) -> Bool {
        guard trail.steps.indices.contains(index), index != step else { return false }
        step = index
        return true
    }

    /// The slide of the current step, or nil for an empty trail.
    public func slide(in corpus: Corpus, contextSentences: Int) -> PresenterSlide? {
        isEmpty ? nil : PresenterSlide(trail: trail, index: step, corpus: corpus, contextSentences: contextSentences)
    }

    /// Sentences of context around the step for a screen of `size`: one
    /// before and after at 80x24, more as the screen grows.
    public static func contextSentences(for size: Size) -> Int {
        max(0, min(4, (size.rows - 16) / 8 + (size.columns >= 140 ? 1 : 0)))
    }
}
