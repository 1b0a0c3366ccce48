import Testing
import StandpointModel
@testable import StandpointExport

@Suite struct CorpusExportLookupsTests {
    /// The look-ups made once for all points find what a look-up of each
    /// point's document and claim by id finds, also for ids that name none.
    @Test func lookUpsForAllPointsMatchLookUpsByID() {
        let fixture = ExportFixture.corpus
        var points = fixture.points
        points.append(ExportFixture.point("x1", "gone", ExportFixture.textA, "China urged", nil, .support, "c9"))
        points.append(ExportFixture.point("p6", "b", ExportFixture.textB, "Talks are fine.", nil, .support, "c1"))
        let corpus = Corpus(root: fixture.root, documents: fixture.documents, points: points, claims: fixture.claims)
        #expect(corpus.documentPositionsOfPoints() == corpus.points.map { corpus.documentPosition($0.document) })
        let claims = corpus.claimPositionsOfPoints().map { $0.map { corpus.claims[$0].id } }
        #expect(claims == corpus.points.map { $0.claim.flatMap(corpus.claim)?.id })
        #expect(claims == ["c1", "c2", "c1", nil, nil, "c1"])
    }
}
