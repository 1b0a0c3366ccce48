/// The analysed corpus: documents, the stance points found in them, the claims
/// that group points across documents, and the cross-references between points.
///
/// A `Corpus` is built once by the analyser and then only read; lookups are
/// indexed at construction so that every pane can ask them on every frame.
public struct Corpus: Sendable {
    /// Where the corpus was read from, for display ("data/").
    public let root: String
    /// Documents in a stable order (by id).
    public let documents: [Document]
    /// Every stance point, in document then text order.
    public let points: [StancePoint]
    /// Claims, in id order.
    public let claims: [Claim]
    /// Cross-references between points.
    public let crossReferences: [CrossReference]

    private let documentIndex: [String: Int]
    /// Position of each point whose id is not "p" and its position + 1. The
    /// analyser numbers every point that way, so this holds only points that
    /// annotations added; the rest are found by reading the number (a
    /// dictionary of all 150,000 ids at 10,000 documents took 45 ms to build).
    private let irregularPointIndex: [String: Int]
    private let claimIndex: [String: Int]
    private let pointsByDocument: [String: [Int]]
    private let pointsByClaim: [String: [Int]]
    /// The positions in `crossReferences` of the references of the point at
    /// position p are `referenceList[referenceStart[p]..<referenceStart[p + 1]]`:
    /// two flat arrays rather than an array per point (at 10,000 documents
    /// 300,000 references over 150,000 points; a dictionary of arrays keyed by
    /// id took 0.3 s to build).
    private let referenceStart: [Int]
    private let referenceList: [Int]
    private let documentsByHolderName: [String: [String]]
    private let pointsByHolderName: [String: [Int]]

    /// - Complexity: O(d + p + x) for d documents, p points and x cross-references.
    public init(
        root: String, documents: [Document], points: [StancePoint] = [],
        claims: [Claim] = [], crossReferences: [CrossReference] = []
    ) {
        self.root = root
        self.documents = documents
        self.points = points
        self.claims = claims
        self.crossReferences = crossReferences

        var documentIndex: [String: Int] = [:]
        for (i, document) in documents.enumerated() { documentIndex[document.id] = i }
        var irregularPointIndex: [String: Int] = [:]
        var pointsByDocument: [String: [Int]] = [:]
        var pointsByClaim: [String: [Int]] = [:]
        var documentsByHolderName: [String: [String]] = [:]
        var pointsByHolderName: [String: [Int]] = [:]
        // Points come in runs of one document: each run is stored with one
        // dictionary look-up instead of one per point.
        var run: (document: String, positions: [Int])?
        for (i, point) in points.enumerated() {
            if point.id.sequenceNumber(prefix: "p") != i + 1 { irregularPointIndex[point.id] = i }
            if run?.document != point.document {
                if let run { pointsByDocument[run.document, default: []] += run.positions }
                run = (point.document, [])
            }
            run?.positions.append(i)
            if let claim = point.claim { pointsByClaim[claim, default: []].append(i) }
            if let holder = point.holder {
                pointsByHolderName[holder.name, default: []].append(i)
                var keys = [holder.name]
                if let speaker = holder.speaker, speaker != holder.name { keys.append(speaker) }
                for key in keys where documentsByHolderName[key]?.last != point.document {
                    documentsByHolderName[key, default: []].append(point.document)
                }
            }
        }
        if let run { pointsByDocument[run.document, default: []] += run.positions }
        var claimIndex: [String: Int] = [:]
        for (i, claim) in claims.enumerated() { claimIndex[claim.id] = i }
        let ends = crossReferences.map {
            (Self.position(ofPoint: $0.from, in: points, irregular: irregularPointIndex),
             Self.position(ofPoint: $0.to, in: points, irregular: irregularPointIndex))
        }
        var referenceStart = Array(repeating: 0, count: points.count + 1)
        for (from, to) in ends {
            if let from { referenceStart[from + 1] += 1 }
            if let to { referenceStart[to + 1] += 1 }
        }
        for p in points.indices { referenceStart[p + 1] += referenceStart[p] }
        var next = referenceStart
        var referenceList = Array(repeating: 0, count: referenceStart[points.count])
        for (i, (from, to)) in ends.enumerated() {
            if let from {
                referenceList[next[from]] = i
                next[from] += 1
            }
            if let to {
                referenceList[next[to]] = i
                next[to] += 1
            }
        }
        self.documentIndex = documentIndex
        self.irregularPointIndex = irregularPointIndex
        self.claimIndex = claimIndex
        self.pointsByDocument = pointsByDocument
        self.pointsByClaim = pointsByClaim
        self.referenceStart = referenceStart
        self.referenceList = referenceList
        self.pointsByHolderName = pointsByHolderName
        self.holderNames = pointsByHolderName.keys.sorted()
        self.documentsByHolderName = documentsByHolderName.mapValues { ids in
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }
        }
    }

    /// An empty corpus, shown while analysis is still running.
    public static func empty(root: String) -> Corpus { Corpus(root: root, documents: []) }

    /// The document with `id`.
    public func document(_ id: String) -> Document? { documentIndex[id].map { documents[$0] } }

    /// The position of document `id` in `documents`.
    public func documentPosition(_ id: String) -> Int? { documentIndex[id] }

    /// The point with `id`.
    public func point(_ id: String) -> StancePoint? { pointPosition(id).map { points[$0] } }

    /// The position of point `id` in `points`.
    public func pointPosition(_ id: String) -> Int? {
        Self.position(ofPoint: id, in: points, irregular: irregularPointIndex)
    }

    /// The position of point `id`: read from the id when it is "p" and the
    /// position + 1, as the analyser numbers points, otherwise looked up.
    private static func position(ofPoint id: String, in points: [StancePoint], irregular: [String: Int]) -> Int? {
        if let number = id.sequenceNumber(prefix: "p"), number <= points.count, points[number - 1].id == id {
            return number - 1
        }
        return irregular[id]
    }

    /// The claim with `id`.
    public func claim(_ id: String) -> Claim? { claimIndex[id].map { claims[$0] } }

    /// The points of document `id`, in text order.
    public func points(inDocument id: String) -> [StancePoint] {
        (pointsByDocument[id] ?? []).map { points[$0] }
    }

    /// Positions in `points` of the points of document `id`, in text order.
    public func pointPositions(inDocument id: String) -> [Int] { pointsByDocument[id] ?? [] }

    /// The points that make claim `id`, in corpus order.
    public func points(ofClaim id: String) -> [StancePoint] {
        (pointsByClaim[id] ?? []).map { points[$0] }
    }

    /// Positions in `points` of the points that make claim `id`, in corpus order.
    public func pointPositions(ofClaim id: String) -> [Int] { pointsByClaim[id] ?? [] }

    /// The cross-references that start or end at point `id`.
    public func crossReferences(of id: String) -> [CrossReference] {
        crossReferencePositions(of: id).map { crossReferences[$0] }
    }

    /// Positions in `crossReferences` of those that start or end at point `id`, in order.
    public func crossReferencePositions(of id: String) -> [Int] {
        guard let p = pointPosition(id) else { return [] }
        return Array(referenceList[referenceStart[p]..<referenceStart[p + 1]])
    }

    /// Ids of the documents in which `holder` (an entity name or a speaker) holds a point.
    public func documents(ofHolder holder: String) -> [String] {
        documentsByHolderName[holder] ?? []
    }

    /// Every holder entity name, sorted (found once here: the holders
    /// overview asks on every frame).
    public let holderNames: [String]

    /// How many points the holder entity `name` holds.
    public func pointCount(ofHolder name: String) -> Int { pointsByHolderName[name]?.count ?? 0 }

    /// Positions in `points` of the points the holder entity `name` holds, in
    /// corpus order (indexed here: the holder's list of points opens without
    /// scanning every point).
    public func pointPositions(ofHolder name: String) -> [Int] { pointsByHolderName[name] ?? [] }

    /// The total size of all document texts in UTF-8 bytes.
    public var byteCount: Int { documents.reduce(0) { $0 + $1.byteCount } }
}

extension String {
    /// The number of an id made of `prefix` and a decimal number from 1
    /// without leading zeros ("p12" → 12), read from the bytes; nil for any
    /// other id.
    func sequenceNumber(prefix: Unicode.Scalar) -> Int? {
        var utf8 = self.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: prefix), let first = utf8.next(), first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9")
        else { return nil }
        var number = Int(first - UInt8(ascii: "0"))
        while let byte = utf8.next() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), number < Int.max / 100 else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }
}
