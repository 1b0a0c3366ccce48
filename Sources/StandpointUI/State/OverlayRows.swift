import StandpointModel

/// One row of a list overlay and where Enter on it leads.
public struct OverlayRow: Hashable, Sendable {
    /// Where Enter on a row leads.
    public enum Target: Hashable, Sendable {
        case claim(String)
        case holder(String)
        case point(String)
    }

    /// The cells of the row, left to right: a count or marker, a name, text.
    public let columns: [String]
    /// Where Enter leads.
    public let target: Target
}

/// The rows of a list overlay, made on access: the list keeps positions in
/// the corpus in the order it shows them, and a row's text (a document title,
/// a sanitised snippet) is made only when a frame draws it. A claim can gather
/// thousands of points; making every row when its list opened took Enter in
/// the claims overview to 219 ms with 10,000 documents (standpoint-bench).
///
/// Two row lists are equal when they list the same positions of the same
/// kind: the corpus does not change under an open list (a new analysis closes
/// it, and corrections cannot be made while it is open).
public struct OverlayRows: RandomAccessCollection, Hashable, Sendable {
    /// What the rows list.
    public let kind: OverlayList.Kind
    private let corpus: Corpus
    /// Positions in `corpus.claims`, `corpus.holderNames` or `corpus.points`
    /// (by `kind`), in the order the rows show them.
    private let order: [Int]
    /// The display width of each count column at its widest (claims and
    /// holders lists; empty for point lists), so that a frame lines the
    /// columns up without making every row.
    public let countWidths: [Int]

    /// The rows of `kind` over `corpus`.
    ///
    /// - Complexity: O(n log n) for the n claims or holders of an overview;
    ///   O(1) for the points of a claim or a holder (the corpus indexes them).
    public init(kind: OverlayList.Kind, corpus: Corpus) {
        self.kind = kind
        self.corpus = corpus
        switch kind {
        case .claims:
            // Closures, not key paths: `map(\.documents.count)` went through
            // the runtime's key-path projection and took ~20 ms per
            // opening over 8,000 claims (perf, standpoint-bench).
            let documents = corpus.claims.map { $0.documents.count }
            order = corpus.claims.indices.sorted { (documents[$0], $1) > (documents[$1], $0) }
            countWidths = [
                DisplayWidth.of(Self.count(documents.max() ?? 0, "doc")),
                DisplayWidth.of(Self.count(corpus.claims.map { $0.points.count }.max() ?? 0, "pt")),
            ]
        case .holders:
            let names = corpus.holderNames
            let points = names.map { corpus.pointCount(ofHolder: $0) }
            order = names.indices.sorted { (points[$0], names[$1]) > (points[$1], names[$0]) }
            countWidths = [
                DisplayWidth.of(Self.count(points.max() ?? 0, "pt")),
                DisplayWidth.of(Self.count(names.map { corpus.documents(ofHolder: $0).count }.max() ?? 0, "doc")),
            ]
        case .claimPoints(let id):
            order = corpus.pointPositions(ofClaim: id)
            countWidths = []
        case .holderPoints(let name):
            order = corpus.pointPositions(ofHolder: name)
            countWidths = []
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }

    public subscript(position: Int) -> OverlayRow {
        let index = order[position]
        switch kind {
        case .claims:
            let claim = corpus.claims[index]
            return OverlayRow(
                columns: [Self.count(claim.documents.count, "doc"), Self.count(claim.points.count, "pt"), claim.label],
                target: .claim(claim.id))
        case .holders:
            let name = corpus.holderNames[index]
            return OverlayRow(
                columns: [Self.count(corpus.pointCount(ofHolder: name), "pt"),
                          Self.count(corpus.documents(ofHolder: name).count, "doc"), name],
                target: .holder(name))
        case .claimPoints, .holderPoints:
            let point = corpus.points[index]
            let title = corpus.document(point.document)?.title ?? point.document
            let holder = point.holder.map { $0.speaker ?? $0.name } ?? "—"
            return OverlayRow(
                columns: [point.polarity.marker, title, holder, TextSanitizer.snippet(point.text)],
                target: .point(point.id))
        }
    }

    /// "1 doc ", "12 docs": a count and its noun, as wide for one as for many.
    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? " " : "s")"
    }

    public static func == (lhs: OverlayRows, rhs: OverlayRows) -> Bool {
        lhs.kind == rhs.kind && lhs.order == rhs.order
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(order)
    }
}
