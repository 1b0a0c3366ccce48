import StandpointModel
import Testing
@testable import StandpointAnalysis

/// Which sentences become stance points, with their cue, target and explanation.
@Suite struct StanceExtractorTests {
    func pointTexts(_ text: String) -> [String] { analysed(text).points.map(\.text) }

    @Test func positionsAreKeptAndFactsDropped() {
        let text = """
            NATO Secretary General Jens Stoltenberg opened the meeting on Wednesday. \
            Ministers discussed deterrence, support for Ukraine and the summit. \
            Stoltenberg warned that Russia's aggression is a direct threat to Europe. \
            The Alliance has 32 members. Allies should not be intimidated by nuclear rhetoric, he added.
            """
        #expect(pointTexts(text) == [
            "Stoltenberg warned that Russia's aggression is a direct threat to Europe.",
            "Allies should not be intimidated by nuclear rhetoric, he added.",
        ])
    }

    @Test func questionsHeadingsAndGreetingsAreNotPoints() {
        let text = """
            China Urges Restraint in the South China Sea
            QUESTION: Does the United States support a ceasefire?
            MR MILLER: Good afternoon and welcome to the briefing. We do not support any ceasefire that rewards aggression.
            """
        #expect(pointTexts(text) == ["We do not support any ceasefire that rewards aggression."])
    }

    @Test func directSpeechOfANamedSpeakerIsAPoint() {
        let points = analysed("“NATO’s struggle for safety has killed so many people,” the analyst Ivan Petrov told the radio.").points
        #expect(points.count == 1)
        #expect(points.first?.cue == "quotation")
        #expect(points.first?.holder?.name == "Ivan Petrov")
    }

    @Test func everyPointKeepsItsCueTargetSpanAndRationale() throws {
        let text = "Intro line.\nThe Kremlin firmly rejects the deployment of missiles in Europe."
        let (document, points) = analysed(text)
        let point = try #require(points.first)
        #expect(point.cue == "rejects")
        #expect(point.target == "deployment of missiles")
        #expect(document.text(in: point.range) == point.text)
        #expect(point.rationale?.contains("oppose cue 'rejects'") == true)
        #expect(point.rationale?.contains("holder: subject of 'rejects'") == true)
        #expect(point.confidence > 0.8)
    }

    @Test func aTargetDoesNotEndInAnAuxiliary() throws {
        let text = "Intro line.\nThe envoy added that Moldova is a very good example of restraint."
        let point = try #require(analysed(text).points.first)
        #expect(point.target == "Moldova")
    }

    @Test func aNounUseOfAVerbCueIsNotACue() {
        #expect(pointTexts("The talks covered trade, support for farmers and the budget.").isEmpty)
        #expect(pointTexts("Germany will support the proposal.") == ["Germany will support the proposal."])
    }
}

/// Hostile text never crashes extraction and spans stay inside the text.
@Suite struct HostileTextTests {
    @Test func oddTextIsSegmentedAndExtractedWithoutCrashing() {
        let texts = [
            "", "\n\n\n", "\"\"\"“”««»»", "…………", String(repeating: "must ", count: 3_000),
            String(repeating: "é", count: 5_000), "\u{1B}[31mNATO must stop\u{0}.", "China's 's 's", "- — – - —",
            "U.S. U.N. E.U. No. 5. Mr. Dr. J. R.", "\u{00A0}\u{2009}\u{3000}China urged\u{00A0}NATO\u{2009}to\u{3000}pause.",
        ]
        for text in texts {
            let (document, points) = analysed(text)
            for sentence in document.sentences { #expect(sentence.range.end <= text.utf8.count) }
            for point in points { #expect(document.text(in: point.range) == point.text) }
        }
    }

    /// A role word compared with a token on its bytes names the same role
    /// as the token's lower-case text does (`ExtractionRun.sameRole`).
    @Test func sameRoleOfATokenAgreesWithItsText() {
        var text = "The Spokeswoman, the spokesman and a SPOKESPERSON met the minister\u{2019}s aide and the Minister."
        text.withUTF8 { bytes in
            let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
            for role in ["spokeswoman", "spokesman", "spokesperson", "minister", "aide", "the", "official", "'s"] {
                let roleIsSpokes = ExtractionRun.isSpokesRole(role)
                for token in tokens {
                    #expect(
                        ExtractionRun.sameRole(token, role, roleIsSpokes: roleIsSpokes) == ExtractionRun.sameRole(token.lower, role),
                        "\(token.lower) / \(role)")
                }
            }
        }
    }

    /// Each cue class's rule name is its raw value and " cue".
    @Test func ruleNamesAreTheClassAndCue() {
        for cueClass in Lexicon.CueClass.allCases { #expect(cueClass.ruleName == cueClass.rawValue + " cue") }
    }

    /// The mask copied for a sentence before any alternative is marked is
    /// all `false`, at any length.
    @Test func anUnmaskedSentenceIsAllFalse() {
        for count in [0, 1, 37, 511, 512, 513, 2_000] {
            #expect(Lexicon.unmasked(count: count) == [Bool](repeating: false, count: count))
        }
    }

    /// The pattern tests of optional mentions answer as comparisons would.
    @Test func optionalMentionTestsAgreeWithComparisons() {
        let mentions: [HolderMention?] = [
            nil, .firstPerson, .writer, .personPronoun, .groupPronoun, .jointParties, .definiteRole(surface: "minister"),
            .group(surface: "Analysts"), .named(entity: "China", person: nil, surface: "Beijing"),
        ]
        for mention in mentions {
            #expect(ExtractionRun.isNone(mention) == (mention == nil))
            #expect(ExtractionRun.isFirstPersonOrWriter(mention) == (mention == .firstPerson || mention == .writer))
        }
    }
}
