import Testing
@testable import StandpointAnalysis

/// Theme links' fast paths against the plain versions they stand for.
@Suite struct ClaimLinkerThemesTests {
    @Test func scoresThroughBuffersAreTheIndexScores() {
        let texts = [
            "China urged NATO to abandon its Cold War mentality and to respect sovereignty.",
            "Russia said the Cold War mentality of the alliance threatens regional security.",
            "The ministry called for dialogue and negotiation to resolve disputes peacefully.",
            "Beijing warned that sanctions and the Cold War mentality undermine dialogue.",
        ]
        let index = ClaimLinker.Index(texts: texts)
        var spread = Array(repeating: 0.0, count: index.termNames.count)
        index.withVectorBuffers { vectors in
            spread.withUnsafeMutableBufferPointer { spread in
                for a in texts.indices {
                    vectors.spread(a, into: spread)
                    for b in texts.indices { #expect(vectors.score(b, spread: spread) == index.score(a, b)) }
                    vectors.clear(a, from: spread)
                    #expect(spread.allSatisfy { $0 == 0 })
                }
            }
        }
    }
}
