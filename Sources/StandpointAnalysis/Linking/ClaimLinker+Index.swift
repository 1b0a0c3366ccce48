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
        /// Per point: its terms, sorted by number, weights L2-normalised.
        let vectors: [[Entry]]
        /// Per point: the terms in its claim rather than its attribution.
        let focus: [Set<String>]
        /// Per point: term → surface form in its text.
        let surfaces: [[String: String]]

        /// Builds the index.
        ///
        /// Weights are inverse document frequencies over points (a term in
        /// every point says nothing); entity names weigh half (a holder's name
        /// is not its claim); key phrases weigh more than single words; terms
        /// of the attribution weigh less than terms of the claim.
        ///
        /// - Complexity: O(T log k) for T terms over all points, k per point.
        init(terms: [PointTerms]) {
            var frequency: [String: Int] = [:]
            var numbers: [String: Int] = [:]
            var names: [String] = []
            for point in terms {
                for term in point.terms.keys.sorted() {
                    frequency[term, default: 0] += 1
                    if numbers[term] == nil {
                        numbers[term] = names.count
                        names.append(term)
                    }
                }
            }
            let count = Double(max(terms.count, 1))
            var vectors: [[Entry]] = []
            vectors.reserveCapacity(terms.count)
            for point in terms {
                var vector: [Entry] = []
                vector.reserveCapacity(point.terms.count)
                var norm = 0.0
                for term in point.terms.keys.sorted() {
                    let df = Double(frequency[term] ?? 1)
                    var weight = log(1 + count / df)
                    if term.hasPrefix("@") { weight *= 0.5 }
                    if term.isKeyPhrase { weight *= 1.5 }
                    if df <= 1 { weight *= 0.5 }
                    if !point.focus.contains(term) { weight *= 0.4 }
                    vector.append(Entry(term: numbers[term] ?? 0, weight: weight))
                    norm += weight * weight
                }
                norm = norm.squareRoot()
                if norm > 0 { vector = vector.map { Entry(term: $0.term, weight: $0.weight / norm) } }
                vector.sort { $0.term < $1.term }
                vectors.append(vector)
            }
            self.termNames = names
            self.vectors = vectors
            self.focus = terms.map(\.focus)
            self.surfaces = terms.map(\.terms)
        }

        /// Cosine similarity of two points.
        ///
        /// - Complexity: O(k) for vectors of k terms.
        func score(_ a: Int, _ b: Int) -> Double {
            let x = vectors[a]
            let y = vectors[b]
            var i = 0
            var j = 0
            var score = 0.0
            while i < x.count && j < y.count {
                if x[i].term == y[j].term {
                    score += x[i].weight * y[j].weight
                    i += 1
                    j += 1
                } else if x[i].term < y[j].term {
                    i += 1
                } else {
                    j += 1
                }
            }
            return score
        }

        /// The terms two points share, sorted.
        func sharedTerms(_ a: Int, _ b: Int) -> [String] {
            let other = Set(vectors[b].map(\.term))
            return vectors[a].filter { other.contains($0.term) }.map { termNames[$0.term] }.sorted()
        }

        /// The sum of the vectors of `members`.
        func centroid(_ members: [Int]) -> [Int: Double] {
            var centroid: [Int: Double] = [:]
            for p in members { for entry in vectors[p] { centroid[entry.term, default: 0] += entry.weight } }
            return centroid
        }

        /// Cosine similarity of point `p` to a (not normalised) centroid of squared norm `normSquared`.
        func score(_ p: Int, centroid: [Int: Double], normSquared: Double) -> Double {
            guard normSquared > 0 else { return 0 }
            let dot = vectors[p].reduce(0) { $0 + $1.weight * (centroid[$1.term] ?? 0) }
            return dot / normSquared.squareRoot()
        }
    }
}
