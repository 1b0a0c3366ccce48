import Testing
import StandpointModel
@testable import StandpointExport

@Suite struct TrailHandoutTests {
    let corpus = ExportFixture.corpus

    func trail() -> Trail {
        Trail(name: "Briefing", steps: [
            TrailStep(anchor: PointAnchor(corpus.point("p1")!), note: "open with the demand"),
            TrailStep(anchor: PointAnchor(corpus.point("p4")!)),
            TrailStep(anchor: PointAnchor(document: "b", range: ByteRange(start: 0, end: 4), quote: "Gone sentence.")),
        ])
    }

    @Test func eachStepHasHeadingQuoteHolderDocumentAndCrossReferences() {
        let handout = TrailHandout.render(trail(), ExportFixture.annotated)
        let lines = handout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# Briefing")
        #expect(lines.filter { $0.hasPrefix("## ") } == ["## 1. NATO should pause", "## 2. NATO", "## 3. Missing passage"])
        #expect(lines.contains(#"> “China urged NATO to pause, "now".”"#))
        #expect(lines.contains("— **China**, support, in *Statement A* (`a`)"))
        #expect(lines.contains("- Same claim: **Wang Yi (China)** in *Report, B* (`b`): “Wang Yi said NATO must pause.”"))
        #expect(lines.contains("— *no holder named*, neutral, in *Report, B* (`b`)"))
        #expect(lines.contains("*This passage is no longer in document `b`.*"))
        #expect(!handout.contains("open with the demand"))
    }

    @Test func presenterNotesOnlyWhenAsked() {
        let handout = TrailHandout.render(trail(), ExportFixture.annotated, includeNotes: true)
        #expect(handout.contains("Note: open with the demand"))
    }
}
