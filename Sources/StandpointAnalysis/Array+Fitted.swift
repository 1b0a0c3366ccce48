extension Array {
    /// A copy whose capacity is its count.
    func fitted() -> [Element] {
        var copy: [Element] = []
        copy.reserveCapacity(count)
        copy.append(contentsOf: self)
        return copy
    }
}
