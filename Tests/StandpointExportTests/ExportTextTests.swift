import Testing
@testable import StandpointExport

@Suite struct ExportTextTests {
    /// Texts for which the bytes and the Characters must agree: controls,
    /// line breaks, Markdown characters, non-ASCII whitespace and scalars that
    /// join their neighbours into one Character.
    static let awkward = [
        "", " ", "plain words", "  leading and trailing  ", "tab\there\nnewline\r\nCRLF\rCR",
        "escape \u{1B}[31m red \u{7} bell \u{7F} del \u{85} next-line \u{9F}",
        #"all of \ ` * _ [ ] < > # | in a row: \`*_[]<>#|"#, "China’s “quoted” ‘view’ — and… more",
        "no\u{A0}break\u{202F}narrow\u{205F}math\u{3000}ideographic", "Заголовок открываемого", "北京 表示",
        "e\u{301} combining after a letter", "* \u{301} a space with a combining accent", "*\u{301} star with accent",
        "\u{600}# prepended mark", "\u{1FEF} varia", "👩\u{200D}💻 joined emoji", "zero\u{200B}width",
        "soft\u{AD}hyphen", "line\u{2028}separator", "one space before *markup* and \u{7} \u{85} escapes ",
        "x \u{A0}y é z", "a \u{301}b", "a\u{301} b", "ends with a space ", "a\t b", "\u{1B}\u{301}", "\u{85}\u{301}", "🇨🇳🇺🇸 flags",
    ]

    @Test func markdownFromBytesEqualsMarkdownFromCharacters() {
        for text in Self.awkward {
            #expect(ExportText.markdown(text) == ExportText.markdownByCharacters(text), "\(text.unicodeScalars.map(\.value))")
            #expect(ExportText.markdown("[" + text + "]") == ExportText.markdownByCharacters("[" + text + "]"))
        }
    }

    @Test func markdownIsOneLineWithMarkupAndControlsEscaped() {
        #expect(ExportText.markdown("  a *b*\n\tc  ") == #"a \*b\* c"#)
        #expect(ExportText.markdown("x\u{1B}[1m\u{85}") == #"x\\u{1B}\[1m\\u{85}"#)
        #expect(ExportText.markdown("nbsp\u{A0}\u{A0}runs") == "nbsp runs")
        // Characters, not bytes: a space with a combining accent is whitespace,
        // a star with one is not a star, and U+1FEF is the same Character as "`".
        #expect(ExportText.markdown("* \u{301} star") == #"\* star"#)
        #expect(ExportText.markdown("*\u{301}") == "*\u{301}")
        #expect(ExportText.markdown("\u{600}#") == "\u{600}#")
        #expect(ExportText.markdown("\u{1FEF}") == "\\\u{1FEF}")
    }

    /// `isPlain` is what lets bytes stand for Characters: every scalar it
    /// names is a Character of its own next to ASCII and equals none of the
    /// ASCII characters the exports treat apart (as U+037E equals ";", which
    /// they do not), by this standard library's grapheme breaking.
    @Test func plainScalarsNeverJoinTheirNeighbours() {
        let special: [Character] = [" ", ",", "\"", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|"]
        for value in UInt32(0xA0)...0xFFFF where ExportText.isPlain(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(("a" + text).count == 2 && (text + "a").count == 2, "U+\(String(value, radix: 16))")
            #expect((" " + text).count == 2 && (text + " ").count == 2, "U+\(String(value, radix: 16))")
            #expect(!special.contains(Character(scalar)), "U+\(String(value, radix: 16))")
            #expect(ExportText.isPlainWhitespace(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        #expect(!ExportText.isPlain(0x301) && !ExportText.isPlain(0x200D) && !ExportText.isPlain(0x600) && !ExportText.isPlain(0x1FEF))
    }

    @Test func visibleEscapesControlsButKeepsTabsNewlinesAndOnRequestReturns() {
        #expect(ExportText.visible("a\u{1B}b\tc\nd\re\u{9F}") == #"a\u{1B}b"# + "\tc\nd" + #"\u{D}e\u{9F}"#)
        #expect(ExportText.visible("a\r\nb", keepingReturns: true) == "a\r\nb")
    }
}
