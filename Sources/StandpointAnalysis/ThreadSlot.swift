#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value kept per thread, which only that thread reads or writes: taken
/// for one piece of work and put back after, so that the documents one
/// thread works on, one after another, share it and no two threads do.
/// Each thread's value is released when the thread ends. The value may be
/// noncopyable (`DocumentTerms.Builder`, which holds a `TermPool`).
final class ThreadSlot<Value: ~Copyable>: @unchecked Sendable {
    /// A thread's value, under the slot's thread-specific key.
    private final class Box {
        var value: Value?
    }

    /// Set once in `init`; each thread's box is reached through it and
    /// touched by that thread only, hence `@unchecked Sendable`.
    private let key: pthread_key_t

    init() {
        var key = pthread_key_t()
        pthread_key_create(&key) { box in
            if let box { Unmanaged<AnyObject>.fromOpaque(box).release() }
        }
        self.key = key
    }

    /// The calling thread's box, made at its first call.
    private var box: Box {
        if let box = pthread_getspecific(key) { return Unmanaged<Box>.fromOpaque(box).takeUnretainedValue() }
        let box = Box()
        pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        return box
    }

    /// Takes the calling thread's value (`make()` at its first call),
    /// leaving the thread none until `putBack(_:)`, so the value taken is
    /// not shared and is changed in place.
    func take(orMake make: () -> Value) -> Value {
        if let value = box.value.take() { return value }
        return make()
    }

    /// Gives `value` back to the calling thread, for its next piece of work.
    func putBack(_ value: consuming Value) {
        box.value = .some(value)
    }
}
