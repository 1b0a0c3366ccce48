import StandpointModel
import Testing
@testable import StandpointUI

@Suite struct PresenterSlideTests {
    @Test func aPointStepShowsItsClaimContextHolderAndEchoes() {
        let slide = PresenterSlide(trail: PresenterFixture.trail, index: 0, corpus: PresenterFixture.corpus, contextSentences: 1)
        #expect(slide.heading == "NATO should pause")
        #expect(slide.progress == "step 1/3")
        #expect(slide.context == "Two. China urged NATO to pause. Four.")
        #expect(slide.highlight.map { Array(slide.context.utf8)[$0] }.map { String(decoding: $0, as: UTF8.self) } == "China urged NATO to pause.")
        #expect(slide.holder == "China")
        #expect(slide.documentTitle == "Paper A")
        #expect(slide.echoes == [
            .init(documentID: "b", documentTitle: "Paper B", holders: ["Wang Yi (China)"]),
            .init(documentID: "c", documentTitle: "Paper C", holders: ["Russia"]),
        ])
        #expect(slide.note == "Start with the demand.")
        #expect(!slide.isMissing)
    }

    @Test func moreContextOnABiggerScreenStopsAtTheDocumentEdges() {
        let slide = PresenterSlide(trail: PresenterFixture.trail, index: 0, corpus: PresenterFixture.corpus, contextSentences: 4)
        #expect(slide.context == PresenterFixture.texts["a"])
        #expect(Presentation.contextSentences(for: Size(columns: 80, rows: 24)) == 1)
        #expect(Presentation.contextSentences(for: Size(columns: 40, rows: 12)) == 0)
        #expect(Presentation.contextSentences(for: Size(columns: 200, rows: 60)) == 4)
    }

    @Test func aPlainSentenceStepHasNoHolderOrEchoes() {
        let slide = PresenterSlide(trail: PresenterFixture.trail, index: 1, corpus: PresenterFixture.corpus, contextSentences: 0)
        #expect(slide.heading == "Paper B")
        #expect(slide.context == "Tres.")
        #expect(slide.point == nil && slide.holder == nil && slide.echoes.isEmpty)
    }

    @Test func aMissingStepSaysSoAndKeepsItsQuote() {
        let slide = PresenterSlide(trail: PresenterFixture.trail, index: 2, corpus: PresenterFixture.corpus, contextSentences: 1)
        #expect(slide.isMissing)
        #expect(slide.heading == "Missing passage")
        #expect(slide.context == "Gone.")
        #expect(slide.progress == "step 3/3")
    }

    @Test func movingStopsAtBothEnds() {
        var presentation = Presentation(trail: PresenterFixture.trail)
        let moves = [presentation.previous(), presentation.next(), presentation.next(), presentation.next()]
        #expect(moves == [false, true, true, false])
        #expect(presentation.step == 2)
        let jumps = [presentation.go(to: 0), presentation.go(to: 7)]
        #expect(jumps == [true, false])
        #expect(Presentation(trail: Trail(name: "empty")).slide(in: PresenterFixture.corpus, contextSentences: 1) == nil)
    }
}
