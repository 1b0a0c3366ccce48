import Foundation
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
        var text: [UInt8] = []
        write(annotated) { text += $0 }
        return String(decoding: text, as: UTF8.self)
    }

    /// The same text as `render`, handed to `output` in pieces of about a
    /// megabyte as it is made, row by row.
    ///
    /// - Complexity: O(n) in the size of the output.
    public static func write(_ annotated: AnnotatedCorpus, to output: ([UInt8]) throws -> Void) rethrows {
        let corpus = annotated.corpus
        var buffer = ExportBuffer()
        for (i, name) in header.enumerated() {
            if i > 0 { buffer.bytes.append(UInt8(ascii: ",")) }
            appendField(name, to: &buffer.bytes)
        }
        buffer.append("\r\n")
        let documentPositions = corpus.documentPositionsOfPoints()
        let claimPositions = corpus.claimPositionsOfPoints()
        // Each document's title as a field, made once rather than for each of its points.
        let titleFields = corpus.documents.map { document in
            var field: [UInt8] = []
            appendField(document.title, to: &field)
            return field
        }
        for (i, point) in corpus.points.enumerated() {
            func next(_ value: String) {
                buffer.bytes.append(UInt8(ascii: ","))
                appendField(value, to: &buffer.bytes)
            }
            appendField(point.id, to: &buffer.bytes)
            next(point.document)
            buffer.bytes.append(UInt8(ascii: ","))
            if let position = documentPositions[i] { buffer.bytes += titleFields[position] }
            next(String(point.sentence))
            next(String(point.range.start))
            next(String(point.range.end))
            next(point.holder?.name ?? "")
            next(point.holder?.speaker ?? "")
            next(point.polarity.rawValue)
            next(point.target ?? "")
            next(point.cue)
            next(point.claim ?? "")
            next(claimPositions[i].map { corpus.claims[$0].label } ?? "")
            next(String((point.confidence * 100).rounded() / 100))
            next(point.source.rawValue)
            next(annotated.pointNotes.isEmpty ? "" : annotated.pointNotes[point.id] ?? "")
            next(point.text)
            buffer.append("\r\n")
            try buffer.handOverIfFull(to: output)
        }
        try buffer.handOverRest(to: output)
    }

    /// One field, quoted when it must be; control characters other than line breaks made visible.
    public static func field(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendField(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `field(value)` to `output`.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `value`.
    static func appendField(_ value: String, to output: inout [UInt8]) {
        var value = value
        let done = value.withUTF8 { appendField(bytes: $0, to: &output) }
        if !done { output += fieldByCharacters(value).utf8 }
    }

    /// Appends the field of `bytes` (valid UTF-8) to `output`, copying runs
    /// of bytes that need no change; false, having written nothing, when a
    /// comma or quote may be part of a larger Character (there is a scalar
    /// that is not plain, see `ExportText`). Line breaks are Characters of
    /// their own (CR, LF or CRLF) whatever is next to them.
    private static func appendField(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        var commaOrQuote = false, lineBreak = false, control = false, allPlain = true
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "\""): commaOrQuote = true
                case 0x0A, 0x0D: lineBreak = true
                case 0x09: break
                case 0..<0x20, 0x7F: control = true
                default: break
                }
                i += 1
            } else {
                let (scalar, length) = ExportText.decodeScalar(bytes, at: i)
                if scalar < 0xA0 { control = true } else if !ExportText.isPlain(scalar) { allPlain = false }
                i += length
            }
        }
        if commaOrQuote && !allPlain { return false }
        let quoted = commaOrQuote || lineBreak
        guard quoted || control else {
            output.append(contentsOf: bytes)
            return true
        }
        if quoted { output.append(UInt8(ascii: "\"")) }
        var run = 0  // start of the bytes being copied as they are
        i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...i]))
                run = i  // the quote again, doubled
                i += 1
            } else if byte < 0x80 && ExportText.isControl(UInt32(byte), keepingReturns: true) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                ExportText.appendEscape(of: UInt32(byte), markdown: false, to: &output)
                i += 1
                run = i
            } else if byte == 0xC2 && bytes[i + 1] < 0xA0 {
                // C2 80...C2 9F: a C1 control, U+0080...U+009F
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                ExportText.appendEscape(of: UInt32(bytes[i + 1]), markdown: false, to: &output)
                i += 2
                run = i
            } else {
                i += 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        if quoted { output.append(UInt8(ascii: "\"")) }
        return true
    }

    /// `field(value)` worked out Character by Character, for a comma or
    /// quote next to a scalar that is not plain.
    static func fieldByCharacters(_ value: String) -> String {
        let text = ExportText.visible(value, keepingReturns: true)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
