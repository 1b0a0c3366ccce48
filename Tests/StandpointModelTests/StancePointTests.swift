import Testing
@testable import StandpointModel

@Suite struct StancePointTests {
    func point(reasons: Rationale?) -> StancePoint {
        let document = Document(id: "d", path: "d.txt", title: "d", text: "Beijing rejects the plan.", sentences: [])
        let range = ByteRange(start: 0, end: 25)
        return StancePoint(
            id: "p1", document: "d", sentence: 0, range: range, textSlice: document.slice(range),
            holder: Holder(name: "China"), target: "the plan", polarity: .oppose, cue: "rejects",
            confidence: 0.8, reasons: reasons)
    }

    @Test func theRationaleOfARuleIsSpeltWithThePointsCue() {
        let point = point(reasons: .rule("oppose cue", holder: "subject of 'rejects'", polarity: "oppose verb"))
        #expect(point.rationale == "oppose cue 'rejects'; holder: subject of 'rejects'; polarity: oppose verb")
        #expect(point.text == "Beijing rejects the plan.")
    }

    @Test func aRationaleInWordsIsKeptAsWritten() {
        #expect(point(reasons: .text("added by the researcher")).rationale == "added by the researcher")
        #expect(point(reasons: nil).rationale == nil)
    }
}
