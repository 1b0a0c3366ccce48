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
}
