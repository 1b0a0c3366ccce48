import Foundation

/// A value made on another thread while the thread that asked for it goes
/// on with other work: `value` waits until it is made.
///
/// `@unchecked Sendable`: the value is written once, and the work let go
/// of, by the work started in `init`, and both are read only after waiting
/// for that work to finish.
final class MadeElsewhere<Value: Sendable>: @unchecked Sendable {
    private var made: Value?
    private var make: (@Sendable () -> Value)?
    private let done = DispatchGroup()

    /// Starts making the value with `make` on another thread.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        done.enter()
        DispatchQueue.global().async { self.run() }
    }

    /// Starts making the value with `make` on another thread once `earlier`
    /// is made: work for a core that one other thread is known to leave
    /// idle for a while, queued behind that thread's work rather than
    /// taking turns with it and with the thread waiting for both.
    init<Earlier>(after earlier: MadeElsewhere<Earlier>, _ make: @escaping @Sendable () -> Value) {
        self.make = make
        done.enter()
        earlier.done.notify(queue: .global()) { self.run() }
    }

    /// Makes the value and lets go of `make`, and so of what it captured,
    /// before `value` can return: a caller may then change in place an
    /// array that `make` read, without copying it.
    private func run() {
        made = make?()
        make = nil
        done.leave()
    }

    /// The value, once made.
    var value: Value {
        done.wait()
        return made!
    }
}
