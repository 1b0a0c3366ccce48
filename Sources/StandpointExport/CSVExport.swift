import StandpointModel

/// One row per stance point, with a header row, quoted per RFC 4180
/// (fields holding a comma, quote or line break are quoted, quotes doubled,
/// rows end in CRLF), for spreadsheets and data tools.
public enum CSVExport {
    /// The column names, in order.
    public static let header = [
        "id", "document", "title", "sentence", "start", "end", "holder", "speaker", "polarity", "target",
        "cue", "claim", "claim_label", "confidence", "source", "note", "text",
    ]

    /// The points of `annotated` (corrections applied) as CSV.
    public static func render(_ annotated: AnnotatedCorpus) -> String {
        let corpus = annotated.corpus
        var rows = [header]
        for point in corpus.points {
            rows.append([
                point.id, point.document, corpus.document(point.document)?.title ?? "", String(point.sentence),
                String(point.range.start), String(point.range.end), point.holder?.name ?? "",
                point.holder?.speaker ?? "", point.polarity.rawValue, point.target ?? "", point.cue,
                point.claim ?? "", point.claim.flatMap(corpus.claim)?.label ?? "",
                String((point.confidence * 100).rounded() / 100), point.source.rawValue,
                annotated.pointNotes[point.id] ?? "", point.text,
            ])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be; control characters other than line breaks made visible.
    public static func field(_ value: String) -> String {
        let text = ExportText.visible(value, keepingReturns: true)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
