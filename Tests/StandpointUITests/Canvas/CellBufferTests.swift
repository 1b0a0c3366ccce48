import Testing
@testable import StandpointUI

@Suite struct CellBufferTests {
    @Test func wideCharactersTakeTwoCellsAndAlign() {
        var buffer = CellBuffer(size: Size(columns: 8, rows: 2))
        buffer.put("北京ab", column: 0, row: 0, style: .plain)
        buffer.put("abcdef", column: 0, row: 1, style: .plain)
        #expect(buffer.lines == ["北京ab", "abcdef"])
        #expect(buffer.cell(column: 1, row: 0).width == 0)
        #expect(buffer.cell(column: 4, row: 0).text == "a")
    }

    @Test func clipsAtTheEdgeAndRepairsCutWideCharacters() {
        var buffer = CellBuffer(size: Size(columns: 5, rows: 1))
        buffer.put("ab北京", column: 0, row: 0, style: .plain)
        #expect(buffer.lines == ["ab北"])
        buffer.put("x", column: 3, row: 0, style: .plain)
        #expect(buffer.lines == ["ab x"])
    }

    @Test func neverStoresARawControlCharacter() {
        var buffer = CellBuffer(size: Size(columns: 20, rows: 1))
        buffer.put("\u{1B}]2;PWNED\u{07}", column: 0, row: 0, style: .plain)
        #expect(buffer.lines == ["^[]2;PWNED^G"])
    }

    @Test func keepsStylesPerCell() {
        var buffer = CellBuffer(size: Size(columns: 4, rows: 1))
        buffer.put("ab", column: 1, row: 0, style: Style(reverse: true))
        #expect(buffer.cell(column: 0, row: 0).style == .plain)
        #expect(buffer.cell(column: 1, row: 0).style.reverse)
    }
}
