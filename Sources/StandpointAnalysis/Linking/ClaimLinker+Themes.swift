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
    /// `existing` lists the pairs already linked, as `a * points.count + b`
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
        points: [StancePoint], documentOf: [Int32], themes: [[ThemeTable.Match]], clusterOf: [Int], index: Index,
        existing: [Int]
    ) -> [ThemeLink] {
        var gathered: [[Int]] = Array(repeating: [], count: ThemeTable.shared.themes.count)
        for (p, matches) in themes.enumerated() {
            for match in matches { gathered[match.theme].append(p) }
        }
        let members = gathered
        @Sendable func linkable(_ a: Int, _ b: Int) -> Bool {
            documentOf[a] != documentOf[b] && clusterOf[a] != clusterOf[b]
        }
        let limit = Self.explicitLinkLimit
        let later = members.indices.flatMap { theme in members[theme].indices.dropFirst(limit).map { (theme, $0) } }
        // Per later point, the `linksPerPoint` it links to (-1 where it has
        // fewer), one flat array made in runs of points rather than an array
        // per point: 2 MB instead of 11 at 10,000 documents, at the linker's peak.
        let perPoint = linksPerPoint
        // Runs of 4,096 points: each run spreads its points' vectors over
        // an array of all terms (`Index.score(_:spread:)`).
        let termCount = index.termNames.count
        let runCount = (later.count + 4095) / 4096
        let runs = (0..<runCount).map { r in (r * 4096)..<min(later.count, (r + 1) * 4096) }
        let nearest = [[Int32]].concurrentlyMade(count: runs.count) { r in
            var run: [Int32] = []
            run.reserveCapacity(runs[r].count * perPoint)
            var best: [(point: Int, score: Double)] = []
            best.reserveCapacity(perPoint + 1)
            var spread = Array(repeating: 0.0, count: termCount)
            for task in runs[r] {
                let (theme, position) = later[task]
                let a = members[theme][position]
                index.spread(a, into: &spread)
                defer { index.clear(a, from: &spread) }
                // The best so far, highest score first (then the earlier point),
                // each candidate put in its place as it is scored rather than all
                // scored, kept and sorted.
                best.removeAll(keepingCapacity: true)
                for b in members[theme][(position - limit)..<position] where linkable(a, b) {
                    let score = index.score(b, spread: spread)
                    let k = best.firstIndex { ($0.score, -$0.point) < (score, -b) } ?? best.count
                    guard k < perPoint else { continue }
                    best.insert((b, score), at: k)
                    if best.count > perPoint { best.removeLast() }
                }
                run += best.lazy.map { Int32($0.point) }
                run += repeatElement(-1, count: perPoint - best.count)
            }
            return run
        }.flatMap { $0 }
        // A pair of points sharing two themes is linked once, for the first.
        var task = 0
        var linked = PairSet(capacity: existing.count)
        for pair in existing { linked.insert(pair) }
        var links: [(from: Int32, to: Int32, theme: Int32, kind: CrossReference.Kind)] = []
        func link(_ a: Int, _ b: Int, theme: Int) {
            guard linkable(a, b), linked.insert(min(a, b) * points.count + max(a, b)) else { return }
            let opposite = points[a].polarity != .neutral && points[b].polarity == points[a].polarity.opposite
            let (holderA, holderB) = (points[a].holder?.name, points[b].holder?.name)
            let holdersDiffer = holderA != nil && holderB != nil && holderA != holderB
            links.append((Int32(min(a, b)), Int32(max(a, b)), Int32(theme), opposite && holdersDiffer ? .contradicts : .sameClaim))
        }
        for (theme, list) in members.enumerated() where list.count > 1 {
            let head = list.prefix(limit)
            for (i, a) in head.enumerated() {
                for b in head.dropFirst(i + 1) { link(a, b, theme: theme) }
            }
            for a in list.dropFirst(limit) {
                for b in nearest[(task * linksPerPoint)..<((task + 1) * linksPerPoint)] where b >= 0 { link(a, Int(b), theme: theme) }
                task += 1
            }
        }
        // scored here, in parallel, so that the index can go before the references are made
        let chosen = links
        return [ThemeLink].concurrentlyMade(count: chosen.count) { k in
            let (from, to, theme, kind) = chosen[k]
            return ThemeLink(first: from, second: to, themeNumber: theme, kind: kind, score: index.score(Int(from), Int(to)))
        }
    }

    /// Two points linked through a theme, before their reference is made
    /// (`themeReference`): 24 bytes rather than a reference's strings, since
    /// there are some 300,000 at 10,000 documents.
    struct ThemeLink: Sendable {
        let first: Int32
        let second: Int32
        let themeNumber: Int32
        let kind: CrossReference.Kind
        /// The similarity of the two points.
        let score: Double

        /// Position of the first point.
        var from: Int { Int(first) }
        /// Position of the second point.
        var to: Int { Int(second) }
        /// Index into the theme table.
        var theme: Int { Int(themeNumber) }
    }

    /// The cross-reference of a theme link: its shared terms name the theme
    /// first (`labels`: "theme: " and each theme's name, made once), then the
    /// words of each point that named it.
    ///
    /// Equal lists of shared terms are one array, found in `cache`: at 10,000
    /// documents the 294,720 theme references have 3,712 distinct lists, and
    /// an array each was some 30 MB made at the very end of the analysis,
    /// where its memory peaks.
    func themeReference(
        _ link: ThemeLink, points: [StancePoint], themes: [[ThemeTable.Match]], labels: [String],
        cache: inout ThemeTermsCache
    ) -> CrossReference {
        func surfaces(of p: Int) -> [String] { themes[p].first { $0.theme == link.theme }?.surfaces ?? [] }
        let key = ThemeTermsCache.Key(theme: link.themeNumber, first: surfaces(of: link.from), second: surfaces(of: link.to))
        let sharedTerms =
            cache.lists[key] ?? {
                var sharedTerms = [labels[link.theme]]
                for word in key.first + key.second where !sharedTerms.dropFirst().contains(word) { sharedTerms.append(word) }
                cache.lists[key] = sharedTerms
                return sharedTerms
            }()
        return CrossReference(
            from: points[link.from].id, to: points[link.to].id, kind: link.kind,
            score: link.score, sharedTerms: sharedTerms)
    }

    /// The lists of shared terms of theme references made so far, by what
    /// they are made of, so that equal lists share one array.
    struct ThemeTermsCache {
        /// A theme and the words of each point that named it.
        struct Key: Hashable {
            let theme: Int32
            let first: [String]
            let second: [String]
        }

        var lists: [Key: [String]] = [:]
    }
}
