import Testing
@testable import StandpointModel

/// The search that skips ahead by the query's length must find exactly what
/// reading every byte finds.
@Suite struct CorpusSearchTests {
    /// One document whose sentences are the given strings, separated by a space.
    static func corpus(_ sentences: [String]) -> Corpus {
        var text = ""
        var ranges: [Sentence] = []
        for sentence in sentences {
            if !text.isEmpty { text += " " }
            let start = text.utf8.count
            text += sentence
            ranges.append(Sentence(index: ranges.count, range: ByteRange(start: start, end: text.utf8.count)))
        }
        return Corpus(root: "test", documents: [Document(id: "d", path: "d.txt", title: "D", text: text, sentences: ranges)])
    }

    /// The first match of each sentence, found by trying every byte offset.
    static func plainScan(_ query: String, in corpus: Corpus) -> [SearchHit] {
        let needle = Array(query.lowercased().utf8)
        var hits: [SearchHit] = []
        for document in corpus.documents {
            let bytes = Array(document.text.lowercased().utf8)
            for sentence in document.sentences {
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
}
