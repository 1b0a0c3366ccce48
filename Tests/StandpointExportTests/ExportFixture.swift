import StandpointModel

/// A hand-built corpus for the exporters: claim c1 made in two documents,
/// claim c2 in one, one point with no claim; texts with commas, quotes,
/// Markdown characters and an escape character.
enum ExportFixture {
    static let textA = #"China urged NATO to pause, "now". Beijing rejects *bloc* politics."#
    static let textB = "Wang Yi said NATO must pause.\nTalks are fine.\u{1B}[31m"

    static func document(_ id: String, _ title: String, _ text: String) -> Document {
        var sentences: [Sentence] = []
        var start = 0
        for (i, byte) in Array(text.utf8).enumerated() where byte == UInt8(ascii: ".") {
            sentences.append(Sentence(index: sentences.count, range: ByteRange(start: start, end: i + 1)))
            start = i + 2
        }
        return Document(id: id, path: id + ".txt", title: title, text: text, sentences: sentences)
    }

    static func point(_ id: String, _ document: String, _ text: String, _ quote: String, _ holder: Holder?, _ polarity: Polarity, _ claim: String?) -> StancePoint {
        let start = text.utf8.distance(from: text.startIndex, to: text.range(of: quote)!.lowerBound)
        let range = ByteRange(start: start, end: start + quote.utf8.count)
        return StancePoint(
            id: id, document: document, sentence: 0, range: range, text: quote, holder: holder, target: "NATO",
            polarity: polarity, cue: "urged", confidence: 0.8, claim: claim)
    }

    static var corpus: Corpus {
        Corpus(
            root: "papers/",
            documents: [document("a", "Statement A", textA), document("b", "Report, B", textB)],
            points: [
                point("p1", "a", textA, #"China urged NATO to pause, "now"."#, Holder(name: "China"), .support, "c1"),
                point("p2", "a", textA, "Beijing rejects *bloc* politics.", Holder(name: "China", speaker: "Wang Yi"), .oppose, "c2"),
                point("p3", "b", textB, "Wang Yi said NATO must pause.", Holder(name: "China", speaker: "Wang Yi"), .support, "c1"),
                point("p4", "b", textB, "Talks are fine.\u{1B}[31m", nil, .neutral, nil),
            ],
            claims: [
                Claim(id: "c2", label: "Reject bloc politics", points: ["p2"], documents: ["a"]),
                Claim(id: "c1", label: "NATO should pause", points: ["p1", "p3"], documents: ["a", "b"]),
            ],
            crossReferences: [CrossReference(from: "p1", to: "p3", kind: .sameClaim, score: 0.7)])
    }

    /// The corpus with p2's polarity corrected and notes on p3 and document b.
    static var annotated: AnnotatedCorpus {
        var annotations = Annotations()
        annotations.record(.setPolarity(PointAnchor(corpus.point("p2")!), .neutral))
        annotations.record(.note(.point(PointAnchor(corpus.point("p3")!)), "check the date"))
        annotations.record(.note(.document("b"), "state media"))
        return annotations.apply(to: corpus)
    }
}
