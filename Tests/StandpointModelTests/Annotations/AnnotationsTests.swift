import Foundation
import Testing
@testable import StandpointModel

@Suite struct AnnotationsTests {
    let corpus = AnnotationFixture.corpus

    @Test func emptyAnnotationsChangeNothing() {
        let result = Annotations().apply(to: corpus)
        #expect(result.corpus.points == corpus.points)
        #expect(result.corpus.claims == corpus.claims)
        #expect(result.correctedPointCount == 0)
    }

    @Test func polarityAndHolderCorrectionsMarkThePoint() throws {
        var annotations = Annotations()
        annotations.record(.setPolarity(AnnotationFixture.anchor("p1"), .oppose))
        annotations.record(.setHolder(AnnotationFixture.anchor("p1"), "NATO"))
        let result = annotations.apply(to: corpus)
        let point = try #require(result.corpus.point("p1"))
        #expect(point.polarity == .oppose)
        #expect(point.holder?.name == "NATO")
        #expect(point.source == .annotation)
        #expect(result.corpus.point("p2")?.source == .analysis)
        #expect(result.correctedPointCount == 1)
    }

    @Test func rejectedPointLeavesItsClaimAndCrossReferences() {
        var annotations = Annotations()
        annotations.record(.reject(AnnotationFixture.anchor("p3")))
        let result = annotations.apply(to: corpus)
        #expect(result.corpus.point("p3") == nil)
        #expect(result.rejected.map(\.id) == ["p3"])
        #expect(result.corpus.claim("c1")?.points == ["p1"])
        #expect(result.corpus.claim("c1")?.documents == ["a"])
        #expect(result.corpus.crossReferences.isEmpty)
        #expect(result.correctedPointCount == 1)
    }

    @Test func linkMovesThePointToTheOtherClaimAndUnlinkTakesItOut() {
        var annotations = Annotations()
        annotations.record(.link(AnnotationFixture.anchor("p4"), claimOf: AnnotationFixture.anchor("p2"), label: "Reject bloc politics"))
        annotations.record(.unlink(AnnotationFixture.anchor("p3")))
        let result = annotations.apply(to: corpus)
        #expect(result.corpus.claim("c2")?.points == ["p2", "p4"])
        #expect(result.corpus.claim("c2")?.documents == ["a", "b"])
        #expect(result.corpus.point("p3")?.claim == nil)
        #expect(result.corpus.claim("c1")?.points == ["p1"])
        #expect(result.corpus.crossReferences.map { [$0.from, $0.to] } == [["p4", "p2"]])
    }

    @Test func addedSentenceBecomesAnAnnotatedPointInTextOrder() throws {
        let text = AnnotationFixture.textA
        let anchor = PointAnchor(
            document: "a", range: AnnotationFixture.span("The weather was fine.", in: text), quote: "The weather was fine.")
        var annotations = Annotations()
        annotations.record(.addPoint(anchor, holder: "Analyst", polarity: .neutral))
        annotations.record(.setPolarity(anchor, .support))
        let result = annotations.apply(to: corpus)
        #expect(result.corpus.points(inDocument: "a").map(\.id) == ["p1", "a1", "p2"])
        let added = try #require(result.corpus.point("a1"))
        #expect(added.text == "The weather was fine.")
        #expect(added.sentence == 1)
        #expect(added.polarity == .support)
        #expect(added.holder?.name == "Analyst")
        #expect(added.source == .annotation)
        #expect(result.unresolved.isEmpty)
    }

    @Test func anchorsFollowTheirTextWhenTheSpanMoved() throws {
        var moved = AnnotationFixture.anchor("p2")
        moved.range = ByteRange(start: moved.range.start + 7, end: moved.range.end + 7)
        var annotations = Annotations()
        annotations.record(.setPolarity(moved, .support))
        let result = annotations.apply(to: corpus)
        #expect(result.corpus.point("p2")?.polarity == .support)
    }

    @Test func changesWhoseTextIsGoneAreKeptAsUnresolved() {
        let gone = PointAnchor(document: "a", range: ByteRange(start: 0, end: 5), quote: "Paris")
        var annotations = Annotations()
        annotations.record(.reject(gone))
        let result = annotations.apply(to: corpus)
        #expect(result.unresolved == [.reject(gone)])
        #expect(result.corpus.points.count == corpus.points.count)
    }

    @Test func notesAttachToPointsAndDocumentsAndEmptyTextRemovesThem() {
        var annotations = Annotations()
        annotations.record(.note(.point(AnnotationFixture.anchor("p4")), "check the translation"))
        annotations.record(.note(.document("b"), "state media"))
        annotations.record(.note(.document("b"), ""))
        let result = annotations.apply(to: corpus)
        #expect(result.pointNotes == ["p4": "check the translation"])
        #expect(result.documentNotes.isEmpty)
        #expect(annotations.correctionCount == 0)
        #expect(result.correctedPointCount == 0)
    }

    @Test func undoRemovesOnlyTheLastChange() {
        var annotations = Annotations()
        annotations.record(.setPolarity(AnnotationFixture.anchor("p1"), .oppose))
        annotations.record(.reject(AnnotationFixture.anchor("p2")))
        #expect(annotations.undo() == .reject(AnnotationFixture.anchor("p2")))
        let result = annotations.apply(to: corpus)
        #expect(result.corpus.point("p2") != nil)
        #expect(result.corpus.point("p1")?.polarity == .oppose)
        annotations.undo()
        #expect(annotations.undo() == nil)
        #expect(annotations.isEmpty)
    }

    @Test func everyKindRoundTripsThroughReadableJSON() throws {
        var annotations = Annotations()
        let anchor = AnnotationFixture.anchor("p4")
        for change: Annotation in [
            .reject(anchor), .setPolarity(anchor, .neutral), .setHolder(anchor, "北京"),
            .link(anchor, claimOf: AnnotationFixture.anchor("p1"), label: "NATO should pause"), .unlink(anchor),
            .addPoint(anchor, holder: nil, polarity: .oppose), .note(.point(anchor), "a\nb"), .note(.document("a"), "x"),
        ] {
            annotations.record(change)
        }
        let data = try JSONEncoder().encode(annotations)
        #expect(try JSONDecoder().decode(Annotations.self, from: data) == annotations)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""kind":"polarity""#))
        #expect(json.contains(#""text":"北京 calls for talks.""#))
    }
}
