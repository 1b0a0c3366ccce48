import Foundation
import StandpointModel
import Testing
@testable import StandpointStore

@Suite struct AnnotationStoreTests {
    let anchor = PointAnchor(document: "000_a", range: ByteRange(start: 4, end: 20), quote: "urged NATO to act")

    @Test func missingFileGivesEmptyAnnotations() throws {
        let folder = try TemporaryFolder("ann-missing")
        defer { folder.remove() }
        let loaded = try AnnotationStore(path: folder.path + "/annotations.json").load()
        #expect(loaded.annotations.isEmpty)
        #expect(loaded.problem == nil)
    }

    @Test func savedChangesLoadBackInOrder() throws {
        let folder = try TemporaryFolder("ann-roundtrip")
        defer { folder.remove() }
        let store = AnnotationStore(path: folder.path + "/annotations.json")
        var annotations = Annotations()
        annotations.record(.setPolarity(anchor, .oppose))
        annotations.record(.note(.document("000_a"), "state media"))
        try store.save(annotations)
        #expect(try store.load().annotations == annotations)
        #expect(folder.entries() == ["annotations.json"])
    }

    @Test func corruptFileIsKeptAsideAndReported() throws {
        let folder = try TemporaryFolder("ann-corrupt")
        defer { folder.remove() }
        let path = folder.path + "/annotations.json"
        try Data("{\"version\": 1, \"changes\": [{\"kind\": \"polar".utf8).write(to: URL(fileURLWithPath: path))
        let store = AnnotationStore(path: path)
        let loaded = try store.load(now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(loaded.annotations.isEmpty)
        #expect(loaded.keptAside == path + ".corrupt-20270115T080000Z")
        let problem = try #require(loaded.problem)
        #expect(problem.contains("annotations.json is not valid annotations"))
        #expect(problem.contains("kept unchanged as \(path).corrupt-20270115T080000Z"))
        #expect(try String(contentsOfFile: path + ".corrupt-20270115T080000Z", encoding: .utf8).hasSuffix("polar"))
        var annotations = Annotations()
        annotations.record(.reject(anchor))
        try store.save(annotations)
        #expect(folder.entries() == ["annotations.json", "annotations.json.corrupt-20270115T080000Z"])
    }

    @Test func secondCorruptFileDoesNotOverwriteTheFirst() throws {
        let folder = try TemporaryFolder("ann-corrupt2")
        defer { folder.remove() }
        let path = folder.path + "/annotations.json"
        let store = AnnotationStore(path: path)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        for junk in ["first", "second"] {
            try Data(junk.utf8).write(to: URL(fileURLWithPath: path))
            _ = try store.load(now: now)
        }
        #expect(try String(contentsOfFile: path + ".corrupt-20270115T080000Z", encoding: .utf8) == "first")
        #expect(try String(contentsOfFile: path + ".corrupt-20270115T080000Z-2", encoding: .utf8) == "second")
    }

    @Test func newerVersionIsRefusedAndKeptAsIs() throws {
        let folder = try TemporaryFolder("ann-newer")
        defer { folder.remove() }
        let path = folder.path + "/annotations.json"
        let newer = #"{"version": 2, "changes": [], "futureField": true}"#
        try Data(newer.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try AnnotationStore(path: path).load(now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(loaded.annotations.isEmpty)
        #expect(loaded.problem?.contains("written by a newer Standpoint (format 2, this one reads 1)") == true)
        #expect(try String(contentsOfFile: path + ".newer-20270115T080000Z", encoding: .utf8) == newer)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func unreadableFileThatCannotBeMovedBlocksSaving() throws {
        let folder = try TemporaryFolder("ann-blocked")
        defer { folder.remove() }
        let path = folder.path + "/annotations.json"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: path + "/keep", withIntermediateDirectories: false)
        #expect(throws: AnnotationStore.Blocked.self) { try AnnotationStore(path: path).load() }
        #expect(FileManager.default.fileExists(atPath: path + "/keep"))
    }

    /// A child process saves ever-growing annotations in a loop and is killed
    /// with SIGKILL at a random instant once it has saved a new generation;
    /// after every kill the file must parse and hold a whole generation (n
    /// notes, each intact), never a torn one, and no saved generation is lost.
    @Test func killDuringSaveLoopNeverLeavesATornFile() throws {
        let folder = try TemporaryFolder("ann-kill")
        defer { folder.remove() }
        let path = folder.path + "/annotations.json"
        let helper = try #require(Self.helperPath(), "standpoint-save-loop was not built next to the tests")
        var generations: [Int] = []
        for round in 0..<40 {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: helper)
            child.arguments = [path]
            try child.run()
            let saved = Self.waitForGeneration(after: generations.last ?? 0, in: path, of: child)
            usleep(UInt32.random(in: 0...3_000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            #expect(saved, "round \(round): the helper saved nothing new within a minute")
            #expect(child.terminationReason == .uncaughtSignal)
            let loaded = try AnnotationStore(path: path).load()
            #expect(loaded.problem == nil, "round \(round): \(loaded.problem ?? "")")
            let notes = loaded.annotations.changes
            for (i, change) in notes.enumerated() {
                guard case .note(.document("d"), let text) = change, text.hasPrefix("note \(i) "), text.count == "note \(i) ".count + 400
                else {
                    Issue.record("round \(round): note \(i) is torn")
                    break
                }
            }
            generations.append(notes.count)
        }
        #expect(generations == generations.sorted(), "a kill must never lose saved generations")
        #expect(zip(generations, generations.dropFirst()).allSatisfy { $0 < $1 }, "every round saved a new generation before the kill")
        #expect(folder.entries() == ["annotations.json"], "temporary files of killed writers are cleaned up on load")
    }

    /// Polls `path` until it holds more than `count` changes (the helper has
    /// saved since the last round), or the helper died, or a minute passed.
    static func waitForGeneration(after count: Int, in path: String, of child: Process) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while child.isRunning && Date() < deadline {
            if let data = FileManager.default.contents(atPath: path),
                let annotations = try? JSONDecoder().decode(Annotations.self, from: data),
                annotations.changes.count > count
            {
                return true
            }
            usleep(500)
        }
        return false
    }

    /// The helper executable, built by SwiftPM beside the test bundle.
    static func helperPath() -> String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("standpoint-save-loop").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
