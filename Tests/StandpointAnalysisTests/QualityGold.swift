import Foundation
import StandpointModel
import Testing
@testable import StandpointAnalysis

/// A hand-labelled set under Quality/ (`SET/` and `SET-gold.json`, in the
/// format of ../shared/gold/SPEC.md), read as the quality suites need it.
struct QualityGold: Decodable {
    /// One labelled stance point.
    struct Point: Decodable {
        let doc: String
        let quote: String
        let holder: String
        let polarity: String?
        let claims: [String]?
        let claim: String?
        let optional: Bool

        /// The claim keys of the point (`claims`, or the single `claim`).
        var claimKeys: Set<String> { Set(claims ?? claim.map { [$0] } ?? []) }
    }

    let holderAliases: [String: [String]]
    let points: [Point]

    /// The gold of `set` and the corpus the analyser makes of its documents.
    static func load(_ set: String) throws -> (gold: QualityGold, corpus: Corpus) {
        let folder = try #require(Bundle.module.url(forResource: "Quality", withExtension: nil))
        let gold = try JSONDecoder().decode(
            QualityGold.self, from: Data(contentsOf: folder.appendingPathComponent("\(set)-gold.json")))
        let corpus = try Analyzer().analyze([folder.appendingPathComponent(set).path]).corpus
        return (gold, corpus)
    }
}
