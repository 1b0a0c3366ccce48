import Testing
@testable import StandpointAnalysis

/// A document's term store keeps each point's terms in name order, and
/// the caches it keeps across points change no point's terms.
@Suite struct DocumentTermsTests {
    /// The pool's order is `String`'s order, equal names in the order the
    /// tie says: names that share sixteen bytes, prefixes of one another,
    /// names that are not ASCII, and two spellings of "café".
    @Test func poolOrderIsStringOrder() {
        let names = [
            "sanction", "@China", "sanctions regime", "sanctions", "sanction", "cold war", "cold", "économie",
            "economy", "Éire", "@European Union", "@European Council", "zeal", "a", "ab", "", "café", "cafe", "ça",
            "international", "internationalism", "internationalizations", "internationalization", "cafe\u{301}",
            "sanction",
        ]
        var pool = TermPool()
        let numbers = names.map { pool.number(of: $0) }
        let expected = names.indices.sorted { (names[$0], $0) < (names[$1], $1) }
        #expect(names.indices.sorted { pool.precedes(numbers[$0], numbers[$1], tie: $0 < $1) } == expected)
        #expect(pool.count == Set(names.map { Array($0.utf8) }).count)
        #expect(pool.isSameName(numbers[16], numbers[23]) && !pool.isSameName(numbers[16], numbers[17]))
        for (name, number) in zip(names, numbers) {
            #expect(Array(name.utf8).withUnsafeBufferPointer { pool.number(ofBytes: $0) } == number)
            #expect(pool.name(number) == name)
        }
    }

    /// Each point of a store made point by point has the terms, claim terms
    /// and surfaces of a store of that point alone, though words, entities
    /// and key phrases recur from point to point.
    @Test func pointsOfOneStoreAreAsAlone() {
        let texts: [Substring] = [
            "China strongly condemned the sanctions on Beijing's trade.",
            "The sanctions regime hurts trade and the Cold War mindset persists, Beijing said.",
            "Sanctions were strongly condemned by China, which warned that trade talks would stall.",
            "Internationalization of sanctions regimes: the EU urged negotiations on a ceasefire.",
            "Café owners said the cafe\u{301} sanctions hurt trade; sanction relief is urgent.",
        ]
        let lexicon = Lexicon.shared
        var builder = DocumentTerms.Builder()
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
                builder.add(
                    text: text, tokens: tokens, cues: lexicon.cues(in: tokens), mask: lexicon.contrastMask(tokens), base: 0,
                    lexicon: lexicon)
            }
        }
        let store = builder.finish()
        #expect(store.pointCount == texts.count)
        for (k, text) in texts.enumerated() {
            let together = store.terms(ofPoint: k)
            let alone = PointTerms(text, lexicon: lexicon)
            #expect(together.names == alone.names, "point \(k)")
            #expect(together.focusTerms == alone.focusTerms, "point \(k)")
            #expect(together.names.map { together.surface(of: $0) } == alone.names.map { alone.surface(of: $0) }, "point \(k)")
        }
        #expect(Set(store.names).count == store.names.count)
    }
}

/// Spans packed into 8 bytes read back as they were given, and spans whose
/// parts do not fit are kept whole.
@Suite struct PackedSpansTests {
    @Test func spansReadBackAsGiven() {
        let spans = [
            PointTerms.Span(0..<0), PointTerms.Span(3..<9), PointTerms.Span(0..<4, then: 5..<8),
            PointTerms.Span(12..<20, then: 20..<21), PointTerms.Span((1 << 28) - 1..<(1 << 28) + 4094),
            PointTerms.Span(1 << 28..<(1 << 28) + 1), PointTerms.Span(7..<(7 + 4096)),
            PointTerms.Span(0..<4, then: 258..<260), PointTerms.Span(0..<4, then: 259..<260),
            PointTerms.Span(0..<4, then: 4..<(4 + 4096)), PointTerms.Span(100..<104, then: 110..<(110 + 4095)),
        ]
        var packed = PackedSpans()
        for span in spans { packed.append(span) }
        let fitted = packed.fitted()
        #expect(fitted.count == spans.count)
        for (k, span) in spans.enumerated() {
            for read in [packed[k], fitted[k]] {
                #expect(
                    [read.start, read.end, read.secondStart, read.secondEnd]
                        == [span.start, span.end, span.secondStart, span.secondEnd], "span \(k)")
            }
        }
    }
}
