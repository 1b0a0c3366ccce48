import Testing
@testable import StandpointAnalysis

/// A document's term store keeps each point's terms in name order, and
/// the caches it keeps across points change no point's terms.
@Suite struct DocumentTermsTests {
    /// The pool's order is `String`'s order, equal names in the order the
    /// tie says: names that share sixteen bytes, prefixes of one another,
    /// names that are not ASCII, and two spellings of "café".
    @Test func poolOrderIsStringOrder() {
        let names = [
            "sanction", "@China", "sanctions regime", "sanctions", "sanction", "cold war", "cold", "économie",
            "economy", "Éire", "@European Union", "@European Council", "zeal", "a", "ab", "", "café", "cafe", "ça",
            "international", "internationalism", "internationalizations", "internationalization", "cafe\u{301}",
            "sanction",
        ]
        var pool = TermPool()
        let numbers = names.map { pool.number(of: $0) }
        let expected = names.indices.sorted { (names[$0], $0) < (names[$1], $1) }
        #expect(names.indices.sorted { pool.precedes(numbers[$0], numbers[$1], tie: $0 < $1) } == expected)
        #expect(pool.count == Set(names.map { Array($0.utf8) }).count)
        #expect(pool.isSameName(numbers[16], numbers[23]) && !pool.isSameName(numbers[16], numbers[17]))
        for (name, number) in zip(names, numbers) {
            #expect(Array(name.utf8).withUnsafeBufferPointer { pool.number(ofBytes: $0) } == number)
            #expect(pool.name(number) == name)
        }
    }

    /// Each point of a store made point by point has the terms, claim terms
    /// and surfaces of a store of that point alone, though words, entities
    /// and key phrases recur from point to point.
    @Test func pointsOfOneStoreAreAsAlone() {
        let texts: [Substring] = [
            "China strongly condemned the sanctions on Beijing's trade.",
            "The sanctions regime hurts trade and the Cold War mindset persists, Beijing said.",
            "Sanctions were strongly condemned by China, which warned that trade talks would stall.",
            "Internationalization of sanctions regimes: the EU urged negotiations on a ceasefire.",
            "Café owners said the cafe\u{301} sanctions hurt trade; sanction relief is urgent.",
        ]
        let lexicon = Lexicon.shared
        var builder = DocumentTerms.Builder()
        builder.add(texts: texts, lexicon: lexicon)
        let store = builder.finish()
        #expect(store.pointCount == texts.count)
        for (k, text) in texts.enumerated() {
            let together = store.terms(ofPoint: k)
            let alone = PointTerms(text, lexicon: lexicon)
            #expect(together.names == alone.names, "point \(k)")
            #expect(together.focusTerms == alone.focusTerms, "point \(k)")
            #expect(together.names.map { together.surface(of: $0) } == alone.names.map { alone.surface(of: $0) }, "point \(k)")
        }
        #expect(Set(store.names).count == store.names.count)
    }
}

/// Names kept as bytes (`NameList`, `NameTable`, the pool's and the
/// linker's numbering of them) against the `String`s they stand for.
@Suite struct NameBytesTests {
    static let names = [
        "", "a", "@", "@China", "@é", "@\u{301}x", "cold war", "sanctions", "internationalization", "internationalizations",
        "economy", "économie", "café", "cafe\u{301}", "exactly8", "exactly16bytes!!", "seventeen bytes!!", "ça",
    ]

    /// A name's order key read from its words is its first sixteen bytes,
    /// and its entity flag is `PointTerms.namesEntity`.
    @Test func orderKeysAndEntityFlagsAreTheStringsOnes() {
        var pool = TermPool()
        for name in Self.names {
            let number = pool.number(of: name)
            let bytes = Array(name.utf8)
            var (head, tail): (UInt64, UInt64) = (0, 0)
            for (k, byte) in bytes.prefix(16).enumerated() {
                if k < 8 { head |= UInt64(byte) << UInt64(56 - 8 * k) } else { tail |= UInt64(byte) << UInt64(120 - 8 * k) }
            }
            let key = pool.list.orderKey(of: Int(number))
            #expect(key.head == head && key.tail == tail && key.isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(name)")
            #expect(pool.namesEntity(number) == PointTerms.namesEntity(name), "\(name)")
            #expect(pool.name(number) == name)
        }
    }

    /// A key phrase found by its numbers (its hash continued from its first
    /// word's) is the name of the two joined by a space.
    @Test func keyPhrasesAreTheirJoinedNames() {
        var pool = TermPool()
        let numbers = Self.names.map { pool.number(of: $0) }
        for (i, first) in Self.names.enumerated() {
            for (j, second) in Self.names.enumerated() {
                #expect(pool.phrase(numbers[i], numbers[j]) == pool.number(of: first + " " + second))
            }
        }
    }

    /// Names found in another list by their words are the names found by their bytes.
    @Test func tablesFindNamesOfOtherListsByTheirWords() {
        var byBytes = NameTable()
        var byWords = NameTable()
        var list = NameList()
        for name in Self.names + Self.names.reversed() {
            let utf8 = Array(name.utf8)
            utf8.withUnsafeBufferPointer { list.append($0, hash: WordHash.of($0)) }
            let expected = utf8.withUnsafeBufferPointer { byBytes.number(ofBytes: $0, hash: WordHash.of($0)) }
            #expect(byWords.number(ofName: list.count - 1, in: list) == expected, "\(name)")
            #expect(byWords.list.string(of: Int(expected)) == name)
        }
        #expect(byBytes.count == Set(Self.names.map { Array($0.utf8) }).count)
    }

    /// ASCII names of one to sixteen bytes numbered by their two words are
    /// the names numbered by their bytes, with the same order keys and flags.
    @Test func namesNumberedByWordsAreTheNamesByBytes() {
        let names = Self.names.filter { (1...16).contains($0.utf8.count) && $0.utf8.allSatisfy { $0 < 0x80 } }
        var byBytes = TermPool()
        var byWords = TermPool()
        for name in names + names.reversed() {
            var utf8 = Array(name.utf8)
            let count = utf8.count
            let expected = utf8.withUnsafeBufferPointer { byBytes.number(ofBytes: $0) }
            utf8 += Array(repeating: UInt8(ascii: "x"), count: 16)
            let (first, second) = utf8.withUnsafeBytes { NameList.words(at: $0.baseAddress!, count: count) }
            let number = byWords.number(ofASCIIWords: first, second, count: count, hash: WordHash.of(utf8.prefix(count)))
            #expect(number == expected, "\(name)")
            #expect(byWords.name(number) == name)
            let (key, wordsKey) = (byBytes.list.orderKey(of: Int(expected)), byWords.list.orderKey(of: Int(number)))
            #expect(key.head == wordsKey.head && key.tail == wordsKey.tail && wordsKey.isASCII, "\(name)")
            #expect(byBytes.namesEntity(expected) == byWords.namesEntity(number), "\(name)")
            #expect(byBytes.infos[Int(expected)].head == byWords.infos[Int(number)].head)
            #expect(byBytes.infos[Int(expected)].tail == byWords.infos[Int(number)].tail)
        }
    }

    /// A synonym group's name is found by its precomputed hash and words as
    /// by its `String`.
    @Test func synonymGroupsAreFoundAsTheirNames() {
        var byName = TermPool()
        var byGroup = TermPool()
        for name in Self.names + ["mental", "secur"] {
            #expect(byGroup.number(of: SynonymGroup(name)) == byName.number(of: name), "\(name)")
        }
        #expect(SynonymGroup("économie").words == nil && SynonymGroup("seventeen bytes!!").words == nil)
        #expect(SynonymGroup("").words == nil)
    }

    /// The stores the index names by the corpus's names give each point the
    /// terms, claim terms and surfaces they gave before.
    @Test func namedStoresKeepTheirPointsTerms() {
        let texts: [Substring] = [
            "China strongly condemned the sanctions on Beijing's trade.",
            "Café owners said the cafe\u{301} sanctions hurt trade; sanction relief is urgent.",
            "The Cold War mentality of the alliance threatens regional security, Russia said.",
        ]
        let lexicon = Lexicon.shared
        let stores = texts.map { DocumentTerms($0, lexicon: lexicon) }
        let index = ClaimLinker.Index(stores: stores)
        for (p, store) in stores.enumerated() {
            let (before, after) = (store.terms(ofPoint: 0), index.terms(of: p))
            #expect(after.names == before.names, "point \(p)")
            #expect(after.focusTerms == before.focusTerms, "point \(p)")
            #expect(after.names.map { after.surface(of: $0) } == before.names.map { before.surface(of: $0) }, "point \(p)")
        }
    }
}

/// Spans packed into 4 bytes read back as they were given, and spans whose
/// parts do not fit are kept whole, appended one by one or a point's at once.
@Suite struct PackedSpansTests {
    @Test func spansReadBackAsGiven() {
        let spans = [
            PointTerms.Span(0..<0), PointTerms.Span(3..<9), PointTerms.Span(0..<4, then: 5..<8),
            PointTerms.Span(12..<20, then: 20..<21), PointTerms.Span((1 << 28) - 1..<(1 << 28) + 4094),
            PointTerms.Span(1 << 28..<(1 << 28) + 1), PointTerms.Span(7..<(7 + 4096)),
            PointTerms.Span(0..<4, then: 258..<260), PointTerms.Span(0..<4, then: 259..<260),
            PointTerms.Span(0..<4, then: 4..<(4 + 4096)), PointTerms.Span(100..<104, then: 110..<(110 + 4095)),
            PointTerms.Span(4095..<(4095 + 127)), PointTerms.Span(4096..<4097), PointTerms.Span(0..<128),
            PointTerms.Span(4095..<(4095 + 127), then: (4095 + 127 + 15)..<(4095 + 127 + 15 + 127)),
            PointTerms.Span(10..<12, then: 28..<30), PointTerms.Span(10..<12, then: 13..<(13 + 128)),
            PointTerms.Span(10..<12, then: 12..<12),
        ]
        var packed = PackedSpans()
        for span in spans { packed.append(span) }
        var atOnce = PackedSpans(capacity: 2)
        atOnce.append(count: spans.count) { spans[$0] }
        let fitted = packed.fitted()
        #expect(fitted.count == spans.count && atOnce.count == spans.count)
        for (k, span) in spans.enumerated() {
            for read in [packed[k], fitted[k], atOnce[k]] {
                #expect(
                    [read.start, read.end, read.secondStart, read.secondEnd]
                        == [span.start, span.end, span.secondStart, span.secondEnd], "span \(k)")
            }
        }
    }
}
