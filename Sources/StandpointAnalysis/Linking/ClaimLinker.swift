import Foundation
import StandpointModel

/// Groups stance points that make the same claim into claims, across
/// documents, and links them with cross-references.
///
/// Each point becomes a vector of weighted content terms (`PointTerms`:
/// stemmed words folded into synonym groups, entity names, key phrases),
/// terms of the claim weighing more than terms of its attribution. Claims
/// form around *keys*: a theme of themes.txt (`ThemeTable`: "Dialogue and
/// negotiation", named by "talks", "resolve disputes peacefully", "common
/// ground" …), a synonym group ("dialogue/talks/negotiation", not the broad
/// ones such as "security") or a key phrase ("Cold War") that the claims of
/// points in at least two documents contain. Keys are taken greedily, the one
/// covering most still unclaimed points first (weighted by rarity; themes
/// first, then phrases, then single words); a point joins a term key's claim
/// only when it is also similar to the other members as a whole
/// (`coherence`), so that a shared word alone does not link unrelated claims
/// (a theme's lines are written to name their issue on their own, so a theme
/// needs no such check). Points no key gathers stay claims of their own.
/// Members of a claim in different documents are linked `same-claim` (each
/// to its most similar members, with score and shared terms); members with
/// opposite polarity and different holders are linked `contradicts`. A point
/// that speaks to several themes is also linked to the points of its other
/// themes (`themeLinks`).
///
/// - Complexity: O(T log T + Σ m·k) for T term occurrences, claims of m
///   members and k terms per point: near-linear in the number of points, never
///   all pairs (keys are found through an inverted index).
public struct ClaimLinker: Sendable {
    /// What linking produced.
    public struct Result: Sendable {
        /// The points, each with its claim id set.
        public let points: [StancePoint]
        /// The claims.
        public let claims: [Claim]
        /// Links between points.
        public let crossReferences: [CrossReference]
        /// The positions in `points` of each reference's two points.
        package let referenceEnds: ReferenceEnds
        /// The corpus's lookups by document and holder, made while linking ran.
        package let unlinkedLookups: UnlinkedLookups
        /// The positions of each claim's points, claim by claim (as
        /// `claims`), in corpus order, for the corpus's lookup by claim.
        package let claimMembers: [[Int]]
    }

    /// Keys found in more than this share of points (and more than five) are
    /// too common to name a claim.
    public var maximumKeyShare: Double
    /// Similarity a member needs to the rest of its claim to stay in it.
    public var coherence: Double
    /// Similarity at which two members of a claim are linked explicitly.
    public var linkThreshold: Double
    /// At most this many explicit `same-claim` links per point.
    public var linksPerPoint: Int

    /// How much more a theme (themes.txt) counts than a single shared term
    /// when keys compete for points.
    public var themeWeight: Double

    public init(
        maximumKeyShare: Double = 0.2, coherence: Double = 0.15, linkThreshold: Double = 0.1,
        linksPerPoint: Int = 3, themeWeight: Double = 2
    ) {
        self.themeWeight = themeWeight
        self.maximumKeyShare = maximumKeyShare
        self.coherence = coherence
        self.linkThreshold = linkThreshold
        self.linksPerPoint = linksPerPoint
    }

    /// Links `points` (from `documents`) into claims.
    public func link(_ points: [StancePoint], in documents: [Document]) -> Result {
        let lexicon = Lexicon.shared
        let stores = [DocumentTerms].concurrentlyMade(count: points.count) { p in DocumentTerms(points[p].textSlice, lexicon: lexicon) }
        return link(points, terms: stores)
    }

    /// Links the points of `linkable` (from `documents`, in this order) into
    /// claims, with the terms the extractor found for them.
    ///
    /// `linkable` is consumed: its points are copied into one list and the
    /// per-document lists let go, so that the caller's copy does not keep
    /// every point twice while linking runs.
    public func link(_ linkable: consuming [LinkablePoints], in documents: [Document]) -> Result {
        let stores = linkable.map(\.termStore)
        let parts = linkable.map(\.points)
        linkable = []
        // Each point is copied into its place on all cores (a copy retains
        // the point's strings): joined on one core, the points of 10,000
        // documents were 150,000 copies in a row.
        let points = [StancePoint].concurrentlyJoined(consume parts)
        return link(consume points, terms: stores)
    }

    /// Links `points` into claims, with `terms` holding their terms (the
    /// points of each store in turn), and `ids` their ids when the caller
    /// has them in an array of their own.
    ///
    /// Both are consumed: the terms go as soon as the last surface is read
    /// (they are a third of the linker's memory), and the points get their
    /// claims in place and become the result's.
    func link(_ points: consuming [StancePoint], terms: consuming [DocumentTerms], ids givenIDs: [String]? = nil) -> Result {
        let lexicon = Lexicon.shared
        let themeTable = ThemeTable.shared
        // The points' document numbers (serial) are found on another thread
        // while the index numbers the terms (its serial part).
        let documentNumbers = MadeElsewhere { [points] in Self.documentNumbers(points) }
        var index = Index(stores: consume terms)
        let themeLookup = themeTable.lookup(for: index.termNames, numbers: index.termNumbers)
        // Equal lists of words that named a theme share one array, found in
        // a cache per run of points (`ThemeTable.SurfaceLists`).
        let themes = { [points, index] in
            [[ThemeTable.Match]].concurrentlyMade(
                count: points.count, runCount: 4 * ProcessInfo.processInfo.activeProcessorCount,
                state: { ThemeTable.SurfaceLists() }
            ) { p, surfaceLists in
                // a point with no theme's key term in its claim (a quarter
                // of them) joins none: its terms, a copy of its document's
                // arrays, are not asked for
                let focus = index.focusNumbers(of: p)
                guard themeLookup.hasLines(forAnyOf: focus) else { return [] }
                return themeTable.matches(
                    index.terms(of: p), focus: focus, lookup: themeLookup, text: points[p].textSlice,
                    surfaceLists: &surfaceLists)
            }
        }()
        let (documentOf, documentIDs) = documentNumbers.value
        // The points' ids in a compact array, the caller's (the analyser's
        // collector keeps them as it numbers the points) or read in order
        // (in parallel runs): claims and the references' order read them by
        // position, and read in place each was a cache miss on the points
        // (240 bytes each, 36 MB at 10,000 documents; the claims took some
        // 19 ms of processor time so).
        let ids =
            givenIDs
            ?? [String].concurrentlyMade(
                count: points.count, runCount: 4 * ProcessInfo.processInfo.activeProcessorCount, state: { () }
            ) { [points] p, _ in points[p].id }
        // What the claims, claim links and the references' order need from
        // the term names and the ids alone (sorted, serially) is made on
        // another thread while gather's greedy choice holds one core.
        let termNames = index.termNames
        let prepared = MadeElsewhere { [ids] in
            let idsInOrder = Self.numberedInOrder(ids)
            return (
                words: ClaimLabel.Words(termNames: termNames, lexicon: lexicon),
                nameRanks: Index.nameRanks(of: termNames), pointRanks: Self.ranksByNumber(ids, numberedInOrder: idsInOrder),
                idsInOrder: idsInOrder
            )
        }
        // The corpus's lookups by document and holder, which need only the
        // points as they are, are made on the core that gather's greedy
        // choice leaves idle once the above is made (`UnlinkedLookups`);
        // ids found in order above are not parsed there again.
        let unlinked = MadeElsewhere(after: prepared) { [points] in
            UnlinkedLookups(points: points, idsNumberedInOrder: prepared.value.idsInOrder)
        }
        // The themes' lists of points for theme links (`PointThemes`) are
        // made there too, behind those: made after the claim links, their
        // serial part held one core while the other had nothing to do (at
        // 10,000 documents, on a loaded machine, 13-17 perf samples at 4 kHz
        // on the main thread, 3-4 ms).
        let themeCount = themeTable.themes.count
        let pointThemesMade = MadeElsewhere(after: unlinked) { [themes] in PointThemes(themes, themeCount: themeCount) }
        // The points' polarities, a byte each, for theme links, which read
        // two for every link they make: read from the points (232 bytes
        // apart, 35 MB at 10,000 documents), each was a cache miss (perf at
        // 2 kHz, 10,000 documents, three alternating pairs: the own samples
        // of making theme links 62/53/49 -> 15/13/23). Made there too,
        // behind the themes' lists.
        let polaritiesMade = MadeElsewhere(after: pointThemesMade) { [points] in points.map { $0.polarity } }
        let groups = gather(points: points, documentOf: documentOf, themes: themes, index: index, lexicon: lexicon)
        index.releaseFocus()

        // Each point's document and cluster side by side (`PointPlace`).
        var placeOf = documentOf.map { PointPlace(document: $0, cluster: -1) }
        var members: [[Int]] = []
        var keys: [String?] = []
        for (key, list) in groups {
            for p in list { placeOf[p].cluster = Int32(members.count) }
            members.append(list)
            keys.append(key)
        }
        for p in points.indices where placeOf[p].cluster < 0 {
            placeOf[p].cluster = Int32(members.count)
            members.append([p])
            keys.append(nil)
        }
        // claims in order of their first point
        let order = members.indices.sorted { members[$0][0] < members[$1][0] }
        // Each claim (its label above all) is made on its own, in parallel.
        let (words, nameRanks, pointRanks, _) = prepared.value
        let claims = { [points, members, keys, index, ids] in
            [Claim].concurrentlyMade(count: order.count) { k in
                let list = members[order[k]]
                let label = ClaimLabel.make(key: keys[order[k]], members: list, index: index, words: words, points: points)
                return Claim(
                    id: "c\(k + 1)", label: label, points: list.map { ids[$0] },
                    documents: Self.documentIDs(of: list, documentOf: documentOf, ids: documentIDs))
            }
        }()
        let claimMembers = order.map { members[$0] }
        let claimLinks = crossReferences(
            points: points, documentOf: documentOf, members: claimMembers, index: index, nameRanks: nameRanks)
        let pointThemes = pointThemesMade.value
        // Surfaces are read for the last time above. The terms (some 90 MB
        // at 10,000 documents, in many small blocks) are let go of on another
        // thread while theme links are made: freeing them and trimming the
        // heap took some 120 ms there, on one core while the other waited.
        let termsReleased = FreedMemory.releaseAndTrim(index.takeTerms())
        let themeLinks = themeLinks(
            points: points, polarities: polaritiesMade.value, places: placeOf, themes: pointThemes, index: index)
        termsReleased.wait()
        // Every score is made: the index (its vectors are some 35 MB at
        // 10,000 documents) goes before the 300,000 references are made,
        // which is when the linker's memory peaks. It is let go of, and the
        // heap trimmed, on another thread while the references' order is
        // found (`whenOrdered` waits for it): on the main thread, the trim
        // alone held one core for some 6 ms while the other waited.
        let indexReleased = FreedMemory.releaseAndTrim(consume index)
        let themeLabels = themeTable.themes.map { "theme: " + $0.name }
        let (references, referenceEnds) = Self.inPointOrder(
            claimLinks, themeLinks, ranks: pointRanks, whenOrdered: { indexReleased.wait() }
        ) { link, cache in
            themeReference(link, ids: ids, themes: themes, entries: pointThemes, labels: themeLabels, cache: &cache)
        }
        var claimID = Array(repeating: "", count: members.count)
        for (k, cluster) in order.enumerated() { claimID[cluster] = claims[k].id }
        let claimOfCluster = claimID
        let unlinkedLookups = unlinked.value
        points.concurrentlyUpdate { [placeOf] p, point in point.claim = claimOfCluster[Int(placeOf[p].cluster)] }
        // The points' theme matches (an array each), the claims' member
        // lists and the claim links are let go of on another thread, not
        // waited for: freed as linking returned, they were some 150,000
        // arrays freed one by one while the other core had nothing to do.
        let leftovers = ReleasedElsewhere((consume themes, consume members, consume claimLinks))
        DispatchQueue.global().async { leftovers.release() }
        return Result(
            points: points, claims: claims, crossReferences: references, referenceEnds: referenceEnds,
            unlinkedLookups: unlinkedLookups, claimMembers: claimMembers)
    }

    /// A point's document number (`documentNumbers`) and the number of its
    /// cluster (its claim before claims are put in order), side by side:
    /// theme links ask of every pair they score or link whether both differ
    /// (`linkable`), and read from two arrays, a document's and a cluster's
    /// number were two cache misses per point on large corpora.
    struct PointPlace: Sendable {
        let document: Int32
        var cluster: Int32
    }

    /// A cross-reference with the positions of its two points, so that
    /// ordering and de-duplicating compare numbers rather than ids.
    struct Link: Sendable {
        /// Position of the reference's `from` point.
        let from: Int
        /// Position of the reference's `to` point.
        let to: Int
        let reference: CrossReference
    }

    /// The claims that keys gather: (key, members in corpus order), in the order found.
    ///
    /// What does not depend on the greedy choice is found first, in
    /// parallel, in runs of points (`RunSlots`): which terms and themes of
    /// each point may name a claim, and how often each occurs (for which
    /// keys there are); then each key's points, joined in run order so that
    /// every list is in point order as one pass made it. The greedy choice
    /// itself is serial; claiming a point lowers the counts of its keys,
    /// read from its short list of keys rather than by checking each claim
    /// term and theme of it (at 10,000 documents gather took 74-100 ms,
    /// of which making postings 25-69 and claiming points 40).
    ///
    /// - Complexity: O(T log T) for T key occurrences (a lazy greedy over a heap:
    ///   a key's count only falls as points are claimed), plus O(m·k) per claim
    ///   for the coherence check.
    func gather(
        points: [StancePoint], documentOf: [Int32], themes: [[ThemeTable.Match]], index: Index, lexicon: Lexicon
    ) -> [(String, [Int])] {
        let table = ThemeTable.shared
        let heads = lexicon.synonymHeads.subtracting(lexicon.broadSynonymGroups)
        let limit = max(5, Int(maximumKeyShare * Double(points.count)))
        var themeFrequency: [String: Int] = [:]
        func frequency(of key: String) -> Int {
            key.isThemeKey ? themeFrequency[key] ?? 0 : index.frequency(of: key)
        }
        // Which terms may name a claim, decided once per distinct term rather than per occurrence.
        let mayNameClaim = index.termNames.map { term in
            !term.hasPrefix("@") && (term.isKeyPhrase || heads.contains(term))
        }
        let termCount = index.termNames.count
        let slotCount = termCount + table.themes.count
        let runs = Self.pointRuns(points.count)
        let runSlots = [RunSlots].concurrentlyMade(count: runs.count) { r in
            RunSlots(points: runs[r], termCount: termCount, slotCount: slotCount, mayNameClaim: mayNameClaim, index: index, themes: themes)
        }
        var total = Array(repeating: 0, count: slotCount)
        for run in runSlots {
            for slot in 0..<slotCount { total[slot] += Int(run.counts[slot]) }
        }
        // Slots by key name (a term named like a theme key would take its place).
        var slotOfName: [String: Int] = [:]
        for theme in table.themes.indices where total[termCount + theme] > 0 {
            let key = ThemeTable.keyPrefix + table.themes[theme].name
            themeFrequency[key] = total[termCount + theme]
            slotOfName[key] = termCount + theme
        }
        for number in 0..<termCount where total[number] > 0 {
            slotOfName[index.termNames[number]] = number
        }
        let count = Double(max(points.count, 1))
        func rarity(_ key: String) -> Double { log(1 + count / Double(max(frequency(of: key), 1))) }
        func weight(_ key: String) -> Double { key.isThemeKey ? themeWeight : key.isKeyPhrase ? 1.5 : 1 }
        // The keys that may gather a claim, numbered in name order: per key
        // its name, rarity and weight (a key's score is the number of its
        // points still unclaimed times these two), and how many of its
        // points are still unclaimed. The counts are kept as points are
        // claimed, through each point's keys, rather than found by going
        // through the key's points at every look at it: on large corpora
        // some keys have thousands of points and are looked at again and
        // again, serially. Each point's keys are listed with the postings,
        // in parallel (`RunSlots.Postings.keys(of:)`): read from its slots
        // while claiming, each slot's key was a cache miss in an array over
        // all terms. The counts are 32-bit and the names kept apart from
        // the rarities and weights, so that the greedy loop's reads and
        // decrements, at random keys, touch fewer cache lines.
        var keyNames: [String] = []
        var keys: [(rarity: Double, weight: Double)] = []
        var openCount: [Int32] = []
        var slotOfKey: [Int] = []
        var keyOfSlot = Array(repeating: -1, count: slotCount)
        for (key, slot) in slotOfName.sorted(by: { $0.key < $1.key })
        where total[slot] >= 2 && (key.isThemeKey || (frequency(of: key) <= limit && !Self.isBroad(key, lexicon: lexicon))) {
            keyOfSlot[slot] = keys.count
            keyNames.append(key)
            keys.append((rarity(key), weight(key)))
            openCount.append(Int32(total[slot]))
            slotOfKey.append(slot)
        }
        let runPostings = { [keyOfSlot, slotOfKey] in
            [RunSlots.Postings].concurrentlyMade(count: runs.count) { r in
                runSlots[r].postings(keyOfSlot: keyOfSlot, keyCount: slotOfKey.count, first: runs[r].lowerBound)
            }
        }()
        let lists = { [slotOfKey, total] in
            [[Int]].concurrentlyMade(count: slotOfKey.count) { k in
                var list: [Int] = []
                list.reserveCapacity(total[slotOfKey[k]])
                for run in runPostings { list += run.points(of: k).lazy.map { Int($0) } }
                return list
            }
        }()
        var heap = MaxHeap<Int>()
        for number in keys.indices {
            heap.push(number, score: Double(lists[number].count) * keys[number].rarity * keys[number].weight, tiebreak: lists[number][0])
        }
        var claimed = Array(repeating: false, count: points.count)
        var groups: [(String, [Int])] = []
        var centroid = Index.Centroid(termCount: index.termNames.count)
        while let (_, tiebreak, number) = heap.pop() {
            guard openCount[number] >= 2 else { continue }
            let current = Double(openCount[number]) * keys[number].rarity * keys[number].weight
            if let next = heap.topScore, current < next {
                heap.push(number, score: current, tiebreak: tiebreak)
                continue
            }
            let key = keyNames[number]
            let open = lists[number].filter { !claimed[$0] }
            let kept = key.isThemeKey ? open : coherent(open, index: index, centroid: &centroid)
            // In at least two documents: compared in place with the first
            // member's, rather than a set of every member's document id
            // (the benchmark's 1,000 documents: gather 32 -> 24 M instructions).
            guard let first = kept.first, kept.contains(where: { documentOf[$0] != documentOf[first] }) else { continue }
            // `kept` is in point order, so the run of each point is found
            // by moving on through the runs.
            var r = 0
            openCount.withUnsafeMutableBufferPointer { openCount in
                for p in kept {
                    claimed[p] = true
                    while p >= runs[r].upperBound { r += 1 }
                    for key in runPostings[r].keys(of: p - runs[r].lowerBound) { openCount[Int(key)] -= 1 }
                }
            }
            groups.append((key, kept))
        }
        return groups
    }

    /// Runs of consecutive points for work done on all cores: a few per
    /// core, so that uneven runs even out.
    static func pointRuns(_ count: Int) -> [Range<Int>] {
        let runCount = max(1, min(count, 4 * ProcessInfo.processInfo.activeProcessorCount))
        return (0..<runCount).map { r in (r * count / runCount)..<((r + 1) * count / runCount) }
    }

    /// The terms and themes of one run of points that may name a claim
    /// (`gather`), as slots: a term's number, or the number of terms plus
    /// a theme's; per point once per claim term or theme, in point order.
    struct RunSlots: Sendable {
        /// Slot → how many times it occurs in the run.
        let counts: [Int32]
        /// Per point of the run: where its slots start in `slots`; one more at the end.
        private let starts: [Int32]
        /// The slots of each point in turn: its claim terms that may name
        /// a claim, in name order, then its themes.
        private let slots: [Int32]

        /// The slots of `points`: their claim terms for which
        /// `mayNameClaim` holds (of `termCount`) and their `themes`.
        init(
            points: Range<Int>, termCount: Int, slotCount: Int, mayNameClaim: [Bool], index: Index, themes: [[ThemeTable.Match]]
        ) {
            var counts = Array(repeating: Int32(0), count: slotCount)
            var starts: [Int32] = [0]
            starts.reserveCapacity(points.count + 1)
            var slots: [Int32] = []
            slots.reserveCapacity(8 * points.count)
            for p in points {
                for number in index.focusNumbers(of: p) where mayNameClaim[Int(number)] {
                    slots.append(number)
                    counts[Int(number)] += 1
                }
                for i in themes[p].indices {
                    let slot = termCount + themes[p][i].theme
                    slots.append(Int32(slot))
                    counts[slot] += 1
                }
                starts.append(Int32(slots.count))
            }
            self.counts = counts
            self.starts = starts
            self.slots = slots
        }

        /// The slots of the run's `k`th point.
        func slots(of k: Int) -> ArraySlice<Int32> {
            slots[Int(starts[k])..<Int(starts[k + 1])]
        }

        /// The points of each of `keyCount` keys in the run, the first
        /// point of the run being `first`, and the keys of each point;
        /// `keyOfSlot` gives each slot's key, or -1.
        func postings(keyOfSlot: [Int], keyCount: Int, first: Int) -> Postings {
            var keyStarts = Array(repeating: Int32(0), count: keyCount + 1)
            for (slot, count) in counts.enumerated() where keyOfSlot[slot] >= 0 { keyStarts[keyOfSlot[slot] + 1] = count }
            for k in 0..<keyCount { keyStarts[k + 1] += keyStarts[k] }
            var next = keyStarts
            var keyPoints = Array(repeating: Int32(0), count: Int(keyStarts[keyCount]))
            var pointKeyStarts: [Int32] = [0]
            pointKeyStarts.reserveCapacity(starts.count)
            var pointKeys: [Int32] = []
            pointKeys.reserveCapacity(keyPoints.count)
            for k in 0..<(starts.count - 1) {
                for slot in slots(of: k) where keyOfSlot[Int(slot)] >= 0 {
                    let key = keyOfSlot[Int(slot)]
                    keyPoints[Int(next[key])] = Int32(first + k)
                    next[key] += 1
                    pointKeys.append(Int32(key))
                }
                pointKeyStarts.append(Int32(pointKeys.count))
            }
            return Postings(starts: keyStarts, points: keyPoints, pointKeyStarts: pointKeyStarts, pointKeys: pointKeys)
        }

        /// The points of each key in one run, and the keys of each point.
        struct Postings: Sendable {
            /// Per key: where its points start in `points`; one more at the end.
            let starts: [Int32]
            /// The points of each key in turn, in point order.
            let points: [Int32]
            /// Per point of the run: where its keys start in `pointKeys`; one more at the end.
            let pointKeyStarts: [Int32]
            /// The keys of each point in turn (its slots that are keys).
            let pointKeys: [Int32]

            /// The points of key `k`.
            func points(of k: Int) -> ArraySlice<Int32> {
                points[Int(starts[k])..<Int(starts[k + 1])]
            }

            /// The keys of the run's `k`th point.
            func keys(of k: Int) -> ArraySlice<Int32> {
                pointKeys[Int(pointKeyStarts[k])..<Int(pointKeyStarts[k + 1])]
            }
        }
    }

    /// Whether a key phrase is made only of broad synonym groups ("world" +
    /// "war"): as common across issues as its parts, so it names no claim.
    ///
    /// The key is cut at each of its spaces and the words before looked up,
    /// rather than every broad group tried as a prefix (a string made per
    /// group and key: 2.2 M instructions for the 436 keys of the
    /// benchmark's 1,000 documents, serially).
    static func isBroad(_ key: String, lexicon: Lexicon) -> Bool {
        isBroad(key[...], broad: lexicon.broadSynonymGroups)
    }

    /// Whether `key` is a broad synonym group or one followed by a space
    /// and a key that `isBroad` too.
    private static func isBroad(_ key: Substring, broad: Set<String>) -> Bool {
        if broad.contains(String(key)) { return true }
        var rest = key.utf8.startIndex
        while let space = key.utf8[rest...].firstIndex(of: UInt8(ascii: " ")) {
            rest = key.utf8.index(after: space)
            if broad.contains(String(key[..<space])), isBroad(key[rest...], broad: broad) { return true }
        }
        return false
    }

    /// The members of `list` similar enough to the rest of the list (the
    /// centroid of the others, computed without copying: c − v).
    ///
    /// - Complexity: O(m·k) for m members of k terms.
    func coherent(_ list: [Int], index: Index, centroid: inout Index.Centroid) -> [Int] {
        index.centroid(list, into: &centroid)
        let normSquared = centroid.squaredLength()
        return index.withVectorBuffers { vectors in
            centroid.sums.withUnsafeBufferPointer { sums in
                list.filter { p in
                    var own = 0.0
                    var dot = 0.0
                    for i in Int(vectors.starts[p])..<Int(vectors.starts[p + 1]) {
                        let weight = vectors.weights[i]
                        own += weight * weight
                        dot += weight * sums[Int(vectors.terms[i])]
                    }
                    let restSquared = normSquared - 2 * dot + own
                    guard restSquared > 1e-12 else { return false }
                    return (dot - own) / restSquared.squareRoot() >= coherence
                }
            }
        }
    }

    /// Only the first this many members of a claim are linked explicitly;
    /// membership already says the rest make the claim.
    static let explicitLinkLimit = 40

    /// Explicit links inside each claim: `same-claim` between members of
    /// different documents (each point to its `linksPerPoint` most similar),
    /// `contradicts` between members with opposite polarity and different
    /// holders, among the first `explicitLinkLimit` members; `nameRanks`
    /// orders shared terms (`Index.nameRanks()`).
    ///
    /// - Complexity: O(Σ min(m, L)²·k) over claims of m members, L the limit.
    func crossReferences(
        points: [StancePoint], documentOf: [Int32], members: [[Int]], index: Index, nameRanks: [Int32]
    ) -> [Link] {
        // Claims share no point, so each claim's links are made on its own,
        // in parallel, in runs that share an array to spread vectors into.
        let linked = members.filter { $0.count > 1 }
        let termCount = index.termNames.count
        let perClaim = [[Link]].concurrentlyMade(
            count: linked.count, runCount: 4 * ProcessInfo.processInfo.activeProcessorCount,
            state: { Array(repeating: 0.0, count: termCount) }
        ) { k, spread in
            links(within: linked[k], points: points, documentOf: documentOf, index: index, nameRanks: nameRanks, spread: &spread)
        }
        return [Link].concurrentlyJoined(perClaim)
    }

    /// The explicit links among the first `explicitLinkLimit` members of one
    /// claim; `spread` is all zeros (`VectorBuffers.spread(_:into:)`) and is left so,
    /// and `nameRanks` orders shared terms (`Index.sharedTerms`).
    ///
    /// Each pair is scored once, one member spread out against the later
    /// ones (`VectorBuffers.score(_:spread:)`, the same number as `score(a, b)` and
    /// as `score(b, a)`), rather than every ordered pair merged twice, and
    /// each member's best `linksPerPoint` are kept in place as found rather
    /// than all sorted; polarities and holders are read once per member
    /// rather than a whole point copied per pair (the benchmark's 1,000
    /// documents: 210 -> 111 M instructions).
    func links(
        within list: [Int], points: [StancePoint], documentOf: [Int32], index: Index, nameRanks: [Int32], spread: inout [Double]
    ) -> [Link] {
        var references: [Link] = []
        let bounded = Array(list.prefix(Self.explicitLinkLimit))
        let m = bounded.count
        // scores[i * m + j]: members i and j of different documents, -1 for the same document
        var scores = Array(repeating: -1.0, count: m * m)
        // The vectors, spread and scores read and written through buffers
        // (`Index.VectorBuffers`), without bounds checks: the same products
        // added in the same order, so the same scores.
        index.withVectorBuffers { vectors in
            spread.withUnsafeMutableBufferPointer { spread in
                scores.withUnsafeMutableBufferPointer { scores in
                    documentOf.withUnsafeBufferPointer { documentOf in
                        for i in 0..<m {
                            let a = bounded[i]
                            vectors.spread(a, into: spread)
                            for j in (i + 1)..<m where documentOf[bounded[j]] != documentOf[a] {
                                let score = vectors.score(bounded[j], spread: spread)
                                scores[i * m + j] = score
                                scores[j * m + i] = score
                            }
                            vectors.clear(a, from: spread)
                        }
                    }
                }
            }
        }
        var best: [(point: Int, score: Double, member: Int)] = []
        best.reserveCapacity(linksPerPoint + 1)
        // The members each member chose to link to (by index, -1 where it
        // chose fewer): a pair of members that chose each other is linked
        // once, by the earlier, which is the only one to have linked it
        // when the later comes to it (a set of the pairs linked per claim,
        // hashed at every link, took 1.9 M instructions on the benchmark's
        // 1,000 documents).
        var chosen = Array(repeating: -1, count: m * linksPerPoint)
        for i in 0..<m {
            let a = bounded[i]
            // The best so far, highest score first (then the earlier point).
            best.removeAll(keepingCapacity: true)
            for j in 0..<m where j != i {
                let score = scores[i * m + j]
                guard score >= 0, score >= linkThreshold else { continue }
                let b = bounded[j]
                let k = best.firstIndex { ($0.score, -$0.point) < (score, -b) } ?? best.count
                guard k < linksPerPoint else { continue }
                best.insert((b, score, j), at: k)
                if best.count > linksPerPoint { best.removeLast() }
            }
            for (r, (b, score, j)) in best.enumerated() {
                chosen[i * linksPerPoint + r] = j
                if j < i && chosen[(j * linksPerPoint)..<((j + 1) * linksPerPoint)].contains(i) { continue }
                let (first, second) = (min(a, b), max(a, b))
                references.append(
                    Link(
                        from: first, to: second,
                        reference: CrossReference(
                            from: points[first].id, to: points[second].id, kind: .sameClaim, score: score,
                            sharedTerms: Self.readableSharedTerms(a, b, index: index, nameRanks: nameRanks))))
            }
        }
        let polarity = bounded.map { points[$0].polarity }
        let holder = bounded.map { points[$0].holder?.name }
        for i in 0..<m {
            guard polarity[i] != .neutral, let ha = holder[i] else { continue }
            let a = bounded[i]
            for j in (i + 1)..<m {
                guard polarity[j] == polarity[i].opposite, let hb = holder[j], ha != hb else { continue }
                let b = bounded[j]
                references.append(
                    Link(
                        from: a, to: b,
                        reference: CrossReference(
                            from: points[a].id, to: points[b].id, kind: .contradicts,
                            score: scores[i * m + j] >= 0 ? scores[i * m + j] : index.score(a, b),
                            sharedTerms: Self.readableSharedTerms(a, b, index: index, nameRanks: nameRanks))))
            }
        }
        return references
    }

    /// The references of `claimLinks` and `themeLinks` ordered by their
    /// points' numbers (`ranks`, as `ranksByNumber` finds them from the
    /// points' ids), then kind, then as given; theme links are made into
    /// references (`makeTheme`) only here, in parallel, in their final places,
    /// in a few runs, each with a `ThemeTermsCache` of its own; with the
    /// positions of each reference's points, for the corpus's lists of
    /// each point's references (`ReferenceEnds`). `whenOrdered` is called
    /// once the order is found, before any reference is made.
    ///
    /// The order (`order(ofLinks:)`) is found by a counting sort of the
    /// links' positions by first point, then each first point's few links
    /// sorted, rather than by sorting a tuple per link: at 10,000 documents
    /// the 600,000 links' keys took 19 MB, at the linker's peak, and their
    /// sort was serial.
    ///
    /// - Complexity: O(n log k + P) for n links over P points, k links per point.
    static func inPointOrder(
        _ claimLinks: [Link], _ themeLinks: [ThemeLink], ranks: (ranks: [Int], count: Int), whenOrdered: () -> Void,
        makeTheme: @Sendable (ThemeLink, inout ThemeTermsCache) -> CrossReference
    ) -> (references: [CrossReference], ends: ReferenceEnds) {
        let (rank, rankCount) = ranks
        let claimCount = claimLinks.count
        let runCount = 4 * ProcessInfo.processInfo.activeProcessorCount
        let order = order(
            ofLinks: [LinkKey].concurrentlyMade(count: claimCount + themeLinks.count, runCount: runCount, state: { () }) { i, _ in
                i < claimCount
                    ? LinkKey(
                        first: Int32(rank[claimLinks[i].from]),
                        second: Int32(3 * rank[claimLinks[i].to] + kindOrder(claimLinks[i].reference.kind)))
                    : LinkKey(
                        first: Int32(rank[themeLinks[i - claimCount].from]),
                        second: Int32(3 * rank[themeLinks[i - claimCount].to] + kindOrder(themeLinks[i - claimCount].kind)))
            },
            rankCount: rankCount)
        whenOrdered()
        let references = [CrossReference].concurrentlyMade(count: order.count, runCount: runCount, state: { ThemeTermsCache() }) {
            k, cache in
            let i = Int(order[k])
            return i < claimCount ? claimLinks[i].reference : makeTheme(themeLinks[i - claimCount], &cache)
        }
        let ends = [ReferenceEnds.Pair].concurrentlyMade(count: order.count, runCount: runCount, state: { () }) { k, _ in
            let i = Int(order[k])
            return i < claimCount
                ? ReferenceEnds.Pair(from: Int32(claimLinks[i].from), to: Int32(claimLinks[i].to))
                : ReferenceEnds.Pair(from: themeLinks[i - claimCount].first, to: themeLinks[i - claimCount].second)
        }
        return (references, ReferenceEnds(ends))
    }

    /// Where a link goes in the references' order: the rank of its first
    /// point, then its second point's rank and its kind as one number.
    struct LinkKey: Sendable {
        let first: Int32
        let second: Int32
    }

    /// The positions of `keys` ordered by `first` (below `rankCount`), then
    /// `second`, then position.
    ///
    /// A counting sort by first point (`byFirst(_:rankCount:)`), then the
    /// links of each first point sorted in place, in parallel, in runs of
    /// about equal numbers of links; the keys are read from the links once,
    /// in parallel. Two counting sorts of the positions, with both keys read
    /// from the links in each pass, took some 16 ms at 10,000 documents,
    /// serially; runs of equal numbers of first points, each sorted into an
    /// array of its own and joined, waited on the longest run and the join.
    ///
    /// - Complexity: O(n log k + rankCount) for n keys, k per first point.
    static func order(ofLinks keys: [LinkKey], rankCount: Int) -> [Int32] {
        let (starts, positions) = byFirst(keys, rankCount: rankCount)
        var order = positions
        let runCount = max(1, min(rankCount, 4 * ProcessInfo.processInfo.activeProcessorCount))
        // The first point each run starts at: where the run's share of
        // the links starts (the first whose links start at or after it).
        let runStarts = (0...runCount).map { r in
            r == runCount ? rankCount : Self.firstIndex(in: starts, atLeast: r * keys.count / runCount, below: rankCount)
        }
        order.withUnsafeMutableBufferPointer { order in
            guard let address = order.baseAddress else { return }
            let output = DisjointWrites(base: address)
            DispatchQueue.concurrentPerform(iterations: runCount) { r in
                for first in runStarts[r]..<runStarts[r + 1] where starts[first + 1] - starts[first] > 1 {
                    Self.sortBySecond(
                        UnsafeMutableBufferPointer(start: output.base + starts[first], count: starts[first + 1] - starts[first]),
                        keys: keys)
                }
            }
        }
        return order
    }

    /// The first of `starts[0..<count]` at or above `value` (`count` if
    /// none), `starts` being ascending.
    private static func firstIndex(in starts: [Int], atLeast value: Int, below count: Int) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Sorts `positions` (of `keys`) by `second`, then position: a point's
    /// few links by insertion, each key read once and held with its
    /// position as one number (`second` is not negative); many by `sort`.
    private static func sortBySecond(_ positions: UnsafeMutableBufferPointer<Int32>, keys: [LinkKey]) {
        guard positions.count <= 32 else {
            var positions = positions
            positions.sort { (keys[Int($0)].second, $0) < (keys[Int($1)].second, $1) }
            return
        }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: positions.count) { packed in
            for k in positions.indices {
                let value = UInt64(UInt32(keys[Int(positions[k])].second)) << 32 | UInt64(UInt32(positions[k]))
                var m = k
                while m > 0 && packed[m - 1] > value {
                    packed[m] = packed[m - 1]
                    m -= 1
                }
                packed[m] = value
            }
            for k in positions.indices { positions[k] = Int32(truncatingIfNeeded: packed[k]) }
        }
    }

    /// The positions of `keys` ordered by `first` (below `rankCount`), then
    /// position, and where each first's positions start (one more at the
    /// end): a counting sort, its counting and placing done in parallel in
    /// one run of keys per core.
    ///
    /// Each run counts its keys by first, and places its keys of a first
    /// after those of the runs before it, so the order is one pass's over
    /// all keys; only the runs' counts are summed serially, once per first
    /// and run. One pass over all 600,000 keys at 10,000 documents, twice
    /// (counting, placing), held one core while the other waited: perf
    /// counted some 50 samples at 4 kHz in it on the loaded machine.
    ///
    /// - Complexity: O(n + c² · rankCount) for n keys in c runs (each run
    ///   adds up the counts of the runs before it, in parallel).
    static func byFirst(_ keys: [LinkKey], rankCount: Int) -> (starts: [Int], positions: [Int32]) {
        let runCount = max(1, min(keys.count, ProcessInfo.processInfo.activeProcessorCount))
        let runs = (0..<runCount).map { r in (r * keys.count / runCount)..<((r + 1) * keys.count / runCount) }
        let counts = [[Int32]].concurrentlyMade(count: runCount) { r in
            var counts = Array(repeating: Int32(0), count: rankCount)
            counts.withUnsafeMutableBufferPointer { counts in
                for i in runs[r] { counts[Int(keys[i].first)] += 1 }
            }
            return counts
        }
        var starts = Array(repeating: 0, count: rankCount + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            for run in counts {
                run.withUnsafeBufferPointer { run in
                    for first in 0..<rankCount { starts[first + 1] += Int(run[first]) }
                }
            }
            for first in 0..<rankCount { starts[first + 1] += starts[first] }
        }
        let firstStarts = starts
        let positions = [Int32](unsafeUninitializedCapacity: keys.count) { buffer, initialized in
            if let address = buffer.baseAddress {
                let output = DisjointWrites(base: address)
                DispatchQueue.concurrentPerform(iterations: runCount) { r in
                    // Where the run's next key of each first goes: after
                    // that first's keys in the runs before it.
                    var next = firstStarts.dropLast().map { Int32($0) }
                    for earlier in 0..<r {
                        for first in 0..<rankCount { next[first] += counts[earlier][first] }
                    }
                    next.withUnsafeMutableBufferPointer { next in
                        for i in runs[r] {
                            let first = Int(keys[i].first)
                            output.base[Int(next[first])] = Int32(i)
                            next[first] += 1
                        }
                    }
                }
            }
            initialized = keys.count
        }
        return (starts, positions)
    }

    /// The ids of the documents of `points` (in corpus order), each once, in
    /// order of first occurrence; `documentOf` numbers documents in order
    /// of their first point (`documentNumbers`).
    ///
    /// A document's points are one run, as the analyser orders them, so a
    /// point's document is new to the list when its number is above all
    /// before; a set of the numbers seen is made only when one is not (a
    /// set per claim inserted every member's document: on the benchmark's
    /// 1,000 documents 4.9 M instructions, 1.3 M so).
    static func documentIDs(of points: [Int], documentOf: [Int32], ids: [String]) -> [String] {
        var documents: [String] = []
        var highest: Int32 = -1
        var seen: Set<Int32>?
        for p in points {
            let number = documentOf[p]
            if number > highest {
                highest = number
                seen?.insert(number)
            } else if number == highest || seen?.insert(number).inserted == false {
                continue
            } else if seen == nil {
                // numbers below the highest: from here on, by a set of those seen
                var numbers = Set<Int32>()
                for q in points {
                    if q == p { break }
                    numbers.insert(documentOf[q])
                }
                guard numbers.insert(number).inserted else {
                    seen = numbers
                    continue
                }
                seen = numbers
            }
            documents.append(ids[Int(number)])
        }
        return documents
    }

    /// Per point, a number for its document, equal for points of one
    /// document only, so that whether two points share a document is a
    /// comparison of two integers rather than of two ids (which, 20 bytes
    /// long, are compared byte by byte when they differ: theme links alone
    /// ask for some 8 million pairs at 10,000 documents); and the id of
    /// each document number.
    static func documentNumbers(_ points: [StancePoint]) -> (documentOf: [Int32], documentIDs: [String]) {
        var numbers: [String: Int32] = [:]
        var ids: [String] = []
        var documentOf: [Int32] = []
        documentOf.reserveCapacity(points.count)
        var current: Int32 = -1
        for p in points.indices {
            // Points come in runs of one document: an id is looked up once per run.
            if p == 0 || points[p].document != points[p - 1].document {
                let id = points[p].document
                current =
                    numbers[id] ?? {
                        numbers[id] = Int32(numbers.count)
                        ids.append(id)
                        return Int32(numbers.count - 1)
                    }()
            }
            documentOf.append(current)
        }
        return (documentOf, ids)
    }

    /// Per point, the rank of its number (from its id) among all points'
    /// numbers, equal numbers ranking equal; and the number of ranks. The
    /// analyser numbers points in order ("p" and the position + 1), so the
    /// ranks are usually the positions, found without sorting.
    ///
    /// `numberedInOrder` tells whether the ids (`ids`, by position) are so
    /// numbered (`numberedInOrder(_:)`).
    static func ranksByNumber(_ ids: [String], numberedInOrder: Bool) -> (ranks: [Int], count: Int) {
        if numberedInOrder { return (Array(ids.indices), ids.count) }
        let numbers = ids.map(\.pointNumber)
        if zip(numbers, numbers.dropFirst()).allSatisfy({ $0 < $1 }) { return (Array(numbers.indices), numbers.count) }
        var ranks = Array(repeating: 0, count: numbers.count)
        var count = 0
        var previous: Int?
        for p in numbers.indices.sorted(by: { numbers[$0] < numbers[$1] }) {
            if numbers[p] != previous {
                count += 1
                previous = numbers[p]
            }
            ranks[p] = count - 1
        }
        return (ranks, count)
    }

    /// Whether every id (`ids`, by position) is "p" and its position + 1,
    /// as the analyser numbers points: checked on the ids' bytes, in a
    /// compact array (`points.map(\.id.pointNumber)` copied every point,
    /// retaining its ten strings, to parse its id as a `Substring`: at
    /// 10,000 documents some 30 ms, serial).
    static func numberedInOrder(_ ids: [String]) -> Bool {
        ids.indices.allSatisfy { ids[$0].sequenceNumber(prefix: "p") == $0 + 1 }
    }

    /// The rank of a kind of reference among those of one pair, as their names sort.
    static func kindOrder(_ kind: CrossReference.Kind) -> Int {
        switch kind {
        case .contradicts: 0
        case .sameClaim: 1
        case .sameHolder: 2
        }
    }

    /// The terms points `a` and `b` share, sorted (`nameRanks`: see
    /// `Index.sharedTerms`), each as the reader saw it in `a` ("Cold War",
    /// not "cold war" or "@China").
    ///
    /// Each term is read at its position among `a`'s terms
    /// (`Index.sharedTermPositions`, `PointTerms.surfaces(at:)`), which also
    /// orders them, rather than searched for by name, and is not kept for
    /// the next links of `a` in a dictionary, which found 2% of them (on the
    /// benchmark's 1,000 documents the 5,368 links' 54,471 terms took 66.8 M
    /// instructions so, and `links(within:)` 84.7 -> 58.1 M so).
    static func readableSharedTerms(_ a: Int, _ b: Int, index: Index, nameRanks: [Int32]) -> [String] {
        let termsOfA = index.terms(of: a)
        return termsOfA.surfaces(at: index.sharedTermPositions(a, b, nameRanks: nameRanks))
    }
}

extension String {
    /// Whether a linking term is a key phrase of several words ("cold war").
    var isKeyPhrase: Bool { utf8.contains(0x20) }

    /// Whether a claim key is a theme of themes.txt rather than a term.
    var isThemeKey: Bool { hasPrefix(ThemeTable.keyPrefix) }

    /// The number in a point id ("p12" → 12), for ordering.
    var pointNumber: Int { Int(dropFirst()) ?? 0 }
}
