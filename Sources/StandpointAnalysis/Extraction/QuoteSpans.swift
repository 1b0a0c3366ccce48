/// Direct speech in a document: which tokens lie inside quotation marks, and
/// which quotation each sentence's tokens belong to, found sentence by
/// sentence.
///
/// Double quotes only (“…”, «…», "…"); single quotes are mostly scare quotes
/// (‘Strategic Concept’) and apostrophes. A quotation may run over several
/// sentences of one paragraph; an unclosed one ends with its paragraph.
/// Quotations are numbered from 0 in the order they open.
///
/// Each sentence is read as it is tokenised, rather than a paragraph's
/// sentences gathered into an array of token arrays and read when the
/// paragraph closes (callgrind, 1,000 documents: `ExtractionRun.makeUnits`
/// 139.7 -> 126.9 M instructions).
struct QuoteSpans {
    /// The number of the quotation open after the sentences read, if any.
    private var current: Int?
    /// How many quotations have opened so far.
    private(set) var count = 0

    /// Per token of the paragraph's next sentence, the number of the
    /// quotation it lies in; empty for a sentence that lies in none
    /// (`ExtractionRun.Unit.quote(at:)`).
    ///
    /// A sentence that starts outside a quotation and has no quotation
    /// mark (`hasQuoteMark`, as the tokenizer tells it), most sentences, is
    /// not read token by token. (Looking through the tokens for a mark took
    /// some 250 instructions a sentence; callgrind, 1,000 documents.)
    mutating func quotes(of tokens: [Token], hasQuoteMark: Bool) -> [Int?] {
        guard current != nil || hasQuoteMark else { return [] }
        var marks = [Int?].filled(with: nil, count: tokens.count)
        for t in tokens.indices {
            switch tokens[t].kind {
            case .openQuote:
                current = count
                count += 1
                marks[t] = current
            case .closeQuote:
                if let open = current {
                    marks[t] = open
                    current = nil
                }
            case .straightQuote:
                if let open = current {
                    marks[t] = open
                    current = nil
                } else {
                    current = count
                    count += 1
                    marks[t] = current
                }
            default:
                marks[t] = current
            }
        }
        return marks
    }

    /// Ends the paragraph: a quotation still open ends with it.
    mutating func endParagraph() { current = nil }
}
