import Testing
@testable import StandpointExport

@Suite struct JSONWriterTests {
    func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.writeString(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharactersOnly() {
        #expect(string("") == #""""#)
        #expect(string("plain, ‘quoted’ — café") == #""plain, ‘quoted’ — café""#)
        #expect(string("say \"no\" \\ now") == #""say \"no\" \\ now""#)
        #expect(string("\n\r\t\u{8}\u{C}") == #""\n\r\t\b\f""#)
        #expect(string("\u{0}\u{1B}[31m\u{1F}\u{7F}\u{85}") == "\"\\u0000\\u001b[31m\\u001f\u{7F}\u{85}\"")
        #expect(string("\"starts and ends\\") == #""\"starts and ends\\""#)
    }
}
