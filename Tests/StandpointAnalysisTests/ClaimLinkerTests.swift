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

@Suite struct ClaimLinkerThemeTests {
    func link(_ texts: [String]) -> ClaimLinker.Result {
        ClaimLinkerTests().link(texts)
    }

    /// Whether points `a` and `b` (ids) share a claim or are cross-referenced.
    func linked(_ result: ClaimLinker.Result, _ a: String, _ b: String) -> Bool {
        let claim = Dictionary(uniqueKeysWithValues: result.points.map { ($0.id, $0.claim) })
        return claim[a] == claim[b] || result.crossReferences.contains { Set([$0.from, $0.to]) == Set([a, b]) }
    }

    @Test func pointsInDifferentWordsFromDifferentVoicesAreLinked() {
        let result = link([
            "The Chinese Foreign Ministry urged Washington to give up its zero-sum thinking.",
            "Moscow warned that NATO is still driven by a Cold War mentality.",
            "The think tank argues that Europe must resolve its disputes with Russia peacefully.",
            "The Secretary of State called for talks between the parties.",
        ])
        #expect(result.points.count == 4)
        #expect(linked(result, "p1", "p2"))
        #expect(linked(result, "p3", "p4"))
        #expect(!linked(result, "p1", "p3"))
        #expect(!linked(result, "p2", "p4"))
    }

    @Test func aPointOfTwoThemesIsLinkedToBoth() {
        let result = link([
            "China opposes hegemony and promotes a multipolar world.",
            "The ministry condemned US hegemonism.",
            "Russia supports the emergence of multipolarity.",
        ])
        #expect(result.points.count == 3)
        #expect(linked(result, "p1", "p2"))
        #expect(linked(result, "p1", "p3"))
        #expect(!linked(result, "p2", "p3"))
        let explained = result.crossReferences.filter { $0.sharedTerms.first?.hasPrefix("theme: ") == true }
        #expect(!explained.isEmpty)
        #expect(explained.allSatisfy { $0.score >= 0 && $0.score <= 1 && $0.sharedTerms.count > 1 })
    }

    @Test func pointsSharingOnlyACommonWordStayApart() {
        let result = link([
            "The minister said food security in Africa must improve.",
            "NATO warned that the security of the Baltic states is not negotiable.",
            "Analysts warned that a trade war would hurt both economies.",
            "The war in Ukraine must end, the envoy said.",
        ])
        #expect(result.points.count == 4)
        #expect(Set(result.points.map(\.claim)).count == 4)
        #expect(result.crossReferences.isEmpty)
    }

    @Test func aPhraseOfBroadWordsNamesNoClaim() {
        let result = link([
            "The minister warned that the world must avoid a world war.",
            "The envoy cautioned that a world war must never happen again.",
        ])
        #expect(result.points.count == 2)
        #expect(result.points[0].claim != result.points[1].claim)
    }

    @Test func oppositeStancesOnOneThemeInDifferentWordsContradict() {
        let result = link([
            "NATO supports the enlargement of the Alliance.",
            "The Russian Foreign Ministry rejects NATO's eastward expansion.",
        ])
        #expect(result.points.map(\.polarity) == [.support, .oppose])
        #expect(result.crossReferences.contains { $0.kind == .contradicts && $0.from == "p1" && $0.to == "p2" })
    }

    @Test func aSmallCorpusOfVoicesIsLinkedByTheme() {
        let result = link([
            "NATO Allies pledged to continue military assistance to Ukraine for as long as it takes.",
            "The Russian Foreign Ministry warned that Western weapons deliveries to the Kiev regime only prolong the conflict.",
            "Beijing urged all parties to exercise restraint and to resume talks.",
            "The authors argue that a durable ceasefire must come before any settlement.",
            "Türkiye called for an immediate truce and a return to diplomacy.",
        ])
        #expect(result.points.count == 5)
        #expect(linked(result, "p1", "p2"))
        #expect(linked(result, "p4", "p5"))
        #expect(linked(result, "p3", "p5"))
        #expect(!linked(result, "p1", "p3"))
        #expect(!linked(result, "p2", "p4"))
    }
}
