import StandpointModel

/// What one step of a trail shows on the audience screen, worked out from
/// the corpus: the heading, the passage in context with the point marked,
/// who holds it and where, and who else makes the same claim. Drawing reads
/// it; it has no idea of the screen size except how much context to take.
public struct PresenterSlide: Hashable, Sendable {
    /// Another document that makes the same claim, with its holders.
    public struct Echo: Hashable, Sendable {
        public let documentID: String
        public let documentTitle: String
        public let holders: [String]
    }

    /// The step's heading: the claim's label, else the point's target, else the document title.
    public let heading: String
    /// 1-based number of the step.
    public let number: Int
    /// Steps in the trail.
    public let count: Int
    /// The point shown, when the step resolves to one.
    public let point: StancePoint?
    /// Id of the document (the anchor's when missing).
    public let documentID: String
    /// Its title (the id when the document is gone).
    public let documentTitle: String
    /// The passage: the step's sentence with sentences around it.
    public let context: String
    /// Byte offset of `context` in the document.
    public let contextStart: Int
    /// The step's span, as offsets into `context` (nil when missing).
    public let highlight: Range<Int>?
    /// Other documents that make the same claim.
    public let echoes: [Echo]
    /// The presenter's note.
    public let note: String
    /// Whether the step's text is no longer in the corpus.
    public let isMissing: Bool

    /// The holder as shown ("Zhang Jun (China)"), when there is one.
    public var holder: String? { point?.holder?.description }

    /// "step k/n".
    public var progress: String { "step \(number)/\(count)" }

    /// The slide for step `index` of `trail`, with `contextSentences`
    /// sentences before and after the step's own.
    public init(trail: Trail, index: Int, corpus: Corpus, contextSentences: Int) {
        let step = trail.steps[index]
        number = index + 1
        count = trail.steps.count
        note = step.note
        documentID = step.anchor.document
        let document = corpus.document(step.anchor.document)
        documentTitle = document?.title ?? step.anchor.document
        let target = corpus.resolve(step)
        switch target {
        case .point(let point): self.point = point
        default: self.point = nil
        }
        guard let document, let range = target.range else {
            heading = "Missing passage"
            context = step.anchor.quote
            contextStart = 0
            highlight = nil
            echoes = []
            isMissing = true
            return
        }
        isMissing = false
        heading = Self.heading(target, document: document, corpus: corpus)
        let first = document.sentence(containing: range.start)?.index ?? 0
        let last = document.sentence(containing: max(range.start, range.end - 1))?.index ?? first
        let sentences = document.sentences
        let from = sentences.isEmpty ? range.start : min(range.start, sentences[max(0, first - contextSentences)].range.start)
        let to = sentences.isEmpty ? range.end : max(range.end, sentences[min(sentences.count - 1, last + contextSentences)].range.end)
        contextStart = from
        context = document.text(in: ByteRange(start: from, end: to))
        highlight = (range.start - from)..<(range.end - from)
        echoes = Self.echoes(of: point, corpus: corpus)
    }

    static func heading(_ target: TrailStepTarget, document: Document, corpus: Corpus) -> String {
        if case .point(let point) = target {
            if let claim = point.claim.flatMap(corpus.claim) { return claim.label }
            if let target = point.target, !target.isEmpty { return target }
        }
        return document.title
    }

    /// The other documents making `point`'s claim, in corpus order, each with its holders.
    static func echoes(of point: StancePoint?, corpus: Corpus) -> [Echo] {
        guard let point, let claim = point.claim else { return [] }
        var order: [String] = []
        var holders: [String: [String]] = [:]
        for other in corpus.points(ofClaim: claim) where other.document != point.document {
            if holders[other.document] == nil {
                order.append(other.document)
                holders[other.document] = []
            }
            if let name = other.holder?.description, !holders[other.document]!.contains(name) {
                holders[other.document]!.append(name)
            }
        }
        return order.map {
            Echo(documentID: $0, documentTitle: corpus.document($0)?.title ?? $0, holders: holders[$0] ?? [])
        }
    }
}
