import Foundation
import Testing
@testable import StandpointAnalysis

@Suite struct PDFTextTests {
    /// The two-page fixture made by Fixtures/make-policy-brief-pdf.py.
    static let fixture = Bundle.module.url(forResource: "policy-brief", withExtension: "pdf", subdirectory: "Fixtures")!

    static var toolInstalled: Bool { PDFText.locateTool() != nil }

    @Test(.enabled(if: toolInstalled, "pdftotext (poppler-utils) is not installed; the warning path is tested instead"))
    func pdfTextHasHeadersFootersAndHyphenationRemovedAndColumnsInReadingOrder() throws {
        let file = CorpusLoader.SourceFile(path: Self.fixture.path, id: "policy-brief", fileExtension: "pdf")
        let (document, warnings) = CorpusLoader().load(file)
        #expect(warnings.isEmpty)
        let text = try #require(document?.text)
        #expect(document?.title == "Rethinking Deterrence in Europe")
        #expect(!text.contains("Policy Brief"))
        #expect(!text.contains("Page 1"))
        #expect(!text.contains("of 2"))
        #expect(text.contains("The council urged NATO to deepen its cooperation with neutral states and to avoid steps that could spark a new arms race."))
        #expect(text.contains("Left column starts here and continues on this line. Its third line ends it."))
        #expect(text.contains("Right column starts here and ends on its second line."))
        let left = try #require(text.range(of: "Left column"))
        let right = try #require(text.range(of: "Right column"))
        #expect(left.lowerBound < right.lowerBound)
        #expect(text.components(separatedBy: "\n").allSatisfy { !$0.hasPrefix(" ") })
    }

    @Test func withoutPdftotextThePDFIsSkippedWithHowToInstallIt() throws {
        let empty = try TemporaryCorpus()
        let loader = CorpusLoader(pdfTool: PDFText.locateTool(searchPath: empty.path))
        #expect(loader.pdfTool == nil)
        let file = CorpusLoader.SourceFile(path: Self.fixture.path, id: "policy-brief", fileExtension: "pdf")
        let (document, warnings) = loader.load(file)
        #expect(document == nil)
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("apt-get install poppler-utils") == true)
    }

    @Test func aPDFOverTheSizeLimitIsSkippedBeforePdftotextRuns() {
        let loader = CorpusLoader(limits: LoadLimits(maxFileSize: 1024))
        let file = CorpusLoader.SourceFile(path: Self.fixture.path, id: "policy-brief", fileExtension: "pdf")
        #expect(loader.load(file).warnings.map(\.message) == ["skipped: 1.7 KB is larger than the 1 KB limit; raise it with --max-file-size"])
    }

    @Test(.enabled(if: toolInstalled))
    func aDamagedPDFIsSkippedWithAWarning() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("broken.pdf", "%PDF-1.4\nthis is not really a PDF\n")
        let (document, warnings) = CorpusLoader().load(CorpusLoader.SourceFile(path: path, id: "broken", fileExtension: "pdf"))
        #expect(document == nil)
        #expect(warnings.first?.message.contains("pdftotext could not read it") == true)
    }
}
