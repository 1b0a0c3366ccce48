import Foundation
import StandpointModel

/// Three documents of five sentences; claim c1 is made in all three, by
/// different holders; the trail walks p1 (doc a, sentence 2), a plain
/// sentence of doc b, and a passage that is gone.
enum PresenterFixture {
    static let texts = [
        "a": "One. Two. China urged NATO to pause. Four. Five.",
        "b": "Uno. Wang Yi said NATO must pause. Tres. Cuatro. Cinco.",
        "c": "Eins. Moscow agrees NATO should pause. Drei. Vier. Fünf.",
    ]

    static func document(_ id: String) -> Document {
        let text = texts[id]!
        var sentences: [Sentence] = []
        var start = 0
        for (i, byte) in Array(text.utf8).enumerated() where byte == UInt8(ascii: ".") {
            sentences.append(Sentence(index: sentences.count, range: ByteRange(start: start, end: i + 1)))
            start = i + 2
        }
        return Document(id: id, path: id + ".txt", title: "Paper \(id.uppercased())", text: text, sentences: sentences)
    }

    static func span(_ quote: String, in id: String) -> ByteRange {
        let text = texts[id]!
        let start = text.utf8.distance(from: text.startIndex, to: text.range(of: quote)!.lowerBound)
        return ByteRange(start: start, end: start + quote.utf8.count)
    }

    static func point(_ id: String, _ document: String, _ quote: String, _ holder: Holder, claim: String) -> StancePoint {
        let doc = Self.document(document)
        let range = span(quote, in: document)
        return StancePoint(
            id: id, document: document, sentence: doc.sentence(containing: range.start)!.index, range: range,
            text: quote, holder: holder, target: "NATO", polarity: .support, cue: "urged", confidence: 0.9,
            claim: claim)
    }

    static let corpus = Corpus(
        root: "papers",
        documents: ["a", "b", "c"].map(document),
        points: [
            point("p1", "a", "China urged NATO to pause.", Holder(name: "China"), claim: "c1"),
            point("p2", "b", "Wang Yi said NATO must pause.", Holder(name: "China", speaker: "Wang Yi"), claim: "c1"),
            point("p3", "c", "Moscow agrees NATO should pause.", Holder(name: "Russia"), claim: "c1"),
        ],
        claims: [Claim(id: "c1", label: "NATO should pause", points: ["p1", "p2", "p3"], documents: ["a", "b", "c"])])

    static let trail = Trail(name: "briefing", steps: [
        TrailStep(anchor: PointAnchor(corpus.point("p1")!), note: "Start with the demand."),
        TrailStep(anchor: PointAnchor(document: "b", range: span("Tres.", in: "b"), quote: "Tres.")),
        TrailStep(anchor: PointAnchor(document: "a", range: ByteRange(start: 0, end: 4), quote: "Gone."), note: "skip"),
    ])
}
