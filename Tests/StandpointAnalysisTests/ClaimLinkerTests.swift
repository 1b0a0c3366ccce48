import StandpointModel
import Testing
@testable import StandpointAnalysis

@Suite struct ClaimLinkerTests {
    /// Points of several one-sentence documents, linked.
    func link(_ texts: [String]) -> ClaimLinker.Result {
        var documents: [Document] = []
        var points: [StancePoint] = []
        for (i, text) in texts.enumerated() {
            let (document, found) = analysed(text, id: "d\(i)")
            documents.append(document)
            for point in found { points.append(point.withID("p\(points.count + 1)")) }
        }
        return ClaimLinker().link(points, in: documents)
    }

    @Test func differentlyWordedPointsOfOneClaimShareIt() {
        let result = link([
            "Beijing urged NATO to abandon its Cold War mentality. China calls for dialogue and negotiation.",
            "The Kremlin said the West must discard the Cold War mindset. Moscow urged talks and diplomacy.",
            "The minister warned that the Cold War thinking of the alliance is dangerous. He advocated negotiations.",
        ])
        let claims = result.points.map(\.claim)
        #expect(result.points.count == 6)
        #expect(claims[0] == claims[2] && claims[2] == claims[4])
        #expect(claims[1] == claims[3] && claims[3] == claims[5])
        #expect(claims[0] != claims[1])
        let coldWar = result.claims.first { $0.id == claims[0] }
        #expect(coldWar?.documents == ["d0", "d1", "d2"])
        #expect(coldWar?.label.lowercased().contains("cold war") == true)
    }

    @Test func sameClaimLinksCarryScoreAndSharedTerms() {
        let result = link([
            "NATO must end its eastward expansion.",
            "Russia firmly opposes the eastward enlargement of the alliance.",
        ])
        let links = result.crossReferences.filter { $0.kind == .sameClaim }
        #expect(links.count == 1)
        #expect(links.first.map { $0.score > 0 && !$0.sharedTerms.isEmpty } == true)
    }

    @Test func oppositeStancesOfDifferentHoldersContradict() {
        let result = link([
            "NATO supports the enlargement of the alliance to the east.",
            "Russia rejects the enlargement of the alliance to the east.",
        ])
        #expect(result.points.map(\.polarity) == [.support, .oppose])
        #expect(result.crossReferences.contains { $0.kind == .contradicts && $0.from == "p1" && $0.to == "p2" })
    }

    @Test func unrelatedPointsStayApart() {
        let result = link([
            "China calls for dialogue and negotiation.",
            "The United States condemned the missile test as reckless.",
        ])
        #expect(result.points[0].claim != result.points[1].claim)
        #expect(result.crossReferences.isEmpty)
    }
}
