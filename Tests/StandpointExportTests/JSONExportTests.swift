import Foundation
import Testing
import StandpointAnalysis
import StandpointModel
@testable import StandpointExport

@Suite struct JSONExportTests {
    @Test func exportedSpansSliceTheDocumentText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Café owners said “we must act now”. Talks should resume.".write(
            to: folder.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        let result = try Analyzer().analyze([folder.path])
        let json = try JSONExport.render(result.corpus)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["one"])
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(!points.isEmpty)
        let text = Array(result.corpus.documents[0].text.utf8)
        for point in points {
            let start = try #require(point["start"] as? Int)
            let end = try #require(point["end"] as? Int)
            #expect(String(decoding: text[start..<end], as: UTF8.self) == point["text"] as? String)
        }
    }

    @Test func keysFollowTheContractsOrder() throws {
        let json = try JSONExport.render(ExportFixture.corpus)
        func order(_ keys: [String], in text: Substring) -> [String] {
            keys.compactMap { key in text.range(of: "\"\(key)\": ").map { (key, $0.lowerBound) } }
                .sorted { $0.1 < $1.1 }.map(\.0)
        }
        let top = ["version", "documents", "points", "claims", "crossReferences"]
        #expect(order(top, in: json[...]) == top)
        let pointStart = try #require(json.range(of: "\"id\": \"p2\""))
        let point = json[pointStart.lowerBound...].prefix { $0 != "}" }
        let pointKeys = ["id", "document", "text", "start", "end", "holder", "speaker", "target", "polarity", "cue", "claim", "confidence"]
        #expect(order(pointKeys, in: point) == pointKeys)
        #expect(json.hasPrefix("{\n  \"version\": 1,\n  \"documents\": [\n    {\n      \"id\": \"a\","))
    }

    @Test func stringsAreEscapedAndTheOutputIsValidAndStable() throws {
        let first = try JSONExport.render(ExportFixture.corpus, explain: true)
        #expect(first == (try JSONExport.render(ExportFixture.corpus, explain: true)))
        #expect(first.contains(#""text": "China urged NATO to pause, \"now\".""#))
        #expect(first.contains(#"\u001b[31m"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(points[3]["text"] as? String == "Talks are fine.\u{1B}[31m")
        #expect(points[3]["holder"] is NSNull)
        #expect(points[0]["confidence"] as? Double == 0.8)
    }
}

@Suite struct JSONExportAnnotationTests {
    @Test func pointsTheAnnotationsChangedSaySo() throws {
        let json = try JSONExport.render(ExportFixture.annotated.corpus)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(points.map { $0["source"] as? String } == [nil, "annotation", nil, nil])
        #expect(points[1]["polarity"] as? String == "neutral")
    }

    /// A large corpus is written in pieces of about a megabyte that join into
    /// the whole export, so `standpoint export` never holds all of it.
    @Test func aLargeExportIsWrittenInPiecesThatJoinIntoTheWhole() throws {
        let sentence = String(repeating: "NATO must pause its expansion and return to talks. ", count: 8)
        let document = ExportFixture.document("big", "Big", sentence)
        let points = (1...3_000).map { n in
            ExportFixture.point("p\(n)", "big", sentence, sentence, Holder(name: "China"), .support, nil)
        }
        let corpus = Corpus(root: "big/", documents: [document], points: points)
        var pieces: [[UInt8]] = []
        JSONExport.write(corpus, explain: true) { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 && $0.count < (1 << 20) + 4_096 })
        let joined = pieces.flatMap { $0 }
        #expect(String(decoding: joined, as: UTF8.self) == (try JSONExport.render(corpus, explain: true)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(joined)) as? [String: Any])
        #expect((object["points"] as? [Any])?.count == 3_000)
    }
}
