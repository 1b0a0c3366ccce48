import Testing
@testable import StandpointUI

@Suite struct TextSanitizerTests {
    @Test func escapeSequencesBecomeVisibleText() {
        #expect(TextSanitizer.line("x\u{1B}]2;PWNED\u{07}y") == "x^[]2;PWNED^Gy")
        #expect(TextSanitizer.line("\u{1B}[2J") == "^[[2J")
        #expect(TextSanitizer.line("a\u{9B}31mb") == "a<9B>31mb")
        #expect(TextSanitizer.line("del\u{7F}") == "del^?")
        #expect(TextSanitizer.line("evil\u{202E}txt") == "evil<U+202E>txt")
    }

    @Test func noControlCharacterSurvives() {
        for value in (0..<0x100).compactMap(Unicode.Scalar.init) {
            let shown = TextSanitizer.line("a" + String(Character(value)) + "b")
            #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) },
                    "U+\(String(value.value, radix: 16)) reached the screen raw")
        }
    }

    @Test func keepsTextAndMarksButNotInvisibles() {
        #expect(TextSanitizer.line("Café “ok” — Москва 北京 🌏") == "Café “ok” — Москва 北京 🌏")
        #expect(TextSanitizer.line("zero\u{200B}width") == "zerowidth")
        #expect(TextSanitizer.line("\u{301}lone") == "◌\u{301}lone")
        #expect(TextSanitizer.snippet("  two\n\nlines\t here ") == "two lines here")
    }
}
