import StandpointModel
import Testing
@testable import StandpointUI

@Suite struct ListOverlayTests {
    /// `count` documents, each with one point; every point makes claim "big"
    /// except those of every fifth document, which make claim "small".
    static func manyDocuments(_ count: Int) -> Corpus {
        var documents: [Document] = []
        var points: [StancePoint] = []
        for index in 0..<count {
            let id = String(format: "doc%03d", index)
            let text = "Minister \(index) urged restraint number \(index)."
            let range = ByteRange(start: 0, end: text.utf8.count)
            documents.append(Document(id: id, path: "\(id).txt", title: "Statement \(index)", text: text,
                                      sentences: [Sentence(index: 0, range: range)]))
            points.append(StancePoint(
                id: "p\(index + 1)", document: id, sentence: 0, range: range, text: text,
                holder: Holder(name: index % 2 == 0 ? "Even" : "Odd", speaker: "Minister \(index)"), target: "restraint",
                polarity: .support, cue: "urged", confidence: 0.8, claim: index % 5 == 0 ? "small" : "big"))
        }
        func claim(_ id: String, _ label: String) -> Claim {
            let members = points.filter { $0.claim == id }
            return Claim(id: id, label: label, points: members.map(\.id), documents: members.map(\.document))
        }
        return Corpus(root: "many/", documents: documents, points: points,
                      claims: [claim("small", "Restraint, said rarely"), claim("big", "Restraint, said often")])
    }

    @Test func snapshotOfAClaimsPoints() {
        var state = Fixtures.state(columns: 80, rows: 24)
        Fixtures.press("c Enter", on: &state)
        Snapshot.assert(Screen.text(state), named: "claim-points-80x24")
    }

    @Test func enterOnAClaimShowsItsPointsInCorpusOrder() {
        var state = Fixtures.state()
        Fixtures.press("c Enter", on: &state)
        let lines = Fixtures.render(state).lines
        let texts = ["Beijing urged NATO to abandon its Cold War mentality.", "北京表示，北约应放弃冷战思维。",
                     "Wang Yi said NATO must abandon the Cold War mentality."]
        let rows = texts.map { text in lines.firstIndex { $0.contains(text) } }
        #expect(rows.allSatisfy { $0 != nil }, "every point of the claim is listed")
        #expect(rows.compactMap { $0 } == rows.compactMap { $0 }.sorted(), "in corpus order")
        #expect(lines.contains { $0.contains("Claim: Abandon the Cold War mentality") })
        #expect(lines.contains { $0.contains("Beta — 北京 statement") && $0.contains("Wang Yi") })
        #expect(!lines.contains { $0.contains("Zhang Jun said that expanding") }, "a point of another claim is not")
    }

    @Test func aLongListShowsTheRightPointsWhereverItIsScrolled() {
        var state = AppState(corpus: Self.manyDocuments(100), size: Size(columns: 100, rows: 30), theme: .monochrome)
        Fixtures.press("c", on: &state)
        var lines = Fixtures.render(state).lines
        #expect(lines.contains { $0.contains("80 docs") && $0.contains("80 pts") && $0.contains("Restraint, said often") })
        #expect(lines.contains { $0.contains("20 docs") && $0.contains("20 pts") && $0.contains("Restraint, said rarely") })
        Fixtures.press("Enter", on: &state)
        lines = Fixtures.render(state).lines
        #expect(lines.contains { $0.contains("Minister 1 urged restraint number 1.") })
        #expect(!lines.contains { $0.contains("number 5.") }, "document 5 makes the other claim")
        Fixtures.press("G", on: &state)
        lines = Fixtures.render(state).lines
        let selected = lines.first { $0.contains("│▌ +") }
        #expect(selected?.contains("Statement 99") == true && selected?.contains("number 99.") == true)
        #expect(!lines.contains { $0.contains("number 1.") })
        Fixtures.press("Enter", on: &state)
        #expect(state.overlay == nil)
        #expect(state.selectedPoint?.id == "p100")
    }

    @Test func aHoldersPointsAreThePointsItHolds() {
        var state = AppState(corpus: Self.manyDocuments(30), size: Size(columns: 100, rows: 30), theme: .monochrome)
        Fixtures.press("a", on: &state)
        #expect(state.overlayRows(for: .holders).map(\.columns) == [["15 pts", "15 docs", "Even"], ["15 pts", "15 docs", "Odd"]])
        Fixtures.press("j Enter", on: &state)
        let lines = Fixtures.render(state).lines
        #expect(lines.contains { $0.contains("Holder: Odd") })
        #expect(lines.contains { $0.contains("number 1.") } && lines.contains { $0.contains("number 21.") })
        #expect(!lines.contains { $0.contains("number 2.") })
        #expect(state.overlayRows(for: .holderPoints("Odd")).map(\.target) == (0..<15).map { .point("p\($0 * 2 + 2)") })
    }
}
