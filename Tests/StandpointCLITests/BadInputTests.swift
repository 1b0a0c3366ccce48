import Foundation
import Testing

/// Bad input tried as a new user would, through the real binary: each
/// problem is one clear line on stderr naming the file, the valid documents
/// beside it are still exported, and the exit status is non-zero only when
/// nothing could be loaded.
@Suite struct BadInputTests {
    static let stance = "China urged NATO to abandon the Cold War mentality. Officials warned against new blocs.\n"

    @Test func eachBadFileIsOneWarningAndTheGoodOnesAreStillExported() throws {
        let folder = try ScratchFolder()
        try folder.write("good.txt", Self.stance)
        try folder.write("empty.txt", "")
        try folder.write("binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])
        try folder.write("latin1.txt", bytes: Array("Le ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9] + Array(" son opposition.".utf8))
        try folder.write("long.txt", String(repeating: "word ", count: 1_048_576) + "end.")
        try folder.write("page.html", "<title>Page</title><p>\(Self.stance)</p>")
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let run = try StandpointBinary.run(["export", folder.path])
        #expect(run.status == 0)
        #expect(try StandpointBinary.documentIDs(run.stdout) == ["good", "latin1", "long", "page"])
        let lines = run.stderrLines
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.hasPrefix("standpoint: warning: \(folder.path)/") })
        #expect(lines.contains("standpoint: warning: \(folder.path)/empty.txt: skipped: the file is empty"))
        #expect(lines.contains("standpoint: warning: \(folder.path)/binary.txt: skipped: binary data, not text (is the extension right?)"))
        #expect(lines.contains { $0.hasPrefix("standpoint: warning: \(folder.path)/latin1.txt: read as Latin-1") })
        #expect(lines.contains("standpoint: warning: \(folder.path)/pipe.md: skipped: a named pipe (FIFO), not a regular file"))
        #expect(lines.contains("standpoint: warning: \(folder.path)/long.txt: read whole: a line of 5 MB without a line break; analysing it can take minutes"))
    }

    @Test func aMissingPathAloneIsAnErrorOnOneLine() throws {
        let run = try StandpointBinary.run(["export", "/no/such/corpus"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == ["standpoint: /no/such/corpus: no such file or directory; check the path, or run without a path to use the bundled sample corpus"])
    }

    @Test func aMissingPathBesideAGoodOneIsAWarning() throws {
        let folder = try ScratchFolder()
        try folder.write("good.md", "# Good\n\n" + Self.stance)
        let run = try StandpointBinary.run(["export", "/no/such/corpus", folder.path])
        #expect(run.status == 0)
        #expect(try StandpointBinary.documentIDs(run.stdout) == ["good"])
        #expect(run.stderrLines == ["standpoint: warning: /no/such/corpus: skipped: no such file or directory; check the path"])
    }

    @Test func aFolderWithNoReadableDocumentsSaysWhyAndFails() throws {
        let folder = try ScratchFolder()
        try folder.write("empty.md", "")
        try folder.write("photo.png", bytes: [0x89, 0x50, 0x4E, 0x47])
        let run = try StandpointBinary.run(["export", folder.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == [
            "standpoint: warning: \(folder.path)/photo.png: skipped: .png is not a supported format (.txt, .md, .html, .htm, .pdf)",
            "standpoint: warning: \(folder.path)/empty.md: skipped: the file is empty",
            "standpoint: \(folder.path): no readable documents (.txt, .md, .html, .htm, .pdf) found; see the warnings above",
        ])
    }

    @Test func aFileOverMaxFileSizeIsSkippedWithAMessage() throws {
        let folder = try ScratchFolder()
        try folder.write("small.txt", Self.stance)
        try folder.write("big.txt", String(repeating: Self.stance, count: 40))
        let run = try StandpointBinary.run(["export", "--max-file-size", "2K", folder.path])
        #expect(run.status == 0)
        #expect(try StandpointBinary.documentIDs(run.stdout) == ["small"])
        #expect(run.stderrLines == ["standpoint: warning: \(folder.path)/big.txt: skipped: 3.4 KB is larger than the 2 KB limit; raise it with --max-file-size"])
        let bad = try StandpointBinary.run(["export", "--max-file-size", "huge", folder.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--max-file-size 'huge' is not a size; write it like 64MB, 500K or 1G"))
    }

    @Test func aNameWithNewlinesAndEscapesIsPrintedSanitised() throws {
        let folder = try ScratchFolder()
        try folder.write("good.txt", Self.stance)
        try folder.write("bad\n\u{1B}]0;owned\u{7}.txt", "")
        let run = try StandpointBinary.run(["export", folder.path])
        #expect(run.status == 0)
        #expect(run.stderrLines == ["standpoint: warning: \(folder.path)/bad\\n\\e]0;owned\\x07.txt: skipped: the file is empty"])
    }

    /// Root reads every file, so as root the binary is run as `nobody`
    /// (with setpriv) from a copy it can reach; otherwise as the user.
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableFileIsAWarningAndTheRestLoads() throws {
        let folder = try ScratchFolder()
        try folder.write("good.txt", Self.stance)
        let locked = try folder.write("locked.txt", Self.stance)
        chmod(locked, 0)
        var prefix: [String] = []
        var executable: String?
        let copy = try ScratchFolder()
        if geteuid() == 0 {
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            executable = try copyOfBinary(into: copy)
        }
        let run = try StandpointBinary.run(["export", folder.path], prefix: prefix, executable: executable)
        #expect(run.status == 0)
        #expect(try StandpointBinary.documentIDs(run.stdout) == ["good"])
        #expect(run.stderrLines == ["standpoint: warning: \(locked): skipped: permission denied; make it readable (chmod +r) to include it"])
        let alone = try StandpointBinary.run(["export", locked], prefix: prefix, executable: executable)
        #expect(alone.status == 2)
        #expect(alone.stderrLines.last == "standpoint: \(locked): no readable documents (.txt, .md, .html, .htm, .pdf) found; see the warnings above")
    }

    /// The binary and its resource bundles, copied where any user can run them.
    func copyOfBinary(into folder: ScratchFolder) throws -> String {
        let products = StandpointBinary.productsFolder
        for name in try FileManager.default.contentsOfDirectory(atPath: products.path) where name == "standpoint" || name.hasSuffix(".resources") {
            let target = folder.url.appendingPathComponent(name)
            try FileManager.default.copyItem(at: products.appendingPathComponent(name), to: target)
        }
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String { chmod(folder.url.appendingPathComponent(name).path, 0o755) }
        return folder.url.appendingPathComponent("standpoint").path
    }
}
