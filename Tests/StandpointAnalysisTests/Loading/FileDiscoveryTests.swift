import Foundation
import Testing
@testable import StandpointAnalysis

@Suite struct FileDiscoveryTests {
    @Test func foldersAreWalkedInOrderWithIdsRelativeToTheRootAndHiddenEntriesPassedOver() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("b.txt", "B.")
        try corpus.write("a/z.md", "Z.")
        try corpus.write("a/deeper/y.html", "<p>Y.</p>")
        try corpus.write(".standpoint/annotations.json", "{}")
        try corpus.write(".hidden.txt", "H.")
        let (files, warnings) = try CorpusLoader().discover([corpus.path])
        #expect(files.map(\.id) == ["a/deeper/y", "a/z", "b"])
        #expect(files.map(\.format) == [.html, .markdown, .plainText])
        #expect(warnings.isEmpty)
    }

    @Test func aSymbolicLinkLoopIsReportedOnceAndTheRestLoads() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("sub/paper.txt", "Paper.")
        try FileManager.default.createSymbolicLink(atPath: corpus.path("sub/back"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: corpus.path("one.txt"), withDestinationPath: "two.txt")
        try FileManager.default.createSymbolicLink(atPath: corpus.path("two.txt"), withDestinationPath: "one.txt")
        try FileManager.default.createSymbolicLink(atPath: corpus.path("gone.md"), withDestinationPath: "nowhere.md")
        let (files, warnings) = try CorpusLoader().discover([corpus.path])
        #expect(files.map(\.id) == ["sub/paper"])
        #expect(warnings.map(\.message).sorted() == [
            "skipped: broken symbolic link",
            "skipped: symbolic link loop",
            "skipped: symbolic link loop",
            "skipped: symbolic link to a folder already read (a link loop or a second route)",
        ])
        #expect(warnings.contains { $0.path == corpus.path("sub/back") })
    }

    @Test func aFileNameThatIsNotUTF8IsNamedInAWarningAndTheRestLoads() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("plain.txt", "Plain.")
        // "café.txt" in Latin-1: a name that no Swift String spells, so no path can open it again.
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = Array(corpus.path.utf8) + [UInt8(ascii: "/")] + latin1 + [0]
        let descriptor = path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let (files, warnings) = try CorpusLoader().discover([corpus.path])
        #expect(files.map(\.id) == ["plain"])
        #expect(warnings == [
            LoadWarning(path: corpus.path("caf\u{FFFD}.txt"), message: "skipped: the file name is not valid UTF-8; rename it to read it")
        ])
    }

    @Test func aFIFOIsSkippedWithoutWaitingForAWriter() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("real.txt", "Real.")
        #expect(mkfifo(corpus.path("pipe.txt"), 0o644) == 0)
        let loader = CorpusLoader()
        let (files, warnings) = try loader.discover([corpus.path])
        #expect(files.map(\.id) == ["real"])
        #expect(warnings == [LoadWarning(path: corpus.path("pipe.txt"), message: "skipped: a named pipe (FIFO), not a regular file")])
        let raced = CorpusLoader.SourceFile(path: corpus.path("pipe.txt"), id: "pipe", fileExtension: "txt")
        #expect(loader.load(raced).warnings.map(\.message) == ["skipped: a named pipe (FIFO), not a regular file"])
        let (_, directWarnings) = try loader.discover([corpus.path("pipe.txt")])
        #expect(directWarnings.map(\.message) == ["skipped: a named pipe (FIFO), not a regular file"])
    }

    @Test func aFileThatDisappearsAfterDiscoveryIsAWarning() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("stays.txt", "Stays.")
        let gone = try corpus.write("goes.txt", "Goes.")
        let loader = CorpusLoader()
        let (files, _) = try loader.discover([corpus.path])
        try FileManager.default.removeItem(atPath: gone)
        let results = files.map { loader.load($0) }
        #expect(results.compactMap(\.document).map(\.id) == ["stays"])
        #expect(results.flatMap(\.warnings) == [LoadWarning(path: gone, message: "skipped: the file disappeared before it could be read")])
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file; the CLI tests check this case as an unprivileged user"))
    func aFileWithoutReadPermissionIsAWarning() throws {
        let corpus = try TemporaryCorpus()
        let locked = try corpus.write("locked.txt", "Secret.")
        chmod(locked, 0)
        let (document, warnings) = CorpusLoader().load(CorpusLoader.SourceFile(path: locked, id: "locked", fileExtension: "txt"))
        #expect(document == nil)
        #expect(warnings.map(\.message) == ["skipped: permission denied; make it readable (chmod +r) to include it"])
    }

    @Test func aPathWithNewlinesAndEscapesIsShownSanitised() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("evil\n\u{1B}[31mred\u{7}.bin", "x")
        try corpus.write("fine\nname.txt", "Loaded anyway.")
        let (files, warnings) = try CorpusLoader().discover([corpus.path])
        #expect(files.map(\.id) == ["fine\nname"])
        let line = try #require(warnings.first?.description)
        #expect(line.hasSuffix("/evil\\n\\e[31mred\\x07.bin: skipped: .bin is not a supported format (.txt, .md, .html, .htm, .pdf)"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test func plainExtensionsAgreeWithNSStringAndOtherNamesAreLeftToIt() {
        for name in ["doc000001.txt", "Report.MD", "page.html", "a.pdf", "x.7z"] {
            let ext = FileDiscovery.plainExtension(of: name)
            #expect(ext.map(String.init) == (name as NSString).pathExtension)
            #expect(ext.map { String(name.dropLast($0.count + 1)) } == (name as NSString).deletingPathExtension)
        }
        for name in ["a.b.txt", ".hidden", "trailing.", "noext", "sp ace.t xt", "caf\u{E9}.t\u{E9}"] {
            #expect(FileDiscovery.plainExtension(of: name) == nil)
        }
    }
}
