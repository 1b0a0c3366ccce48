extension ClaimLinker {
    /// Weighted, normalised term vectors of all points.
    struct Index {
        /// Per point: term → weight, L2-normalised.
        let vectors: [[String: Double]]
        /// Per point: the terms in its claim rather than its attribution.
        let focus: [Set<String>]
        /// Per point: term → surface form in its text.
        let surfaces: [[String: String]]

        /// Builds the index.
        ///
        /// Weights are inverse document frequencies over points (a term in
        /// every point says nothing); entity names weigh half (a holder's name
        /// is not its claim); key phrases weigh more than single words.
        ///
        /// - Complexity: O(T) for T terms over all points.
        init(terms: [PointTerms]) {
            self.focus = terms.map(\.focus)
            var frequency: [String: Int] = [:]
            for point in terms {
                for term in point.terms.keys { frequency[term, default: 0] += 1 }
            }
            let count = Double(max(terms.count, 1))
            var vectors: [[String: Double]] = []
            vectors.reserveCapacity(terms.count)
            for point in terms {
                var vector: [String: Double] = [:]
                var norm = 0.0
                for term in point.terms.keys {
                    let df = Double(frequency[term] ?? 1)
                    var weight = log(1 + count / df)
                    if term.hasPrefix("@") { weight *= 0.5 }
                    if term.contains(" ") { weight *= 1.5 }
                    if df <= 1 { weight *= 0.5 }
                    if !point.focus.contains(term) { weight *= 0.4 }
                    vector[term] = weight
                    norm += weight * weight
                }
                norm = norm.squareRoot()
                if norm > 0 { for (term, weight) in vector { vector[term] = weight / norm } }
                vectors.append(vector)
            }
            self.vectors = vectors
            self.surfaces = terms.map(\.terms)
        }

        /// Cosine similarity of two points' vectors, and the terms they share.
        func similarity(_ a: Int, _ b: Int) -> (score: Double, shared: [String]) {
            similarity(vectors[a], vectors[b])
        }

        func similarity(_ a: [String: Double], _ b: [String: Double]) -> (score: Double, shared: [String]) {
            let (small, large) = a.count <= b.count ? (a, b) : (b, a)
            var score = 0.0
            var shared: [String] = []
            for (term, weight) in small {
                if let other = large[term] {
                    score += weight * other
                    shared.append(term)
                }
            }
            return (score, shared.sorted())
        }
    }
}

import Foundation
