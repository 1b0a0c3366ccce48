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

    /// Strings long enough to be scanned eight bytes at a time escape every
    /// character that needs it wherever it falls in a word, as a byte-by-byte
    /// escape does.
    @Test func longStringsEscapeAsByteByByte() {
        func escapedByteByByte(_ text: String) -> String {
            var escaped = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\t": escaped += "\\t"
                case "\u{8}": escaped += "\\b"
                case "\u{C}": escaped += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped + "\""
        }
        let pieces = ["a", "\"", "\\", "\u{0}", "\u{1F}", " ", "\u{7F}", "é", "—", "\n", "!", "~", "\u{1B}"]
        var state: UInt64 = 42  // a fixed sequence of mixes, the same every run
        func nextPiece() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return pieces[Int(state >> 33) % pieces.count]
        }
        for length in 0..<40 {
            for _ in 0..<20 {
                let text = (0..<length).map { _ in nextPiece() }.joined()
                #expect(string(text) == escapedByteByByte(text), "\(Array(text.utf8))")
            }
            for piece in pieces {
                // One piece at each position in a run of plain letters.
                let text = String(repeating: "x", count: length) + piece + String(repeating: "y", count: 40 - length)
                #expect(string(text) == escapedByteByByte(text))
            }
        }
    }

    @Test func scoresAreRoundedToTwoDecimalsAndWholeOnesHaveNoFraction() {
        func rounded(_ value: Double) -> String {
            var bytes: [UInt8] = []
            JSONWriter.writeRounded(value, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect([0.8, 0.456, 1.0, 0, -0.004, .infinity, .nan].map(rounded) == ["0.8", "0.46", "1", "0", "0", "0", "0"])
    }

    /// Numbers written from their hundredths' digits read as `String` spells
    /// them, as they were written before.
    @Test func roundedNumbersAreSpeltAsStringSpellsThem() {
        func rounded(_ value: Double) -> String {
            var bytes: [UInt8] = []
            JSONWriter.writeRounded(value, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        func spelt(_ value: Double) -> String {
            let number = value.isFinite ? (value * 100).rounded() / 100 : 0
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        }
        var values: [Double] = []
        for k in -300_000...300_000 { values.append(Double(k) / 100) }
        for k in stride(from: -1_000_000_000, through: 1_000_000_000, by: 9_973) { values.append(Double(k) / 100) }
        var state: UInt64 = 7
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Double(state >> 11) / Double(1 << 53) * 2 - 0.5)
        }
        values += [0.005, -0.005, 0.015, 0.025, 0.125, -0.0, 1e7, -1e7, 1e7 + 0.01, 99_999.995, 1e15, 3e-9]
        for value in values where rounded(value) != spelt(value) {
            Issue.record("\(value): \(rounded(value)) instead of \(spelt(value))")
        }
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

    /// Integers are spelt as `String` spells them.
    @Test func integersAreSpeltAsStringSpellsThem() {
        var numbers = Array(-1_100...1_100) + [Int.min, Int.min + 1, Int.max, Int.max - 1]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power + 1, -power, -power - 1]
        }
        for number in numbers {
            var bytes: [UInt8] = []
            JSONWriter.writeInt(number, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(number))
        }
    }

    /// A slice of a string is written as its `String` is.
    @Test func slicesAreWrittenAsTheirStrings() {
        let text = "before \"quoted\" \\ and\ncafé after"
        for start in 0..<text.count {
            for end in start...text.count {
                let slice = text.dropFirst(start).prefix(end - start)
                var bytes: [UInt8] = []
                JSONWriter.writeString(slice, into: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == string(String(slice)))
            }
        }
    }

    /// A rationale written part by part reads as the point's spelt-out
    /// `rationale`, escapes included.
    @Test func rationalesAreWrittenAsPointsSpellThem() {
        func point(cue: String, reasons: Rationale) -> StancePoint {
            StancePoint(
                id: "p1", document: "d", sentence: 0, range: ByteRange(start: 0, end: 1), textSlice: "x",
                holder: nil, target: nil, polarity: .support, cue: cue, confidence: 1, reasons: reasons)
        }
        let points = [
            point(cue: "rejects", reasons: .rule("oppose cue", holder: "subject of 'rejects'", polarity: "oppose verb")),
            point(cue: "say \"no\"", reasons: .rule("a\\b", holder: "line\nbreak", polarity: "tab\there")),
            point(cue: "", reasons: .rule("", holder: "", polarity: "")),
            point(cue: "urged", reasons: .text("added by the \"researcher\"")),
        ]
        for point in points {
            var bytes: [UInt8] = []
            guard let reasons = point.reasons, let rationale = point.rationale else { continue }
            JSONExport.writeRationale(reasons, cue: point.cue, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == string(rationale))
        }
    }

    @Test func anEmptyCorpusIsFourEmptyArrays() throws {
        let json = try JSONExport.render(.empty(root: "none/"))
        #expect(json == "{\n  \"version\": 1,\n  \"documents\": [],\n  \"points\": [],\n  \"claims\": [],\n  \"crossReferences\": []\n}")
    }
}
