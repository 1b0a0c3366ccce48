import Foundation
import StandpointModel

/// The JSON export: the stable contract other tools read (docs/json-format.md).
public enum JSONExport {
    /// Version of the contract; bumped only on an incompatible change.
    public static let version = 1

    /// The corpus as indented JSON: documents, points, claims and
    /// cross-references, each object's keys in the contract's order.
    ///
    /// `explain` adds each point's `rationale` and each cross-reference's
    /// `sharedTerms`; a point the researcher's annotations changed or added
    /// says `"source": "annotation"`.
    ///
    /// - Complexity: O(n) in the size of the output.
    public static func render(_ corpus: Corpus, explain: Bool = false) throws -> String {
        typealias Value = JSONWriter.Value
        let documents: [Value] = corpus.documents.map {
            .object([
                ("id", .string($0.id)), ("path", .string($0.path)), ("title", .string($0.title)),
                ("sentenceCount", .int($0.sentences.count)),
            ])
        }
        let points: [Value] = corpus.points.map { point in
            var fields: [(String, Value)] = [
                ("id", .string(point.id)), ("document", .string(point.document)), ("text", .string(point.text)),
                ("start", .int(point.range.start)), ("end", .int(point.range.end)),
                ("holder", .optional(point.holder?.name)),
            ]
            if let speaker = point.holder?.speaker { fields.append(("speaker", .string(speaker))) }
            fields += [
                ("target", .optional(point.target)), ("polarity", .string(point.polarity.rawValue)),
                ("cue", .string(point.cue)), ("claim", .optional(point.claim)),
                ("confidence", .rounded(point.confidence)),
            ]
            if explain, let rationale = point.rationale { fields.append(("rationale", .string(rationale))) }
            if point.source == .annotation { fields.append(("source", .string(point.source.rawValue))) }
            return .object(fields)
        }
        let claims: [Value] = corpus.claims.map {
            .object([
                ("id", .string($0.id)), ("label", .string($0.label)), ("points", .array($0.points.map(Value.string))),
                ("documents", .array($0.documents.map(Value.string))),
            ])
        }
        let references: [Value] = corpus.crossReferences.map {
            var fields: [(String, Value)] = [
                ("from", .string($0.from)), ("to", .string($0.to)), ("kind", .string($0.kind.rawValue)),
                ("score", .rounded($0.score)),
            ]
            if explain { fields.append(("sharedTerms", .array($0.sharedTerms.map(Value.string)))) }
            return .object(fields)
        }
        return JSONWriter.render(
            .object([
                ("version", .int(version)), ("documents", .array(documents)), ("points", .array(points)),
                ("claims", .array(claims)), ("crossReferences", .array(references)),
            ]))
    }
}
