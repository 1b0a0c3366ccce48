/// One sentence of a document, located by its UTF-8 byte span.
public struct Sentence: Hashable, Sendable {
    /// Position of the sentence in its document, from 0.
    public let index: Int
    /// Where the sentence lies in the document's text.
    public let range: ByteRange

    public init(index: Int, range: ByteRange) {
        self.index = index
        self.range = range
    }
}
