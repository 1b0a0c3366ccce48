import StandpointModel

/// The stance points of one document together with the terms linking
/// compares them by (`StanceExtractor.linkablePoints(in:)`).
///
/// The extractor has each sentence's tokens and cues at hand; making the terms
/// there spares linking a second tokenisation and cue search of every point,
/// which was about a third of the linking stage's time at 10,000 documents.
public struct LinkablePoints: Sendable {
    /// The points, in text order; callers may renumber them (`withID`) but
    /// not reorder or drop them.
    public var points: [StancePoint]
    /// The terms of the points.
    let termStore: DocumentTerms

    /// Per point, its terms.
    var terms: [PointTerms] { (0..<termStore.pointCount).map { termStore.terms(ofPoint: $0) } }

    /// Gives the points the corpus ids "p`first`", "p`first + 1`", … in order
    /// (the extractor's ids count sentences within one document).
    public mutating func number(from first: Int) {
        // In place: a copy of each point (`withID`) retained and released its ten strings.
        for k in points.indices { points[k].id = "p\(first + k)" }
    }
}
