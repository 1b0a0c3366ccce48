import Foundation
import Testing
@testable import StandpointModel

@Suite struct TrailTests {
    let corpus = AnnotationFixture.corpus

    func trail() -> Trail {
        Trail(
            name: "briefing",
            steps: ["p1", "p2", "p3"].map { TrailStep(anchor: AnnotationFixture.anchor($0), note: "say \($0)") })
    }

    @Test func stepsResolveToTheirPoints() {
        #expect(trail().steps.map { corpus.resolve($0) } == ["p1", "p2", "p3"].map { .point(corpus.point($0)!) })
    }

    @Test func aSentenceThatIsNoPointResolvesToItsPassage() {
        let text = AnnotationFixture.textA
        let range = AnnotationFixture.span("The weather was fine.", in: text)
        let step = TrailStep(anchor: PointAnchor(document: "a", range: range, quote: "The weather was fine."))
        #expect(corpus.resolve(step) == .passage(document: "a", range: range))
    }

    @Test func aStepWhoseTextIsGoneIsMissingButKept() {
        var trail = trail()
        trail.append(TrailStep(anchor: PointAnchor(document: "gone", range: ByteRange(start: 0, end: 3), quote: "abc")))
        trail.append(TrailStep(anchor: PointAnchor(document: "a", range: ByteRange(start: 0, end: 3), quote: "xyz")))
        #expect(trail.steps.count == 5)
        #expect(corpus.resolve(trail.steps[3]) == .missing)
        #expect(corpus.resolve(trail.steps[4]) == .missing)
    }

    @Test func reorderAndRemoveKeepTheOtherSteps() {
        var trail = trail()
        #expect(trail.move(at: 0, by: 1) == 1)
        #expect(trail.steps.map(\.note) == ["say p2", "say p1", "say p3"])
        #expect(trail.move(at: 2, by: 1) == 2)
        trail.remove(at: 0)
        trail.remove(at: 9)
        #expect(trail.steps.map(\.note) == ["say p1", "say p3"])
    }

    @Test func namesThatCannotBeFilesAreRefused() {
        #expect(Trail.isValidName("China briefing 2"))
        #expect(!Trail.isValidName(""))
        #expect(!Trail.isValidName("../etc"))
        #expect(!Trail.isValidName(".hidden"))
        #expect(!Trail.isValidName("a\u{1B}b"))
    }

    @Test func jsonIsReadableAndRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(trail())
        #expect(try JSONDecoder().decode(Trail.self, from: data) == trail())
        #expect(String(decoding: data, as: UTF8.self).contains(#""note":"say p1","point":{"document":"a","end":26,"start":0,"text":"China urged NATO to pause."}"#))
    }
}
