import Foundation

/// A thread-safe queue of actions: background work (the analysis) posts into
/// it, and the terminal's main loop drains it between keys, so that curses
/// and the state are only ever touched on one thread.
public final class ActionInbox: @unchecked Sendable {
    private var pending: [Action] = []
    private let lock = NSLock()

    public init() {}

    /// Adds an action, from any thread.
    public func post(_ action: Action) {
        lock.withLock { pending.append(action) }
    }

    /// Takes every action posted so far, oldest first.
    public func drain() -> [Action] {
        lock.withLock {
            defer { pending.removeAll() }
            return pending
        }
    }
}
