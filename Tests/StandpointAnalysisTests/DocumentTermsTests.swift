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
