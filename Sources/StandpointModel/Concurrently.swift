import Dispatch

/// The results of `first()` and `second()`, run at the same time (on two
/// cores when there are two), for two independent pieces of work that each
/// take too long to run one after the other.
func concurrently<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @Sendable () -> B
) -> (A, B) {
    let results = TwoResults<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { results.first = first() } else { results.second = second() }
    }
    // Both iterations have finished when concurrentPerform returns.
    return (results.first!, results.second!)
}

/// Where the two pieces of work of `concurrently` put their results, each
/// written by one of them only.
private final class TwoResults<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
}
