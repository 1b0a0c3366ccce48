/// A binary max-heap of scored items, for the linker's lazy greedy choice of keys.
struct MaxHeap<Item> {
    private var storage: [(score: Double, tiebreak: Int, item: Item)] = []

    var isEmpty: Bool { storage.isEmpty }

    /// The best score, if any.
    var topScore: Double? { storage.first?.score }

    /// Adds `item`; among equal scores the smaller `tiebreak` comes first.
    ///
    /// - Complexity: O(log n).
    mutating func push(_ item: Item, score: Double, tiebreak: Int) {
        storage.append((score, tiebreak, item))
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard ordered(child, before: parent) else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the best item.
    ///
    /// - Complexity: O(log n).
    mutating func pop() -> (score: Double, tiebreak: Int, item: Item)? {
        guard !storage.isEmpty else { return nil }
        storage.swapAt(0, storage.count - 1)
        let top = storage.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < storage.count && ordered(left, before: best) { best = left }
            if right < storage.count && ordered(right, before: best) { best = right }
            if best == parent { break }
            storage.swapAt(parent, best)
            parent = best
        }
        return top
    }

    private func ordered(_ a: Int, before b: Int) -> Bool {
        (storage[a].score, -storage[a].tiebreak) > (storage[b].score, -storage[b].tiebreak)
    }
}
