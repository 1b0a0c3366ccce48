import StandpointModel

/// A trail as a Markdown handout for the audience: each step's claim as a
/// heading, the quote, holder and document, and where else the claim is made.
/// Presenter notes are left out unless asked for: they are the presenter's.
public enum TrailHandout {
    /// The handout of `trail` over `annotated` (corrections applied).
    public static func render(_ trail: Trail, _ annotated: AnnotatedCorpus, includeNotes: Bool = false) -> String {
        let corpus = annotated.corpus
        var lines = ["# \(ExportText.markdown(trail.name))", ""]
        lines.append("\(trail.steps.count) steps · from \(ExportText.markdown(corpus.root))")
        for (index, step) in trail.steps.enumerated() {
            let target = corpus.resolve(step)
            lines.append("")
            lines.append("## \(index + 1). \(ExportText.markdown(heading(target, corpus)))")
            lines.append("")
            switch target {
            case .missing:
                lines.append("> “\(ExportText.markdown(step.anchor.quote))”")
                lines.append("")
                lines.append("*This passage is no longer in document `\(step.anchor.document)`.*")
            case .point(let point):
                lines.append("> “\(ExportText.markdown(point.text))”")
                lines.append("")
                lines.append("— \(holderText(point.holder)), \(point.polarity.rawValue), in \(documentText(point.document, corpus))")
                lines += crossReferenceLines(point, corpus)
            case .passage(let document, let range):
                let text = corpus.document(document)?.text(in: range) ?? step.anchor.quote
                lines.append("> “\(ExportText.markdown(text))”")
                lines.append("")
                lines.append("— in \(documentText(document, corpus))")
            }
            if includeNotes, !step.note.isEmpty {
                lines.append("")
                lines.append("Note: \(ExportText.markdown(step.note))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The step's heading: its claim's label, else the point's target, else the document title.
    public static func heading(_ target: TrailStepTarget, _ corpus: Corpus) -> String {
        switch target {
        case .missing: return "Missing passage"
        case .point(let point):
            if let claim = point.claim.flatMap(corpus.claim) { return claim.label }
            if let target = point.target, !target.isEmpty { return target }
            return corpus.document(point.document)?.title ?? point.document
        case .passage(let document, _):
            return corpus.document(document)?.title ?? document
        }
    }

    static func holderText(_ holder: Holder?) -> String {
        holder.map { "**\(ExportText.markdown($0.description))**" } ?? "*no holder named*"
    }

    static func documentText(_ id: String, _ corpus: Corpus) -> String {
        "*\(ExportText.markdown(corpus.document(id)?.title ?? id))* (`\(id)`)"
    }

    static func crossReferenceLines(_ point: StancePoint, _ corpus: Corpus) -> [String] {
        var lines: [String] = []
        let references = corpus.crossReferences(of: point.id)
        for reference in references {
            let otherID = reference.from == point.id ? reference.to : reference.from
            guard let other = corpus.point(otherID) else { continue }
            let kind = switch reference.kind {
            case .sameClaim: "Same claim"
            case .contradicts: "Contradicts"
            case .sameHolder: "Same holder"
            }
            lines.append("- \(kind): \(holderText(other.holder)) in \(documentText(other.document, corpus)): “\(ExportText.markdown(other.text))”")
        }
        guard !lines.isEmpty else { return [] }
        return ["", "Cross-references:", ""] + lines
    }
}
