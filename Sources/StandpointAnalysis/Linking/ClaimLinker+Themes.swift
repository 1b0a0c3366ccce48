import Foundation
import StandpointModel

extension ClaimLinker {
    /// Links that themes add beyond claims: a point makes one claim but may
    /// speak to several themes ("restraint and dialogue", "a multipolar world
    /// against hegemony"), so every two points of a theme in different
    /// documents and different claims (`places`, by position) are linked
    /// `same-claim`, and `contradicts` when their holders differ and their
    /// polarities (`polarities`, by position) are opposite. Shared terms name the theme
    /// first ("theme: Ceasefire"), then the words of each point that named
    /// it. A pair of points sharing two themes is linked once, for the
    /// first. The links are returned in the order made (theme by theme);
    /// `themeReference` makes each one's cross-reference.
    ///
    /// Only the first `explicitLinkLimit` points of a theme are linked with
    /// all others; each later point links to the `linksPerPoint` most similar
    /// of the `explicitLinkLimit` points before it that are in another
    /// document and claim (found in parallel, each point on its own), so the
    /// work stays linear in the number of points and no point becomes a hub:
    /// when every later point linked to the first forty, those had thousands
    /// of references each at 10,000 documents and tens of thousands at
    /// 30,000, and the browser's `]` went through all of them.
    ///
    /// Links of claims never pair points of different claims, so they need
    /// no check here; and whether a theme's pair was linked for an earlier
    /// theme is a question about that theme's lists, which are known before
    /// any link is made. So the links are made in parallel, in runs of
    /// points of one theme, rather than in one serial pass that put every
    /// pair into a set (at 10,000 documents 40-100 ms, serial).
    ///
    /// - Complexity: O(Σ min(m, L)² · k + m · L · k) over themes of m points,
    ///   L the limit, k terms per point.
    func themeLinks(
        points: [StancePoint], polarities: [Polarity], places: [PointPlace], themes: PointThemes, index: Index
    ) -> [ThemeLink] {
        let members = themes.members
        let positions = themes.positions
        @Sendable func linkable(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (places[a], places[b])
            return x.document != y.document && x.cluster != y.cluster
        }
        let limit = Self.explicitLinkLimit
        // Per theme, the number of later points of the themes before it: its
        // later point at position q is task `laterBase[theme] + q - limit`;
        // one more at the end, the number of later points.
        var laterBase: [Int] = [0]
        for list in members { laterBase.append(laterBase[laterBase.count - 1] + max(0, list.count - limit)) }
        let taskBase = laterBase
        let laterCount = laterBase[members.count]
        // Per later point, the `linksPerPoint` it links to (-1 where it has
        // fewer), one flat array made in runs of points rather than an array
        // per point: 2 MB instead of 11 at 10,000 documents, at the linker's
        // peak; and their scores, kept for the links rather than made again.
        let perPoint = linksPerPoint
        // Runs of 4,096 points spread their points' vectors over an array
        // of all terms (`VectorBuffers.score(_:spread:)`), one per few runs
        // (`concurrentlyMade`'s state), left all zeros by each point: an
        // array made and zeroed per run of 4,096 points grows as terms times
        // points, faster than the corpus (small still at 10,000 documents:
        // memset was 0.1% of the export's processor time).
        let termCount = index.termNames.count
        let runCount = (laterCount + 4095) / 4096
        let runs = (0..<runCount).map { r in (r * 4096)..<min(laterCount, (r + 1) * 4096) }
        let workerCount = 4 * ProcessInfo.processInfo.activeProcessorCount
        // Each run's slots are made to size (-1 and 0 where a point has fewer
        // than `perPoint`) and filled in place, each point's best kept in its
        // own slots, highest score first (then the earlier point), each
        // candidate put in its place as it is scored; the vectors are read
        // through buffers (`VectorBuffers`), without bounds checks. With the
        // best in a list per point, appended to the run's arrays, and the
        // index's checked arrays, the runs took 113 M instructions on the
        // benchmark's 1,000 documents, 61 M so.
        let nearestRuns = [([Int32], [Double])].concurrentlyMade(
            count: runs.count, runCount: workerCount, state: { [Double](repeating: 0, count: termCount) }
        ) { r, spread in
            let tasks = runs[r]
            var run = [Int32](repeating: -1, count: tasks.count * perPoint)
            var runScores = [Double](repeating: 0, count: tasks.count * perPoint)
            index.withVectorBuffers { vectors in
                run.withUnsafeMutableBufferPointer { run in
                    runScores.withUnsafeMutableBufferPointer { runScores in
                        spread.withUnsafeMutableBufferPointer { spread in
                            // the theme of each task, moved on as the tasks go
                            var theme = 0
                            for (k, task) in tasks.enumerated() {
                                while taskBase[theme + 1] <= task { theme += 1 }
                                let position = limit + task - taskBase[theme]
                                members[theme].withUnsafeBufferPointer { list in
                                    let a = list[position]
                                    vectors.spread(a, into: spread)
                                    let first = k * perPoint
                                    var found = 0
                                    for b in list[(position - limit)..<position] where linkable(a, b) {
                                        let score = vectors.score(b, spread: spread)
                                        var place = 0
                                        while place < found
                                            && (runScores[first + place] > score
                                                || (runScores[first + place] == score && Int(run[first + place]) < b))
                                        {
                                            place += 1
                                        }
                                        guard place < perPoint else { continue }
                                        var slot = first + min(found, perPoint - 1)
                                        while slot > first + place {
                                            run[slot] = run[slot - 1]
                                            runScores[slot] = runScores[slot - 1]
                                            slot -= 1
                                        }
                                        run[slot] = Int32(b)
                                        runScores[slot] = score
                                        found = min(found + 1, perPoint)
                                    }
                                    vectors.clear(a, from: spread)
                                }
                            }
                        }
                    }
                }
            }
            return (run, runScores)
        }
        let nearest = [Int32].concurrentlyJoined(nearestRuns.map(\.0))
        let nearestScores = [Double].concurrentlyJoined(nearestRuns.map(\.1))
        // Whether theme `theme` pairs the points at positions `x` and `y` of its list.
        @Sendable func pairs(_ theme: Int, _ x: Int, _ y: Int) -> Bool {
            let (high, low) = (max(x, y), min(x, y))
            if high < limit { return true }
            let task = taskBase[theme] + high - limit
            let other = Int32(members[theme][low])
            return nearest[(task * perPoint)..<((task + 1) * perPoint)].contains(other)
        }
        // Whether a theme before `theme` pairs points `a` and `b`.
        @Sendable func pairedBefore(_ a: Int, _ b: Int, theme: Int) -> Bool {
            let themesOfB = themes.themes(of: b)
            let themesOfA = themes.themes(of: a)
            for i in themesOfA.indices {
                let other = themesOfA[i]
                guard other < theme else { return false }
                guard let j = themesOfB.firstIndex(of: other) else { continue }
                if pairs(Int(other), Int(positions[i]), Int(positions[j])) { return true }
            }
            return false
        }
        // Tasks: per theme of two points or more, its first points' pairs,
        // then its later points in runs of 1,024, in this order.
        var tasks: [(theme: Int, later: Range<Int>?)] = []
        for (theme, list) in members.enumerated() where list.count > 1 {
            tasks.append((theme, nil))
            var from = limit
            while from < list.count {
                tasks.append((theme, from..<min(list.count, from + 1024)))
                from += 1024
            }
        }
        let chosenTasks = tasks
        // A theme's first points are spread over an array of all terms,
        // made once per few tasks, when one of them first needs it.
        let perTask = [[ThemeLink]].concurrentlyMade(
            count: chosenTasks.count, runCount: workerCount, state: { [Double]() }
        ) { t, spread in
            let (theme, laterRange) = chosenTasks[t]
            let list = members[theme]
            var links: [ThemeLink] = []
            // `score` is `index.score(a, b)`, as `score(_:spread:)` makes it
            func link(_ a: Int, _ b: Int, score: @autoclosure () -> Double) {
                guard linkable(a, b), !pairedBefore(a, b, theme: theme) else { return }
                let opposite = polarities[a] != .neutral && polarities[b] == polarities[a].opposite
                // holders are read (their names copied and compared) only
                // for the few pairs of opposite polarity
                func holdersDiffer() -> Bool {
                    let (holderA, holderB) = (points[a].holder?.name, points[b].holder?.name)
                    return holderA != nil && holderB != nil && holderA != holderB
                }
                let (from, to) = (min(a, b), max(a, b))
                links.append(
                    ThemeLink(
                        first: Int32(from), second: Int32(to), themeNumber: Int32(theme),
                        firstEntry: themes.entry(of: from, theme: theme), secondEntry: themes.entry(of: to, theme: theme),
                        kind: opposite && holdersDiffer() ? .contradicts : .sameClaim, score: score()))
            }
            if let laterRange {
                for position in laterRange {
                    let task = taskBase[theme] + position - limit
                    for slot in (task * perPoint)..<((task + 1) * perPoint) where nearest[slot] >= 0 {
                        link(list[position], Int(nearest[slot]), score: nearestScores[slot])
                    }
                }
            } else {
                // each first point spread out against the later ones
                let head = list.prefix(limit)
                if spread.isEmpty { spread = Array(repeating: 0.0, count: termCount) }
                index.withVectorBuffers { vectors in
                    spread.withUnsafeMutableBufferPointer { spread in
                        for (i, a) in head.enumerated() {
                            vectors.spread(a, into: spread)
                            for b in head.dropFirst(i + 1) { link(a, b, score: vectors.score(b, spread: spread)) }
                            vectors.clear(a, from: spread)
                        }
                    }
                }
            }
            return links
        }
        return [ThemeLink].concurrentlyJoined(perTask)
    }

    /// Two points linked through a theme, before their reference is made
    /// (`themeReference`): 32 bytes rather than a reference's strings, since
    /// there are some 300,000 at 10,000 documents.
    struct ThemeLink: Sendable {
        let first: Int32
        let second: Int32
        let themeNumber: Int32
        /// The theme's places among all points' themes (`PointThemes.entry`)
        /// for the first and the second point, which its reference reads:
        /// found here, where both points' themes were just read.
        let firstEntry: Int32
        let secondEntry: Int32
        let kind: CrossReference.Kind
        /// The similarity of the two points.
        let score: Double

        /// Position of the first point.
        var from: Int { Int(first) }
        /// Position of the second point.
        var to: Int { Int(second) }
        /// Index into the theme table.
        var theme: Int { Int(themeNumber) }
    }

    /// The cross-reference of a theme link: its shared terms name the theme
    /// first (`labels`: "theme: " and each theme's name, made once), then the
    /// words of each point that named it (`themes`), looked up in `cache`
    /// by their arrays (`entries`, at the link's entries).
    ///
    /// Equal lists of shared terms are one array, found in `cache`: at 10,000
    /// documents the 294,720 theme references have 3,712 distinct lists, and
    /// an array each was some 30 MB made at the very end of the analysis,
    /// where its memory peaks.
    ///
    /// The two points' ids are read from `ids` (by position), a compact
    /// array, rather than from the points, where each was a cache miss on
    /// large corpora (150,000 points of 240 bytes at 10,000 documents).
    func themeReference(
        _ link: ThemeLink, ids: [String], themes: [[ThemeTable.Match]], entries: PointThemes, labels: [String],
        cache: inout ThemeTermsCache
    ) -> CrossReference {
        func surfaces(of p: Int) -> [String] { themes[p].first { $0.theme == link.theme }?.surfaces ?? [] }
        let key = ThemeTermsCache.Key(
            theme: link.themeNumber, first: entries.words[Int(link.firstEntry)], second: entries.words[Int(link.secondEntry)])
        let sharedTerms =
            cache.list(for: key) ?? {
                let (first, second) = (surfaces(of: link.from), surfaces(of: link.to))
                let contents = ThemeTermsCache.Contents(theme: link.themeNumber, first: first, second: second)
                let sharedTerms =
                    cache.byContents[contents] ?? {
                        // made to size, the two lists read in turn rather than
                        // joined first: on the benchmark's 1,000 documents
                        // the 3,379 lists grew 8,660 times, some 6 M instructions
                        var sharedTerms: [String] = []
                        sharedTerms.reserveCapacity(1 + first.count + second.count)
                        sharedTerms.append(labels[link.theme])
                        for word in first where !sharedTerms.dropFirst().contains(word) { sharedTerms.append(word) }
                        for word in second where !sharedTerms.dropFirst().contains(word) { sharedTerms.append(word) }
                        cache.byContents[contents] = sharedTerms
                        return sharedTerms
                    }()
                cache.insert(sharedTerms, for: key)
                return sharedTerms
            }()
        return CrossReference(
            from: ids[link.from], to: ids[link.to], kind: link.kind, score: link.score, sharedTerms: sharedTerms)
    }

    /// The lists of shared terms of theme references made so far, by what
    /// they are made of, so that equal lists share one array.
    ///
    /// The words are looked up by the arrays that hold them first, and by
    /// their contents only when those arrays are new to the cache: theme
    /// matching makes equal lists of one run of points one array, so equal
    /// arrays mostly are one, and an array is alive (not moved, never
    /// reused) while its links are made. Hashing the words (SipHash over each
    /// string) for every reference made the theme references take 72 M
    /// instructions on the benchmark's 1,000 documents, 37 M so; 23 M with
    /// each key hashed as one number and the tables made large enough not
    /// to grow (growing hashed every key again, contents string by string).
    /// The lists by their arrays are kept in a table of their own
    /// (`list(for:)`), looked up by one multiplication rather than by a
    /// dictionary's SipHash of the key (8.8 M of the 23 M instructions of
    /// the theme references on the benchmark's 1,000 documents).
    struct ThemeTermsCache {
        /// A theme and the words of each point that named it.
        struct Key: Equatable {
            let theme: Int32
            let first: Words
            let second: Words

            /// The fields mixed into one number.
            var mixed: UInt {
                (first.address &* 0x9E37_79B9_7F4A_7C15 ^ second.address)
                    &* 0xD6E8_FEB8_6659_FD93 ^ UInt(first.count << 40 | second.count << 32) ^ UInt(UInt32(bitPattern: theme))
            }
        }

        /// A list of words by the address of its elements (as a number:
        /// kept in `PointThemes`, which threads share).
        struct Words: Hashable, Sendable {
            let address: UInt
            let count: Int

            init(_ words: [String]) {
                address = words.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
                count = words.count
            }
        }

        /// A theme and the words of each point that named it, by content.
        struct Contents: Hashable {
            let theme: Int32
            let first: [String]
            let second: [String]
            /// An FNV-1a hash of the theme and the words' bytes, made once
            /// and fed to the hasher, rather than each string hashed
            /// (SipHash) at every look-up and again when the table grows.
            let hash: UInt64

            init(theme: Int32, first: [String], second: [String]) {
                self.theme = theme
                self.first = first
                self.second = second
                let seed: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(UInt32(bitPattern: theme))
                self.hash = Self.mixing(second, into: Self.mixing(first, into: seed))
            }

            /// `hash` with the bytes of `words` mixed in (FNV-1a), each word's
            /// end and the list's end marked.
            ///
            /// A function of its own, handed the hash and giving it back: as a
            /// nested function that changed the initialiser's `hash`, each
            /// byte's update was checked for exclusive access at run time
            /// (`swift_beginAccess`: the 5,038 keys of the benchmark's 1,000
            /// documents 6.9 -> 2.9 M instructions).
            private static func mixing(_ words: [String], into hash: UInt64) -> UInt64 {
                var hash = hash
                for var word in words {
                    // read as a buffer rather than through `utf8`: the 6,758
                    // hashes of the benchmark's 1,000 documents 8.0 -> 6.9 M instructions
                    word.withUTF8 { bytes in
                        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
                    }
                    hash = (hash ^ 0xFF) &* 0x100_0000_01B3
                }
                return (hash ^ 0xFE) &* 0x100_0000_01B3
            }

            func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        }

        /// The keys of the lists found by their arrays, in a table of
        /// `1 << slotBits` slots (open addressing, each key at its hash's
        /// slot or the first free one after it), at most half full.
        private var slotKeys: [Key?] = Array(repeating: nil, count: 2048)
        /// The list of each key of `slotKeys`.
        private var slotLists: [[String]] = Array(repeating: [], count: 2048)
        private var slotBits = 11
        /// How many slots hold a key.
        private var listCount = 0
        var byContents: [Contents: [String]] = Dictionary(minimumCapacity: 1024)

        /// The slot where looking for `key` starts.
        private func firstSlot(of key: Key) -> Int {
            Int(truncatingIfNeeded: (key.mixed &* 0x9E37_79B9_7F4A_7C15) >> UInt(UInt.bitWidth - slotBits))
        }

        /// The list made for `key`, if one was.
        func list(for key: Key) -> [String]? {
            let mask = slotKeys.count - 1
            var slot = firstSlot(of: key)
            while let stored = slotKeys[slot] {
                if stored == key { return slotLists[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Keeps `list` as the list of `key`, which has none yet.
        mutating func insert(_ list: [String], for key: Key) {
            if 2 * (listCount + 1) > slotKeys.count {
                let (keys, lists) = (slotKeys, slotLists)
                slotBits += 1
                slotKeys = Array(repeating: nil, count: 1 << slotBits)
                slotLists = Array(repeating: [], count: 1 << slotBits)
                listCount = 0
                for (key, list) in zip(keys, lists) {
                    if let key { insert(list, for: key) }
                }
            }
            let mask = slotKeys.count - 1
            var slot = firstSlot(of: key)
            while slotKeys[slot] != nil { slot = (slot + 1) & mask }
            slotKeys[slot] = key
            slotLists[slot] = list
            listCount += 1
        }
    }
}
