import StandpointModel

/// Look-ups the CSV and Markdown exports make for every point, made once for
/// all points: a hashed look-up of each point's document and claim by id,
/// with a copy of the document, cost more than writing the point.
extension Corpus {
    /// The position in `documents` of each point's document (nil for an id
    /// that names none), looked up once per run of points of one document.
    ///
    /// - Complexity: O(p) for p points, with one look-up per run.
    func documentPositionsOfPoints() -> [Int?] {
        var positions: [Int?] = []
        positions.reserveCapacity(points.count)
        var previous: (id: String, position: Int?)?
        for i in points.indices {
            if previous?.id != points[i].document {
                previous = (points[i].document, documentPosition(points[i].document))
            }
            positions.append(previous?.position ?? nil)
        }
        return positions
    }

    /// The position in `claims` of the claim each point makes, or nil when
    /// it makes none or one that is not listed: what `point.claim.flatMap(claim)`
    /// finds (for two claims with one id, the later), found claim by claim.
    ///
    /// - Complexity: O(c + p) for c claims and p points.
    func claimPositionsOfPoints() -> [Int?] {
        var positions = [Int?](repeating: nil, count: points.count)
        for (k, claim) in claims.enumerated() {
            for p in pointPositions(ofClaim: claim.id) { positions[p] = k }
        }
        return positions
    }
}
