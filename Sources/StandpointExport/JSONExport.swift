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
    /// megabyte as it is made: each element is written as it is read, so the
    /// whole text is never held at once (at 10,000 documents it is 111 MB).
    public static func write(_ corpus: Corpus, explain: Bool = false, to output: ([UInt8]) throws -> Void) rethrows {
        typealias Writer = JSONWriter
        var buffer = ExportBuffer()
        /// One member of the top-level object whose value is an array of
        /// objects, one on each line after another, each written by `write`
        /// as an object at nesting level 2.
        func member<Element>(
            _ key: String, _ elements: [Element], last: Bool = false,
            _ write: (Element, inout Writer.Object, inout [UInt8]) -> Void
        ) throws {
            Writer.indentation(1, into: &buffer.bytes)
            Writer.writeString(key, into: &buffer.bytes)
            buffer.bytes.append(contentsOf: ": ".utf8)
            if elements.isEmpty {
                buffer.bytes.append(contentsOf: "[]".utf8)
            } else {
                buffer.bytes.append(contentsOf: "[\n".utf8)
                for (i, element) in elements.enumerated() {
                    Writer.indentation(2, into: &buffer.bytes)
                    var object = Writer.Object(indent: 2, into: &buffer.bytes)
                    write(element, &object, &buffer.bytes)
                    object.end(into: &buffer.bytes)
                    buffer.bytes.append(contentsOf: (i == elements.count - 1 ? "\n" : ",\n").utf8)
                    try buffer.handOverIfFull(to: output)
                }
                Writer.indentation(1, into: &buffer.bytes)
                buffer.bytes.append(UInt8(ascii: "]"))
            }
            buffer.bytes.append(contentsOf: (last ? "\n" : ",\n").utf8)
        }
        buffer.bytes.append(contentsOf: "{\n".utf8)
        Writer.indentation(1, into: &buffer.bytes)
        Writer.writeString("version", into: &buffer.bytes)
        buffer.bytes.append(contentsOf: ": \(version),\n".utf8)
        try member("documents", corpus.documents) { document, object, out in
            object.key("id", into: &out)
            Writer.writeString(document.id, into: &out)
            object.key("path", into: &out)
            Writer.writeString(document.path, into: &out)
            object.key("title", into: &out)
            Writer.writeString(document.title, into: &out)
            object.key("sentenceCount", into: &out)
            Writer.writeInt(document.sentences.count, into: &out)
        }
        try member("points", corpus.points) { point, object, out in
            object.key("id", into: &out)
            Writer.writeString(point.id, into: &out)
            object.key("document", into: &out)
            Writer.writeString(point.document, into: &out)
            object.key("text", into: &out)
            Writer.writeString(point.textSlice, into: &out)
            object.key("start", into: &out)
            Writer.writeInt(point.range.start, into: &out)
            object.key("end", into: &out)
            Writer.writeInt(point.range.end, into: &out)
            object.key("holder", into: &out)
            Writer.writeOptional(point.holder?.name, into: &out)
            if let speaker = point.holder?.speaker {
                object.key("speaker", into: &out)
                Writer.writeString(speaker, into: &out)
            }
            object.key("target", into: &out)
            Writer.writeOptional(point.target, into: &out)
            object.key("polarity", into: &out)
            Writer.writeString(point.polarity.rawValue, into: &out)
            object.key("cue", into: &out)
            Writer.writeString(point.cue, into: &out)
            object.key("claim", into: &out)
            Writer.writeOptional(point.claim, into: &out)
            object.key("confidence", into: &out)
            Writer.writeRounded(point.confidence, into: &out)
            if explain, let reasons = point.reasons {
                object.key("rationale", into: &out)
                writeRationale(reasons, cue: point.cue, into: &out)
            }
            if point.source == .annotation {
                object.key("source", into: &out)
                Writer.writeString(point.source.rawValue, into: &out)
            }
        }
        try member("claims", corpus.claims) { claim, object, out in
            object.key("id", into: &out)
            Writer.writeString(claim.id, into: &out)
            object.key("label", into: &out)
            Writer.writeString(claim.label, into: &out)
            object.key("points", into: &out)
            Writer.writeStrings(claim.points, into: &out)
            object.key("documents", into: &out)
            Writer.writeStrings(claim.documents, into: &out)
        }
        try member("crossReferences", corpus.crossReferences, last: true) { reference, object, out in
            object.key("from", into: &out)
            Writer.writeString(reference.from, into: &out)
            object.key("to", into: &out)
            Writer.writeString(reference.to, into: &out)
            object.key("kind", into: &out)
            Writer.writeString(reference.kind.rawValue, into: &out)
            object.key("score", into: &out)
            Writer.writeRounded(reference.score, into: &out)
            if explain {
                object.key("sharedTerms", into: &out)
                Writer.writeStrings(reference.sharedTerms, into: &out)
            }
        }
        buffer.bytes.append(UInt8(ascii: "}"))
        try buffer.handOverRest(to: output)
    }

    /// A point's `rationale` as a JSON string, written part by part as
    /// `StancePoint.rationale` spells it ("oppose cue 'rejects'; holder: …;
    /// polarity: …"), without interpolating a `String` for each point of an
    /// `--explain` export only to copy it out again.
    static func writeRationale(_ reasons: Rationale, cue: String, into output: inout [UInt8]) {
        typealias Writer = JSONWriter
        switch reasons {
        case .rule(let name, let holder, let polarity):
            output.append(UInt8(ascii: "\""))
            Writer.writeEscaped(name, into: &output)
            output.append(contentsOf: " '".utf8)
            Writer.writeEscaped(cue, into: &output)
            output.append(contentsOf: "'; holder: ".utf8)
            Writer.writeEscaped(holder, into: &output)
            output.append(contentsOf: "; polarity: ".utf8)
            Writer.writeEscaped(polarity, into: &output)
            output.append(UInt8(ascii: "\""))
        case .text(let text):
            Writer.writeString(text, into: &output)
        }
    }
}
