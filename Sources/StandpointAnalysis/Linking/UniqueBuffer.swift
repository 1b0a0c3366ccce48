/// Elements of a trivial type in one heap block that only its owner
/// reaches: the first `count` places of room for `capacity`, read, changed
/// and appended in place.
///
/// What the term pool changes at every term (`TermPool`): an `Array` there
/// checked, at each change, that no other value shared its storage, and
/// was retained and released around calls; this one is noncopyable, so
/// its block has one owner, which frees it, and needs neither.
struct UniqueBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    /// The number of elements.
    private(set) var count = 0
    /// The number of elements there is room for before the block grows.
    private(set) var capacity: Int

    /// No elements, with room for `capacity`.
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    /// `count` elements, each `value`.
    init(repeating value: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    deinit { base.deallocate() }

    /// The element at `position`.
    subscript(position: Int) -> Element {
        @inline(__always)
        unsafeAddress {
            precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "index out of range")
            return UnsafePointer(base + position)
        }
        @inline(__always)
        unsafeMutableAddress {
            precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "index out of range")
            return base + position
        }
    }

    /// The elements in place: valid until the buffer grows or is freed.
    var elements: UnsafeMutableBufferPointer<Element> {
        @inline(__always) get { UnsafeMutableBufferPointer(start: base, count: count) }
    }

    /// The elements in an array of their count.
    var array: [Element] { Array(UnsafeBufferPointer(elements)) }

    /// Adds `element` at the end.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Removes the elements, keeping the room.
    @inline(__always)
    mutating func removeAll() { count = 0 }

    /// Moves the elements to a block for at least `needed`, at least twice as large.
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(needed, 2 * capacity))
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = Swift.max(needed, 2 * capacity)
    }
}
