import Testing
@testable import StandpointAnalysis

@Suite struct PrintableTextTests {
    @Test func controlCharactersInAPathAreShownAsEscapes() {
        #expect(PrintableText.escaping("evil\n\u{1B}[31mname\t\r\u{7}\u{9B}.txt") == "evil\\n\\e[31mname\\t\\r\\x07\\u{9B}.txt")
        #expect(PrintableText.escaping("plain café 文件.txt") == "plain café 文件.txt")
    }

    @Test func aWarningIsOnePrintableLine() {
        let warning = LoadWarning(path: "a\nb\u{1B}c.txt", message: "skipped: the file is empty")
        #expect(warning.description == "a\\nb\\ec.txt: skipped: the file is empty")
    }
}
