extension ClaimLinker {
    /// The themes each point joins (`ThemeTable.Match.theme`), by number,
    /// one point after another in flat arrays; and each theme's points.
    ///
    /// Theme links read every point's themes in turn, serially, to make each
    /// theme's list of points, and two points' themes for every pair they
    /// link: read from the matches, each point's themes were an array of
    /// their own somewhere in the heap (150,000 of them at 10,000 documents),
    /// a cache miss and a retain each, and the serial pass took 35-117 ms
    /// there on a busy machine, while the term stores were let go of and
    /// the heap trimmed on another thread (its lists grown as they were
    /// made waited for the allocator). The matches are read once here, in
    /// parallel, and the lists made to size, before linking starts letting
    /// go of memory.
    struct PointThemes: Sendable {
        /// Per point: where its themes start in `numbers`; one more at the end.
        private let starts: [Int32]
        /// The themes of each point in turn, in the order of its matches.
        private let numbers: [Int32]
        /// Per theme, its points in order.
        let members: [[Int]]
        /// Per theme of a point (by its index in `themes(of:)`), the point's
        /// position in that theme's `members`.
        let positions: [Int32]
        /// Per theme of a point (as `positions`), the surface words of its
        /// match as the address and count of their array, the key theme
        /// references look their lists of shared terms up by
        /// (`themeReference`): read from this flat array of 16 bytes each
        /// rather than through the point's array of matches and the words'
        /// array, which were cache misses at each end of a reference (made
        /// in their final order, at points all over the corpus).
        let words: [ThemeTermsCache.Words]

        /// The themes of the points of `matches`, of `themeCount` themes.
        init(_ matches: [[ThemeTable.Match]], themeCount: Int) {
            let runs = ClaimLinker.pointRuns(matches.count)
            let parts = [(counts: [Int32], numbers: [Int32], words: [ThemeTermsCache.Words])].concurrentlyMade(count: runs.count) {
                r in
                var counts: [Int32] = []
                var numbers: [Int32] = []
                var words: [ThemeTermsCache.Words] = []
                counts.reserveCapacity(runs[r].count)
                numbers.reserveCapacity(runs[r].count)
                words.reserveCapacity(runs[r].count)
                for p in runs[r] {
                    let list = matches[p]
                    counts.append(Int32(list.count))
                    for match in list {
                        numbers.append(Int32(match.theme))
                        words.append(ThemeTermsCache.Words(match.surfaces))
                    }
                }
                return (counts, numbers, words)
            }
            var starts: [Int32] = [0]
            starts.reserveCapacity(matches.count + 1)
            var numbers: [Int32] = []
            numbers.reserveCapacity(parts.reduce(0) { $0 + $1.numbers.count })
            for part in parts {
                for count in part.counts { starts.append(starts[starts.count - 1] + count) }
                numbers += part.numbers
            }
            var sizes = Array(repeating: 0, count: themeCount)
            for theme in numbers { sizes[Int(theme)] += 1 }
            var members = sizes.map { size in
                var list: [Int] = []
                list.reserveCapacity(size)
                return list
            }
            var positions: [Int32] = []
            positions.reserveCapacity(numbers.count)
            for p in 0..<(starts.count - 1) {
                for i in Int(starts[p])..<Int(starts[p + 1]) {
                    let theme = Int(numbers[i])
                    positions.append(Int32(members[theme].count))
                    members[theme].append(p)
                }
            }
            self.starts = starts
            self.numbers = numbers
            self.members = members
            self.positions = positions
            self.words = [ThemeTermsCache.Words].concurrentlyJoined(parts.map(\.words))
        }

        /// The number of points.
        var count: Int { starts.count - 1 }

        /// The themes of point `p`, in the order of its matches; an index of
        /// the slice is that theme's place among all points' themes.
        func themes(of p: Int) -> ArraySlice<Int32> {
            numbers[Int(starts[p])..<Int(starts[p + 1])]
        }

        /// The place among all points' themes of `theme`'s first match of
        /// point `p`, which joins it.
        func entry(of p: Int, theme: Int) -> Int32 {
            guard let entry = themes(of: p).firstIndex(of: Int32(theme)) else {
                preconditionFailure("point \(p) does not join theme \(theme)")
            }
            return Int32(entry)
        }
    }
}
