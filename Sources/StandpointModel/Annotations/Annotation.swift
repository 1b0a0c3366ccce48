/// One correction or note the researcher made, recorded in the order made.
///
/// Points are named by `PointAnchor`, never by id, so the record still
/// applies after the corpus is analysed again.
public enum Annotation: Hashable, Sendable {
    /// The point is wrong: leave it out.
    case reject(PointAnchor)
    /// The point's polarity is corrected.
    case setPolarity(PointAnchor, Polarity)
    /// The point's holder is corrected (an empty name clears it).
    case setHolder(PointAnchor, String)
    /// The point makes the claim that the point at `claimOf` makes; `label`
    /// keeps that claim's name readable in the file.
    case link(PointAnchor, claimOf: PointAnchor, label: String)
    /// The point makes no claim shared with other points.
    case unlink(PointAnchor)
    /// A sentence (or span) the analysis missed becomes a point.
    case addPoint(PointAnchor, holder: String?, polarity: Polarity)
    /// A note on a point or a document (empty text removes the note).
    case note(NoteTarget, String)

    /// The point the annotation is about, when it is about a point.
    public var anchor: PointAnchor? {
        switch self {
        case .reject(let anchor), .setPolarity(let anchor, _), .setHolder(let anchor, _),
            .link(let anchor, _, _), .unlink(let anchor), .addPoint(let anchor, _, _):
            anchor
        case .note(.point(let anchor), _): anchor
        case .note(.document, _): nil
        }
    }

    /// Whether this is a correction (changes what the analysis says) rather than a note.
    public var isCorrection: Bool {
        if case .note = self { return false }
        return true
    }

    /// A short description for the status bar and reports ("polarity set to oppose").
    public var summary: String {
        switch self {
        case .reject: "point rejected"
        case .setPolarity(_, let polarity): "polarity set to \(polarity.rawValue)"
        case .setHolder(_, let holder): holder.isEmpty ? "holder cleared" : "holder set to \(holder)"
        case .link(_, _, let label): "linked to claim “\(label)”"
        case .unlink: "unlinked from its claim"
        case .addPoint: "point added"
        case .note(_, let text): text.isEmpty ? "note removed" : "note saved"
        }
    }
}

/// What a note is attached to.
public enum NoteTarget: Hashable, Sendable {
    /// A stance point.
    case point(PointAnchor)
    /// A whole document, by id.
    case document(String)
}
