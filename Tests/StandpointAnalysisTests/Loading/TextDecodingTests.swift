import Foundation
import Testing
@testable import StandpointAnalysis

@Suite struct TextDecodingTests {
    func decoded(_ bytes: [UInt8]) throws -> TextDecoding.Decoded {
        try TextDecoding.decode(bytes).get()
    }

    @Test func utf8WithAndWithoutBOMGivesTheSameText() throws {
        let plain = try decoded(Array("Zhang Jun’s “warning”.".utf8))
        let bom = try decoded([0xEF, 0xBB, 0xBF] + Array("Zhang Jun’s “warning”.".utf8))
        #expect(plain == TextDecoding.Decoded(text: "Zhang Jun’s “warning”.", encoding: .utf8, replacements: 0))
        #expect(bom == plain)
    }

    @Test func utf16WithABOMIsReadInEitherByteOrder() throws {
        let text = "Paix 和平 🕊\r\nfin"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try decoded(little) == TextDecoding.Decoded(text: "Paix 和平 🕊\nfin", encoding: .utf16LittleEndian, replacements: 0))
        #expect(try decoded(big) == TextDecoding.Decoded(text: "Paix 和平 🕊\nfin", encoding: .utf16BigEndian, replacements: 0))
    }

    @Test func aFileWithNoValidUTF8SequencesIsReadAsLatin1() throws {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" na".utf8) + [0xEF] + Array("ve ".utf8) + [0x93, 0x71, 0x94]
        #expect(try decoded(bytes) == TextDecoding.Decoded(text: "café naïve “q”", encoding: .latin1, replacements: 0))
    }

    @Test func mostlyValidUTF8WithAFewBadBytesIsRepairedWithReplacementCharacters() throws {
        let bytes = Array("été “déjà” vu ".utf8) + [0xFF] + Array(" fin".utf8)
        #expect(try decoded(bytes) == TextDecoding.Decoded(text: "été “déjà” vu \u{FFFD} fin", encoding: .utf8, replacements: 1))
    }

    @Test func nulBytesOrManyControlBytesMeanBinary() {
        #expect(TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x41]) == .failure(.binary))
        #expect(TextDecoding.decode(Array(repeating: 0x01, count: 20) + Array("text".utf8)) == .failure(.binary))
        #expect(TextDecoding.decode([]) == .failure(.empty))
    }

    @Test func aFewEscapeAndFormFeedBytesAreStillText() throws {
        let bytes = Array("Page one\u{0C}Page \u{1B}[1mtwo\u{1B}[0m".utf8)
        #expect(try decoded(bytes).text == "Page one\u{0C}Page \u{1B}[1mtwo\u{1B}[0m")
    }

    @Test func aPageThatIsNotUTF8IsReadInTheCharacterSetItDeclares() throws {
        let windows1251: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        #expect(try TextDecoding.decode(windows1251, declared: ("windows-1251", .windowsCP1251)).get()
            == TextDecoding.Decoded(text: "Привет", encoding: .declared("windows-1251"), replacements: 0))
        #expect(HTMLCharset.declaredLabel(in: Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">".utf8)) == "gbk")
        #expect(HTMLCharset.declaredLabel(in: Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html>".utf8)) == "shift_jis")
        #expect(HTMLCharset.declaredLabel(in: Array("<META CHARSET = 'windows-1251'>".utf8)) == "windows-1251")
        #expect(HTMLCharset.declaredLabel(in: Array("<p>no declaration</p>".utf8)) == nil)
    }

    @Test func validUTF8AcceptsWhatTheStandardLibraryAccepts() {
        // Edge cases of each lead byte (overlong forms, surrogates, past
        // U+10FFFF, cut-off sequences), alone and after eight or more ASCII bytes.
        let cases: [[UInt8]] = [
            [], Array("plain ASCII, longer than eight bytes".utf8), Array("Zhang Jun’s “warning” — été 和平 🕊".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC2], [0xC2, 0x41],
            [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xE2, 0x80],
            [0xE2, 0x80, 0x41], [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF1, 0x80, 0x80], [0x80], [0xBF], [0xFE], [0xFF],
        ]
        for bytes in cases {
            for prefix in [[], Array("12345678".utf8), Array("123456789abc".utf8)] {
                let input = prefix + bytes + (bytes.isEmpty ? [] : Array(" after".utf8))
                #expect(TextDecoding.validUTF8(input) == String(validating: input, as: UTF8.self), "\(input)")
                #expect(TextDecoding.validUTF8(prefix + bytes) == String(validating: prefix + bytes, as: UTF8.self), "\(input)")
            }
        }
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<2000 {
            let input = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
            #expect(TextDecoding.validUTF8(input) == String(validating: input, as: UTF8.self), "\(input)")
        }
    }

    /// A check of ASCII text that ends on a 32-byte block reads no byte
    /// past its end: the byte there (here 0xFF, in a real file whatever the
    /// room past the text held) made such a text, at times, not UTF-8.
    @Test func theCheckStopsAtTheEndOfTextsOf32ByteBlocks() {
        for blocks in 1...3 {
            let bytes = Array(repeating: UInt8(ascii: "a"), count: 32 * blocks) + [0xFF]
            bytes.withUnsafeBufferPointer { buffer in
                let check = UTF8Check(UnsafeBufferPointer(rebasing: buffer[..<(32 * blocks)]))
                #expect(check.isValid, "\(blocks) blocks")
                #expect(check.isASCII, "\(blocks) blocks")
            }
        }
    }

    @Test func crAndCRLFBecomeLF() {
        #expect(TextDecoding.normalised("a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd")
    }
}
