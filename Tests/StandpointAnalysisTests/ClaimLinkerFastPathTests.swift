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
        ]
        let lexicon = Lexicon.shared
        let index = ClaimLinker.Index(stores: texts.map { DocumentTerms(Substring($0), lexicon: lexicon) })
        var spread = Array(repeating: 0.0, count: index.termNames.count)
        for a in texts.indices {
            index.spread(a, into: &spread)
            for b in texts.indices {
                #expect(index.score(b, spread: spread) == index.score(a, b))
                #expect(index.score(a, b) == index.score(b, a))
            }
            index.clear(a, from: &spread)
        }
    }
}

extension ClaimLinkerFastPathTests {
    @Test func sharedTermsByRankAreSortedByName() {
        let texts = [
            "China urged NATO to abandon its Cold War mentality and to respect sovereignty and dialogue.",
            "Russia said the Cold War mentality of NATO threatens sovereignty, and called for dialogue.",
        ]
        let lexicon = Lexicon.shared
        let index = ClaimLinker.Index(stores: texts.map { DocumentTerms(Substring($0), lexicon: lexicon) })
        let shared = index.sharedTerms(0, 1, nameRanks: index.nameRanks())
        #expect(shared.count >= 2)
        #expect(shared == shared.sorted())
    }
}
