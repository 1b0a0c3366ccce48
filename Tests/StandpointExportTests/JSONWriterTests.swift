import Testing
import StandpointModel
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

    @Test func scoresAreRoundedToTwoDecimalsAndWholeOnesHaveNoFraction() {
        func rounded(_ value: Double) -> String {
            var bytes: [UInt8] = []
            JSONWriter.writeRounded(value, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect([0.8, 0.456, 1.0, 0, -0.004, .infinity, .nan].map(rounded) == ["0.8", "0.46", "1", "0", "0", "0", "0"])
    }

    @Test func objectsPutEachMemberOnALineAndEmptyArraysStayShort() {
        var bytes: [UInt8] = []
        var object = JSONWriter.Object(indent: 1, into: &bytes)
        object.key("id", into: &bytes)
        JSONWriter.writeOptional(nil, into: &bytes)
        object.key("ids", into: &bytes)
        JSONWriter.writeStrings(["a", "b"], into: &bytes)
        object.key("none", into: &bytes)
        JSONWriter.writeStrings([], into: &bytes)
        object.end(into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "{\n    \"id\": null,\n    \"ids\": [\"a\", \"b\"],\n    \"none\": []\n  }")
    }

    @Test func anEmptyCorpusIsFourEmptyArrays() throws {
        let json = try JSONExport.render(.empty(root: "none/"))
        #expect(json == "{\n  \"version\": 1,\n  \"documents\": [],\n  \"points\": [],\n  \"claims\": [],\n  \"crossReferences\": []\n}")
    }
}
