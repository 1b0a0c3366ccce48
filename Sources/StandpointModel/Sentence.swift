/// One sentence of a document, located by its UTF-8 byte span.
public struct Sentence: Hashable, Sendable {
    /// Position of the sentence in its document, from 0.
    public let index: Int
    /// Where the sentence lies in the document's text.
    public let range: ByteRange
    /// Whether the sentence is site furniture (a caption, byline, widget or
    /// navigation text) rather than prose: it stays in the text, so spans stay
    /// valid, but no stance point comes from it and a view may dim it.
    public let isBoilerplate: Bool

    public init(index: Int, range: ByteRange, isBoilerplate: Bool = false) {
        self.index = index
        self.range = range
        self.isBoilerplate = isBoilerplate
    }
}
