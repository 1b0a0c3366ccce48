import StandpointModel

/// Finds the stance points of one document.
public struct StanceExtractor: Sendable {
    public init() {}

    /// The stance points of `document`, in text order, with provisional ids.
    public func points(in document: Document) -> [StancePoint] {
        let cues = ["urge", "urged", "should", "must", "oppose", "opposes", "reject", "rejected", "warned", "calls for", "called for", "believe"]
        var points: [StancePoint] = []
        for sentence in document.sentences {
            let text = document.text(in: sentence.range)
            let lower = " " + text.lowercased() + " "
            guard let cue = cues.first(where: { lower.contains(" \($0) ") }) else { continue }
            points.append(
                StancePoint(
                    id: "p\(points.count + 1)", document: document.id, sentence: sentence.index,
                    range: sentence.range, text: text, holder: nil, target: nil,
                    polarity: .neutral, cue: cue, confidence: 0.5))
        }
        return points
    }
}
