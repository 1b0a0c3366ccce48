import Testing
@testable import StandpointAnalysis

/// A document's term store keeps each point's terms in name order.
@Suite struct DocumentTermsTests {
    /// The order by integer prefixes is `String`'s order, equal names in
    /// text order: names that share eight bytes, prefixes of one another,
    /// and names that are not ASCII.
    @Test func nameOrderIsStringOrder() {
        let names = [
            "sanction", "@China", "sanctions regime", "sanctions", "sanction", "cold war", "cold", "économie",
            "economy", "Éire", "@European Union", "@European Council", "zeal", "a", "ab", "", "café", "cafe", "ça",
            "international", "internationalism", "sanction",
        ]
        let occurrences = names.map { PointTerms.Occurrence(name: $0, span: PointTerms.Span(0..<1), inFocus: false) }
        let expected = names.indices.sorted { (names[$0], $0) < (names[$1], $1) }
        #expect(DocumentTerms.Builder.nameOrder(occurrences) == expected)
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
