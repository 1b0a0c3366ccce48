import Foundation
import StandpointModel

/// The JSON export: the stable contract other tools read (docs/json-format.md).
public enum JSONExport {
    /// Version of the contract; bumped only on an incompatible change.
    public static let version = 1

    /// The corpus as pretty-printed JSON, documents, points, claims and cross-references.
    ///
    /// `explain` adds each point's `rationale` and each cross-reference's `sharedTerms`.
    public static func render(_ corpus: Corpus, explain: Bool = false) throws -> String {
        let payload = Payload(
            version: version,
            documents: corpus.documents.map {
                .init(id: $0.id, path: $0.path, title: $0.title, sentenceCount: $0.sentences.count)
            },
            points: corpus.points.map {
                .init(
                    id: $0.id, document: $0.document, text: $0.text, start: $0.range.start, end: $0.range.end,
                    holder: $0.holder?.name, speaker: $0.holder?.speaker, target: $0.target,
                    polarity: $0.polarity.rawValue, cue: $0.cue, claim: $0.claim,
                    confidence: (($0.confidence * 100).rounded() / 100),
                    rationale: explain ? $0.rationale : nil,
                    source: $0.source == .annotation ? $0.source.rawValue : nil)
            },
            claims: corpus.claims.map { .init(id: $0.id, label: $0.label, points: $0.points, documents: $0.documents) },
            crossReferences: corpus.crossReferences.map {
                .init(
                    from: $0.from, to: $0.to, kind: $0.kind.rawValue, score: (($0.score * 100).rounded() / 100),
                    sharedTerms: explain ? $0.sharedTerms : nil)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(payload), as: UTF8.self)
    }

    struct Payload: Encodable {
        let version: Int
        let documents: [DocumentRecord]
        let points: [PointRecord]
        let claims: [ClaimRecord]
        let crossReferences: [CrossReferenceRecord]
    }

    struct DocumentRecord: Encodable {
        let id: String
        let path: String
        let title: String
        let sentenceCount: Int
    }

    struct PointRecord: Encodable {
        let id: String
        let document: String
        let text: String
        let start: Int
        let end: Int
        let holder: String?
        let speaker: String?
        let target: String?
        let polarity: String
        let cue: String
        let claim: String?
        let confidence: Double
        let rationale: String?
        /// "annotation" when the researcher's annotations changed or added the point.
        let source: String?

        enum CodingKeys: String, CodingKey {
            case id, document, text, start, end, holder, speaker, target, polarity, cue, claim, confidence, rationale
            case source
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(document, forKey: .document)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(holder, forKey: .holder)
            try container.encodeIfPresent(speaker, forKey: .speaker)
            try container.encode(target, forKey: .target)
            try container.encode(polarity, forKey: .polarity)
            try container.encode(cue, forKey: .cue)
            try container.encode(claim, forKey: .claim)
            try container.encode(confidence, forKey: .confidence)
            try container.encodeIfPresent(rationale, forKey: .rationale)
            try container.encodeIfPresent(source, forKey: .source)
        }
    }

    struct ClaimRecord: Encodable {
        let id: String
        let label: String
        let points: [String]
        let documents: [String]
    }

    struct CrossReferenceRecord: Encodable {
        let from: String
        let to: String
        let kind: String
        let score: Double
        let sharedTerms: [String]?
    }
}
