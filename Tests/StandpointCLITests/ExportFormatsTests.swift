import Foundation
import Testing

/// `standpoint export` in its three formats and as a trail handout, through
/// the real binary, with the researcher's annotations applied from the
/// corpus's `.standpoint/` folder or `--state-dir`.
@Suite struct ExportFormatsTests {
    static let text = "China urged NATO to abandon the Cold War mentality. Officials warned against new blocs.\n"

    /// A corpus of one document and the first point its JSON export lists.
    func corpusWithPoint() throws -> (ScratchFolder, [String: Any]) {
        let folder = try ScratchFolder()
        try folder.write("one.txt", Self.text)
        let run = try StandpointBinary.run(["export", folder.path])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let point = try #require((object?["points"] as? [[String: Any]])?.first)
        return (folder, point)
    }

    func polarityChange(_ point: [String: Any], to polarity: String) throws -> String {
        let anchor: [String: Any] = ["document": point["document"]!, "start": point["start"]!, "end": point["end"]!, "text": point["text"]!]
        let change: [String: Any] = ["kind": "polarity", "point": anchor, "polarity": polarity]
        let data = try JSONSerialization.data(withJSONObject: ["version": 1, "changes": [change]], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func otherPolarity(_ point: [String: Any]) -> String { point["polarity"] as? String == "support" ? "oppose" : "support" }

    @Test func everyFormatCarriesTheCorrections() throws {
        let (folder, point) = try corpusWithPoint()
        let polarity = otherPolarity(point)
        try FileManager.default.createDirectory(atPath: folder.path + "/.standpoint", withIntermediateDirectories: true)
        try folder.write(".standpoint/annotations.json", try polarityChange(point, to: polarity))

        let json = try StandpointBinary.run(["export", "--format", "json", folder.path])
        #expect(json.status == 0)
        let points = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["points"] as? [[String: Any]]
        #expect(points?.first?["polarity"] as? String == polarity)
        #expect(points?.first?["source"] as? String == "annotation")
        #expect(points?.dropFirst().allSatisfy { $0["source"] == nil } == true)

        let csv = try StandpointBinary.run(["export", "--format", "csv", folder.path])
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.first?.hasPrefix("id,document,title,sentence,start,end,holder") == true)
        #expect(rows.dropFirst().first?.contains(",\(polarity),") == true)
        #expect(rows.dropFirst().first?.contains(",annotation,") == true)

        let markdown = try StandpointBinary.run(["export", "--format", "markdown", folder.path])
        #expect(markdown.stdout.hasPrefix("# Standpoint report: "))
        #expect(markdown.stdout.contains("1 point corrected by the researcher"))
        #expect(markdown.stdout.contains("(corrected)"))
        #expect(markdown.stderr.isEmpty)
    }

    @Test func stateDirPointsAtAnnotationsKeptElsewhere() throws {
        let (folder, point) = try corpusWithPoint()
        let state = try ScratchFolder()
        try state.write("annotations.json", try polarityChange(point, to: otherPolarity(point)))
        let run = try StandpointBinary.run(["export", "--state-dir", state.path, folder.path])
        #expect(run.stdout.contains(#""source":"annotation""#) || run.stdout.contains(#""source": "annotation""#))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.standpoint"), "export creates no state folder")
    }

    @Test func aCorruptAnnotationsFileIsKeptAsideAndTheExportStillHappens() throws {
        let (folder, _) = try corpusWithPoint()
        try FileManager.default.createDirectory(atPath: folder.path + "/.standpoint", withIntermediateDirectories: true)
        try folder.write(".standpoint/annotations.json", "{\"version\": 1, \"changes\": [")
        let run = try StandpointBinary.run(["export", folder.path])
        #expect(run.status == 0)
        #expect(try StandpointBinary.documentIDs(run.stdout) == ["one"])
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("standpoint: warning: \(folder.path)/.standpoint/annotations.json is not valid annotations") == true)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/.standpoint")
        #expect(kept.count == 1 && kept[0].hasPrefix("annotations.json.corrupt-"))
    }

    @Test func aTrailHandoutHasEachStepAndMissingOnesSaySo() throws {
        let (folder, point) = try corpusWithPoint()
        let anchor: [String: Any] = ["document": point["document"]!, "start": point["start"]!, "end": point["end"]!, "text": point["text"]!]
        let gone: [String: Any] = ["document": "one", "start": 0, "end": 5, "text": "Paris"]
        let trail: [String: Any] = ["version": 1, "name": "talk", "steps": [["point": anchor, "note": "secret"], ["point": gone, "note": ""]]]
        try FileManager.default.createDirectory(atPath: folder.path + "/.standpoint/trails", withIntermediateDirectories: true)
        try folder.write(".standpoint/trails/talk.json", String(decoding: try JSONSerialization.data(withJSONObject: trail), as: UTF8.self))
        let run = try StandpointBinary.run(["export", "--format", "markdown", "--trail", "talk", folder.path])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# talk\n"))
        #expect(run.stdout.contains("## 1. "))
        #expect(run.stdout.contains("> “\(point["text"] as! String)”"))
        #expect(run.stdout.contains("## 2. Missing passage"))
        #expect(!run.stdout.contains("secret"))
        let withNotes = try StandpointBinary.run(["export", "--format", "markdown", "--trail", "talk", "--notes", folder.path])
        #expect(withNotes.stdout.contains("Note: secret"))
    }

    @Test func misusedOptionsAreOneClearLine() throws {
        let (folder, _) = try corpusWithPoint()
        let csvTrail = try StandpointBinary.run(["export", "--format", "csv", "--trail", "talk", folder.path])
        #expect(csvTrail.status != 0)
        #expect(csvTrail.stderr.contains("--trail writes a Markdown handout; use it with --format markdown"))
        let unknown = try StandpointBinary.run(["export", "--format", "markdown", "--trail", "nope", folder.path])
        #expect(unknown.stderr.contains("no trail 'nope'"))
        let present = try StandpointBinary.run(["present", "talk", folder.path])
        #expect(present.status == 1)
        #expect(present.stderrLines == ["standpoint: presenting needs a terminal; for a handout use `standpoint export --format markdown --trail talk`"])
    }

    /// An export that cannot be written (here to /dev/full) says so in one
    /// line and fails, instead of losing the output silently, in every format.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")), arguments: ["json", "csv", "markdown"])
    func anExportThatCannotBeWrittenFailsWithOneClearLine(format: String) throws {
        let run = try StandpointBinary.run(
            ["export", "--format", format, "data"], prefix: ["/bin/sh", "-c", "exec \"$0\" \"$@\" > /dev/full"])
        #expect(run.status == 1)
        #expect(run.stderrLines.last?.hasPrefix("standpoint: cannot write the export to standard output (") == true)
        #expect(run.stderrLines.last?.contains("No space left on device") == true)
    }
}
