import Testing
@testable import StandpointModel

@Suite struct CorpusTests {
    static func sample() -> Corpus {
        let text = "China urged NATO to pause. Talks matter. NATO rejected the call."
        let sentences = [
            Sentence(index: 0, range: ByteRange(start: 0, end: 26)),
            Sentence(index: 1, range: ByteRange(start: 27, end: 40)),
            Sentence(index: 2, range: ByteRange(start: 41, end: 64)),
        ]
        let a = Document(id: "a", path: "a.txt", title: "A", text: text, sentences: sentences)
        let b = Document(id: "b", path: "b.txt", title: "B", text: "Dialogue is the only way.", sentences: [
            Sentence(index: 0, range: ByteRange(start: 0, end: 25))
        ])
        let p1 = StancePoint(
            id: "p1", document: "a", sentence: 0, range: sentences[0].range, text: a.text(in: sentences[0].range),
            holder: Holder(name: "China", speaker: "Zhang Jun"), target: "NATO", polarity: .oppose, cue: "urged",
            confidence: 0.8, claim: "c1")
        let p2 = StancePoint(
            id: "p2", document: "b", sentence: 0, range: b.sentences[0].range, text: b.text,
            holder: Holder(name: "NATO"), target: "dialogue", polarity: .support, cue: "only way",
            confidence: 0.7, claim: "c1")
        return Corpus(
            root: "test", documents: [a, b], points: [p1, p2],
            claims: [Claim(id: "c1", label: "Talks", points: ["p1", "p2"], documents: ["a", "b"])],
            crossReferences: [CrossReference(from: "p1", to: "p2", kind: .sameClaim, score: 0.7)])
    }

    /// A point an annotation added, with an id ("a1") unlike the analyser's.
    static let annotationPoint = StancePoint(
        id: "a1", document: "a", sentence: 1, range: ByteRange(start: 27, end: 40), text: "Talks matter.",
        holder: nil, target: nil, polarity: .support, cue: "", confidence: 1, claim: "c1")

    @Test func looksUpPointsByDocumentAndClaim() {
        let corpus = Self.sample()
        #expect(corpus.points(inDocument: "a").map(\.id) == ["p1"])
        #expect(corpus.points(ofClaim: "c1").map(\.id) == ["p1", "p2"])
        #expect(corpus.crossReferences(of: "p2").map(\.from) == ["p1"])
        #expect(corpus.point("p2")?.holder?.name == "NATO")
        #expect(corpus.document("b")?.title == "B")
    }

    /// Annotations insert points ("a1") among the analyser's and renumbered
    /// corpora need not hold "pN" at position N − 1: every id is still found.
    @Test func findsPointsWhoseIdsAreNotTheirPositions() {
        let sample = Self.sample()
        let (p1, p2) = (sample.points[0], sample.points[1])
        let added = Self.annotationPoint
        let corpus = Corpus(
            root: "test", documents: sample.documents, points: [p2, added, p1], claims: sample.claims,
            crossReferences: [
                CrossReference(from: "p1", to: "a1", kind: .sameClaim, score: 0.5),
                CrossReference(from: "p10", to: "p2", kind: .sameClaim, score: 0.5),
            ])
        #expect(corpus.pointPosition("p2") == 0)
        #expect(corpus.pointPosition("a1") == 1)
        #expect(corpus.pointPosition("p1") == 2)
        #expect(corpus.pointPosition("p3") == nil)
        #expect(corpus.pointPosition("p01") == nil)
        #expect(corpus.point("a1")?.text == "Talks matter.")
        #expect(corpus.crossReferences(of: "a1").map(\.from) == ["p1"])
        #expect(corpus.crossReferences(of: "p2").map(\.from) == ["p10"])
    }

    /// The linker lists references by their first point: runs of references
    /// from one point, from an irregular id and from an id no point has,
    /// are each listed at their points, in order.
    @Test func listsReferencesThatShareTheirFirstPoint() {
        let sample = Self.sample()
        let (p1, p2) = (sample.points[0], sample.points[1])
        let added = Self.annotationPoint
        let corpus = Corpus(
            root: "test", documents: sample.documents, points: [p1, p2, added], claims: sample.claims,
            crossReferences: [
                CrossReference(from: "p1", to: "p2", kind: .sameClaim, score: 0.5),
                CrossReference(from: "p1", to: "a1", kind: .sameHolder, score: 0.4),
                CrossReference(from: "a1", to: "p2", kind: .contradicts, score: 0.3),
                CrossReference(from: "a1", to: "p1", kind: .sameClaim, score: 0.3),
                CrossReference(from: "p9", to: "p2", kind: .sameClaim, score: 0.2),
                CrossReference(from: "p9", to: "a1", kind: .sameClaim, score: 0.2),
                CrossReference(from: "p1", to: "a1", kind: .sameClaim, score: 0.1),
            ])
        #expect(corpus.crossReferencePositions(of: "p1") == [0, 1, 3, 6])
        #expect(corpus.crossReferencePositions(of: "p2") == [0, 2, 4])
        #expect(corpus.crossReferencePositions(of: "a1") == [1, 2, 3, 5, 6])
        #expect(corpus.crossReferencePositions(of: "p9") == [])
    }

    /// Holders and claims interleave across points and documents: every
    /// holder's points and documents, and every claim's points, come in
    /// corpus order, a claim missing from the claim list included.
    @Test func listsHoldersAndClaimsOfInterleavedPoints() {
        let sample = Self.sample()
        let specs: [(String, Holder?, String?)] = [
            ("a", Holder(name: "China"), "c1"), ("a", Holder(name: "China", speaker: "Zhang Jun"), "c2"),
            ("a", Holder(name: "NATO"), "c1"), ("a", Holder(name: "China"), "c9"), ("b", nil, "c2"),
            ("b", Holder(name: "China", speaker: "Zhang Jun"), "c1"),
        ]
        let points = specs.enumerated().map { i, spec in
            StancePoint(
                id: "p\(i + 1)", document: spec.0, sentence: 0, range: ByteRange(start: 0, end: 5), text: "Talks",
                holder: spec.1, target: nil, polarity: .support, cue: "", confidence: 1, claim: spec.2)
        }
        let claims = [
            Claim(id: "c1", label: "one", points: ["p1", "p3", "p6"], documents: ["a", "b"]),
            Claim(id: "c2", label: "two", points: ["p2", "p5"], documents: ["a", "b"]),
        ]
        let corpus = Corpus(root: "test", documents: sample.documents, points: points, claims: claims)
        #expect(corpus.pointPositions(ofHolder: "China") == [0, 1, 3, 5])
        #expect(corpus.pointPositions(ofHolder: "NATO") == [2])
        #expect(corpus.documents(ofHolder: "China") == ["a", "b"])
        #expect(corpus.documents(ofHolder: "Zhang Jun") == ["a", "b"])
        #expect(corpus.documents(ofHolder: "NATO") == ["a"])
        #expect(corpus.pointPositions(ofClaim: "c1") == [0, 2, 5])
        #expect(corpus.pointPositions(ofClaim: "c2") == [1, 4])
        #expect(corpus.pointPositions(ofClaim: "c9") == [3])
        #expect(corpus.pointPositions(inDocument: "a") == [0, 1, 2, 3])
        #expect(corpus.pointPositions(inDocument: "b") == [4, 5])
    }

    /// A document whose points are not one run is listed once for a holder,
    /// whether the points between are another holder's or hold none.
    @Test func listsADocumentOfSplitRunsOnceForAHolder() {
        let sample = Self.sample()
        let specs: [(String, Holder?)] = [
            ("a", Holder(name: "China")), ("b", Holder(name: "NATO")), ("a", Holder(name: "China")),
            ("b", nil), ("a", Holder(name: "China", speaker: "Zhang Jun")), ("b", Holder(name: "NATO")),
        ]
        let points = specs.enumerated().map { i, spec in
            StancePoint(
                id: "p\(i + 1)", document: spec.0, sentence: 0, range: ByteRange(start: 0, end: 5), text: "Talks",
                holder: spec.1, target: nil, polarity: .support, cue: "", confidence: 1)
        }
        let corpus = Corpus(root: "test", documents: sample.documents, points: points)
        #expect(corpus.documents(ofHolder: "China") == ["a"])
        #expect(corpus.documents(ofHolder: "Zhang Jun") == ["a"])
        #expect(corpus.documents(ofHolder: "NATO") == ["b"])
        #expect(corpus.pointPositions(ofHolder: "China") == [0, 2, 4])
    }

    @Test func findsDocumentsOfAHolderByEntityOrSpeaker() {
        let corpus = Self.sample()
        #expect(corpus.documents(ofHolder: "China") == ["a"])
        #expect(corpus.documents(ofHolder: "Zhang Jun") == ["a"])
        #expect(corpus.documents(ofHolder: "NATO") == ["b"])
        #expect(corpus.holderNames == ["China", "NATO"])
    }

    @Test func pointTextIsTheSliceOfItsSpan() {
        let corpus = Self.sample()
        for point in corpus.points {
            #expect(corpus.document(point.document)?.text(in: point.range) == point.text)
        }
    }

    @Test func searchIgnoresCaseAndReportsOneHitPerSentence() {
        let corpus = Self.sample()
        let hits = corpus.search("nato")
        #expect(hits.map(\.document) == ["a", "a"])
        #expect(hits.map(\.sentence) == [0, 2])
        #expect(corpus.document("a")?.text(in: hits[0].match) == "NATO")
        #expect(corpus.search("dialogue").first?.document == "b")
        #expect(corpus.search("").isEmpty)
    }

    @Test func findsTheSentenceContainingAnOffset() {
        let document = Self.sample().documents[0]
        #expect(document.sentence(containing: 30)?.index == 1)
        #expect(document.sentence(containing: 26) == nil)
        #expect(document.sentence(containing: 63)?.index == 2)
    }
}
