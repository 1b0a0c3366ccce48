/// Direct speech in a paragraph: which tokens lie inside quotation marks, and
/// which quotation each sentence's tokens belong to.
///
/// Double quotes only (“…”, «…», "…"); single quotes are mostly scare quotes
/// (‘Strategic Concept’) and apostrophes. A quotation may run over several
/// sentences of one paragraph; an unclosed one ends with its paragraph.
struct QuoteSpans {
    /// Per sentence of the paragraph, per token: the number of the quotation
    /// it lies in, counting from the `base` the spans were found with; empty
    /// for a sentence that lies in none (`ExtractionRun.Unit.quote(at:)`).
    var quoteOfToken: [[Int?]] = []
    /// How many quotations the paragraph holds.
    var count = 0

    /// Finds the quotations of one paragraph's sentences, numbering them from `base`.
    ///
    /// A sentence that starts outside a quotation and has no quotation mark,
    /// most sentences, lies in none and is not read token by token: that,
    /// and no longer recording where each quotation closes (nothing read
    /// it) nor renumbering every mark afterwards, took making the units of
    /// 1,000 documents (`ExtractionRun.makeUnits`) from 301 to 268 M
    /// instructions (callgrind).
    init(paragraph: [[Token]], base: Int = 0) {
        var current: Int?
        quoteOfToken.reserveCapacity(paragraph.count)
        for tokens in paragraph {
            guard current != nil || tokens.contains(where: { Self.isQuoteMark($0.kind) }) else {
                quoteOfToken.append([])
                continue
            }
            var marks = [Int?].filled(with: nil, count: tokens.count)
            for t in tokens.indices {
                switch tokens[t].kind {
                case .openQuote:
                    current = base + count
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
                        current = base + count
                        count += 1
                        marks[t] = current
                    }
                default:
                    marks[t] = current
                }
            }
            quoteOfToken.append(marks)
        }
    }

    /// Whether a token of `kind` opens or closes a quotation.
    static func isQuoteMark(_ kind: Token.Kind) -> Bool {
        kind == .openQuote || kind == .closeQuote || kind == .straightQuote
    }
}
