@testable import StandpointModel

/// A small hand-built corpus: two documents, four points, one claim shared
/// by points in both documents and one claim of its own.
enum AnnotationFixture {
    static let textA = "China urged NATO to pause. The weather was fine. Beijing rejects bloc politics."
    static let textB = "Wang Yi said NATO must pause. 北京 calls for talks."

    static func document(_ id: String, _ text: String) -> Document {
        var sentences: [Sentence] = []
        var start = 0
        let bytes = Array(text.utf8)
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
            sentences.append(Sentence(index: sentences.count, range: ByteRange(start: start, end: i + 1)))
            start = i + 2
        }
        return Document(id: id, path: id + ".txt", title: id, text: text, sentences: sentences)
    }

    static func span(_ quote: String, in text: String) -> ByteRange {
        let start = text.range(of: quote).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }!
        return ByteRange(start: start, end: start + quote.utf8.count)
    }

    static func point(
        _ id: String, _ document: String, _ text: String, _ quote: String, holder: String, _ polarity: Polarity,
        claim: String?
    ) -> StancePoint {
        let doc = Self.document(document, text)
        let range = span(quote, in: text)
        return StancePoint(
            id: id, document: document, sentence: doc.sentence(containing: range.start)!.index, range: range,
            text: quote, holder: Holder(name: holder), target: "NATO", polarity: polarity, cue: "urged",
            confidence: 0.8, claim: claim)
    }

    static var corpus: Corpus {
        let points = [
            point("p1", "a", textA, "China urged NATO to pause.", holder: "China", .support, claim: "c1"),
            point("p2", "a", textA, "Beijing rejects bloc politics.", holder: "China", .oppose, claim: "c2"),
            point("p3", "b", textB, "Wang Yi said NATO must pause.", holder: "China", .support, claim: "c1"),
            point("p4", "b", textB, "北京 calls for talks.", holder: "China", .support, claim: nil),
        ]
        return Corpus(
            root: "fixture", documents: [document("a", textA), document("b", textB)], points: points,
            claims: [
                Claim(id: "c1", label: "NATO should pause", points: ["p1", "p3"], documents: ["a", "b"]),
                Claim(id: "c2", label: "Reject bloc politics", points: ["p2"], documents: ["a"]),
            ],
            crossReferences: [CrossReference(from: "p1", to: "p3", kind: .sameClaim, score: 0.7)])
    }

    static func anchor(_ id: String) -> PointAnchor { PointAnchor(corpus.point(id)!) }
}
