/// The terms of the points of one document (`PointTerms` is one point's
/// view of them), in a few flat arrays: each distinct term name once per
/// document, and per term of a point its number in that table, its surface
/// span and whether it lies in the point's claim.
///
/// At 10,000 documents the 150,000 points have 2.26 million terms but only
/// 1.68 million distinct per document; holding a 4-byte number per term
/// instead of a 16-byte string, and four arrays per document instead of
/// three per point, is what lets linking number the terms per document
/// (`ClaimLinker.Index`) rather than per occurrence.
struct DocumentTerms: Sendable {
    /// Where the names of the terms are.
    ///
    /// One value rather than a field per case, so that copying a store (each
    /// `PointTerms` holds one) retains only the references of its case.
    enum Source: Sendable {
        /// The names as bytes, as the document's extraction numbered them
        /// (`TermPool`), and per distinct term name, in order of first
        /// occurrence (points in order, each point's terms in name order),
        /// its position among them.
        case spelt(NameList, spellingOf: [Int32])
        /// The names as `String`s, by number (`name(by:spellingOf:)`): the
        /// linker names the stores by the names of the corpus, one `String`
        /// per name there rather than one per name of each document.
        case strings([String])
    }

    /// The arrays, in one object: each `PointTerms` holds its store, and
    /// with the arrays in fields of their own a copy retained and released
    /// eight references rather than one (callgrind, 1,000 documents:
    /// `swift_retain` and `swift_release` 88.2 → 83.5 M).
    private final class Storage: Sendable {
        let source: Source
        let numbers: [Int32]
        let spans: PackedSpans
        let inFocus: [Bool]
        let ends: [Int32]
        let texts: [Substring]

        init(source: Source, numbers: [Int32], spans: PackedSpans, inFocus: [Bool], ends: [Int32], texts: [Substring]) {
            self.source = source
            self.numbers = numbers
            self.spans = spans
            self.inFocus = inFocus
            self.ends = ends
            self.texts = texts
        }
    }

    private var storage: Storage

    /// Where the names of the terms are.
    var source: Source { storage.source }
    /// Per term of each point, in name order: its number (`name(_:)`).
    var numbers: [Int32] { storage.numbers }
    /// Per term of each point: where it first occurs in the point's text.
    var spans: PackedSpans { storage.spans }
    /// Per term of each point: whether it lies in the point's claim rather
    /// than its attribution: after a reporting or position verb ("warned
    /// that …"), or anywhere when the cue is a modal or an evaluation.
    var inFocus: [Bool] { storage.inFocus }
    /// Per point: where its terms end in `numbers`, `spans` and `inFocus`.
    var ends: [Int32] { storage.ends }
    /// Per point: its text, which its spans point into.
    var texts: [Substring] { storage.texts }

    /// No points.
    init() { self = Builder().finish() }

    /// The terms of one point, of `text`.
    ///
    /// `lexicon` is borrowed: an initialiser owns its arguments by default, so
    /// each call would retain and release the lexicon, on a counter that all
    /// threads share.
    ///
    /// - Complexity: O(n + k log k) for a text of n bytes and k terms.
    init(_ text: Substring, lexicon: borrowing Lexicon) {
        var copy = text
        var builder = Builder()
        copy.withUTF8 { bytes in
            let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
            builder.add(
                text: text, tokens: tokens, aliases: AliasMatches(of: tokens), cues: lexicon.cues(in: tokens),
                mask: lexicon.contrastMask(tokens), base: 0, lexicon: lexicon)
        }
        self = builder.finish()
    }

    private init(source: Source, numbers: [Int32], spans: PackedSpans, inFocus: [Bool], ends: [Int32], texts: [Substring]) {
        storage = Storage(source: source, numbers: numbers, spans: spans, inFocus: inFocus, ends: ends, texts: texts)
    }

    /// The number of points.
    var pointCount: Int { ends.count }

    /// The name numbered `number`.
    @inline(__always)
    func name(_ number: Int32) -> String {
        switch source {
        case .strings(let strings): strings[Int(number)]
        case .spelt(let list, let spellingOf): Self.spelling(number, list: list, spellingOf: spellingOf)
        }
    }

    /// The name numbered `number` of a store not named yet, made from its
    /// bytes (apart, so that `name(_:)` stays small enough to inline).
    @inline(never)
    private static func spelling(_ number: Int32, list: NameList, spellingOf: [Int32]) -> String {
        list.string(of: Int(spellingOf[Int(number)]))
    }

    /// Distinct term names, in order of first occurrence (of a store not named yet).
    var names: [String] {
        guard case .spelt(let list, let spellingOf) = source else { return [] }
        return spellingOf.map { list.string(of: Int($0)) }
    }

    /// Takes the names of the terms from `strings`: name `k` becomes
    /// `strings[spellingOf[k]]`, and the terms are numbered so, each name
    /// read from `strings` without a look-up in `spellingOf` (which cost
    /// `PointTerms.position(of:)` 9 M instructions more on the benchmark's
    /// 1,000 documents). The numbers are written into a new array, as
    /// fast as rewriting them in place was (the store's arrays are
    /// immutable, in one object shared by its copies).
    mutating func name(by strings: [String], spellingOf: [Int32]) {
        let old = storage.numbers
        let numbers = [Int32](unsafeUninitializedCapacity: old.count) { numbers, count in
            for i in old.indices { numbers[i] = spellingOf[Int(old[i])] }
            count = old.count
        }
        storage = Storage(
            source: .strings(strings), numbers: numbers, spans: storage.spans, inFocus: storage.inFocus, ends: storage.ends,
            texts: storage.texts)
    }

    /// The span of the term at `index` of `numbers`, read from the store's
    /// object without a copy of the spans (`PointTerms.surface(at:)`).
    @inline(__always)
    func span(at index: Int) -> PointTerms.Span { storage.spans[index] }

    /// `body` of the UTF-8 bytes of point `k`'s text, read in place rather
    /// than from a copy of the text (`PointTerms.surface(at:)`).
    @inline(__always)
    func withText<Result>(ofPoint k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = storage.texts[k]
        return text.withUTF8(body)
    }

    /// Where the terms of point `k` lie in `numbers`.
    func range(ofPoint k: Int) -> Range<Int> { (k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k]) }

    /// The terms of point `k`.
    func terms(ofPoint k: Int) -> PointTerms { PointTerms(store: self, point: k) }

    /// Makes the terms of a document point by point.
    struct Builder: ~Copyable {
        /// The distinct names of the document's terms, in order of first
        /// sight during extraction, the caches extraction uses, and the
        /// terms of the point being added.
        private var pool: TermPool
        /// Per name of the store, in order: its number in `pool`.
        private var numbered: UniqueBuffer<Int32>
        /// The terms' numbers and focus, in their first `termCount`
        /// places; the rest is room, which a point's terms are written into
        /// in place (growing each array by `append(contentsOf:)` at every
        /// point cost 6 M instructions on the benchmark's 1,000 documents).
        private var numbers: [Int32]
        private var inFocus: [Bool]
        private var termCount: Int
        private var spans: PackedSpans
        private var ends: [Int32]
        private var texts: [Substring]

        /// The calling thread's builder, empty, which `finish` gives back (a
        /// new one at the thread's first call, for documents of about
        /// `expectedTerms` distinct terms). `wordTerms` is what words mean
        /// across documents, handed back by `finish(returning:)`.
        ///
        /// Kept by the thread (`ThreadSlot`), so that its documents reuse
        /// the pool's buffers and the builder's arrays, emptied, rather than
        /// allocate and free their own (callgrind, 1,000 documents: the
        /// pool's, 1,703.3 → 1,698.7 M in all; the arrays', → 1,689.1 M).
        init(expectedTerms: Int = 16, wordTerms: WordTermCache = WordTermCache()) {
            self = Self.threadSlot.take { Builder(room: expectedTerms) }
            pool.wordTerms = wordTerms
        }

        /// The builders of the extracting threads, one each.
        private static let threadSlot = ThreadSlot<Builder>()

        /// An empty builder for a document of about `expectedTerms` distinct terms.
        ///
        /// Its arrays are made that large at once: growing each from empty,
        /// document after document, cost some 20 M instructions on the
        /// benchmark's 1,000 documents, and growing the spans, the ends and
        /// the texts (a document has about fifteen points of fifteen terms)
        /// most of 19 M more, with the store number and the spans' packing
        /// not inlined.
        private init(room expectedTerms: Int) {
            pool = TermPool(capacity: expectedTerms)
            numbered = UniqueBuffer(capacity: expectedTerms)
            numbers = Array(repeating: 0, count: expectedTerms * 2)
            inFocus = Array(repeating: false, count: expectedTerms * 2)
            termCount = 0
            spans = PackedSpans(capacity: expectedTerms * 2)
            ends = []
            ends.reserveCapacity(expectedTerms / 8)
            texts = []
            texts.reserveCapacity(expectedTerms / 8)
        }

        /// Adds the next point, of `text`: the terms of the sentence
        /// `tokens` it was found in (`PointTerms.extract`, which see for the
        /// other arguments).
        ///
        /// - Complexity: O(n + k log k) for n tokens and k distinct terms.
        mutating func add(
            text: Substring, tokens: [Token], aliases: borrowing AliasMatches, cues: [CueMatch], mask: [Bool], base: Int,
            lexicon: borrowing Lexicon
        ) {
            pool.startPoint()
            PointTerms.extract(tokens, aliases: aliases, cues: cues, mask: mask, base: base, lexicon: lexicon, pool: &pool)
            pool.sortPoint()
            // The pool's keys and distinct terms in place: numbering a term
            // changes only its name's store number, not these.
            let (order, distinct) = (UnsafeBufferPointer(pool.order.elements), UnsafeBufferPointer(pool.distinct.elements))
            let positionMask = pool.positionMask
            if pool.pointIsASCII {
                // Names all ASCII, so no two equal as strings: each array
                // written in place, rather than checked and grown term by
                // term (callgrind, 1,000 documents: Builder.add 313.3 →
                // 307.5 M).
                // One pass over the terms for the three arrays (callgrind,
                // 1,000 documents: `add` itself 22.4 → 20.3 M).
                let start = termCount
                makeRoom(for: order.count)
                numbers.withUnsafeMutableBufferPointer { numbers in
                    inFocus.withUnsafeMutableBufferPointer { inFocus in
                        spans.append(count: order.count) { k in
                            let term = distinct[Int(order[k] & positionMask)]
                            numbers[start + k] = Self.number(of: term.term, pool: &pool, numbered: &numbered)
                            inFocus[start + k] = term.inFocus
                            return term.span
                        }
                    }
                }
                termCount += order.count
            } else {
                var previous: Int32?
                for key in order {
                    let term = distinct[Int(key & positionMask)]
                    // names equal as strings but not in bytes are one term, as
                    // they were when occurrences were sorted by their strings
                    if let previous, pool.isSameName(previous, term.term) {
                        if term.inFocus { inFocus[termCount - 1] = true }
                        continue
                    }
                    previous = term.term
                    makeRoom(for: 1)
                    numbers[termCount] = Self.number(of: term.term, pool: &pool, numbered: &numbered)
                    spans.append(term.span)
                    inFocus[termCount] = term.inFocus
                    termCount += 1
                }
            }
            ends.append(Int32(termCount))
            texts.append(text)
        }

        /// Makes room in `numbers` and `inFocus` for `count` terms more, at
        /// least doubling them when they grow.
        @inline(__always)
        private mutating func makeRoom(for count: Int) {
            let needed = termCount + count
            guard needed > numbers.count else { return }
            let grown = max(needed, 2 * numbers.count)
            numbers.append(contentsOf: repeatElement(0, count: grown - numbers.count))
            inFocus.append(contentsOf: repeatElement(false, count: grown - inFocus.count))
        }

        /// The first `count` elements of `array` in an array of that capacity.
        private static func fitted<Element>(_ array: [Element], count: Int) -> [Element] {
            var copy: [Element] = []
            copy.reserveCapacity(count)
            copy.append(contentsOf: array[..<count])
            return copy
        }

        /// The number in the store of the name numbered `term` in `pool`,
        /// the next one (added to `numbered`) if no point has had it yet.
        @inline(__always)
        private static func number(of term: Int32, pool: inout TermPool, numbered: inout UniqueBuffer<Int32>) -> Int32 {
            let number = pool.storeNumber(of: term)
            if number >= 0 { return number }
            pool.setStoreNumber(Int32(numbered.count), of: term)
            numbered.append(term)
            return Int32(numbered.count - 1)
        }

        /// The terms of the points added. Arrays grown by appending are up
        /// to twice as large as their contents, so each is copied to its size.
        consuming func finish() -> DocumentTerms {
            var ignored = WordTermCache()
            return finish(returning: &ignored)
        }

        /// `finish()`, with the cache of words given at `init` put in `wordTerms`.
        consuming func finish(returning wordTerms: inout WordTermCache) -> DocumentTerms {
            swap(&wordTerms, &pool.wordTerms)
            let terms = DocumentTerms(
                source: .spelt(pool.list, spellingOf: numbered.array),
                numbers: Self.fitted(numbers, count: termCount), spans: spans.fitted(),
                inFocus: Self.fitted(inFocus, count: termCount), ends: ends.fitted(), texts: texts.fitted())
            clear()
            Self.threadSlot.putBack(self)
            return terms
        }

        /// Empties the builder for the thread's next document, keeping its room.
        private mutating func clear() {
            pool.clear()
            numbered.removeAll()
            termCount = 0
            spans.removeAll()
            ends.removeAll(keepingCapacity: true)
            texts.removeAll(keepingCapacity: true)
        }
    }
}
