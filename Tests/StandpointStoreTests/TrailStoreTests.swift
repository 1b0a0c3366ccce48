import Foundation
import StandpointModel
import Testing
@testable import StandpointStore

@Suite struct TrailStoreTests {
    let step = TrailStep(
        anchor: PointAnchor(document: "000_a", range: ByteRange(start: 0, end: 5), quote: "China"), note: "open with this")

    @Test func savesReadableJSONUnderTrails() throws {
        let folder = try TemporaryFolder("trail")
        defer { folder.remove() }
        let store = TrailStore(folder: folder.path + "/trails")
        try store.save(Trail(name: "briefing", steps: [step]))
        #expect(store.names() == ["briefing"])
        #expect(try store.load(named: "briefing") == Trail(name: "briefing", steps: [step]))
        let text = try String(contentsOfFile: folder.path + "/trails/briefing.json", encoding: .utf8)
        #expect(text.contains("\"note\" : \"open with this\""))
        #expect(text.hasSuffix("}\n"))
        #expect(try store.load(named: "other") == nil)
    }

    @Test func badNamesAndBadFilesAreClearErrors() throws {
        let folder = try TemporaryFolder("trail-bad")
        defer { folder.remove() }
        let store = TrailStore(folder: folder.path)
        #expect(throws: TrailStore.Problem.self) { try store.save(Trail(name: "../escape")) }
        try Data("{".utf8).write(to: URL(fileURLWithPath: folder.path + "/broken.json"))
        let error = #expect(throws: TrailStore.Problem.self) { try store.load(named: "broken") }
        #expect(error?.description.contains("broken.json: not a valid trail") == true)
        try Data(#"{"version": 9, "name": "x", "steps": []}"#.utf8).write(to: URL(fileURLWithPath: folder.path + "/future.json"))
        let newer = #expect(throws: TrailStore.Problem.self) { try store.load(named: "future") }
        #expect(newer?.description.contains("newer Standpoint") == true)
    }

    @Test func presenterPositionIsSharedThroughItsFile() throws {
        let folder = try TemporaryFolder("present")
        defer { folder.remove() }
        let audience = PresenterPosition(path: folder.path + "/present-briefing.json")
        let notes = PresenterPosition(path: folder.path + "/present-briefing.json")
        #expect(notes.read() == nil)
        try audience.write(2)
        #expect(notes.read() == 2)
        try notes.write(0)
        #expect(audience.read() == 0)
    }
}
