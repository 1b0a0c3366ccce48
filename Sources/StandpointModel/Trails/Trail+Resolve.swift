/// What a trail step shows in a given corpus.
public enum TrailStepTarget: Hashable, Sendable {
    /// The stance point the step refers to.
    case point(StancePoint)
    /// A sentence (or span) that is not a stance point, in its document.
    case passage(document: String, range: ByteRange)
    /// The step's text is no longer in the corpus; the step is kept and shown as missing.
    case missing

    /// The document the step is in, unless missing.
    public var document: String? {
        switch self {
        case .point(let point): point.document
        case .passage(let document, _): document
        case .missing: nil
        }
    }

    /// The span the step covers, unless missing.
    public var range: ByteRange? {
        switch self {
        case .point(let point): point.range
        case .passage(_, let range): range
        case .missing: nil
        }
    }
}

extension Corpus {
    /// What `step` refers to here: its point when one is at the anchor, else
    /// its text where it still occurs (a point exactly there if any), else missing.
    public func resolve(_ step: TrailStep) -> TrailStepTarget {
        if let point = point(at: step.anchor) { return .point(point) }
        guard let range = span(of: step.anchor) else { return .missing }
        if let point = points(inDocument: step.anchor.document).first(where: { $0.range == range }) {
            return .point(point)
        }
        return .passage(document: step.anchor.document, range: range)
    }
}
