/// The distinct term names of one document, numbered in order of first
/// sight while its points' terms are extracted (`PointTerms.extract`), with
/// what ordering them and joining them into key phrases needs, a table
/// that lets a recurring key phrase find its number without being made
/// again, the extracting thread's cache of what words mean
/// (`WordTermCache`), and the distinct terms of the point being extracted.
///
/// Term names are found and kept as bytes (as `NameTable` does), so that a word's
/// stem is looked up in a stack buffer and no `String` is made for them.
/// Making a `String` per occurrence, and sorting and numbering
/// occurrences by comparing and hashing those strings, cost 483 M
/// instructions on the benchmark's 1,000 documents (`PointTerms.extract` and
/// `DocumentTerms.Builder.add`); with the pool, about 400 M.
struct TermPool: ~Copyable {
    /// What ordering and finding a name needs, and where it occurred last,
    /// in one value per name so that a new name is one append rather than
    /// one per field.
    struct Name {
        /// The name's first eight bytes as one big-endian number, zeros
        /// after its end (which sort before any byte of a name), and the
        /// next eight: for an ASCII name, `String`'s order of names is that
        /// of these numbers where they differ.
        let head: UInt64
        let tail: UInt64
        /// The hash of the name's bytes (`WordHash`), which a key phrase's
        /// continues (the list keeps only 32 bits of it).
        let hash: UInt64
        /// Whether the name is ASCII.
        let isASCII: Bool
        /// Whether the name is an entity's ("@China", `PointTerms.namesEntity`).
        let namesEntity: Bool
        /// The last point the name occurred in (counted by `points`), and
        /// its position in `distinct` there.
        var point: Int32 = -1
        var position: Int32 = 0
        /// The name's number in the document's store (`DocumentTerms`), -1
        /// until a point of the store has it: kept here rather than in an
        /// array of the builder's that grows with the pool.
        var storeNumber: Int32 = -1
    }

    /// A slot of the table of key phrases. (Not private: the debug build
    /// failed to link the pool's buffer of a private type.)
    struct PhraseSlot {
        /// The numbers of the phrase's two terms in one value.
        var key: UInt64 = 0
        /// The number of the key phrase.
        var term: Int32 = -1
        /// The pool's `document` that filled the slot: free for any other.
        var document: UInt32 = 0
    }

    /// A distinct term of the point being extracted: its name's number,
    /// where it first occurs, and whether it occurs in the claim.
    struct Distinct {
        let term: Int32
        let span: PointTerms.Span
        var inFocus: Bool
    }

    /// The distinct terms of the point being extracted, in order of first occurrence.
    private(set) var distinct: UniqueBuffer<Distinct>
    /// Their names' order keys, in name order after `sortPoint()`: per
    /// distinct term, its name's first eight bytes as a number (`Name.head`)
    /// with its position in `distinct` in place of the last byte or bytes
    /// (`positionMask`).
    ///
    /// One number rather than a pair of the eight bytes and the position
    /// (sixteen bytes with padding), so that the insertion sort, which moves
    /// keys about as often as it compares them, moves and compares one
    /// number (callgrind, 1,000 documents: `sortPoint` 29.8 → 26.9 M).
    private(set) var order: UniqueBuffer<UInt64>
    /// The bits of a key of `order` that hold the term's position: the
    /// lowest byte, or two or four in a point of more than 256 or 65,536
    /// distinct terms.
    private(set) var positionMask: UInt64 = 0xFF
    /// Per token of the sentence being extracted, whether it lies in a cue
    /// (`PointTerms.extract`): one array kept from point to point rather
    /// than one made per point.
    private var cueFlags: [Bool] = []
    /// The number of points started.
    private var points: Int32 = 0
    /// Whether the names of the terms of the point being extracted are all
    /// ASCII, so that their first eight bytes order them where they differ.
    private(set) var pointIsASCII = true

    /// Number → name, as bytes, kept as `NameList` keeps them (`list`):
    /// each name's words from the start of a word, its last padded with
    /// zeros, and per name its folded hash and where its words end. A
    /// `String` per name of each document cost 46 M instructions on the
    /// benchmark's 1,000 documents, and the linker makes one per name of
    /// the corpus instead (`ClaimLinker.Index`).
    ///
    /// Found by their bytes and hash as `NameTable` finds names, in buffers
    /// of the pool's own (`UniqueBuffer`): most words are new to their
    /// document, and a new name in arrays (a `NameTable`'s, and the pool's
    /// `infos`) was five appends, each checking that its array was not shared.
    private var words: UniqueBuffer<UInt64>
    private var entries: UniqueBuffer<NameList.Entry>
    /// A number per slot, with the pool's `document` that filled it in
    /// the high half (`filled(_:)`): a slot of any other is empty.
    /// A power of two long, at most half full for the document.
    private var slots: UniqueBuffer<UInt64>
    /// Number → the name as a `String`, for names that are not ASCII
    /// (which order and compare by `String`).
    private var texts: [Int32: String] = [:]
    /// Number → what ordering and finding it needs.
    private(set) var infos: UniqueBuffer<Name>
    private var phrases: UniqueBuffer<PhraseSlot>
    private var phraseCount = 0
    /// The number of the pool's document (from 1), which marks the slots
    /// of `slots` and `phrases` it fills: the next document finds them
    /// empty without a pass over the tables (callgrind, 1,000 documents:
    /// emptying them element by element cost 5.2 M instructions, by
    /// `memset` 11 M).
    private var document: UInt32 = 1
    /// What words mean across documents (`PointTerms.wholeWordTerm`):
    /// the extracting thread's, while the pool's document is extracted.
    var wordTerms: WordTermCache

    /// An empty pool with room for about `capacity` names before it grows
    /// (a document of the benchmark has some 170 distinct terms).
    init(capacity: Int = 16, wordTerms: WordTermCache = WordTermCache()) {
        self.wordTerms = wordTerms
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = UniqueBuffer(repeating: 0, count: size)
        words = UniqueBuffer(capacity: capacity * 2)
        entries = UniqueBuffer(capacity: capacity)
        phrases = UniqueBuffer(repeating: PhraseSlot(), count: size / 2)
        infos = UniqueBuffer(capacity: capacity)
        distinct = UniqueBuffer(capacity: min(capacity, 64))
        order = UniqueBuffer(capacity: min(capacity, 64))
    }

    /// Empties the pool for another document, keeping its buffers and its
    /// cue flags (`DocumentTerms.Builder`, kept by each extracting thread).
    mutating func clear() {
        words.removeAll()
        entries.removeAll()
        infos.removeAll()
        if !texts.isEmpty { texts.removeAll(keepingCapacity: true) }
        phraseCount = 0
        document &+= 1
        if document == 0 {
            // after 2³² documents, the tables' marks start again
            slots.elements.update(repeating: 0)
            phrases.elements.update(repeating: PhraseSlot())
            document = 1
        }
        distinct.removeAll()
        order.removeAll()
    }

    /// The number of distinct names.
    var count: Int { entries.count }

    /// The names, as bytes, in a list of their own.
    var list: NameList { NameList(words: words.array, entries: entries.array) }

    /// The name numbered `number`.
    func name(_ number: Int32) -> String {
        infos[Int(number)].isASCII ? withBytes(of: Int(number)) { String(decoding: $0, as: UTF8.self) } : texts[number]!
    }

    /// The words of name `k`.
    @inline(__always)
    private func wordRange(of k: Int) -> Range<Int> { (k == 0 ? 0 : Int(entries[k - 1].end))..<Int(entries[k].end) }

    /// `body` of the bytes of name `k`.
    @inline(__always)
    private func withBytes<Result>(of k: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        body(UnsafeRawBufferPointer(start: words.elements.baseAddress! + wordRange(of: k).lowerBound, count: Int(entries[k].count)))
    }

    /// The number in the document's store of the name numbered `term`, -1
    /// until a point has it (`DocumentTerms.Builder`).
    @inline(__always)
    func storeNumber(of term: Int32) -> Int32 { infos[Int(term)].storeNumber }

    /// Sets the number in the document's store of the name numbered `term`.
    @inline(__always)
    mutating func setStoreNumber(_ number: Int32, of term: Int32) { infos[Int(term)].storeNumber = number }

    /// Whether the name numbered `term` is an entity's.
    @inline(__always)
    func namesEntity(_ term: Int32) -> Bool { infos[Int(term)].namesEntity }

    // MARK: Names

    /// The number of `name`, the next one if the name is new.
    mutating func number(of name: String) -> Int32 {
        if let number = name.utf8.withContiguousStorageIfAvailable({ number(ofBytes: $0, hash: WordHash.of($0), name: name) }) {
            return number
        }
        return Array(name.utf8).withUnsafeBufferPointer { number(ofBytes: $0, hash: WordHash.of($0), name: name) }
    }

    /// The number of `group`'s name, the next one if the name is new.
    mutating func number(of group: SynonymGroup) -> Int32 {
        guard let (first, second) = group.words else { return number(of: group.name) }
        return number(ofASCIIWords: first, second, count: group.name.utf8.count, hash: group.hash)
    }

    /// The number of the name spelt by `bytes`, the next one if the name is
    /// new: then its `String` is made.
    mutating func number(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        number(ofBytes: bytes, hash: WordHash.of(bytes), name: nil)
    }

    /// `number(ofBytes:)` of `bytes` whose hash (`WordHash.of(bytes)`) the
    /// caller has computed already.
    mutating func number(ofBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        number(ofBytes: bytes, hash: hash, name: nil)
    }

    /// The number of the name spelt by `bytes`, of hash `hash`, which `name` is if given.
    private mutating func number(ofBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, name: String?) -> Int32 {
        let wordCount = (bytes.count + 7) / 8
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: wordCount + 1) { words in
            words.initialize(repeating: 0)
            if let source = bytes.baseAddress { UnsafeMutableRawPointer(words.baseAddress!).copyMemory(from: source, byteCount: bytes.count) }
            return number(ofWords: UnsafeBufferPointer(rebasing: words[..<wordCount]), count: bytes.count, hash: hash, name: name)
        }
    }

    /// The number of the name of `count` bytes, one to sixteen and all
    /// ASCII, whose words are `first` and `second`
    /// (`NameList.words(at:count:)`), of hash `hash`: the next one if the
    /// name is new.
    ///
    /// Its order key is its words' bytes, not read back from the list.
    ///
    /// Always inlined: called for most words of a point (those the
    /// thread's `WordTermCache` knows), 190 K times on the benchmark's
    /// 1,000 documents, where entering and leaving the call cost some
    /// twenty instructions of each look-up's hundred (callgrind:
    /// `DocumentTerms.Builder.add` 158.4 → 155.7 M).
    @inline(__always)
    mutating func number(ofASCIIWords first: UInt64, _ second: UInt64, count: Int, hash: UInt64) -> Int32 {
        let folded = NameList.folded(hash)
        let mask = slots.count - 1
        var slot = Int(folded) & mask
        while true {
            let number = number(inSlot: slot)
            if number < 0 { break }
            let entry = entries[Int(number)]
            if entry.hash == folded && Int(entry.count) == count {
                let start = Int(entry.end) - (count + 7) / 8
                if words[start] == first && (count <= 8 || words[start + 1] == second) { return number }
            }
            slot = (slot + 1) & mask
        }
        words.append(first)
        if count > 8 { words.append(second) }
        // an ASCII byte after "@" starts a new character (`namesEntity(_:name:)`)
        let namesEntity = UInt8(truncatingIfNeeded: UInt64(littleEndian: first)) == UInt8(ascii: "@")
        infos.append(
            Name(head: UInt64(bigEndian: first), tail: UInt64(bigEndian: second), hash: hash, isASCII: true, namesEntity: namesEntity))
        return insert(at: slot, folded: folded, count: count)
    }

    /// The number of the name of `count` bytes in `words` as `NameList`
    /// keeps them (zeros after the end), of hash `hash`: the next one if
    /// the name is new.
    mutating func number(ofWords words: UnsafeBufferPointer<UInt64>, count: Int, hash: UInt64) -> Int32 {
        number(ofWords: words, count: count, hash: hash, name: nil)
    }

    /// `number(ofWords:count:hash:)` of the name `name` if given.
    private mutating func number(ofWords words: UnsafeBufferPointer<UInt64>, count: Int, hash: UInt64, name: String?) -> Int32 {
        let folded = NameList.folded(hash)
        let (number, slot) = find(words, count: count, folded: folded)
        if number >= 0 { return number }
        for word in words { self.words.append(word) }
        let bytes = UnsafeRawBufferPointer(start: words.baseAddress, count: count).bindMemory(to: UInt8.self)
        let isASCII = words.reduce(0, |) & 0x8080_8080_8080_8080 == 0
        var text: String?
        if !isASCII {
            text = name ?? String(decoding: bytes, as: UTF8.self)
            texts[Int32(entries.count)] = text
        }
        infos.append(
            Name(
                head: words.count > 0 ? UInt64(bigEndian: words[0]) : 0, tail: words.count > 1 ? UInt64(bigEndian: words[1]) : 0,
                hash: hash, isASCII: isASCII, namesEntity: Self.namesEntity(bytes, name: text)))
        return insert(at: slot, folded: folded, count: count)
    }

    /// The number of the name of `count` bytes in `words` as `NameList`
    /// keeps them, of hash folded to `folded`, and its slot; -1 and the
    /// empty slot its search ended at if the name is new.
    @inline(__always)
    private func find(_ words: UnsafeBufferPointer<UInt64>, count: Int, folded: UInt32) -> (number: Int32, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(folded) & mask
        search: while true {
            let number = number(inSlot: slot)
            if number < 0 { return (-1, slot) }
            let entry = entries[Int(number)]
            if entry.hash == folded && Int(entry.count) == count {
                let start = Int(entry.end) - words.count
                for i in words.indices where self.words[start + i] != words[i] {
                    slot = (slot + 1) & mask
                    continue search
                }
                return (number, slot)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Numbers the name whose words were appended last, of `count` bytes
    /// and hash folded to `folded`, in the empty `slot` its search ended at.
    @inline(__always)
    private mutating func insert(at slot: Int, folded: UInt32, count: Int) -> Int32 {
        let number = Int32(entries.count)
        entries.append(NameList.Entry(hash: folded, end: Int32(words.count), count: Int32(count)))
        slots[slot] = filled(number)
        if entries.count * 2 > slots.count { growSlots() }
        return number
    }

    /// The value of a slot of `slots` that holds `number` for the pool's document.
    @inline(__always)
    private func filled(_ number: Int32) -> UInt64 { UInt64(document) << 32 | UInt64(UInt32(number)) }

    /// The number in slot `slot` of `slots`, -1 where the slot is empty
    /// for the pool's document.
    @inline(__always)
    private func number(inSlot slot: Int) -> Int32 {
        let value = slots[slot]
        return value >> 32 == UInt64(document) ? Int32(truncatingIfNeeded: value) : -1
    }

    /// Doubles the table of names.
    private mutating func growSlots() {
        var grown = UniqueBuffer<UInt64>(repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for number in 0..<entries.count {
            var slot = Int(entries[number].hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = filled(Int32(number))
        }
        slots = grown
    }

    /// Whether the name spelt by `bytes` is an entity's
    /// (`PointTerms.namesEntity`), asking its `String` (`name`, made if not
    /// given) only when its second byte is not ASCII: after "@" an ASCII
    /// byte starts a new character.
    private static func namesEntity(_ bytes: UnsafeBufferPointer<UInt8>, name: String?) -> Bool {
        guard bytes.first == UInt8(ascii: "@") else { return false }
        if bytes.count == 1 || bytes[1] < 0x80 { return true }
        return PointTerms.namesEntity(name ?? String(decoding: bytes, as: UTF8.self))
    }

    // MARK: The point being extracted

    /// Starts collecting the terms of the next point.
    mutating func startPoint() {
        points += 1
        pointIsASCII = true
        distinct.removeAll()
        order.removeAll()
    }

    /// Records an occurrence of the term numbered `term` at `span` in the
    /// point being extracted, merged with its earlier occurrences there.
    ///
    /// Occurrences are merged as they come, rather than kept in a list and
    /// merged after, and the sort sees each term once (`sortPoint`):
    /// sorting every occurrence by its `String` took 112 M instructions on
    /// the benchmark's 1,000 documents.
    @inline(__always)
    mutating func occur(_ term: Int32, span: PointTerms.Span, inFocus: Bool) {
        if infos[Int(term)].point == points {
            if inFocus { distinct[Int(infos[Int(term)].position)].inFocus = true }
            return
        }
        infos[Int(term)].point = points
        infos[Int(term)].position = Int32(distinct.count)
        distinct.append(Distinct(term: term, span: span, inFocus: inFocus))
    }

    /// Sorts the point's distinct terms by their names (`String`'s `<`),
    /// equal names in text order, into `order`.
    ///
    /// The order keys are made here, one array grown once, rather than
    /// appended at each term's first occurrence (callgrind, 1,000
    /// documents: `occur` 28.0 → 21.0 M, against about 8 M here).
    mutating func sortPoint() {
        order.removeAll()
        let count = distinct.count
        positionMask = count <= 0x100 ? 0xFF : count <= 0x1_0000 ? 0xFFFF : 0xFFFF_FFFF
        var isASCII = true
        for k in 0..<count {
            let term = Int(distinct[k].term)
            if !infos[term].isASCII { isASCII = false }
            order.append(infos[term].head & ~positionMask | UInt64(k))
        }
        pointIsASCII = isASCII
        sortByName(order.elements, distinct: UnsafeBufferPointer(distinct.elements))
    }

    /// Sorts `keys` (`order`) by their terms' names, equal names in text
    /// order: by insertion, through a buffer, for the dozen or two terms of
    /// most points. Where the point's names are ASCII, by the keys as
    /// numbers, then each run of keys whose names' first bytes are the same
    /// (all but the position's) by the pool; otherwise by the names'
    /// strings.
    ///
    /// In a point with a name outside ASCII, names order by their strings,
    /// each made once for the sort rather than two at each comparison
    /// (callgrind, 1,000 documents: `precedes` 11.7 → 0.8 M, `sortByName`
    /// 27.5 → 25.2 M).
    private func sortByName(_ keys: UnsafeMutableBufferPointer<UInt64>, distinct: UnsafeBufferPointer<Distinct>) {
        let positionMask = self.positionMask
        guard self.pointIsASCII else {
            let names = distinct.map { self.name($0.term) }
            let precedes = { (a: UInt64, b: UInt64) -> Bool in
                let (first, second) = (Int(a & positionMask), Int(b & positionMask))
                return names[first] < names[second] || (first < second && names[first] == names[second])
            }
            if keys.count <= 48 { Self.insertionSort(keys, by: precedes) } else { var keys = keys; keys.sort(by: precedes) }
            return
        }
        guard keys.count > 1 else { return }
        if keys.count <= 48 { Self.insertionSort(keys, by: <) } else { var keys = keys; keys.sort() }
        // keys equal but for their positions: names that share their first
        // bytes, in text order so far. Few keys follow one of the same
        // first bytes (9.5 K of 208 K), so a plain pass looks for one
        // first (callgrind, 1,000 documents: `sortByName` 15.6 → 14.9 M).
        let prefixMask = ~positionMask
        guard let first = (1..<keys.count).first(where: { (keys[$0] ^ keys[$0 - 1]) & prefixMask == 0 }) else { return }
        var start = first - 1
        for end in first...keys.count where end == keys.count || keys[end] & prefixMask != keys[start] & prefixMask {
            if end - start > 1 {
                Self.insertionSort(UnsafeMutableBufferPointer(rebasing: keys[start..<end])) { a, b in
                    let (first, second) = (Int(a & positionMask), Int(b & positionMask))
                    return self.precedes(distinct[first].term, distinct[second].term, tie: first < second)
                }
            }
            start = end
        }
    }

    /// Sorts `keys` by insertion by `precedes`, equal keys in their order.
    @inline(__always)
    private static func insertionSort<Key>(_ keys: UnsafeMutableBufferPointer<Key>, by precedes: (Key, Key) -> Bool) {
        for i in keys.indices.dropFirst() {
            let key = keys[i]
            var j = i
            while j > 0 && precedes(key, keys[j - 1]) {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
        }
    }

    /// Clears the cue flags of the first `count` tokens.
    mutating func clearCueFlags(count: Int) {
        if cueFlags.count < count { cueFlags = Array(repeating: false, count: max(count, 2 * cueFlags.count)) }
        cueFlags.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: false) }
    }

    /// Flags token `k` as lying in a cue.
    @inline(__always)
    mutating func flagCue(_ k: Int) { cueFlags[k] = true }

    /// Whether token `k` lies in a cue.
    @inline(__always)
    func isCue(_ k: Int) -> Bool { cueFlags[k] }

    // MARK: Order

    /// Whether the name numbered `a` sorts before that numbered `b` by
    /// `String`'s `<`, or, when they are equal as strings (which two
    /// numbers' names are only outside ASCII), whether `tie` says so.
    ///
    /// Two ASCII names are compared by their first sixteen bytes as two
    /// numbers where those differ (`String`'s order for ASCII); others by
    /// their strings.
    func precedes(_ a: Int32, _ b: Int32, tie: Bool) -> Bool {
        let (x, y) = (infos[Int(a)], infos[Int(b)])
        guard x.isASCII && y.isASCII else {
            let (first, second) = (name(a), name(b))
            return first < second || (tie && first == second)
        }
        if x.head != y.head { return x.head < y.head }
        if x.tail != y.tail { return x.tail < y.tail }
        // ASCII names: `String`'s order is their bytes' order
        return withBytes(of: Int(a)) { first in
            withBytes(of: Int(b)) { second in
                let common = min(first.count, second.count)
                for k in 0..<common where first[k] != second[k] { return first[k] < second[k] }
                return first.count < second.count || (tie && first.count == second.count)
            }
        }
    }

    /// Whether the names numbered `a` and `b` are equal as strings: the same
    /// name, or two spellings of it that differ in bytes but are canonically
    /// equivalent (which a name outside ASCII may be).
    @inline(__always)
    func isSameName(_ a: Int32, _ b: Int32) -> Bool {
        a == b || (!(infos[Int(a)].isASCII && infos[Int(b)].isASCII) && name(a) == name(b))
    }

    // MARK: Key phrases

    /// The number of the key phrase of the terms numbered `first` and
    /// `second`, their names joined by a space ("cold war"), whose `String`
    /// is made only the first time the document joins them.
    mutating func phrase(_ first: Int32, _ second: Int32) -> Int32 {
        let key = UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
        let mask = phrases.count - 1
        var slot = Self.phraseSlot(of: key, mask: mask)
        while phrases[slot].document == document {
            if phrases[slot].key == key { return phrases[slot].term }
            slot = (slot + 1) & mask
        }
        let term = keyPhraseNumber(Int(first), Int(second))
        phrases[slot] = PhraseSlot(key: key, term: term, document: document)
        phraseCount += 1
        if phraseCount * 2 > phrases.count { growPhrases() }
        return term
    }

    /// The number of names `first` and `second` joined by a space, looked
    /// up on its words joined in a stack buffer as `NameList` keeps them
    /// (zeros after the end): the two names' words copied whole and the
    /// joined name compared and appended a word at a time, not a byte at a
    /// time (callgrind, 1,000 documents: 26.8 → 24.2 M).
    ///
    /// The words are stored one by one rather than by two `memcpy` calls
    /// for their two or three words, in a buffer of a fixed size for a
    /// name of up to 56 bytes (a size known to the compiler needs no check
    /// of the stack), and a new name of two ASCII names is added without
    /// asking its bytes whether they are ASCII or an entity's (which its
    /// first name says) (callgrind, 1,000 documents: 426 → 409
    /// instructions a new key phrase, `keyPhraseNumber` 19.5 → 18.8 M).
    ///
    /// A key phrase of two ASCII names of at most sixteen bytes, most of
    /// them, is joined in two numbers instead and numbered as a word's stem
    /// is (`number(ofASCIIWords:_:count:hash:)`) (callgrind, 1,000
    /// documents: `keyPhraseNumber` 18.8 → 16.2 M, 410 → 354 a phrase).
    private mutating func keyPhraseNumber(_ first: Int, _ second: Int) -> Int32 {
        let (firstCount, secondCount) = (Int(entries[first].count), Int(entries[second].count))
        let count = firstCount + 1 + secondCount
        if count <= 16 && infos[first].isASCII && infos[second].isASCII {
            let (a, b) = (packedBytes(of: first), packedBytes(of: second))
            let joined = a | UInt128(UInt8(ascii: " ")) << (8 * firstCount) | b << (8 * (firstCount + 1))
            // the hash of the first name, continued
            var hash = WordHash.adding(UInt8(ascii: " "), to: infos[first].hash)
            var rest = b
            for _ in 0..<secondCount {
                hash = WordHash.adding(UInt8(truncatingIfNeeded: rest), to: hash)
                rest >>= 8
            }
            return number(
                ofASCIIWords: UInt64(truncatingIfNeeded: joined).littleEndian, UInt64(truncatingIfNeeded: joined >> 64).littleEndian,
                count: count, hash: hash)
        }
        // one word more: each name is copied with the zeros of its last word
        let wordCount = (count + 7) / 8
        guard wordCount < 8 else {
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: wordCount + 1) { keyPhraseNumber(first, second, in: $0) }
        }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 8) { keyPhraseNumber(first, second, in: $0) }
    }

    /// The bytes of name `k`, of at most sixteen, as one number whose k-th
    /// lowest byte is the name's k-th (zero for the empty name, which has
    /// no words).
    @inline(__always)
    private func packedBytes(of k: Int) -> UInt128 {
        let range = wordRange(of: k)
        guard !range.isEmpty else { return 0 }
        let low = UInt128(UInt64(littleEndian: words[range.lowerBound]))
        return range.count > 1 ? low | UInt128(UInt64(littleEndian: words[range.lowerBound + 1])) << 64 : low
    }

    /// `keyPhraseNumber(_:_:)` with the joined name made in `buffer`, of
    /// at least a word more than the name's.
    @inline(__always)
    private mutating func keyPhraseNumber(_ first: Int, _ second: Int, in buffer: UnsafeMutableBufferPointer<UInt64>) -> Int32 {
        let (firstCount, secondCount) = (Int(entries[first].count), Int(entries[second].count))
        let count = firstCount + 1 + secondCount
        let wordCount = (count + 7) / 8
        buffer[wordCount - 1] = 0
        buffer[wordCount] = 0
        let target = UnsafeMutableRawPointer(buffer.baseAddress!)
        let names = UnsafePointer(self.words.elements.baseAddress!)
        let (firstWords, secondWords) = (wordRange(of: first), wordRange(of: second))
        for k in firstWords.indices { target.storeBytes(of: names[k], toByteOffset: 8 * (k - firstWords.lowerBound), as: UInt64.self) }
        target.storeBytes(of: UInt8(ascii: " "), toByteOffset: firstCount, as: UInt8.self)
        for k in secondWords.indices {
            target.storeBytes(of: names[k], toByteOffset: firstCount + 1 + 8 * (k - secondWords.lowerBound), as: UInt64.self)
        }
        // the hash of the first name, continued
        var hash = WordHash.adding(UInt8(ascii: " "), to: infos[first].hash)
        for byte in UnsafeRawBufferPointer(start: target + firstCount + 1, count: secondCount) {
            hash = WordHash.adding(byte, to: hash)
        }
        let words = UnsafeBufferPointer(rebasing: buffer[..<wordCount])
        guard infos[first].isASCII && infos[second].isASCII else { return number(ofWords: words, count: count, hash: hash) }
        let folded = NameList.folded(hash)
        let (number, slot) = find(words, count: count, folded: folded)
        if number >= 0 { return number }
        for word in words { self.words.append(word) }
        infos.append(
            Name(
                head: UInt64(bigEndian: words[0]), tail: wordCount > 1 ? UInt64(bigEndian: words[1]) : 0, hash: hash, isASCII: true,
                namesEntity: infos[first].namesEntity))
        return insert(at: slot, folded: folded, count: count)
    }

    /// The first slot to look in for the phrase `key` (Fibonacci hashing).
    @inline(__always)
    private static func phraseSlot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Doubles the table of key phrases.
    private mutating func growPhrases() {
        var grown = UniqueBuffer(repeating: PhraseSlot(), count: phrases.count * 2)
        let mask = grown.count - 1
        for entry in phrases.elements where entry.document == document {
            var slot = Self.phraseSlot(of: entry.key, mask: mask)
            while grown[slot].document == document { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        phrases = grown
    }
}
