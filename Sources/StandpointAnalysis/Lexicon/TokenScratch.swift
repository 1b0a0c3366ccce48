/// Room to write a sentence's tokens before they are copied into an array of
/// their number (`Tokenizer.tokens(_:in:scratch:)`), kept from sentence to
/// sentence of a document so that it is allocated once rather than per
/// sentence.
///
/// Holds a token for every byte of the longest sentence written so far: the
/// most tokens a sentence can have. Used by one thread at a time (it is made
/// and dropped within one document's extraction).
final class TokenScratch {
    /// Where the tokens are written.
    private(set) var buffer: UnsafeMutablePointer<Token>
    /// How many tokens `buffer` has room for.
    private(set) var capacity: Int
    /// Whether the tokens last written hold a double quotation mark (told by
    /// the tokenizer, so that `QuoteSpans` need not look for one).
    var hasQuoteMark = false

    init(capacity: Int = 1024) {
        self.capacity = max(1, capacity)
        buffer = .allocate(capacity: self.capacity)
    }

    /// Makes room for at least `count` tokens (dropping what was written).
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        buffer.deallocate()
        capacity = max(count, capacity * 2)
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }
}
