import Testing
@testable import StandpointModel

@Suite struct DocumentTests {
    let document = Document(
        id: "d", path: "d.txt", title: "d", text: "Kyiv’s envoy said “no”. Then more.",
        sentences: [])

    @Test func aSliceIsTheTextOfItsRange() {
        let range = ByteRange(start: 0, end: 29)
        #expect(String(document.slice(range)) == "Kyiv’s envoy said “no”.")
        #expect(document.text(in: range) == "Kyiv’s envoy said “no”.")
    }

    @Test func aRangeCuttingACharacterIsRepairedNotRoundedToTheCharacter() {
        // Byte 5 lies inside "’" (three bytes from byte 4): the slice keeps
        // the cut bytes as replacement characters rather than moving the cut.
        let range = ByteRange(start: 5, end: 10)
        #expect(String(document.slice(range)) == "\u{FFFD}\u{FFFD}s e")
        #expect(document.text(in: range) == String(document.slice(range)))
    }

    @Test func aRangeBeyondTheTextIsClamped() {
        #expect(String(document.slice(ByteRange(start: 29, end: 500))) == " Then more.")
    }
}
