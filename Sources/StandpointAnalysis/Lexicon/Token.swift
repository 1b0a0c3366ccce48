/// One word or punctuation mark of a sentence, located by its UTF-8 byte span
/// in the document's text.
struct Token: Sendable, Hashable {
    /// What kind of token this is.
    enum Kind: Sendable, Hashable {
        /// Letters, digits, internal hyphens, apostrophes and dots ("U.S.", "3.5", "we've").
        case word
        /// The possessive clitic "'s", split off its word.
        case possessive
        case comma
        /// `;`, `:` and dashes: clause boundaries.
        case clauseMark
        /// `.`, `!`, `?`, `…`.
        case stop
        /// An opening double quote (“ or «).
        case openQuote
        /// A closing double quote (” or »).
        case closeQuote
        /// A straight double quote, opening or closing by position.
        case straightQuote
        case openParen
        case closeParen
        /// Any other symbol.
        case symbol
    }

    let kind: Kind
    /// Lower case text with curly apostrophes made straight; empty for punctuation other than words.
    let lower: String
    /// `WordTable.hash` of `lower`, computed once so that lexicon look-ups do not hash the word again.
    let hash: UInt64
    /// Byte offset of the first byte in the document.
    let start: Int
    /// Byte offset one past the last byte in the document.
    let end: Int
    /// Whether the first character is an upper case letter.
    let isCapitalized: Bool
    /// Whether every letter is upper case and there are at least two ("NATO", "US").
    let isAllCaps: Bool

    var isWord: Bool { kind == .word }
}
