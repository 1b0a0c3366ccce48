import Foundation
import Testing
@testable import StandpointAnalysis

@Suite struct CorpusLoaderTests {
    @Test func missingPathIsAnErrorThatNamesIt() {
        #expect(throws: LoadError.pathNotFound("/no/such/folder")) {
            try CorpusLoader().discover(["/no/such/folder"])
        }
    }

    @Test func aMissingPathBesideAnotherIsAWarningAndTheRestLoads() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "Text.")
        let (files, warnings) = try CorpusLoader().discover(["/no/such/folder", corpus.path])
        #expect(files.map(\.id) == ["a"])
        #expect(warnings == [LoadWarning(path: "/no/such/folder", message: "skipped: no such file or directory; check the path")])
    }

    @Test func invalidUTF8IsRepairedWithAWarningAndCRLFNormalised() throws {
        let corpus = try TemporaryCorpus()
        var bytes = Array("Title “quoted”\r\nBad byte: ".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array(" here.\r\n".utf8))
        try corpus.write("bad.txt", bytes: bytes)
        try corpus.write("image.png", "x")
        let loader = CorpusLoader()
        let (files, warnings) = try loader.discover([corpus.path])
        #expect(files.map(\.id) == ["bad"])
        #expect(warnings.count == 1 && warnings[0].message.contains(".png is not a supported format"))
        let (document, loadWarnings) = loader.load(files[0])
        #expect(document?.title == "Title “quoted”")
        #expect(document?.text == "Title “quoted”\nBad byte: \u{FFFD} here.\n")
        #expect(loadWarnings.map(\.message) == ["repaired: 1 invalid byte sequence in UTF-8 replaced with U+FFFD"])
    }

    @Test func eachFormatIsReadByItsExtension() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.md", "# Heading\n\nSome *text*.\n")
        try corpus.write("b.htm", "<title>Page</title><p>Some &amp; text.</p>")
        try corpus.write("c.html", "<h1>Head</h1><p>Body.</p>")
        try corpus.write("d.txt", "Plain *text*.\n")
        let loader = CorpusLoader()
        let documents = try loader.discover([corpus.path]).files.compactMap { loader.load($0).document }
        #expect(documents.map(\.title) == ["Heading", "Page", "Head", "Plain *text*."])
        #expect(documents.map(\.text) == ["Heading\n\nSome text.", "Some & text.", "Head\n\nBody.", "Plain *text*.\n"])
    }

    @Test func titlesAreTheFirstLineWithHeadingMarksAndRunsOfWhiteSpaceRemoved() {
        #expect(CorpusLoader.title(of: "\n  ## Allies\tagree \u{0B}on   aid \nBody.", fallback: "f") == "Allies agree on aid")
        #expect(CorpusLoader.title(of: "  Zölle\t und   Zäune \nBody.", fallback: "f") == "Zölle und Zäune")
        #expect(CorpusLoader.title(of: "#\n \t\nx", fallback: "f.txt") == "f.txt")
        let long = String(repeating: "word ", count: 100)
        #expect(CorpusLoader.title(of: long, fallback: "f") == String(long.prefix(200)))
        #expect(CorpusLoader.title(of: "Cafe\u{301}" + String(repeating: "e", count: 196) + " x", fallback: "f").count == 200)
    }

    /// `cleanTitle` stops splitting once the first 200 characters are
    /// settled; it must give what splitting the whole title gives.
    @Test func cleanTitleMatchesSplittingTheWholeTitle() {
        func simple(_ title: String) -> String {
            let words = title.prefix(2000).split(whereSeparator: { $0.isWhitespace })
            return String(words.joined(separator: " ").prefix(200))
        }
        let pieces = ["Zölle", "a", "\u{301}b", "\u{600}", "🇩🇪", "🇫", "👩\u{200D}", "💻", " ", "  ", "\n", "\u{3000}", "\t", "word", "é"]
        var state: UInt64 = 42
        func nextPiece() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return pieces[Int(state >> 33) % pieces.count]
        }
        for length in [1, 5, 50, 150, 250, 400, 2500] {
            for _ in 0..<40 {
                let title = (0..<length).map { _ in nextPiece() }.joined()
                #expect(CorpusLoader.cleanTitle(title) == simple(title))
            }
        }
        let paragraph = "Zölle und Zäune " + String(repeating: "Wörter sind hier ", count: 100)
        #expect(CorpusLoader.cleanTitle(paragraph) == simple(paragraph))
    }

    /// `cleanPlainTitle` makes room for no more bytes than its line has: a
    /// title is whole at every length, with and without white space to
    /// collapse, as short as a small string and as long as 200 characters.
    @Test func plainTitlesFitTheRoomOfTheirLine() {
        func simple(_ title: String) -> String {
            let words = title.prefix(2000).split(whereSeparator: { $0.isWhitespace })
            return String(words.joined(separator: " ").prefix(200))
        }
        let titles = [
            "ab", "  ab  ", "a\u{85}b\u{A0}c", "Zölle", "exactly fifteen", "Sixteen letters!",
            "Tariffs  and\t\tfences", String(repeating: "é", count: 250), String(repeating: "word  ", count: 80),
            "\u{2014}dash\u{2014} " + String(repeating: "ü", count: 199),
        ]
        for title in titles {
            #expect(CorpusLoader.plainPrefix(Substring(title), characters: 2000) != nil)
            #expect(CorpusLoader.cleanTitle(title) == simple(title))
        }
    }

    /// The plain scalars `plainPrefix` reads byte by byte are characters of
    /// their own beside each other and beside ASCII.
    @Test func plainScalarsAreCharactersOfTheirOwn() {
        let plain = (0x20...0x7E).map { $0 } + [0x09, 0x0A] + Array(0x80...0x2FF) + Array(0x2010...0x2027) + Array(0x2030...0x205E)
        let scalars = plain.compactMap { Unicode.Scalar(UInt32($0)) }.map { String($0) }
        for (k, a) in scalars.enumerated() where k % 3 == 0 || a.utf8.count > 1 {
            for b in scalars { #expect((a + b).count == 2, "\(a.unicodeScalars.first!.value) \(b.unicodeScalars.first!.value)") }
        }
        #expect(CorpusLoader.plainPrefix("a\u{301}b"[...], characters: 5) == nil)
        #expect(CorpusLoader.plainPrefix("ab\r\n"[...], characters: 5) == nil)
        #expect(CorpusLoader.plainPrefix("Zölle “x” — y"[...], characters: 3).map { Array($0) } == Array("Zöl".utf8))
    }

    /// Titles read byte by byte (plain text) are the titles read by
    /// `Character`, as before.
    @Test func plainTitlesMatchTitlesReadByCharacter() {
        func byCharacter(_ line: Substring) -> String? {
            var trimmed = line.prefix(1000).trimmingUnicodeSpaces()
            while trimmed.hasPrefix("#") { trimmed.removeFirst() }
            trimmed = Substring(trimmed).trimmingUnicodeSpaces()
            guard trimmed.count >= 2 else { return nil }
            let words = trimmed.prefix(2000).split(whereSeparator: { $0.isWhitespace })
            return String(words.joined(separator: " ").prefix(200))
        }
        let pieces = ["Zölle", "a", "#", "\u{A0}", "\u{85}", "\u{AD}", " ", "  ", "\t", "“", "”", "’", "—", "•", "word", "é", "\u{2FF}", "\u{301}", "🇩🇪", "\u{3000}", "\u{2002}"]
        let plainPieces = Array(pieces.prefix(17))
        var state: UInt64 = 99
        func nextPiece(_ set: [String]) -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return set[Int(state >> 33) % set.count]
        }
        var plain = 0
        for set in [pieces, plainPieces] {
            for length in [1, 2, 3, 6, 20, 80, 300, 1500] {
                for _ in 0..<60 {
                    let line = (0..<length).map { _ in nextPiece(set) }.joined()
                    if CorpusLoader.plainPrefix(line[...], characters: 1000) != nil { plain += 1 }
                    #expect(CorpusLoader.titleLine(line[...]) == byCharacter(line[...]), "\(line.debugDescription)")
                }
            }
        }
        #expect(plain > 400)
    }

    @Test func aSavedPageInGBKIsReadByItsMetaCharset() throws {
        let corpus = try TemporaryCorpus()
        let body: [UInt8] = [0xD6, 0xD0, 0xB9, 0xFA, 0xBA, 0xF4, 0xD3, 0xF5, 0xB1, 0xB1, 0xD4, 0xBC, 0xA1, 0xA3]
        let page = Array("<html><head><meta charset=\"gb2312\"></head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
        let path = try corpus.write("page.html", bytes: page)
        let (document, warnings) = CorpusLoader().load(CorpusLoader.SourceFile(path: path, id: "page", fileExtension: "html"))
        #expect(document?.text == "中国呼吁北约。")
        #expect(warnings.isEmpty)
    }

    @Test func emptyAndWhiteSpaceOnlyFilesAreSkippedWithAWarning() throws {
        let corpus = try TemporaryCorpus()
        let empty = try corpus.write("empty.txt", "")
        let blank = try corpus.write("blank.md", " \n\n\t\n")
        let hidden = try corpus.write("hidden.html", "<script>alert(1)</script><nav>Menu</nav>")
        let loader = CorpusLoader()
        for (path, message) in [(empty, "skipped: the file is empty"), (blank, "skipped: no text (only white space)"), (hidden, "skipped: no visible text")] {
            let ext = (path as NSString).pathExtension
            let (document, warnings) = loader.load(CorpusLoader.SourceFile(path: path, id: "x", fileExtension: ext))
            #expect(document == nil)
            #expect(warnings.map(\.message) == [message])
        }
    }
}
