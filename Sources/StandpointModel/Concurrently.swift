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

/// The results of `first()`, `second()` and `third()`, run at the same time
/// (on as many cores as there are, up to three), for three independent pieces
/// of work that each take too long to run one after the other.
func concurrently<A: Sendable, B: Sendable, C: Sendable>(
    _ first: @Sendable () -> A, _ second: @Sendable () -> B, _ third: @Sendable () -> C
) -> (A, B, C) {
    let results = ThreeResults<A, B, C>()
    DispatchQueue.concurrentPerform(iterations: 3) { i in
        switch i {
        case 0: results.first = first()
        case 1: results.second = second()
        default: results.third = third()
        }
    }
    // All three iterations have finished when concurrentPerform returns.
    return (results.first!, results.second!, results.third!)
}

/// Where the three pieces of work of `concurrently` put their results, each
/// written by one of them only.
private final class ThreeResults<A, B, C>: @unchecked Sendable {
    var first: A?
    var second: B?
    var third: C?
}
