import StandpointModel

/// The readable report: claims ordered by how many documents make them,
/// each with its points (holder, polarity, quote, document), then the points
/// that share no claim, then the researcher's notes on documents.
public enum MarkdownReport {
    /// The report of `annotated` (the corpus with corrections applied);
    /// corrected points are marked "(corrected)" and notes are shown under their point.
    public static func render(_ annotated: AnnotatedCorpus) -> String {
        var text: [UInt8] = []
        write(annotated) { text += $0 }
        return String(decoding: text, as: UTF8.self)
    }

    /// The same text as `render`, handed to `output` in pieces of about a
    /// megabyte as it is made, point by point.
    ///
    /// - Complexity: O(n + c log c) for n bytes of output and c claims.
    public static func write(_ annotated: AnnotatedCorpus, to output: ([UInt8]) throws -> Void) rethrows {
        let corpus = annotated.corpus
        var buffer = ExportBuffer()
        buffer.append("# Standpoint report: ")
        ExportText.appendMarkdown(corpus.root, to: &buffer.bytes)
        buffer.append("\n\n")
        var summary = "\(corpus.documents.count) documents · \(corpus.points.count) points · \(corpus.claims.count) claims"
        if annotated.correctedPointCount > 0 {
            let count = annotated.correctedPointCount
            summary += " · \(count) \(count == 1 ? "point" : "points") corrected by the researcher"
        }
        buffer.append(summary + "\n")
        let documentPositions = corpus.documentPositionsOfPoints()
        // Each document's title in Markdown, made once rather than for each of its points.
        let titles = corpus.documents.map { document in
            var title: [UInt8] = []
            ExportText.appendMarkdown(document.title, to: &title)
            return title
        }
        func writePoint(at position: Int) throws {
            appendPoint(
                corpus.points[position], title: documentPositions[position].map { titles[$0] }, in: annotated,
                to: &buffer.bytes)
            try buffer.handOverIfFull(to: output)
        }
        for (number, claim) in orderedClaims(corpus).enumerated() {
            buffer.append("\n## \(number + 1). ")
            ExportText.appendMarkdown(claim.label, to: &buffer.bytes)
            buffer.append(claim.documents.count == 1 ? " (1 document)\n\n" : " (\(claim.documents.count) documents)\n\n")
            for position in corpus.pointPositions(ofClaim: claim.id) { try writePoint(at: position) }
        }
        let claimPositions = corpus.claimPositionsOfPoints()
        if claimPositions.contains(where: { $0 == nil }) {
            buffer.append("\n## Points that share no claim\n\n")
            for position in claimPositions.indices where claimPositions[position] == nil { try writePoint(at: position) }
        }
        let documentNotes = annotated.documentNotes.isEmpty ? [] : corpus.documents.compactMap { document in
            annotated.documentNotes[document.id].map { (document, $0) }
        }
        if !documentNotes.isEmpty {
            buffer.append("\n## Notes on documents\n\n")
            for (document, note) in documentNotes {
                buffer.append("- *")
                ExportText.appendMarkdown(document.title, to: &buffer.bytes)
                buffer.append("* (`\(document.id)`): ")
                ExportText.appendMarkdown(note, to: &buffer.bytes)
                buffer.append("\n")
            }
        }
        try buffer.handOverRest(to: output)
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

    /// Appends the lines of `point`: holder, polarity, quote and document
    /// (`title`, the document's title in Markdown, or nil when its id names
    /// no document), "(corrected)" when the researcher changed or added it,
    /// and its note.
    static func appendPoint(_ point: StancePoint, title: [UInt8]?, in annotated: AnnotatedCorpus, to output: inout [UInt8]) {
        output += "- ".utf8
        if let holder = point.holder {
            output += "**".utf8
            ExportText.appendMarkdown(holder.description, to: &output)
            output += "**".utf8
        } else {
            output += "*no holder*".utf8
        }
        output.append(UInt8(ascii: " "))
        output += point.polarity.marker.utf8
        output.append(UInt8(ascii: " "))
        output += point.polarity.rawValue.utf8
        output += ": “".utf8
        ExportText.appendMarkdown(point.text, to: &output)
        output += "” (*".utf8
        if let title { output += title } else { ExportText.appendMarkdown(point.document, to: &output) }
        output += "*, `".utf8
        output += point.document.utf8
        output += "`)".utf8
        if point.source == .annotation { output += " (corrected)".utf8 }
        output.append(UInt8(ascii: "\n"))
        if !annotated.pointNotes.isEmpty, let note = annotated.pointNotes[point.id] {
            output += "  - Note: ".utf8
            ExportText.appendMarkdown(note, to: &output)
            output.append(UInt8(ascii: "\n"))
        }
    }
}
