import Testing
@testable import StandpointUI

@Suite struct DisplayWidthTests {
    @Test func measuresColumnsAsATerminalDraws() {
        #expect(DisplayWidth.of("NATO") == 4)
        #expect(DisplayWidth.of("“quoted” — dash") == 15)
        #expect(DisplayWidth.of("Москва") == 6)
        #expect(DisplayWidth.of("北京") == 4)
        #expect(DisplayWidth.of("ｆｕｌｌ") == 8)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("🌏") == 2)
        #expect(DisplayWidth.of("🇨🇳") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
    }

    @Test func truncatesByColumnsNotCharacters() {
        #expect(DisplayWidth.truncate("北京表示北约", to: 5) == "北京…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.pad("北", to: 4) == "北  ")
    }

    /// The shortcut for box lines, quotes and dashes measures, cuts, draws
    /// and sanitises each such character exactly as the full rules do.
    @Test func simpleCharactersAreMeasuredAsTheFullRulesMeasureThem() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x24F, 0x2000...0x206F, 0x2200...0x22FF, 0x2500...0x259F]
        var simple = 0
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.isSimple(scalar) else { continue }
            simple += 1
            let character = Character(scalar)
            #expect(DisplayWidth.of(character) == 1, "U+\(String(value, radix: 16))")
            #expect(TextSanitizer.displayForm(of: character) == String(character), "U+\(String(value, radix: 16))")
        }
        #expect(simple > 700)
        #expect(!DisplayWidth.isSimple("\u{AD}") && !DisplayWidth.isSimple("\u{200B}") && !DisplayWidth.isSimple("\u{301}"))
        let line = "┌ Stance points ─ “Cold War” − ≠ … ▌café┐"
        #expect(DisplayWidth.of(line) == line.reduce(0) { $0 + DisplayWidth.of($1) })
        #expect(DisplayWidth.truncate(line, to: 12) == "┌ Stance po…")
        #expect(DisplayWidth.of("“Cold War”\u{301}") == 10, "a combining mark still joins the quote before it")
        var buffer = CellBuffer(size: Size(columns: 8, rows: 1))
        buffer.put("─“é”−▌", column: 0, row: 0, style: .plain)
        #expect(buffer.text(row: 0) == "─“é”−▌")
        #expect(buffer.cell(column: 5, row: 0).text == "▌")
    }
}
