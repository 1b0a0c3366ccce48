import Testing
@testable import StandpointAnalysis

/// Which quotation each token of a paragraph's sentences lies in.
@Suite struct QuoteSpansTests {
    /// The quotation numbers of each sentence's tokens (nil outside one; an
    /// empty list for a sentence in none), paragraph by paragraph.
    func quotes(_ paragraphs: [[String]]) -> [[Int?]] {
        var spans = QuoteSpans()
        var result: [[Int?]] = []
        for paragraph in paragraphs {
            for sentence in paragraph {
                var text = sentence
                text.withUTF8 { bytes in result.append(spans.quotes(of: Tokenizer.tokens(bytes, in: 0..<bytes.count))) }
            }
            spans.endParagraph()
        }
        return result
    }

    @Test func aQuotationRunsOverSentencesOfItsParagraphAndNoFurther() {
        #expect(quotes([["He said: “We stay.", "We fight.”", "Then left."], ["“Open", "still"], ["closed"]]) == [
            [nil, nil, nil, 0, 0, 0, 0], [0, 0, 0, 0], [], [1, 1], [1], [],
        ])
    }

    @Test func straightQuotesOpenAndCloseByTurnsAndNumbersGoOn() {
        #expect(quotes([["\"Yes\" and \"no\".", "None here."], ["“Again”"]]) == [
            [0, 0, 0, nil, 1, 1, 1, nil], [], [2, 2, 2],
        ])
    }
}

extension QuoteSpans {
    /// `quotes(of:hasQuoteMark:)`, with `tokens` looked through for a
    /// quotation mark rather than told by the tokenizer.
    mutating func quotes(of tokens: [Token]) -> [Int?] {
        quotes(of: tokens, hasQuoteMark: tokens.contains { $0.kind.isQuoteMark })
    }
}
