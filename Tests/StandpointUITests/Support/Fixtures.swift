import StandpointModel
@testable import StandpointUI

/// A small hand-made corpus for UI tests: three documents, one with Chinese
/// text and an emoji in its title, one with terminal escape sequences in its
/// text, a claim made in two documents and two explicit cross-references.
enum Fixtures {
    static let documents: [(id: String, title: String, text: String)] = [
        ("alpha", "Alpha: NATO and the Cold War",
         "Beijing urged NATO to abandon its Cold War mentality. The weather was mild in Brussels.\n"
            + "Zhang Jun said that expanding military blocs does not bring security. Observers noted a long meeting."),
        ("beta", "Beta — 北京 statement 🌏",
         "北京表示，北约应放弃冷战思维。 Wang Yi said NATO must abandon the Cold War mentality. Café owners ignored the news.\n"
            + "The ministry welcomes dialogue and supports negotiations."),
        ("gamma", "Gamma: escapes",
         "A hostile line \u{1B}]2;PWNED\u{07} tried to retitle. Another \u{1B}[2J tried to clear. Russia rejects the proposal outright."),
    ]

    /// (document, text, holder, speaker, polarity, cue, claim)
    static let pointSpecs: [(String, String, String, String?, Polarity, String, String?)] = [
        ("alpha", "Beijing urged NATO to abandon its Cold War mentality.", "China", "Beijing", .oppose, "urged", "c1"),
        ("alpha", "Zhang Jun said that expanding military blocs does not bring security.", "China", "Zhang Jun", .oppose, "said", "c2"),
        ("beta", "北京表示，北约应放弃冷战思维。", "China", nil, .oppose, "应", "c1"),
        ("beta", "Wang Yi said NATO must abandon the Cold War mentality.", "China", "Wang Yi", .oppose, "must", "c1"),
        ("beta", "The ministry welcomes dialogue and supports negotiations.", "China", nil, .support, "welcomes", "c3"),
        ("gamma", "Russia rejects the proposal outright.", "Russia", nil, .oppose, "rejects", nil),
    ]

    static let corpus: Corpus = {
        let documents = Self.documents.map { spec in
            Document(id: spec.id, path: "fixtures/\(spec.id).txt", title: spec.title, text: spec.text,
                     sentences: sentences(in: spec.text))
        }
        var points: [StancePoint] = []
        for (index, spec) in pointSpecs.enumerated() {
            let document = documents.first { $0.id == spec.0 }!
            let range = byteRange(of: spec.1, in: document.text)
            points.append(StancePoint(
                id: "p\(index + 1)", document: spec.0, sentence: document.sentence(containing: range.start)?.index ?? 0,
                range: range, text: spec.1, holder: Holder(name: spec.2, speaker: spec.3), target: "NATO",
                polarity: spec.4, cue: spec.5, confidence: 0.8, claim: spec.6,
                rationale: "modal or reporting cue “\(spec.5)” with a named holder"))
        }
        let claims = [
            Claim(id: "c1", label: "Abandon the Cold War mentality", points: ["p1", "p3", "p4"], documents: ["alpha", "beta"]),
            Claim(id: "c2", label: "Military blocs bring no security", points: ["p2"], documents: ["alpha"]),
            Claim(id: "c3", label: "Negotiations are the way out", points: ["p5"], documents: ["beta"]),
        ]
        let references = [
            CrossReference(from: "p1", to: "p4", kind: .sameClaim, score: 0.81, sharedTerms: ["cold", "war"]),
            CrossReference(from: "p5", to: "p6", kind: .contradicts, score: 0.42),
        ]
        return Corpus(root: "fixtures/", documents: documents, points: points, claims: claims, crossReferences: references)
    }()

    /// A browser over the fixture corpus, in monochrome so frames read the same everywhere.
    static func state(columns: Int = 120, rows: Int = 40) -> AppState {
        AppState(corpus: corpus, size: Size(columns: columns, rows: rows), theme: .monochrome)
    }

    /// Presses keys given by name ("j j Enter").
    static func press(_ keys: String, on state: inout AppState) {
        for key in Key.sequence(keys) { state.update(.keyPressed(key)) }
    }

    /// The screen of `state` as a cell buffer.
    static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(size: state.size)
        Screen.draw(state, on: &buffer)
        return buffer
    }

    static func byteRange(of needle: String, in text: String) -> ByteRange {
        let range = text.range(of: needle)!
        let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        return ByteRange(start: start, end: start + needle.utf8.count)
    }

    /// Sentences end after ". " or "。" or at a newline.
    static func sentences(in text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        func close(_ end: Int) {
            var s = start
            while s < end && (bytes[s] == 0x20 || bytes[s] == 0x0A) { s += 1 }
            if s < end { sentences.append(Sentence(index: sentences.count, range: ByteRange(start: s, end: end))) }
            start = end
        }
        while i < bytes.count {
            if bytes[i] == 0x2E && (i + 1 == bytes.count || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A) {
                close(i + 1)
            } else if bytes[i] == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82 {
                close(i + 3)
                i += 2
            } else if bytes[i] == 0x0A {
                close(i)
            }
            i += 1
        }
        close(bytes.count)
        return sentences
    }
}
