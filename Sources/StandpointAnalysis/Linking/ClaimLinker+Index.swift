import Foundation

extension ClaimLinker {
    /// Weighted, normalised term vectors of all points, with terms numbered so
    /// that comparing two points is a merge of two sorted arrays, not hashing.
    struct Index {
        /// Term number → term.
        let termNames: [String]
        /// Term → term number.
        let termNumbers: [String: Int]
        /// Term number → the number of points that have the term.
        let frequency: [Int]
        /// Per point: where its vector starts in `terms`; one more at the end.
        private let starts: [Int32]
        /// Per point, its terms sorted by number, one point after another.
        private let terms: [Int32]
        /// Per term of `terms`: whether it lies in the point's claim.
        private let inFocus: [Bool]
        /// Per term of `terms`: its weight in the point's vector, normalised
        /// (divided by the vector's length, or 1 for a point without terms).
        /// Divided once here, in parallel, rather than at each reading: the
        /// same quotient, so the same scores to the last bit.
        private let weights: [Double]
        /// Per point: where its claim terms start in `focus`; one more at the
        /// end (empty after `releaseFocus()`).
        private var focusStarts: [Int32]
        /// Per point, the numbers of the terms in its claim, in name order.
        private var focus: [Int32]
        /// Per point: its store and its position there.
        private let places: [Place]
        /// The stores of terms, with surfaces and focus (empty after `takeTerms()`).
        private var stores: [DocumentTerms]

        /// Where a point's terms are: its store (document) and its position there.
        struct Place {
            let store: Int32
            let point: Int32
        }

        /// Builds the index of the points of `stores`, in order.
        ///
        /// Weights are inverse document frequencies over points (a term in
        /// every point says nothing); entity names weigh half (a holder's name
        /// is not its claim); key phrases weigh more than single words; terms
        /// of the attribution weigh less than terms of the claim.
        ///
        /// Terms are numbered in order of first occurrence, each point's terms
        /// taken in sorted order, so that numbers and the floating-point sums
        /// below do not depend on the process's hash seed. Each store names
        /// its distinct terms in that order already, so numbering goes by
        /// distinct names, not occurrences: runs of stores number their names
        /// in parallel, each run on its own, and only the runs' distinct names
        /// are numbered in turn (a name new to the corpus in a run is new in
        /// the order the run first has it, so the numbers are those of one
        /// pass over all occurrences). Weighing runs in parallel too.
        ///
        /// - Complexity: O(T log k) for T terms over all points, k per point.
        init(stores: consuming [DocumentTerms]) {
            let pointCount = stores.reduce(0) { $0 + $1.pointCount }
            var places: [Place] = []
            places.reserveCapacity(pointCount)
            for (s, store) in stores.enumerated() {
                for k in 0..<store.pointCount { places.append(Place(store: Int32(s), point: Int32(k))) }
            }
            let runs = Self.runs(of: stores.count)
            let runNumbering = [RunNumbering].concurrentlyMade(count: runs.count) { [stores] r in
                RunNumbering(stores[runs[r]])
            }
            // The runs' names are numbered as spellings (distinct bytes), a
            // `String` made once per spelling; spellings equal as strings
            // (canonically equivalent) are one term.
            var numbers: [String: Int] = [:]
            var names: [String] = []
            var frequency: [Int] = []
            var spellings = NameTable(capacity: 4096)
            var spellingNames: [String] = []
            var spellingTerm: [Int32] = []
            var runToCorpus: [[Int32]] = []
            runToCorpus.reserveCapacity(runs.count)
            for run in runNumbering {
                runToCorpus.append(
                    (0..<run.names.count).map { i in
                        let spelling = spellings.number(ofName: i, in: run.names)
                        if Int(spelling) == spellingNames.count {
                            let name = run.names.string(of: i)
                            spellingNames.append(name)
                            let number =
                                numbers[name] ?? {
                                    numbers[name] = names.count
                                    names.append(name)
                                    frequency.append(0)
                                    return names.count - 1
                                }()
                            spellingTerm.append(Int32(number))
                        }
                        frequency[Int(spellingTerm[Int(spelling)])] += run.counts[i]
                        return spelling
                    })
            }
            // (Where each spelling is a term of its own, as for ASCII names,
            // spelling numbers are term numbers.)
            let spellingsAreTerms = spellingNames.count == names.count
            let count = Double(max(pointCount, 1))
            // Each term's weight in a claim; in an attribution it weighs less.
            let claimWeight = names.indices.map { number in
                let df = Double(frequency[number])
                var weight = log(1 + count / df)
                weight *= (names[number].hasPrefix("@") ? 0.5 : 1) * (names[number].isKeyPhrase ? 1.5 : 1)
                if df <= 1 { weight *= 0.5 }
                return weight
            }
            let attributionWeight = claimWeight.map { $0 * 0.4 }
            // Each store's vectors are written in place, in parallel, into
            // arrays made to their final size: each store's entries and claim
            // terms are counted first. Made per store and then joined, the
            // vectors existed twice for a moment and the join was serial (at
            // 10,000 documents some 20 MB more at the linker's plateau).
            var pointBases = [0]
            var termBases = [0]
            var focusBases = [0]
            pointBases.reserveCapacity(stores.count + 1)
            termBases.reserveCapacity(stores.count + 1)
            focusBases.reserveCapacity(stores.count + 1)
            for (r, run) in runs.enumerated() {
                for (k, s) in run.enumerated() {
                    pointBases.append(pointBases[s] + stores[s].pointCount)
                    termBases.append(termBases[s] + stores[s].numbers.count)
                    focusBases.append(focusBases[s] + runNumbering[r].focusCounts[k])
                }
            }
            // The vectors' arrays are made uninitialised and written once, by
            // the stores in parallel: filled with zeros first, their pages
            // were touched twice and the first time serially.
            let (termCount, focusCount) = (termBases[stores.count], focusBases[stores.count])
            var inFocus: [Bool] = []
            var weights: [Double] = []
            var focusStarts: [Int32] = []
            var focus: [Int32] = []
            var terms: [Int32] = []
            let starts = [Int32](unsafeUninitializedCapacity: pointCount + 1) { starts, startCount in
                terms = [Int32](unsafeUninitializedCapacity: termCount) { terms, count in
                    inFocus = [Bool](unsafeUninitializedCapacity: termCount) { inFocus, count in
                        weights = [Double](unsafeUninitializedCapacity: termCount) { weights, count in
                            focusStarts = [Int32](unsafeUninitializedCapacity: pointCount + 1) { focusStarts, count in
                                focus = [Int32](unsafeUninitializedCapacity: focusCount) { focus, count in
                                    starts[0] = 0
                                    focusStarts[0] = 0
                                    let output = VectorOutput(
                                        starts: starts, terms: terms, inFocus: inFocus, weights: weights,
                                        focusStarts: focusStarts, focus: focus)
                                    // Each store is named in place, so that its
                                    // names' bytes are let go of here, in
                                    // parallel: let go of with the array
                                    // after, the stores of 10,000 documents
                                    // took some 40 ms serially.
                                    stores.withUnsafeMutableBufferPointer { stores in
                                        guard let base = stores.baseAddress else { return }
                                        let slots = StoreSlots(base: base)
                                        DispatchQueue.concurrentPerform(iterations: stores.count) {
                                            [runToCorpus, spellingNames, spellingTerm, pointBases, termBases, focusBases] s in
                                            var store = (slots.base + s).move()
                                            let r = runs.firstIndex { $0.contains(s) }!
                                            let toRun = runNumbering[r].toRun[s - runs[r].lowerBound]
                                            let spellingOf = toRun.map { runToCorpus[r][Int($0)] }
                                            Self.writeVectors(
                                                of: store, numbers: spellingsAreTerms ? spellingOf : spellingOf.map { spellingTerm[Int($0)] },
                                                into: output, pointBase: pointBases[s],
                                                termBase: termBases[s], focusBase: focusBases[s]
                                            ) { number, inFocus in
                                                inFocus ? claimWeight[Int(number)] : attributionWeight[Int(number)]
                                            }
                                            store.name(by: spellingNames, spellingOf: spellingOf)
                                            (slots.base + s).initialize(to: store)
                                        }
                                    }
                                    count = focusCount
                                }
                                count = pointCount + 1
                            }
                            count = termCount
                        }
                        count = termCount
                    }
                    count = termCount
                }
                startCount = pointCount + 1
            }
            self.termNames = names
            self.termNumbers = numbers
            self.frequency = frequency
            self.starts = starts
            self.terms = terms
            self.inFocus = inFocus
            self.weights = weights
            self.focusStarts = focusStarts
            self.focus = focus
            self.places = places
            self.stores = stores
        }

        /// Runs of stores numbered on their own: some per core, so that
        /// uneven documents even out.
        static func runs(of count: Int) -> [Range<Int>] {
            let runCount = min(count, 8 * ProcessInfo.processInfo.activeProcessorCount)
            return (0..<runCount).map { r in (r * count / runCount)..<((r + 1) * count / runCount) }
        }

        /// The distinct names of a run of stores, numbered in order of first
        /// occurrence: by their bytes and the hashes their documents'
        /// extraction computed (`DocumentTerms.spellings`).
        struct RunNumbering: Sendable {
            /// Run number → name.
            let names: NameList
            /// Run number → the number of points of the run that have the term.
            let counts: [Int]
            /// Per store of the run: its name numbers → run numbers.
            let toRun: [[Int32]]
            /// Per store of the run: how many of its entries lie in their
            /// point's claim (counted here, in parallel: counted where the
            /// stores' places in the vectors are summed, serially, it took
            /// 0.85 M instructions on the benchmark's 1,000 documents).
            let focusCounts: [Int]

            init(_ stores: ArraySlice<DocumentTerms>) {
                var numbering = NameTable(capacity: 1024)
                var counts: [Int] = []
                var toRun: [[Int32]] = []
                var focusCounts: [Int] = []
                focusCounts.reserveCapacity(stores.count)
                for store in stores {
                    focusCounts.append(store.inFocus.reduce(0) { $1 ? $0 + 1 : $0 })
                    guard case .spelt(let spellings, let spellingOf) = store.source else {
                        preconditionFailure("a store is numbered once, before it is named")
                    }
                    let map = spellingOf.map { numbering.number(ofName: Int($0), in: spellings) }
                    if counts.count < numbering.count { counts += repeatElement(0, count: numbering.count - counts.count) }
                    // through buffers: each of the corpus's term occurrences
                    // checked that `counts` was unshared (4.3 M instructions
                    // on the benchmark's 1,000 documents)
                    counts.withUnsafeMutableBufferPointer { counts in
                        map.withUnsafeBufferPointer { map in
                            for number in store.numbers { counts[Int(map[Int(number)])] += 1 }
                        }
                    }
                    toRun.append(map)
                }
                self.names = numbering.finish()
                self.counts = counts
                self.toRun = toRun
                self.focusCounts = focusCounts
            }
        }

        /// The stores' places in their array, which concurrent workers
        /// replace each only its own, so that sharing the address is safe.
        struct StoreSlots: @unchecked Sendable {
            let base: UnsafeMutablePointer<DocumentTerms>
        }

        /// Where `writeVectors` puts the points' vectors: the index's arrays,
        /// each store writing only its own points' and entries' places, so
        /// that sharing the addresses is safe.
        struct VectorOutput: @unchecked Sendable {
            /// Per point: where its vector starts in `terms`; one more at the end.
            let starts: UnsafeMutableBufferPointer<Int32>
            let terms: UnsafeMutableBufferPointer<Int32>
            let inFocus: UnsafeMutableBufferPointer<Bool>
            let weights: UnsafeMutableBufferPointer<Double>
            /// Per point: where its claim terms start in `focus`; one more at the end.
            let focusStarts: UnsafeMutableBufferPointer<Int32>
            let focus: UnsafeMutableBufferPointer<Int32>
        }

        /// Writes the vectors of the points of `store` into `output`, its
        /// first point at `pointBase`, its first entry at `termBase` and its
        /// first claim term at `focusBase`: per point its terms sorted by
        /// number (its name numbers mapped to corpus `numbers`), whether each
        /// is in its claim, and its weight, `weight` (number, in focus)
        /// divided by the vector's length; and the
        /// numbers of the terms in its claim, in name order.
        static func writeVectors(
            of store: DocumentTerms, numbers: [Int32], into output: VectorOutput, pointBase: Int, termBase: Int,
            focusBase: Int, weight: (Int32, Bool) -> Double
        ) {
            var next = termBase
            var nextFocus = focusBase
            for k in 0..<store.pointCount {
                // Each term is put in its place among the point's terms
                // written so far, in the output itself: sorting an array of
                // entries per point took most of the 38 M instructions of
                // writing the vectors on the benchmark's 1,000 documents.
                let start = next
                var norm = 0.0
                for i in store.range(ofPoint: k) {
                    let number = numbers[Int(store.numbers[i])]
                    let inFocus = store.inFocus[i]
                    let w = weight(number, inFocus)
                    norm += w * w
                    if inFocus {
                        output.focus[nextFocus] = number
                        nextFocus += 1
                    }
                    var j = next
                    while j > start && output.terms[j - 1] > number {
                        output.terms[j] = output.terms[j - 1]
                        output.inFocus[j] = output.inFocus[j - 1]
                        output.weights[j] = output.weights[j - 1]
                        j -= 1
                    }
                    output.terms[j] = number
                    output.inFocus[j] = inFocus
                    output.weights[j] = w
                    next += 1
                }
                norm = norm.squareRoot()
                let length = norm > 0 ? norm : 1
                for j in start..<next { output.weights[j] /= length }
                output.starts[pointBase + k + 1] = Int32(next)
                output.focusStarts[pointBase + k + 1] = Int32(nextFocus)
            }
        }

        /// Takes the point terms out of the index, for the caller to let go
        /// of once no surface or focus is read any more: only the vectors are
        /// needed to score pairs.
        mutating func takeTerms() -> [DocumentTerms] {
            var taken: [DocumentTerms] = []
            swap(&taken, &stores)
            return taken
        }

        /// Lets the claim terms (`focusNumbers(of:)`) go once keys are gathered.
        mutating func releaseFocus() {
            focus = []
            focusStarts = []
        }

        /// The terms of point `p`, with their surfaces and focus (not after `takeTerms()`).
        func terms(of p: Int) -> PointTerms {
            let place = places[p]
            return stores[Int(place.store)].terms(ofPoint: Int(place.point))
        }

        /// The numbers of the terms in point `p`'s claim, in name order.
        func focusNumbers(of p: Int) -> ArraySlice<Int32> {
            focus[Int(focusStarts[p])..<Int(focusStarts[p + 1])]
        }

        /// The number of points that have `term`.
        func frequency(of term: String) -> Int {
            termNumbers[term].map { frequency[$0] } ?? 0
        }

        /// Calls `body` with each term number and weight of point `p`'s vector, in term order.
        @inline(__always)
        func forEachEntry(of p: Int, _ body: (Int32, Double) -> Void) {
            for i in Int(starts[p])..<Int(starts[p + 1]) { body(terms[i], weights[i]) }
        }

        /// Calls `body` with the number of each term in point `p`'s claim, in
        /// number order: read from the vectors, which stay to the end of
        /// linking, unlike the stores and `focusNumbers(of:)`.
        @inline(__always)
        func forEachClaimTerm(of p: Int, _ body: (Int) -> Void) {
            for i in Int(starts[p])..<Int(starts[p + 1]) where inFocus[i] { body(Int(terms[i])) }
        }

        /// Cosine similarity of two points.
        ///
        /// - Complexity: O(k) for vectors of k terms.
        func score(_ a: Int, _ b: Int) -> Double {
            var score = 0.0
            forEachShared(a, b) { _, x, y in score += x * y }
            return score
        }

        /// The positions among point `a`'s terms (`PointTerms`, in name order)
        /// of the terms `a` and `b` share, ascending, so in name order: each
        /// counted from `a`'s vector as the number of its terms of a lower
        /// rank in `nameRanks` (`nameRanks()`), rather than searched for by
        /// name (`PointTerms.position(of:)`), all in one pass over the
        /// vector, which reads each rank once.
        ///
        /// The shared terms' ranks are put in order first (a few, by
        /// insertion); then each of `a`'s terms is counted once, at the
        /// first shared rank above its own (found by halving), and the
        /// positions are the running sums of those counts: each term
        /// compared with every shared one took 10.9 M instructions on the
        /// benchmark's 1,000 documents (5,368 calls, some 65 terms and 10
        /// shared each), and the positions were sorted after; 9.3 M so,
        /// most of it now the merge that finds the shared terms.
        func sharedTermPositions(_ a: Int, _ b: Int, nameRanks: [Int32]) -> [Int] {
            let (startA, endA) = (Int(starts[a]), Int(starts[a + 1]))
            let (startB, endB) = (Int(starts[b]), Int(starts[b + 1]))
            return nameRanks.withUnsafeBufferPointer { nameRanks in
                terms.withUnsafeBufferPointer { terms in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: min(endA - startA, endB - startB) + 1) { shared in
                        var count = 0
                        forEachSharedPosition(a, b) { i, _ in
                            let rank = nameRanks[Int(terms[i])]
                            var m = count
                            while m > 0 && shared[m - 1] > rank {
                                shared[m] = shared[m - 1]
                                m -= 1
                            }
                            shared[m] = rank
                            count += 1
                        }
                        // each of a's terms counted at the first shared rank
                        // above its own (at `count` when none is: that place
                        // is dropped), then summed: positions[m] is the number
                        // of a's terms that rank below the m-th shared one
                        var positions = [Int](repeating: 0, count: count + 1)
                        positions.withUnsafeMutableBufferPointer { positions in
                            for k in startA..<endA {
                                let rank = nameRanks[Int(terms[k])]
                                var (low, high) = (0, count)
                                while low < high {
                                    let middle = (low + high) / 2
                                    if shared[middle] > rank { high = middle } else { low = middle + 1 }
                                }
                                positions[low] += 1
                            }
                            for m in 0..<count { positions[m + 1] += positions[m] }
                        }
                        positions.removeLast()
                        return positions
                    }
                }
            }
        }

        /// Per term number, the term's rank among all terms in name order.
        func nameRanks() -> [Int32] { Self.nameRanks(of: termNames) }

        /// Per term number, the rank of `termNames`' name among them all in name order.
        static func nameRanks(of termNames: [String]) -> [Int32] {
            var ranks = Array(repeating: Int32(0), count: termNames.count)
            for (rank, number) in termNames.indices.sorted(by: { termNames[$0] < termNames[$1] }).enumerated() {
                ranks[number] = Int32(rank)
            }
            return ranks
        }

        /// Calls `body` with the number and the two weights of each term
        /// points `a` and `b` share, in term order: one merge of the two
        /// sorted vectors.
        @inline(__always)
        func forEachShared(_ a: Int, _ b: Int, _ body: (Int32, Double, Double) -> Void) {
            forEachSharedPosition(a, b) { i, j in body(terms[i], weights[i], weights[j]) }
        }

        /// Calls `body` with the positions in `terms` of each term points
        /// `a` and `b` share (first `a`'s, then `b`'s), in term order: one
        /// merge of the two sorted vectors.
        @inline(__always)
        func forEachSharedPosition(_ a: Int, _ b: Int, _ body: (Int, Int) -> Void) {
            var i = Int(starts[a])
            var j = Int(starts[b])
            let (endA, endB) = (Int(starts[a + 1]), Int(starts[b + 1]))
            while i < endA && j < endB {
                if terms[i] == terms[j] {
                    body(i, j)
                    i += 1
                    j += 1
                } else if terms[i] < terms[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
        }

        /// The sum of the vectors of `members`, into `centroid`.
        func centroid(_ members: [Int], into centroid: inout Centroid) {
            centroid.reset()
            withVectorBuffers { vectors in centroid.add(members, vectors: vectors) }
        }

        /// The sum of some points' vectors by term number, in arrays kept
        /// from one sum to the next, of which `reset()` clears only the terms
        /// set: a dictionary per claim hashed every term of every member
        /// (gather at 10,000 documents, with postings made by number: 114 -> 60 ms).
        ///
        /// A term is set when its sum is not zero: weights are positive
        /// (`Index.init`), so a sum is zero until its term is first added.
        /// The sums and the terms set are written through buffers, the
        /// terms into an array of all terms' size: with an array of flags
        /// beside the sums and the terms appended to an array, each entry
        /// read one more array at random and checked the array's uniqueness
        /// (gather's serial greedy choice at 10,000 documents spent a third
        /// of its perf samples summing).
        struct Centroid {
            /// Term number → the sum of its weights.
            private(set) var sums: [Double]
            /// The terms set since `reset()` (the first `setCount`), in
            /// order of first addition.
            private var setTerms: [Int32]
            private var setCount = 0

            /// An empty sum over `termCount` terms.
            init(termCount: Int) {
                sums = Array(repeating: 0, count: termCount)
                setTerms = Array(repeating: 0, count: termCount)
            }

            /// Adds the vectors of `members` to the sums.
            mutating func add(_ members: [Int], vectors: VectorBuffers) {
                var count = setCount
                sums.withUnsafeMutableBufferPointer { sums in
                    setTerms.withUnsafeMutableBufferPointer { setTerms in
                        for p in members {
                            for i in Int(vectors.starts[p])..<Int(vectors.starts[p + 1]) {
                                let term = Int(vectors.terms[i])
                                if sums[term] == 0 {
                                    precondition(count < setTerms.count, "a weight of zero")
                                    setTerms[count] = Int32(term)
                                    count += 1
                                }
                                sums[term] += vectors.weights[i]
                            }
                        }
                    }
                }
                setCount = count
            }

            /// The sum of the squares of the sums, added in term order.
            mutating func squaredLength() -> Double {
                setTerms[..<setCount].sort()
                var total = 0.0
                for term in setTerms[..<setCount] { total += sums[Int(term)] * sums[Int(term)] }
                return total
            }

            mutating func reset() {
                sums.withUnsafeMutableBufferPointer { sums in
                    for term in setTerms[..<setCount] { sums[Int(term)] = 0 }
                }
                setCount = 0
            }
        }
    }
}

extension ClaimLinker.Index {
    /// The arrays of the vectors as buffers, read-only, for loops that score
    /// many pairs (`VectorBuffers.score(_:spread:)`): valid only in `body`.
    func withVectorBuffers<R>(_ body: (VectorBuffers) -> R) -> R {
        starts.withUnsafeBufferPointer { starts in
            terms.withUnsafeBufferPointer { terms in
                weights.withUnsafeBufferPointer { weights in
                    body(VectorBuffers(starts: starts, terms: terms, weights: weights))
                }
            }
        }
    }

    /// The index's vectors, as `withVectorBuffers` lends them.
    struct VectorBuffers {
        /// Per point: where its vector starts in `terms`; one more at the end.
        let starts: UnsafeBufferPointer<Int32>
        /// Per point, its terms sorted by number, one point after another.
        let terms: UnsafeBufferPointer<Int32>
        /// Per term of `terms`: its weight in the point's vector, normalised.
        let weights: UnsafeBufferPointer<Double>
    }
}

extension ClaimLinker.Index.VectorBuffers {
    /// Point `a`'s weights by term number in `spread` (a zero for each
    /// term it lacks), to score it against many points (`score(_:spread:)`);
    /// `clear(_:from:)` sets them back to zero.
    @inline(__always)
    func spread(_ a: Int, into spread: UnsafeMutableBufferPointer<Double>) {
        for i in Int(starts[a])..<Int(starts[a + 1]) { spread[Int(terms[i])] = weights[i] }
    }

    /// Sets the weights `spread(_:into:)` put into `spread` back to zero.
    @inline(__always)
    func clear(_ a: Int, from spread: UnsafeMutableBufferPointer<Double>) {
        for i in Int(starts[a])..<Int(starts[a + 1]) { spread[Int(terms[i])] = 0 }
    }

    /// `Index.score(a, b)` for point `a` spread out (`spread(_:into:)`): the
    /// same products added in the same (term) order, so the same number
    /// to the last bit, found by looking up each term of `b` rather than
    /// by merging two vectors, whose comparisons the processor cannot
    /// predict (on the benchmark's 1,000 documents the 200,088 pairs of
    /// theme links' nearest points took 46 M instructions so, and scoring
    /// in all 197 -> 114 M; at 10,000 documents theme links took 538 -> 390
    /// ms of processor time), and read from buffers without bounds checks
    /// (theme links' nearest points 113 -> 61 M).
    ///
    /// Every term of `b` adds its product, a zero where `a` lacks the term,
    /// rather than only the terms `a` has: adding a zero leaves the sum as
    /// it is to the last bit (weights are finite and not negative, so the
    /// sum is never -0), and testing each looked-up weight for zero took
    /// more instructions than multiplying and adding (a compare and two
    /// branches, one for NaN) and was a branch on the data (callgrind, the
    /// benchmark's 1,000 documents: scoring 27.8 -> 20.0 M, theme links'
    /// nearest points 55.7 -> 49.1 M).
    @inline(__always)
    func score(_ b: Int, spread: UnsafeMutableBufferPointer<Double>) -> Double {
        var score = 0.0
        for j in Int(starts[b])..<Int(starts[b + 1]) { score += spread[Int(terms[j])] * weights[j] }
        return score
    }
}
