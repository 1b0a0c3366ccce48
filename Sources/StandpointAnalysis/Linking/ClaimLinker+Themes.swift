import Foundation
import StandpointModel

extension ClaimLinker {
    /// Links that themes add beyond claims: a point makes one claim but may
    /// speak to several themes ("restraint and dialogue", "a multipolar world
    /// against hegemony"), so every two points of a theme in different
    /// documents and different claims are linked `same-claim`, and
    /// `contradicts` when their holders differ and their polarities are
    /// opposite. Shared terms name the theme first ("theme: Ceasefire"), then
    /// the words of each point that named it.
    ///
    /// `existing` holds the pairs already linked, as `a * points.count + b`
    /// for point positions a < b.
    ///
    /// Only the first `explicitLinkLimit` points of a theme are linked with
    /// all others; each later point links to the `linksPerPoint` most similar
    /// of the `explicitLinkLimit` points before it that are in another
    /// document and claim (found in parallel, each point on its own), so the
    /// work stays linear in the number of points and no point becomes a hub:
    /// when every later point linked to the first forty, those had thousands
    /// of references each at 10,000 documents and tens of thousands at
    /// 30,000, and the browser's `]` went through all of them.
    ///
    /// - Complexity: O(Σ min(m, L)² · k + m · L · k) over themes of m points,
    ///   L the limit, k terms per point.
    func themeReferences(
        points: [StancePoint], themes: [[ThemeTable.Match]], table: ThemeTable, clusterOf: [Int], index: Index,
        existing: Set<Int>
    ) -> [CrossReference] {
        var gathered: [[(point: Int, surfaces: [String])]] = Array(repeating: [], count: table.themes.count)
        for (p, matches) in themes.enumerated() {
            for match in matches { gathered[match.theme].append((p, match.surfaces)) }
        }
        let members = gathered
        @Sendable func linkable(_ a: Int, _ b: Int) -> Bool {
            points[a].document != points[b].document && clusterOf[a] != clusterOf[b]
        }
        let limit = Self.explicitLinkLimit
        let later = members.indices.flatMap { theme in members[theme].indices.dropFirst(limit).map { (theme, $0) } }
        let nearestSlots = ResultSlots<[Int]>(count: later.count)
        DispatchQueue.concurrentPerform(iterations: later.count) { task in
            let (theme, position) = later[task]
            let a = members[theme][position].point
            let scored = members[theme][(position - limit)..<position].indices
                .filter { linkable(a, members[theme][$0].point) }
                .map { ($0, index.score(a, members[theme][$0].point)) }
                .sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
            nearestSlots[task] = scored.prefix(linksPerPoint).map(\.0)
        }
        let nearest = nearestSlots.values
        var task = 0
        var linked = existing
        var references: [CrossReference] = []
        let themeLabels = table.themes.map { "theme: " + $0.name }
        func link(_ a: (point: Int, surfaces: [String]), _ b: (point: Int, surfaces: [String]), theme: Int) {
            guard linkable(a.point, b.point) else { return }
            let (first, second) = a.point < b.point ? (a, b) : (b, a)
            guard linked.insert(first.point * points.count + second.point).inserted else { return }
            var sharedTerms = [themeLabels[theme]]
            for word in first.surfaces + second.surfaces where !sharedTerms.dropFirst().contains(word) { sharedTerms.append(word) }
            let (polarityA, polarityB) = (points[a.point].polarity, points[b.point].polarity)
            let opposite = polarityA != .neutral && polarityB == polarityA.opposite
            let (holderA, holderB) = (points[a.point].holder?.name, points[b.point].holder?.name)
            let holdersDiffer = holderA != nil && holderB != nil && holderA != holderB
            references.append(
                CrossReference(
                    from: points[first.point].id, to: points[second.point].id,
                    kind: opposite && holdersDiffer ? .contradicts : .sameClaim,
                    score: index.score(a.point, b.point), sharedTerms: sharedTerms))
        }
        for (theme, list) in members.enumerated() where list.count > 1 {
            let head = list.prefix(limit)
            for (i, a) in head.enumerated() {
                for b in head.dropFirst(i + 1) { link(a, b, theme: theme) }
            }
            for a in list.dropFirst(limit) {
                for b in nearest[task] ?? [] { link(a, list[b], theme: theme) }
                task += 1
            }
        }
        return references
    }
}
