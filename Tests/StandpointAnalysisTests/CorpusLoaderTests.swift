import Foundation
import Testing
@testable import StandpointAnalysis

@Suite struct CorpusLoaderTests {
    @Test func missingPathIsAnErrorThatNamesIt() {
        #expect(throws: LoadError.pathNotFound("/no/such/folder")) {
            try CorpusLoader().discover(["/no/such/folder"])
        }
    }

    @Test func invalidUTF8IsRepairedWithAWarningAndCRLFNormalised() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Data("# Title\r\nBad byte: ".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array(" here.\r\n".utf8))
        try bytes.write(to: folder.appendingPathComponent("bad.md"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("image.png"))
        let loader = CorpusLoader()
        let (files, warnings) = try loader.discover([folder.path])
        #expect(files.map(\.id) == ["bad"])
        #expect(warnings.count == 1 && warnings[0].message.contains(".png"))
        let (document, loadWarnings) = loader.load(files[0])
        #expect(document?.title == "Title")
        #expect(document?.text == "# Title\nBad byte: \u{FFFD} here.\n")
        #expect(loadWarnings.first?.message.contains("invalid UTF-8") == true)
    }
}
