import Foundation

/// A value made on another thread while the thread that asked for it goes
/// on with other work: `value` waits until it is made.
///
/// `@unchecked Sendable`: the value is written once, by the work started in
/// `init`, and read only after waiting for that work to finish.
final class MadeElsewhere<Value: Sendable>: @unchecked Sendable {
    private var made: Value?
    private let done = DispatchGroup()

    /// Starts making the value with `make` on another thread.
    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { self.made = make() }
    }

    /// The value, once made.
    var value: Value {
        done.wait()
        return made!
    }
}
