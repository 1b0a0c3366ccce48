import StandpointModel

/// The straightforward way to cross-reference: compare every pair of points in
/// different documents by the overlap of their content words. It stands beside
/// the real linker as the quadratic baseline.
struct AllPairsLinker {
    let threshold: Double

    /// Word sets per point: lower-cased words of four letters or more.
    static func terms(of points: [StancePoint]) -> [Set<Substring>] {
        points.map { point in
            Set(point.text.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }.map { Substring($0) })
        }
    }

    /// Links among the first `limit` points; returns the number of links found.
    ///
    /// - Complexity: O(n²) pairs for n = `limit`.
    func link(_ points: [StancePoint], terms: [Set<Substring>], limit: Int) -> Int {
        let n = min(limit, points.count)
        var links = 0
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where points[i].document != points[j].document {
                let shared = terms[i].intersection(terms[j]).count
                let union = terms[i].count + terms[j].count - shared
                if union > 0 && Double(shared) / Double(union) >= threshold { links += 1 }
            }
        }
        return links
    }
}
