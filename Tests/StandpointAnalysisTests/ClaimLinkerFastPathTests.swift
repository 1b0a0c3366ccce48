import Foundation
import Testing
@testable import StandpointAnalysis

/// The linker's fast paths against the plain versions they stand for.
@Suite struct ClaimLinkerFastPathTests {
    @Test func twoWordsAreTheTwoPartsOfASplit() {
        for term in ["cold war", "war", "weapon control regime", "a b", "arms race", "@china policy", "über alles"] {
            let parts = term.split(separator: " ")
            let expected = parts.count == 2 ? (parts[0], parts[1]) : nil
            let found = ClaimLabel.twoWords(term)
            #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(term)")
        }
    }

    @Test func openingIsTrimmedAsFoundationTrimsIt() {
        let set = CharacterSet.punctuationCharacters.union(.whitespaces)
        let texts = [
            "From Beijing’s perspective, the recent US plans for new bases raise tensions.",
            "\"Dialogue\", the minister said again and again, \"is the only way forward for all\".",
            "Sanctions must end.",
            "A sentence that is exactly long enough to be cut here, and then it goes on.",
            "(Unilateral) measures — such as export controls — undermine the rules-based order.",
        ]
        for text in texts {
            let limit = 48
            var expected = text
            if text.count > limit {
                let head = text.prefix(limit)
                let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
                expected = cut.trimmingCharacters(in: set) + "…"
            }
            #expect(ClaimLabel.opening(of: text, limit: limit) == expected)
        }
    }

    @Test func scoresAgainstASpreadVectorAreTheMergedScores() {
        let texts = [
            "China urged NATO to abandon its Cold War mentality and to respect sovereignty.",
            "Russia said the Cold War mentality of the alliance threatens regional security.",
            "The ministry called for dialogue and negotiation to resolve disputes peacefully.",
            "Beijing warned that sanctions and the Cold War mentality undermine dialogue.",
        ]
        let index = ClaimLinker.Index(texts: texts)
        var spread = Array(repeating: 0.0, count: index.termNames.count)
        index.withVectorBuffers { vectors in
            spread.withUnsafeMutableBufferPointer { spread in
                for a in texts.indices {
                    vectors.spread(a, into: spread)
                    for b in texts.indices {
                        #expect(vectors.score(b, spread: spread) == index.score(a, b))
                        #expect(index.score(a, b) == index.score(b, a))
                    }
                    vectors.clear(a, from: spread)
                    #expect(spread.allSatisfy { $0 == 0 })
                }
            }
        }
    }
}

extension ClaimLinkerFastPathTests {
    @Test func sharedTermsByRankAreSortedByName() {
        let texts = [
            "China urged NATO to abandon its Cold War mentality and to respect sovereignty and dialogue.",
            "Russia said the Cold War mentality of NATO threatens sovereignty, and called for dialogue.",
        ]
        let index = ClaimLinker.Index(texts: texts)
        let shared = index.sharedTerms(0, 1, nameRanks: index.nameRanks())
        #expect(shared.count >= 2)
        #expect(shared == shared.sorted())
    }
}

extension ClaimLinkerFastPathTests {
    /// The label of a claim gathered by a term key, as found before
    /// `ClaimLabel.Words`: from each member's claim terms by name, each
    /// phrase split into its words.
    static func plainLabel(key: String, members: [Int], index: ClaimLinker.Index) -> String {
        let lexicon = Lexicon.shared
        var phrase = members.lazy.compactMap { index.terms(of: $0).surface(of: key) }.first ?? key
        var counts: [String: Int] = [:]
        if !key.isKeyPhrase {
            for p in members {
                for term in index.terms(of: p).focusTerms where term.isKeyPhrase && term.split(separator: " ").contains(Substring(key)) {
                    counts[term, default: 0] += 1
                }
            }
            if let (best, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 >= members.count, count >= 2,
                let surface = members.lazy.compactMap({ index.terms(of: $0).surface(of: best) }).first
            {
                phrase = surface
            }
        } else if let last = key.split(separator: " ").last {
            for p in members {
                for term in index.terms(of: p).focusTerms {
                    let words = term.split(separator: " ")
                    if words.count == 2, words[0] == last, let name = lexicon.synonymNames[String(words[1])] {
                        counts[name, default: 0] += 1
                    }
                }
            }
            if let (name, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 3 >= members.count, count >= 2 {
                phrase += " " + name
            }
        }
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    @Test func labelsFromTermWordsAreThePlainLabels() {
        let texts = [
            "China urged NATO to abandon its Cold War mentality and to respect sovereignty.",
            "Russia said the Cold War mindset of the alliance threatens regional security.",
            "Beijing rejects the Cold War mentality and military coalitions in the region.",
            "Military coalitions and military blocs undermine dialogue and negotiation.",
            "The ministry called for dialogue and negotiation to resolve disputes peacefully.",
            "Sanctions on energy exports hurt ordinary people, not the government.",
            "Energy sanctions must end, the minister said, and dialogue must resume.",
        ]
        let lexicon = Lexicon.shared
        let index = ClaimLinker.Index(texts: texts)
        let words = ClaimLabel.Words(termNames: index.termNames, lexicon: lexicon)
        let memberLists = [Array(texts.indices), [0, 1, 2], [2, 3], [4, 5, 6], [0, 2]]
        var phraseKeys = 0
        for key in index.termNames where !key.hasPrefix("@") {
            if key.isKeyPhrase { phraseKeys += 1 }
            for members in memberLists {
                let label = ClaimLabel.make(key: key, members: members, index: index, words: words, points: [])
                #expect(label == Self.plainLabel(key: key, members: members, index: index), "\(key) \(members)")
            }
        }
        #expect(phraseKeys > 0)
    }
}

extension ClaimLinkerFastPathTests {
    static let linkedTexts = [
        "China urged NATO to abandon its Cold War mentality and to respect sovereignty and dialogue.",
        "Russia said the Cold War mentality of NATO threatens sovereignty, and called for dialogue.",
        "Beijing rejected the Cold War mentality and called for dialogue with Washington on arms control.",
    ]

    /// A surface read at its position is the surface searched for by name,
    /// and the claim terms' positions (as `ThemeTable.matches` finds them)
    /// name the claim terms in order.
    @Test func surfacesAtPositionsAreTheSurfacesByName() {
        for text in Self.linkedTexts {
            let terms = PointTerms(Substring(text), lexicon: .shared)
            #expect(terms.count > 3)
            for position in 0..<terms.count {
                #expect(terms.surface(at: position) == terms.surface(of: terms.name(at: position)), "\(position)")
            }
            let positions = (0..<terms.count).filter { terms.isFocus(at: $0) }
            #expect(positions.map { terms.name(at: $0) } == terms.focusTerms)
        }
    }

    /// Shared terms read at their positions in the first point are the
    /// shared terms' names' surfaces in that point, else in the second, in
    /// name order, as found by name before.
    @Test func readableSharedTermsAreTheSurfacesByName() {
        let lexicon = Lexicon.shared
        let index = ClaimLinker.Index(stores: Self.linkedTexts.map { DocumentTerms(Substring($0), lexicon: lexicon) })
        let nameRanks = index.nameRanks()
        for a in Self.linkedTexts.indices {
            for b in Self.linkedTexts.indices where b != a {
                let plain = index.sharedTerms(a, b, nameRanks: nameRanks).map { name in
                    index.terms(of: a).surface(of: name) ?? index.terms(of: b).surface(of: name) ?? name
                }
                #expect(plain.count >= 3)
                let fast = ClaimLinker.readableSharedTerms(a, b, index: index, nameRanks: nameRanks)
                #expect(fast == plain, "\(a) \(b)")
            }
        }
    }
}

extension ClaimLinkerFastPathTests {
    @Test func claimDocumentsAreEachDocumentOnceInOrder() {
        // points 0...7 in documents numbered in order of their first point;
        // document 0 has points apart (5 and 6)
        let documentOf: [Int32] = [0, 0, 1, 1, 2, 0, 0, 3]
        let ids = ["a", "b", "c", "d"]
        let lists = [[0], [0, 1], [0, 2, 4, 7], [1, 3, 5, 6, 7], [2, 5, 4, 0], [4, 5, 6, 3, 2], [7, 6, 5, 4, 3, 2, 1, 0]]
        for list in lists {
            var seen = Set<Int32>()
            let expected = list.filter { seen.insert(documentOf[$0]).inserted }.map { ids[Int(documentOf[$0])] }
            #expect(ClaimLinker.documentIDs(of: list, documentOf: documentOf, ids: ids) == expected, "\(list)")
        }
    }
}
