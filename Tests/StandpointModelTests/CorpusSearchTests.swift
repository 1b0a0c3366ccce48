import Testing
@testable import StandpointModel

/// The search, which reads eight bytes a word and documents in runs on all
/// cores, must find exactly what reading every byte one document after
/// another finds.
@Suite struct CorpusSearchTests {
    /// One document whose sentences are the given strings, separated by a space.
    static func corpus(_ sentences: [String]) -> Corpus {
        corpus(documents: [sentences])
    }

    /// Documents "d0", "d1", … whose sentences are the given strings,
    /// separated by a space.
    static func corpus(documents: [[String]]) -> Corpus {
        Corpus(root: "test", documents: documents.enumerated().map { index, sentences in
            var text = ""
            var ranges: [Sentence] = []
            for sentence in sentences {
                if !text.isEmpty { text += " " }
                let start = text.utf8.count
                text += sentence
                ranges.append(Sentence(index: ranges.count, range: ByteRange(start: start, end: text.utf8.count)))
            }
            return Document(id: "d\(index)", path: "d\(index).txt", title: "D\(index)", text: text, sentences: ranges)
        })
    }

    /// The first match of each sentence, up to `limit`, found by trying every
    /// byte offset of the text with A–Z folded to a–z.
    static func plainScan(_ query: String, in corpus: Corpus, limit: Int = .max) -> [SearchHit] {
        func folded(_ text: String) -> [UInt8] {
            text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        }
        let needle = folded(query)
        var hits: [SearchHit] = []
        for document in corpus.documents {
            let bytes = folded(document.text)
            for sentence in document.sentences where hits.count < limit {
                var i = sentence.range.start
                while i + needle.count <= bytes.count, i < sentence.range.end {
                    if Array(bytes[i..<i + needle.count]) == needle {
                        hits.append(SearchHit(document: document.id, sentence: sentence.index, match: ByteRange(start: i, end: i + needle.count)))
                        break
                    }
                    i += 1
                }
            }
        }
        return hits
    }

    static let sentences = [
        "NATO and nato and NaTo.", "The Cold War mentality must go.", "abababab abbab aab.",
        "Security, SECURITY, security!", "北京表示 NATO 应放弃冷战思维。", "cold-war thinking; War, cold.",
        "End with the word nato",
    ]

    @Test(arguments: ["nato", "NATO", "cold war", "ab", "abab", "aab", "bab", "security!", "应放弃", "nato应", "o", ".", "g nato", "war, cold.", "zzz"])
    func findsWhatAPlainScanFinds(query: String) {
        let corpus = Self.corpus(Self.sentences)
        #expect(corpus.search(query) == Self.plainScan(query, in: corpus))
    }

    @Test func aMatchThatRunsPastItsSentenceCountsWhereItStarts() {
        let corpus = Self.corpus(["Ask for talks.", "Talks now."])
        let hits = corpus.search("talks. talks")
        #expect(hits.map(\.sentence) == [0])
        #expect(corpus.documents[0].text(in: hits[0].match) == "talks. Talks")
    }

    @Test func stopsAtTheLimit() {
        let corpus = Self.corpus(Array(repeating: "NATO said no.", count: 50))
        #expect(corpus.search("nato", limit: 7).map(\.sentence) == Array(0..<7))
    }

    @Test(arguments: ["n", "na", "c", "cold", "ab", "a", "sec", "北"])
    func refiningTheHitsOfAShorterQueryFindsWhatAFullSearchFinds(prefix: String) {
        let corpus = Self.corpus(Self.sentences)
        let earlier = corpus.search(prefix)
        for ending in ["", "a", "ato", "TO and", "d war", "b", "bab", "urity", "京表示", "zz"] {
            let query = prefix + ending
            #expect(corpus.search(query, refining: earlier) == corpus.search(query), "\(query)")
        }
        #expect(corpus.search(prefix + "a", refining: earlier, limit: 1) == Array(corpus.search(prefix + "a").prefix(1)))
    }

    /// Documents of several sizes (one empty, one shorter than most queries)
    /// with matches at their starts and ends, in both cases, outside ASCII,
    /// and next to the bytes just outside A–Z and a–z ('@', '[', '`', '{').
    static let documents: [[String]] = [
        sentences,
        ["nato"],
        [],
        ["A b.", "The NATO summit; the Nato line.", "Cold war? COLD WAR!", "é É ÉCOLE école"],
        ["@A [z `a {Z", "a@ z[ a` Z{", "Ab ab AB aB"],
        Array(repeating: "The security of each is the security of all, said NATO.", count: 30),
        ["Restraint and dialogue.", "No sanctions without dialogue; dialogue without end", "北京表示", "the end the"],
        (0..<20).map { "Sentence \($0) says the Cold War mentality must go, and nato too." },
        ["x"],
        ["Security"],
    ]

    static let queries = [
        "a", "N", "o", ".", "x", "é", "É", "`", "@", "[", "{", "a@", "z[", "the", "The", "nato", "NaTo", "CoLd WaR",
        "security", "security of all", "mentality", "restraint", "dialogue; dialogue", "abbab", "应放弃", "北京",
        "the end the", "too.", "says the cold war mentality must go", "zzz", "no-such-phrase-anywhere",
    ]

    /// Searching in runs on all cores finds exactly what the plain scan finds,
    /// with every limit, whether the corpus is cut into many runs (a few
    /// bytes each) or read on its own (the megabyte of the public search).
    @Test(arguments: [1, 7, 1_000, Int.max])
    func searchingInRunsFindsWhatAPlainScanFinds(limit: Int) {
        let corpus = Self.corpus(documents: Self.documents)
        for query in Self.queries {
            let expected = Self.plainScan(query, in: corpus, limit: limit)
            #expect(corpus.search(query, limit: limit) == expected, "\(query)")
            for (serialBytes, runBytes) in [(0, 1), (0, 100), (50, 1), (200, 300)] {
                let hits = corpus.search(query, limit: limit, serialBytes: serialBytes, runBytes: runBytes)
                #expect(hits == expected, "\(query) \(serialBytes) \(runBytes)")
            }
        }
    }

    @Test(arguments: [1, 7, 1_000, Int.max])
    func refiningInSeveralDocumentsFindsWhatAPlainScanFinds(limit: Int) {
        let corpus = Self.corpus(documents: Self.documents)
        for prefix in ["n", "t", "s", "c", "a", "é", "北"] {
            let earlier = corpus.search(prefix)
            for ending in ["", "a", "ato", "he", "he security", "ecurity", "old war", "ÉCOLE", "京表示", "zz"] {
                let query = prefix + ending
                let expected = Self.plainScan(query, in: corpus, limit: limit)
                #expect(corpus.search(query, refining: earlier, limit: limit) == expected, "\(query)")
            }
        }
    }
}
