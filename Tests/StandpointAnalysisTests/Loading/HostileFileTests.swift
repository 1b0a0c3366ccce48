import Foundation
import Testing
@testable import StandpointAnalysis

/// Files built to break a loader. Each must cost a clear warning or load
/// whole, never a crash, a hang or a truncation; docs/reliability.md records
/// the same cases run through the whole pipeline.
@Suite struct HostileFileTests {
    func load(_ path: String, limits: LoadLimits = LoadLimits()) -> (document: SourceDocument?, warnings: [LoadWarning]) {
        let ext = (path as NSString).pathExtension
        return CorpusLoader(limits: limits).load(CorpusLoader.SourceFile(path: path, id: "x", fileExtension: ext))
    }

    @Test func aFileOverTheSizeLimitIsSkippedNotTruncated() throws {
        let corpus = try TemporaryCorpus()
        let big = try corpus.write("big.txt", String(repeating: "word ", count: 410))
        let exact = try corpus.write("exact.txt", String(repeating: "a", count: 1024))
        let limits = LoadLimits(maxFileSize: 1024)
        let (document, warnings) = load(big, limits: limits)
        #expect(document == nil)
        #expect(warnings.map(\.message) == ["skipped: 2 KB is larger than the 1 KB limit; raise it with --max-file-size"])
        #expect(load(exact, limits: limits).document?.text.utf8.count == 1024)
    }

    @Test func aFiftyMegabyteSingleLineLoadsWhole() throws {
        let corpus = try TemporaryCorpus()
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024 - 1) + [UInt8(ascii: ".")]
        let path = try corpus.write("line.txt", bytes: line)
        let (document, warnings) = load(path)
        #expect(warnings.map(\.message) == ["read whole: a line of 50 MB without a line break; analysing it can take minutes"])
        #expect(document?.text.utf8.count == line.count)
        #expect(document?.title.count == 200)
    }

    @Test func aMillionTinyLinesLoadWhole() throws {
        let corpus = try TemporaryCorpus()
        let lines = String(repeating: "x.\n", count: 1_000_000)
        let path = try corpus.write("lines.txt", lines)
        let (document, warnings) = load(path)
        #expect(warnings.isEmpty)
        #expect(document?.text == lines)
    }

    @Test func deeplyNestedHTMLLoads() throws {
        let corpus = try TemporaryCorpus()
        let html = String(repeating: "<div>", count: 100_000) + "Deep text." + String(repeating: "</div>", count: 100_000)
        let path = try corpus.write("deep.html", html)
        #expect(load(path).document?.text == "Deep text.")
    }

    @Test func aBinaryFileWithATextExtensionIsSkipped() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("photo.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(load(path).warnings.map(\.message) == ["skipped: binary data, not text (is the extension right?)"])
    }
}
