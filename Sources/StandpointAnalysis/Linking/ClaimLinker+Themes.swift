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
    /// for point positions a < b. The links are returned in the order made;
    /// `themeReference` makes each one's cross-reference.
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
    func themeLinks(
        points: [StancePoint], themes: [[ThemeTable.Match]], clusterOf: [Int], index: Index, existing: Set<Int>
    ) -> [ThemeLink] {
        var gathered: [[Int]] = Array(repeating: [], count: ThemeTable.shared.themes.count)
        for (p, matches) in themes.enumerated() {
            for match in matches { gathered[match.theme].append(p) }
        }
        let members = gathered
        @Sendable func linkable(_ a: Int, _ b: Int) -> Bool {
            points[a].document != points[b].document && clusterOf[a] != clusterOf[b]
        }
        let limit = Self.explicitLinkLimit
        let later = members.indices.flatMap { theme in members[theme].indices.dropFirst(limit).map { (theme, $0) } }
        let nearest = [[Int]].concurrentlyMade(count: later.count) { task in
            let (theme, position) = later[task]
            let a = members[theme][position]
            // The best so far, highest score first (then the earlier point),
            // each candidate put in its place as it is scored rather than all
            // scored, kept and sorted.
            var best: [(point: Int, score: Double)] = []
            best.reserveCapacity(linksPerPoint + 1)
            for b in members[theme][(position - limit)..<position] where linkable(a, b) {
                let score = index.score(a, b)
                let k = best.firstIndex { ($0.score, -$0.point) < (score, -b) } ?? best.count
                guard k < linksPerPoint else { continue }
                best.insert((b, score), at: k)
                if best.count > linksPerPoint { best.removeLast() }
            }
            return best.map(\.point)
        }
        // A pair of points sharing two themes is linked once, for the first.
        var task = 0
        var linked = existing
        var links: [(from: Int, to: Int, theme: Int, kind: CrossReference.Kind)] = []
        func link(_ a: Int, _ b: Int, theme: Int) {
            guard linkable(a, b), linked.insert(min(a, b) * points.count + max(a, b)).inserted else { return }
            let opposite = points[a].polarity != .neutral && points[b].polarity == points[a].polarity.opposite
            let (holderA, holderB) = (points[a].holder?.name, points[b].holder?.name)
            let holdersDiffer = holderA != nil && holderB != nil && holderA != holderB
            links.append((min(a, b), max(a, b), theme, opposite && holdersDiffer ? .contradicts : .sameClaim))
        }
        for (theme, list) in members.enumerated() where list.count > 1 {
            let head = list.prefix(limit)
            for (i, a) in head.enumerated() {
                for b in head.dropFirst(i + 1) { link(a, b, theme: theme) }
            }
            for a in list.dropFirst(limit) {
                for b in nearest[task] { link(a, b, theme: theme) }
                task += 1
            }
        }
        // scored here, in parallel, so that the index can go before the references are made
        let chosen = links
        return [ThemeLink].concurrentlyMade(count: chosen.count) { k in
            let (from, to, theme, kind) = chosen[k]
            return ThemeLink(from: from, to: to, theme: theme, kind: kind, score: index.score(from, to))
        }
    }

    /// Two points linked through a theme, before their reference is made
    /// (`themeReference`): 40 bytes rather than a reference's strings, since
    /// there are some 300,000 at 10,000 documents.
    struct ThemeLink: Sendable {
        /// Position of the first point.
        let from: Int
        /// Position of the second point.
        let to: Int
        /// Index into the theme table.
        let theme: Int
        let kind: CrossReference.Kind
        /// The similarity of the two points.
        let score: Double
    }

    /// The cross-reference of a theme link: its shared terms name the theme
    /// first (`labels`: "theme: " and each theme's name, made once), then the
    /// words of each point that named it.
    func themeReference(
        _ link: ThemeLink, points: [StancePoint], themes: [[ThemeTable.Match]], labels: [String]
    ) -> CrossReference {
        var sharedTerms = [labels[link.theme]]
        for p in [link.from, link.to] {
            for match in themes[p] where match.theme == link.theme {
                for word in match.surfaces where !sharedTerms.dropFirst().contains(word) { sharedTerms.append(word) }
            }
        }
        return CrossReference(
            from: points[link.from].id, to: points[link.to].id, kind: link.kind,
            score: link.score, sharedTerms: sharedTerms)
    }
}
