/// A corpus with the researcher's annotations applied, and what the
/// annotations did: which points they rejected, which changes no longer
/// find their text, and the notes by point and document id.
public struct AnnotatedCorpus: Sendable {
    /// The corrected corpus; points the annotations changed or added have
    /// `source == .annotation`, rejected points are left out.
    public let corpus: Corpus
    /// Points the researcher rejected, as the analysis found them.
    public let rejected: [StancePoint]
    /// Changes whose point or text is no longer in the corpus; kept in the
    /// file and applied again once the text is back.
    public let unresolved: [Annotation]
    /// Notes by point id (of `corpus`).
    public let pointNotes: [String: String]
    /// Notes by document id.
    public let documentNotes: [String: String]

    public init(
        corpus: Corpus, rejected: [StancePoint] = [], unresolved: [Annotation] = [],
        pointNotes: [String: String] = [:], documentNotes: [String: String] = [:]
    ) {
        self.corpus = corpus
        self.rejected = rejected
        self.unresolved = unresolved
        self.pointNotes = pointNotes
        self.documentNotes = documentNotes
        self.correctedPointCount = corpus.points.reduce(0) { $0 + ($1.source == .annotation ? 1 : 0) } + rejected.count
    }

    /// How many points the annotations touched: changed, added or rejected.
    /// Counted once here: the status bar shows it on every frame.
    public let correctedPointCount: Int
}
