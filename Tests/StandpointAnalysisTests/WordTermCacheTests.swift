import Testing
@testable import StandpointAnalysis

/// What words mean, kept from document to document, changes no document's terms.
@Suite struct WordTermCacheTests {
    /// Documents whose words recur (stems, synonyms, stopwords, numbers,
    /// words too short or not ASCII) have the same terms made with a cache
    /// carried from one to the next, large or of two slots that words
    /// keep taking from each other, as made without one.
    @Test func cachedTermsAreUncachedTerms() {
        let documents: [[Substring]] = [
            [
                "China strongly condemned the sanctions on Beijing's trade.",
                "The sanctions regime hurts trade and the Cold War mindset persists, Beijing said.",
            ],
            [
                "Sanctions were strongly condemned by China, which warned that trade talks would stall.",
                "Internationalization of sanctions regimes: the EU urged negotiations on a ceasefire in 2024.",
            ],
            [
                "Café owners said the cafe\u{301} sanctions hurt trade; sanction relief is urgent.",
                "The mentality of negotiators and their negotiations on tariffs worried policymakers.",
            ],
        ]
        let uncached = documents.map { Self.store($0, wordTerms: WordTermCache()).store }
        for slotCount in [8192, 2] {
            var wordTerms = WordTermCache(slotCount: slotCount)
            for (k, document) in documents.enumerated() {
                let store: DocumentTerms
                (store, wordTerms) = Self.store(document, wordTerms: wordTerms)
                for point in 0..<document.count {
                    let (cached, plain) = (store.terms(ofPoint: point), uncached[k].terms(ofPoint: point))
                    #expect(cached.names == plain.names, "\(slotCount) slots, document \(k), point \(point)")
                    #expect(cached.focusTerms == plain.focusTerms, "\(slotCount) slots, document \(k), point \(point)")
                }
            }
        }
    }

    /// The terms of `texts` as one document's points, made with
    /// `wordTerms`, and the cache after.
    private static func store(
        _ texts: [Substring], wordTerms: WordTermCache
    ) -> (store: DocumentTerms, wordTerms: WordTermCache) {
        var builder = DocumentTerms.Builder(wordTerms: wordTerms)
        builder.add(texts: texts)
        var after = WordTermCache()
        let store = builder.finish(returning: &after)
        return (store, after)
    }
}
