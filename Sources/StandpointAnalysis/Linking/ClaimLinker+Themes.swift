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
    ) -> [Link] {
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
        // Which pairs to link is decided serially (a pair of points sharing
        // two themes is linked once, for the first); the references are made
        // in parallel: at 10,000 documents there are some 300,000.
        var task = 0
        var linked = existing
        var pairs: [(first: Int, second: Int, theme: Int)] = []
        func link(_ a: Int, _ b: Int, theme: Int) {
            guard linkable(members[theme][a].point, members[theme][b].point) else { return }
            let (first, second) = members[theme][a].point < members[theme][b].point ? (a, b) : (b, a)
            guard linked.insert(members[theme][first].point * points.count + members[theme][second].point).inserted else { return }
            pairs.append((first, second, theme))
        }
        for (theme, list) in members.enumerated() where list.count > 1 {
            let head = min(list.count, limit)
            for a in 0..<head {
                for b in (a + 1)..<head { link(a, b, theme: theme) }
            }
            for a in list.indices.dropFirst(limit) {
                for b in nearest[task] ?? [] { link(a, b, theme: theme) }
                task += 1
            }
        }
        let themeLabels = table.themes.map { "theme: " + $0.name }
        let linkSlots = ResultSlots<Link>(count: pairs.count)
        let chosen = pairs
        DispatchQueue.concurrentPerform(iterations: chosen.count) { k in
            let (firstMember, secondMember, theme) = chosen[k]
            let (first, second) = (members[theme][firstMember], members[theme][secondMember])
            var sharedTerms = [themeLabels[theme]]
            for word in first.surfaces + second.surfaces where !sharedTerms.dropFirst().contains(word) { sharedTerms.append(word) }
            let (pointA, pointB) = (points[first.point], points[second.point])
            let opposite = pointA.polarity != .neutral && pointB.polarity == pointA.polarity.opposite
            let (holderA, holderB) = (pointA.holder?.name, pointB.holder?.name)
            let holdersDiffer = holderA != nil && holderB != nil && holderA != holderB
            linkSlots[k] = Link(
                from: first.point, to: second.point,
                reference: CrossReference(
                    from: pointA.id, to: pointB.id, kind: opposite && holdersDiffer ? .contradicts : .sameClaim,
                    score: index.score(first.point, second.point), sharedTerms: sharedTerms))
        }
        return linkSlots.values.compactMap { $0 }
    }
}
