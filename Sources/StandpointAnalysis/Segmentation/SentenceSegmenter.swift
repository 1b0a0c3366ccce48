import StandpointModel

/// Splits a document's text into sentences by UTF-8 byte spans.
public struct SentenceSegmenter: Sendable {
    public init() {}

    /// The sentences of `text`: a sentence ends at `.`, `!` or `?` followed by
    /// white space, or at a line break; surrounding white space is excluded.
    public func sentences(in text: String) -> [Sentence] {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var start = 0
        func emit(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper && Self.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower && Self.isSpace(bytes[upper - 1]) { upper -= 1 }
            if upper > lower {
                sentences.append(Sentence(index: sentences.count, range: ByteRange(start: lower, end: upper)))
            }
            start = end
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                emit(i + 1)
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                if i + 1 < bytes.count && Self.isSpace(bytes[i + 1]) { emit(i + 1) }
            }
            i += 1
        }
        emit(bytes.count)
        return sentences
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
