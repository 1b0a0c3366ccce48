/// A passage in which a holder takes a position on a target.
public struct StancePoint: Identifiable, Hashable, Sendable {
    /// Stable id within a corpus ("p1", "p2", … in document then text order).
    public package(set) var id: String
    /// Id of the document the point is in.
    public let document: String
    /// Index of the sentence the point lies in.
    public let sentence: Int
    /// The exact span of the point in its document's text.
    public let range: ByteRange
    /// The text of the span (equal to `document.text(in: range)`).
    public var text: String { String(textSlice) }
    /// The text of the span as a slice of the document's text, when the
    /// analyser made the point: the points share their document's storage
    /// rather than each holding a copy of its sentence (at 10,000 documents
    /// 150,000 copies, some 30 MB). For reading many points without making
    /// a `String` of each.
    public let textSlice: Substring
    /// Who holds the position, or nil when no holder could be found.
    public let holder: Holder?
    /// What the position is about, as a short phrase, when one was found.
    public let target: String?
    /// The word or phrase that marks the stance ("urged", "should", "rejects").
    public let cue: String
    /// How sure the extractor is, from 0 to 1.
    public let confidence: Double
    /// Id of the claim the point makes, once linking has run.
    public package(set) var claim: String?
    /// Why the extractor kept this passage (rule and cue), for `--explain` and the UI.
    public var rationale: String? {
        switch reasons {
        case .rule(let name, let holder, let polarity)?: "\(name) '\(cue)'; holder: \(holder); polarity: \(polarity)"
        case .text(let text)?: text
        case nil: nil
        }
    }
    /// The parts `rationale` is spelt from.
    public let reasons: Rationale?
    // `polarity` and `source` come last, after `reasons` (49 bytes), where
    // they fill the tail's padding: declared between `target` and `cue`,
    // `polarity` took 8 bytes and a point 240; now 232 (1.2 MB less at
    // 10,000 documents, and less to move wherever points are moved).
    /// For or against the target.
    public let polarity: Polarity
    /// Whether the analysis or the researcher's annotations produced this point
    /// as it stands; set only when annotations are applied.
    public var source: PointSource

    /// A copy assigned to `claim`.
    public func withClaim(_ claim: String?) -> StancePoint {
        var copy = self
        copy.claim = claim
        return copy
    }

    /// A copy with a different id (ids are assigned once all documents are extracted).
    public func withID(_ id: String) -> StancePoint {
        var copy = self
        copy.id = id
        return copy
    }
}

// The initialisers are in an extension so that the struct keeps its
// memberwise initialiser (`source` has no default, so a call without `source:`
// is never ambiguous with it), which they call: an initialiser assigning the
// fields one by one built the point in a temporary and, copied out, retained
// and released each of its strings (callgrind, 1,000 documents: ~750
// instructions a point, 11.1 M; through the memberwise one the point is
// written in place, and `ExtractionRun.resolve` went from 131.8 to 120.1 M).
extension StancePoint {
    public init(
        id: String, document: String, sentence: Int, range: ByteRange, text: String,
        holder: Holder?, target: String?, polarity: Polarity, cue: String,
        confidence: Double, claim: String? = nil, rationale: String? = nil
    ) {
        self.init(
            id: id, document: document, sentence: sentence, range: range, textSlice: Substring(text), holder: holder,
            target: target, polarity: polarity, cue: cue, confidence: confidence, claim: claim,
            reasons: rationale.map(Rationale.text))
    }

    /// A point as the analyser makes it: its text a slice of its document's
    /// text (see `textSlice`), its rationale in parts (see `Rationale`).
    public init(
        id: String, document: String, sentence: Int, range: ByteRange, textSlice: Substring,
        holder: Holder?, target: String?, polarity: Polarity, cue: String,
        confidence: Double, claim: String? = nil, reasons: Rationale? = nil
    ) {
        self.init(
            id: id, document: document, sentence: sentence, range: range, textSlice: textSlice, holder: holder,
            target: target, cue: cue, confidence: confidence, claim: claim, reasons: reasons, polarity: polarity,
            source: .analysis)
    }
}

/// Why the extractor kept a passage, in the parts `StancePoint.rationale`
/// spells out. The analyser keeps the parts rather than the sentence they
/// make: the parts are mostly the same few strings, shared by every point of
/// a document, where each spelt-out rationale was its own ~100 bytes (some
/// 25 MB at 10,000 documents).
public enum Rationale: Hashable, Sendable {
    /// A rule of the extractor ("oppose cue"), how the holder was found
    /// ("subject of 'rejects'") and why the polarity is what it is ("oppose
    /// verb"); spelt with the point's cue: "oppose cue 'rejects'; holder:
    /// subject of 'rejects'; polarity: oppose verb".
    case rule(String, holder: String, polarity: String)
    /// A rationale in words ("added by the researcher").
    case text(String)
}
