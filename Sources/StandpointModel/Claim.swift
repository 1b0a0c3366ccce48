/// A cluster of stance points, usually across documents, that make the same claim.
public struct Claim: Identifiable, Hashable, Sendable {
    /// Stable id within a corpus ("c1", "c2", …).
    public let id: String
    /// A short readable phrase naming the claim ("Abandon the Cold War mentality").
    public let label: String
    /// Ids of the member points, in corpus order.
    public let points: [String]
    /// Ids of the documents the member points are in, in corpus order, without repeats.
    public let documents: [String]

    public init(id: String, label: String, points: [String], documents: [String]) {
        self.id = id
        self.label = label
        self.points = points
        self.documents = documents
    }
}
