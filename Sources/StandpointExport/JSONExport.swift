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
        var text: [UInt8] = []
        write(corpus, explain: explain) { text += $0 }
        return String(decoding: text, as: UTF8.self)
    }

    /// The same text as `render`, handed to `output` in pieces of about a
    /// megabyte as it is made: one element at a time is turned into JSON, so
    /// neither the tree of the whole corpus nor its whole text is held at
    /// once (at 10,000 documents the text alone is 111 MB).
    public static func write(_ corpus: Corpus, explain: Bool = false, to output: ([UInt8]) throws -> Void) rethrows {
        typealias Value = JSONWriter.Value
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        func flushIfFull() throws {
            guard buffer.count >= 1 << 20 else { return }
            try output(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        /// One member of the top-level object whose value is an array of
        /// objects, written as `JSONWriter` writes arrays, element by element.
        func member<Element>(_ key: String, _ elements: [Element], last: Bool = false, _ value: (Element) -> Value) throws {
            JSONWriter.indentation(1, into: &buffer)
            JSONWriter.writeString(key, into: &buffer)
            buffer += Array(": ".utf8)
            if elements.isEmpty {
                buffer += Array("[]".utf8)
            } else {
                buffer += Array("[\n".utf8)
                for (i, element) in elements.enumerated() {
                    JSONWriter.indentation(2, into: &buffer)
                    JSONWriter.write(value(element), indent: 2, into: &buffer)
                    buffer += Array((i == elements.count - 1 ? "\n" : ",\n").utf8)
                    try flushIfFull()
                }
                JSONWriter.indentation(1, into: &buffer)
                buffer.append(UInt8(ascii: "]"))
            }
            buffer += Array((last ? "\n" : ",\n").utf8)
        }
        buffer += Array("{\n".utf8)
        JSONWriter.indentation(1, into: &buffer)
        JSONWriter.writeString("version", into: &buffer)
        buffer += Array(": \(version),\n".utf8)
        try member("documents", corpus.documents) {
            .object([
                ("id", .string($0.id)), ("path", .string($0.path)), ("title", .string($0.title)),
                ("sentenceCount", .int($0.sentences.count)),
            ])
        }
        try member("points", corpus.points) { point in
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
        try member("claims", corpus.claims) {
            .object([
                ("id", .string($0.id)), ("label", .string($0.label)), ("points", .array($0.points.map(Value.string))),
                ("documents", .array($0.documents.map(Value.string))),
            ])
        }
        try member("crossReferences", corpus.crossReferences, last: true) {
            var fields: [(String, Value)] = [
                ("from", .string($0.from)), ("to", .string($0.to)), ("kind", .string($0.kind.rawValue)),
                ("score", .rounded($0.score)),
            ]
            if explain { fields.append(("sharedTerms", .array($0.sharedTerms.map(Value.string)))) }
            return .object(fields)
        }
        buffer.append(UInt8(ascii: "}"))
        try output(buffer)
    }
}
