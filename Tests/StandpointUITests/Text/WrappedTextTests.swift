import Testing
@testable import StandpointUI

@Suite struct WrappedTextTests {
    private func lines(_ wrapped: WrappedText) -> [String] {
        wrapped.lines.map { range in range.map { wrapped.units[$0].text }.joined() }
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let wrapped = WrappedText("the quick brown fox jumps over", width: 10)
        #expect(lines(wrapped) == ["the quick", "brown fox", "jumps over"])
        #expect(wrapped.lineOffsets == [0, 10, 20])
        #expect(wrapped.line(containing: 12) == 1)
    }

    @Test func cutsWordsLongerThanALineAndKeepsBlankLines() {
        let wrapped = WrappedText("abcdefghij\n\nxy", width: 4)
        #expect(lines(wrapped) == ["abcd", "efgh", "ij", "", "xy"])
    }

    @Test func setsWrappedParagraphsApart() {
        let wrapped = WrappedText("one two three\nfour", width: 8)
        #expect(lines(wrapped) == ["one two", "three", "", "four"])
        #expect(wrapped.line(containing: 14) == 3)
    }

    @Test func measuresWideCharactersAndMapsTheirBytes() {
        let wrapped = WrappedText("北京表示 NATO", width: 6)
        #expect(lines(wrapped) == ["北京表", "示", "NATO"])
        #expect(wrapped.lineOffsets == [0, 9, 13])
    }

    @Test func escapesControlCharacters() {
        let wrapped = WrappedText("a\u{1B}[2Jb", width: 20)
        #expect(lines(wrapped) == ["a^[[2Jb"])
        #expect(wrapped.units[1].offset == 1 && wrapped.units[2].offset == 1)
    }
}
