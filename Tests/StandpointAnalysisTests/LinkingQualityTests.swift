import Foundation
import StandpointModel
import Testing
@testable import StandpointAnalysis

/// Cross-references measured against the hand-labelled sets in other voices
/// (Quality/voices, Quality/heldout, Quality/voices2), the way ../shared/tools/score_stance.py
/// measures them: two points in different documents are linked when they
/// share a claim or a cross-reference joins them; a linked pair counts when
/// both points contain quotes of required gold points, and is right when those
/// gold points share a claim key. The floors sit just under the figures in
/// docs/quality.md, so that linking which stops seeing claims made in
/// different words fails here.
@Suite struct LinkingQualityTests {
    /// Cross-reference precision and recall of the analysed `set` against its gold.
    func score(_ set: String) throws -> (precision: Double, recall: Double) {
        let (gold, corpus) = try QualityGold.load(set)
        let required = gold.points.indices.filter { !gold.points[$0].optional }
        var goldPairs = Set<[Int]>()
        for (n, i) in required.enumerated() {
            for j in required.dropFirst(n + 1) {
                let (a, b) = (gold.points[i], gold.points[j])
                if a.doc != b.doc && !a.claimKeys.isDisjoint(with: b.claimKeys) { goldPairs.insert([i, j]) }
            }
        }
        var matches: [String: [Int]] = [:]
        var documentOf: [String: String] = [:]
        for point in corpus.points {
            let text = ExtractionQualityTests.normalized(point.text)
            matches[point.id] = required.filter {
                gold.points[$0].doc == point.document && text.contains(ExtractionQualityTests.normalized(gold.points[$0].quote))
            }
            documentOf[point.id] = point.document
        }
        var linked = Set<Set<String>>()
        let byClaim = Dictionary(grouping: corpus.points.filter { $0.claim != nil }, by: { $0.claim ?? "" })
        for members in byClaim.values {
            for (n, a) in members.enumerated() {
                for b in members.dropFirst(n + 1) { linked.insert([a.id, b.id]) }
            }
        }
        for reference in corpus.crossReferences { linked.insert([reference.from, reference.to]) }
        var right = Set<[Int]>()
        var wrong = 0
        for pair in linked where pair.count == 2 {
            let ids = Array(pair)
            guard documentOf[ids[0]] != documentOf[ids[1]] else { continue }
            let (ga, gb) = (matches[ids[0]] ?? [], matches[ids[1]] ?? [])
            guard !ga.isEmpty, !gb.isEmpty else { continue }
            let hits = ga.flatMap { i in gb.map { [min(i, $0), max(i, $0)] } }.filter { goldPairs.contains($0) }
            if hits.isEmpty { wrong += 1 } else { right.formUnion(hits) }
        }
        let precision = right.isEmpty ? 0 : Double(right.count) / Double(right.count + wrong)
        return (precision, Double(right.count) / Double(max(goldPairs.count, 1)))
    }

    @Test func claimsInDifferentWordsAreLinkedInOtherVoices() throws {
        let voices = try score("voices")
        #expect(voices.precision >= 0.5, "voices cross-reference precision \(voices.precision)")
        #expect(voices.recall >= 0.25, "voices cross-reference recall \(voices.recall)")
        let heldout = try score("heldout")
        #expect(heldout.precision >= 0.75, "held-out cross-reference precision \(heldout.precision)")
        #expect(heldout.recall >= 0.3, "held-out cross-reference recall \(heldout.recall)")
        let voices2 = try score("voices2")
        #expect(voices2.precision >= 0.35, "voices2 cross-reference precision \(voices2.precision)")
        #expect(voices2.recall >= 0.48, "voices2 cross-reference recall \(voices2.recall)")
    }
}
