import Foundation

extension ClaimLinker {
    /// Weighted, normalised term vectors of all points, with terms numbered so
    /// that comparing two points is a merge of two sorted arrays, not hashing.
    struct Index {
        /// One weighted term of a vector.
        struct Entry {
            let term: Int
            let weight: Double
        }

        /// Term number → term.
        let termNames: [String]
        /// Term → term number.
        let termNumbers: [String: Int]
        /// Term number → the number of points that have the term.
        let frequency: [Int]
        /// Per point: its terms, sorted by number, weights L2-normalised.
        let vectors: [[Entry]]
        /// Per point: its terms, with their surfaces and focus (empty after `releaseTerms()`).
        private(set) var terms: [PointTerms]
        /// Per point: the numbers of the terms in its claim, in name order.
        let focusNumbers: [[Int32]]

        /// Builds the index.
        ///
        /// Weights are inverse document frequencies over points (a term in
        /// every point says nothing); entity names weigh half (a holder's name
        /// is not its claim); key phrases weigh more than single words; terms
        /// of the attribution weigh less than terms of the claim.
        ///
        /// Terms are numbered in order of first occurrence, each point's terms
        /// taken in sorted order, so that numbers and the floating-point sums
        /// below do not depend on the process's hash seed. Sorting each point's
        /// terms and weighing them run in parallel; only numbering is serial
        /// (one look-up of the term's precomputed hash per occurrence, its
        /// name compared on a hit; a name whose hash another name already has
        /// is looked up by name).
        ///
        /// - Complexity: O(T log k) for T terms over all points, k per point.
        init(terms: consuming [PointTerms]) {
            // The hashes are made in parallel, point by point, so that the
            // serial numbering below looks up integers rather than hashing
            // every term's string.
            let hashes = [[UInt64]].concurrentlyMade(count: terms.count) { [terms] p in terms[p].names.map { WordHash.of($0.utf8) } }
            var byHash: [UInt64: Int] = [:]
            var numbers: [String: Int] = [:]
            var names: [String] = []
            var frequency: [Int] = []
            var numbered: [[Int32]] = []
            numbered.reserveCapacity(terms.count)
            var focusNumbers: [[Int32]] = []
            focusNumbers.reserveCapacity(terms.count)
            for (point, pointHashes) in zip(terms, hashes) {
                var row: [Int32] = []
                row.reserveCapacity(point.count)
                var focusRow: [Int32] = []
                for (position, term) in point.names.enumerated() {
                    let number: Int
                    if let known = byHash[pointHashes[position]], names[known] == term {
                        number = known
                    } else if let known = numbers[term] {
                        number = known
                    } else {
                        number = names.count
                        numbers[term] = number
                        if byHash[pointHashes[position]] == nil { byHash[pointHashes[position]] = number }
                        names.append(term)
                        frequency.append(0)
                    }
                    frequency[number] += 1
                    row.append(Int32(number))
                    if point.isFocus(at: position) { focusRow.append(Int32(number)) }
                }
                numbered.append(row)
                focusNumbers.append(focusRow)
            }
            let count = Double(max(terms.count, 1))
            // What kind each term is, decided once per distinct term rather than per occurrence.
            let kindFactor = names.map { term in (term.hasPrefix("@") ? 0.5 : 1) * (term.isKeyPhrase ? 1.5 : 1) }
            let (numberedRows, frequencies) = (numbered, frequency)
            let vectors = [[Entry]].concurrentlyMade(count: terms.count) { [terms] p in
                let point = terms[p]
                var vector: [Entry] = []
                vector.reserveCapacity(point.count)
                var norm = 0.0
                for (position, number) in numberedRows[p].enumerated() {
                    let df = Double(frequencies[Int(number)])
                    var weight = log(1 + count / df)
                    weight *= kindFactor[Int(number)]
                    if df <= 1 { weight *= 0.5 }
                    if !point.isFocus(at: position) { weight *= 0.4 }
                    vector.append(Entry(term: Int(number), weight: weight))
                    norm += weight * weight
                }
                norm = norm.squareRoot()
                if norm > 0 { vector = vector.map { Entry(term: $0.term, weight: $0.weight / norm) } }
                vector.sort { $0.term < $1.term }
                return vector
            }
            for p in terms.indices { terms[p].number(numberedRows[p], in: names) }
            self.termNames = names
            self.termNumbers = numbers
            self.frequency = frequency
            self.vectors = vectors
            self.terms = terms
            self.focusNumbers = focusNumbers
        }

        /// Lets the point terms go once no surface or focus is read any more:
        /// only the vectors are needed to score pairs.
        mutating func releaseTerms() { terms = [] }

        /// The number of points that have `term`.
        func frequency(of term: String) -> Int {
            termNumbers[term].map { frequency[$0] } ?? 0
        }

        /// Cosine similarity of two points.
        ///
        /// - Complexity: O(k) for vectors of k terms.
        func score(_ a: Int, _ b: Int) -> Double {
            var score = 0.0
            forEachShared(a, b) { x, y in score += x.weight * y.weight }
            return score
        }

        /// The terms two points share, sorted.
        func sharedTerms(_ a: Int, _ b: Int) -> [String] {
            var shared: [String] = []
            forEachShared(a, b) { x, _ in shared.append(termNames[x.term]) }
            return shared.sorted()
        }

        /// Calls `body` with the entries of each term points `a` and `b`
        /// share, in term order: one merge of the two sorted vectors.
        @inline(__always)
        func forEachShared(_ a: Int, _ b: Int, _ body: (Entry, Entry) -> Void) {
            let x = vectors[a]
            let y = vectors[b]
            var i = 0
            var j = 0
            while i < x.count && j < y.count {
                if x[i].term == y[j].term {
                    body(x[i], y[j])
                    i += 1
                    j += 1
                } else if x[i].term < y[j].term {
                    i += 1
                } else {
                    j += 1
                }
            }
        }

        /// The sum of the vectors of `members`.
        func centroid(_ members: [Int]) -> [Int: Double] {
            var centroid: [Int: Double] = [:]
            for p in members { for entry in vectors[p] { centroid[entry.term, default: 0] += entry.weight } }
            return centroid
        }
    }
}
