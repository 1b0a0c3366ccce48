/// Direct speech in a paragraph: which tokens lie inside quotation marks, and
/// which quotation each sentence's tokens belong to.
///
/// Double quotes only (“…”, «…», "…"); single quotes are mostly scare quotes
/// (‘Strategic Concept’) and apostrophes. A quotation may run over several
/// sentences of one paragraph; an unclosed one ends with its paragraph.
struct QuoteSpans {
    /// One quotation: where it opens and closes, as (sentence, token) positions.
    struct Span {
        var open: (sentence: Int, token: Int)
        var close: (sentence: Int, token: Int)
    }

    /// Per sentence of the paragraph, per token: the index of the quotation it lies in.
    var quoteOfToken: [[Int?]] = []
    var spans: [Span] = []

    /// Finds the quotations of one paragraph's sentences.
    init(paragraph: [[Token]]) {
        var current: Int?
        for (s, tokens) in paragraph.enumerated() {
            var marks: [Int?] = Array(repeating: nil, count: tokens.count)
            for t in tokens.indices {
                switch tokens[t].kind {
                case .openQuote:
                    if let open = current { spans[open].close = (s, t) }
                    spans.append(Span(open: (s, t), close: (s, t)))
                    current = spans.count - 1
                    marks[t] = current
                case .closeQuote:
                    if let open = current {
                        marks[t] = open
                        spans[open].close = (s, t)
                        current = nil
                    }
                case .straightQuote:
                    if let open = current {
                        marks[t] = open
                        spans[open].close = (s, t)
                        current = nil
                    } else {
                        spans.append(Span(open: (s, t), close: (s, t)))
                        current = spans.count - 1
                        marks[t] = current
                    }
                default:
                    marks[t] = current
                    if let open = current { spans[open].close = (s, t) }
                }
            }
            quoteOfToken.append(marks)
        }
    }
}
