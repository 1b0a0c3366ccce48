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
    private let referenceStart: [Int32]
    private let referenceList: [Int32]
    private let documentsByHolderName: [String: [String]]
    private let pointsByHolderName: [String: [Int]]

    /// - Complexity: O(d + p + x) for d documents, p points and x cross-references.
    public init(
        root: String, documents: [Document], points: [StancePoint] = [],
        claims: [Claim] = [], crossReferences: [CrossReference] = []
    ) {
        self.init(root: root, documents: documents, points: points, claims: claims, crossReferences: crossReferences, referenceEnds: nil)
    }

    /// A corpus whose references' points are at `referenceEnds` (when
    /// given), as the linker found them; they are read from the ids instead
    /// where some point's id is not "p" and its position + 1 (ids then may
    /// repeat, and an id names the position its look-up finds). The
    /// lookups by document and holder are `unlinked`'s when given (made
    /// from these points, in this order, before linking set their claims).
    /// `claimMembers`, when given, holds the positions of each claim's
    /// points, claim by claim, in corpus order, as the linker made them:
    /// then they are taken as they are rather than found by reading every
    /// point's claim.
    package init(
        root: String, documents: [Document], points: [StancePoint], claims: [Claim], crossReferences: [CrossReference],
        referenceEnds: ReferenceEnds?, unlinked: UnlinkedLookups? = nil, claimMembers: [[Int]]? = nil
    ) {
        self.root = root
        self.documents = documents
        self.points = points
        self.claims = claims
        self.crossReferences = crossReferences

        // The lookups by point, by holder and the references' lists are
        // independent: made at the same time (at 10,000 documents Corpus.init
        // 105 -> 86 ms for two; with the holders apart, 64-92 -> 50-59 ms).
        // The irregular ids, which only the references' lists need, are
        // found with them rather than before (a pass over every point's id,
        // 2.6 M instructions on the benchmark's 1,000 documents, serial), and
        // the indexes of documents and claims with the lookups by point, the
        // shortest of the three (made before them, 2.3 M instructions on the
        // benchmark's 1,000 documents ran on one core). Given the lookups
        // that do not depend on linking, two pieces are left.
        let byID = { @Sendable in
            (
                Self.index(documents.lazy.map(\.id)), Self.index(claims.lazy.map(\.id)),
                claimMembers.map { Self.pointsByClaim(claims: claims, members: $0) } ?? Self.pointsByClaim(points, claims: claims)
            )
        }
        let referenceLists = { @Sendable (irregular: [String: Int]) in
            Self.referenceLists(crossReferences, points: points, irregular: irregular, ends: irregular.isEmpty ? referenceEnds : nil)
        }
        let lookups: (documentIndex: [String: Int], claimIndex: [String: Int], pointsByClaim: [String: [Int]])
        let unlinkedLookups: UnlinkedLookups
        let references: (start: [Int32], list: [Int32])
        if let unlinked {
            (lookups, references) = concurrently(byID, { referenceLists(unlinked.irregularPointIndex) })
            unlinkedLookups = unlinked
        } else {
            let (withDocuments, holders, irregularAndReferences) = concurrently(
                { (byID(), UnlinkedLookups.documentLookups(points)) },
                { UnlinkedLookups.holderLookups(points) },
                {
                    let irregular = UnlinkedLookups.irregularPointIndex(points)
                    return (irregular, referenceLists(irregular))
                })
            lookups = withDocuments.0
            references = irregularAndReferences.1
            unlinkedLookups = UnlinkedLookups(
                pointsByDocument: withDocuments.1.byDocument, documentRuns: withDocuments.1.documentRuns,
                irregularPointIndex: irregularAndReferences.0, pointsByHolderName: holders.byHolderName,
                documentsByHolderName: holders.documentsByHolderName)
        }
        self.documentIndex = lookups.documentIndex
        self.irregularPointIndex = unlinkedLookups.irregularPointIndex
        self.claimIndex = lookups.claimIndex
        self.pointsByDocument = unlinkedLookups.pointsByDocument
        self.pointsByClaim = lookups.pointsByClaim
        self.referenceStart = references.start
        self.referenceList = references.list
        self.pointsByHolderName = unlinkedLookups.pointsByHolderName
        self.holderNames = unlinkedLookups.pointsByHolderName.keys.sorted()
        // A document is recorded for a name at most once per run of its
        // points, so when each document's points are one run (as the
        // analyser orders them) the lists have no repeats to remove: hashing
        // every id of every list took 11 M instructions on the benchmark's
        // 1,000 documents, serially.
        self.documentsByHolderName =
            unlinkedLookups.documentRuns == unlinkedLookups.pointsByDocument.count
            ? unlinkedLookups.documentsByHolderName
            : unlinkedLookups.documentsByHolderName.mapValues { ids in
                var seen = Set<String>()
                return ids.filter { seen.insert($0).inserted }
            }
    }

    /// The position of each id in `ids`, the last one for an id met twice.
    private static func index(_ ids: some Collection<String>) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = i }
        return index
    }

    /// Positions of the points of each claim, in corpus order.
    ///
    /// A claim id "cN" is read as the claim's position rather than looked
    /// up by hash (the points loop took 130 ms at 10,000 documents, 150,000
    /// points, with a look-up of each point's document, claim and holder by
    /// hash; documents and holders are found in passes of their own,
    /// `UnlinkedLookups`). Fields are read in place: copying each point
    /// retained its ten strings, most of the loop's time.
    private static func pointsByClaim(_ points: [StancePoint], claims: [Claim]) -> [String: [Int]] {
        var pointsOfListedClaims = Array(repeating: [Int](), count: claims.count)
        var pointsByClaim: [String: [Int]] = [:]
        for i in points.indices {
            if let claim = points[i].claim {
                if let number = claim.sequenceNumber(prefix: "c"), number <= claims.count, claims[number - 1].id == claim {
                    pointsOfListedClaims[number - 1].append(i)
                } else {
                    pointsByClaim[claim, default: []].append(i)
                }
            }
        }
        for (position, list) in pointsOfListedClaims.enumerated() where !list.isEmpty {
            Self.append(list, to: &pointsByClaim[claims[position].id, default: []])
        }
        return pointsByClaim
    }

    /// Positions of the points of each claim, `members` holding them claim
    /// by claim (ids, as the linker gives them, never repeat): on the
    /// benchmark's 1,000 documents, reading every point's claim and parsing
    /// its number took ~2 M instructions more.
    private static func pointsByClaim(claims: [Claim], members: [[Int]]) -> [String: [Int]] {
        var pointsByClaim: [String: [Int]] = [:]
        pointsByClaim.reserveCapacity(claims.count)
        for (claim, list) in zip(claims, members) where !list.isEmpty {
            Self.append(list, to: &pointsByClaim[claim.id, default: []])
        }
        return pointsByClaim
    }

    /// Adds `positions` to the end of `list`: a list still empty takes them
    /// as they are, sharing their storage, rather than a copy (each
    /// document's, and each claim's, first list of positions was copied
    /// into a new array).
    static func append(_ positions: [Int], to list: inout [Int]) {
        if list.isEmpty { list = positions } else { list += positions }
    }

    /// For each point, the positions of the references that start or end at
    /// it: `list[start[p]..<start[p + 1]]`.
    ///
    /// Positions are kept in 32 bits, and each reference's two points are
    /// found in a pass of their own (-1 for an id no point has): at 10,000
    /// documents the references' ends as pairs of optional positions took
    /// 9.6 MB and the lists 6 MB, made at the end of the analysis, where
    /// its memory peaks; now 2.4 and 3 MB. Where `ends` gives the points'
    /// positions, they are taken as they are.
    private static func referenceLists(
        _ crossReferences: [CrossReference], points: [StancePoint], irregular: [String: Int],
        ends: ReferenceEnds?
    ) -> (start: [Int32], list: [Int32]) {
        let pairs = ends?.pairs ?? referenceEnds(crossReferences, points: points, irregular: irregular)
        var referenceStart = Array(repeating: Int32(0), count: points.count + 1)
        for pair in pairs {
            if pair.from >= 0 { referenceStart[Int(pair.from) + 1] += 1 }
            if pair.to >= 0 { referenceStart[Int(pair.to) + 1] += 1 }
        }
        for p in points.indices { referenceStart[p + 1] += referenceStart[p] }
        var next = referenceStart
        var referenceList = Array(repeating: Int32(0), count: Int(referenceStart[points.count]))
        func add(_ k: Int, at end: Int32) {
            guard end >= 0 else { return }
            referenceList[Int(next[Int(end)])] = Int32(k)
            next[Int(end)] += 1
        }
        for (k, pair) in pairs.enumerated() {
            add(k, at: pair.from)
            add(k, at: pair.to)
        }
        return (referenceStart, referenceList)
    }

    /// The positions of each reference's `from` and `to` points, -1 for
    /// an id no point has.
    private static func referenceEnds(
        _ crossReferences: [CrossReference], points: [StancePoint], irregular: [String: Int]
    ) -> [ReferenceEnds.Pair] {
        // Read in place, as the points above.
        var pairs: [ReferenceEnds.Pair] = []
        pairs.reserveCapacity(crossReferences.count)
        // The linker lists references by their first point, so most start
        // where the one before did: that point's position is taken again
        // after comparing ids, not read from the id and checked (87% of
        // the references of the benchmark's 1,000 documents).
        var previous: (id: String, position: Int32)?
        for k in crossReferences.indices {
            let from: Int32
            if let previous, previous.id == crossReferences[k].from {
                from = previous.position
            } else {
                let id = crossReferences[k].from
                from = Int32(position(ofPoint: id, in: points, irregular: irregular) ?? -1)
                previous = (id, from)
            }
            let to = Int32(position(ofPoint: crossReferences[k].to, in: points, irregular: irregular) ?? -1)
            pairs.append(ReferenceEnds.Pair(from: from, to: to))
        }
        return pairs
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
        return referenceList[Int(referenceStart[p])..<Int(referenceStart[p + 1])].map(Int.init)
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
    ///
    /// The bytes are read from a contiguous copy (on the stack for a short
    /// id such as these) rather than through the `utf8` view's iterator:
    /// the export of the benchmark's 1,000 documents parsed 77,730 ids for
    /// Corpus.init's references at 220 instructions each.
    package func sequenceNumber(prefix: Unicode.Scalar) -> Int? {
        var id = self
        return id.withUTF8 { bytes -> Int? in
            guard bytes.count >= 2, bytes[0] == UInt8(ascii: prefix), bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "9")
            else { return nil }
            var number = 0
            for byte in bytes[1...] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), number < Int.max / 100 else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return number
        }
    }
}
