import Testing
import StandpointModel
@testable import StandpointExport

@Suite struct MarkdownReportTests {
    @Test func claimsComeByNumberOfDocumentsWithTheirPoints() {
        let report = MarkdownReport.render(ExportFixture.annotated)
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# Standpoint report: papers/")
        #expect(lines[2] == "2 documents · 4 points · 2 claims · 1 point corrected by the researcher")
        let headings = lines.filter { $0.hasPrefix("## ") }
        #expect(headings == [
            "## 1. NATO should pause (2 documents)", "## 2. Reject bloc politics (1 document)",
            "## Points that share no claim", "## Notes on documents",
        ])
        #expect(lines.contains(#"- **China** + support: “China urged NATO to pause, "now".” (*Statement A*, `a`)"#))
        #expect(lines.contains("- **Wang Yi (China)** + support: “Wang Yi said NATO must pause.” (*Report, B*, `b`)"))
        #expect(lines.contains("  - Note: check the date"))
        #expect(lines.contains(#"- **Wang Yi (China)** · neutral: “Beijing rejects \*bloc\* politics.” (*Statement A*, `a`) (corrected)"#))
        #expect(lines.contains(#"- *no holder* · neutral: “Talks are fine.\\u{1B}\[31m” (*Report, B*, `b`)"#))
        #expect(lines.contains("- *Report, B* (`b`): state media"))
        #expect(!report.contains("\u{1B}"))
    }

    @Test func rejectedPointsAreLeftOutAndEmptyClaimsWithThem() {
        var annotations = Annotations()
        annotations.record(.reject(PointAnchor(ExportFixture.corpus.point("p2")!)))
        let report = MarkdownReport.render(annotations.apply(to: ExportFixture.corpus))
        #expect(!report.contains("Reject bloc politics"))
        #expect(!report.contains("Beijing rejects"))
        #expect(report.contains("1 point corrected by the researcher"))
    }
}

@Suite struct MarkdownReportStreamTests {
    @Test func theStreamedReportIsTheRenderedOneInPieces() {
        let sentence = String(repeating: "NATO must *pause* and return to talks. ", count: 8)
        let document = ExportFixture.document("big", "Big [B]", sentence)
        let points = (1...4_000).map { n in
            ExportFixture.point("p\(n)", "big", sentence, sentence, Holder(name: "China"), .support, n % 2 == 0 ? "c1" : nil)
        }
        let claims = [Claim(id: "c1", label: "Pause", points: (1...2_000).map { "p\($0 * 2)" }, documents: ["big"])]
        let annotated = Annotations().apply(to: Corpus(root: "big/", documents: [document], points: points, claims: claims))
        var pieces: [[UInt8]] = []
        MarkdownReport.write(annotated) { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 && $0.count < (1 << 20) + 4_096 })
        let report = MarkdownReport.render(annotated)
        #expect(String(decoding: pieces.flatMap { $0 }, as: UTF8.self) == report)
        #expect(report.components(separatedBy: "\n- **China** + support").count == 4_001)
    }
}
