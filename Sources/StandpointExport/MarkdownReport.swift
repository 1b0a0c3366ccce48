import StandpointModel

/// The readable report: claims ordered by how many documents make them,
/// each with its points (holder, polarity, quote, document), then the points
/// that share no claim, then the researcher's notes on documents.
public enum MarkdownReport {
    /// The report of `annotated` (the corpus with corrections applied);
    /// corrected points are marked "(corrected)" and notes are shown under their point.
    public static func render(_ annotated: AnnotatedCorpus) -> String {
        let corpus = annotated.corpus
        var lines: [String] = []
        lines.append("# Standpoint report: \(ExportText.markdown(corpus.root))")
        lines.append("")
        var summary = "\(corpus.documents.count) documents · \(corpus.points.count) points · \(corpus.claims.count) claims"
        if annotated.correctedPointCount > 0 {
            let count = annotated.correctedPointCount
            summary += " · \(count) \(count == 1 ? "point" : "points") corrected by the researcher"
        }
        lines.append(summary)
        let claims = orderedClaims(corpus)
        for (number, claim) in claims.enumerated() {
            lines.append("")
            let documents = claim.documents.count == 1 ? "1 document" : "\(claim.documents.count) documents"
            lines.append("## \(number + 1). \(ExportText.markdown(claim.label)) (\(documents))")
            lines.append("")
            for point in corpus.points(ofClaim: claim.id) {
                lines += pointLines(point, in: annotated)
            }
        }
        let unclaimed = corpus.points.filter { $0.claim.flatMap(corpus.claim) == nil }
        if !unclaimed.isEmpty {
            lines.append("")
            lines.append("## Points that share no claim")
            lines.append("")
            for point in unclaimed { lines += pointLines(point, in: annotated) }
        }
        let documentNotes = corpus.documents.compactMap { document in
            annotated.documentNotes[document.id].map { (document, $0) }
        }
        if !documentNotes.isEmpty {
            lines.append("")
            lines.append("## Notes on documents")
            lines.append("")
            for (document, note) in documentNotes {
                lines.append("- *\(ExportText.markdown(document.title))* (`\(document.id)`): \(ExportText.markdown(note))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Claims by number of documents, then number of points (both descending), then id order.
    ///
    /// - Complexity: O(c log c) for c claims.
    public static func orderedClaims(_ corpus: Corpus) -> [Claim] {
        corpus.claims.enumerated().sorted { lhs, rhs in
            let l = (lhs.element.documents.count, lhs.element.points.count)
            let r = (rhs.element.documents.count, rhs.element.points.count)
            return l != r ? l > r : lhs.offset < rhs.offset
        }.map(\.element)
    }

    static func pointLines(_ point: StancePoint, in annotated: AnnotatedCorpus) -> [String] {
        let corpus = annotated.corpus
        let holder = point.holder.map { "**\(ExportText.markdown($0.description))**" } ?? "*no holder*"
        let title = corpus.document(point.document).map(\.title) ?? point.document
        var line = "- \(holder) \(point.polarity.marker) \(point.polarity.rawValue): “\(ExportText.markdown(point.text))”"
            + " (*\(ExportText.markdown(title))*, `\(point.document)`)"
        if point.source == .annotation { line += " (corrected)" }
        var lines = [line]
        if let note = annotated.pointNotes[point.id] {
            lines.append("  - Note: \(ExportText.markdown(note))")
        }
        return lines
    }
}
