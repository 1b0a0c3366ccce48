/// A link between two stance points, with why it was made.
public struct CrossReference: Hashable, Sendable {
    /// What a cross-reference says about its two points.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Both points make the same claim.
        case sameClaim = "same-claim"
        /// The points take opposite polarity on the same target.
        case contradicts
        /// The points share a holder.
        case sameHolder = "same-holder"
    }

    /// Id of the first point.
    public let from: String
    /// Id of the second point.
    public let to: String
    /// What the link says.
    public let kind: Kind
    /// Similarity that justified the link, from 0 to 1.
    public let score: Double
    /// Terms the two points share, for explanations.
    public let sharedTerms: [String]

    public init(from: String, to: String, kind: Kind, score: Double, sharedTerms: [String] = []) {
        self.from = from
        self.to = to
        self.kind = kind
        self.score = score
        self.sharedTerms = sharedTerms
    }
}
