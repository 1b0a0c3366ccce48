import StandpointModel
import Testing
@testable import StandpointAnalysis

/// Who holds a position: each attribution rule on hand-made sentences in several voices.
@Suite struct HolderAttributionTests {
    /// (holder name, speaker) of every point of `text`.
    func holders(_ text: String) -> [String] {
        analysed(text).points.map { point in
            guard let holder = point.holder else { return "-" }
            return holder.speaker.map { "\(holder.name)/\($0)" } ?? holder.name
        }
    }

    @Test func subjectOfAReportingVerbWithAliasNormalisation() {
        #expect(holders("Beijing has urged NATO to pause its expansion.") == ["China/Beijing"])
        #expect(holders("The Kremlin rejected the proposal outright.") == ["Russia/Kremlin"])
        #expect(holders("Stoltenberg warned that Russia remains a threat.") == ["NATO/Stoltenberg"])
        #expect(holders("Blinken called for restraint on all sides.") == ["United States/Blinken"])
        #expect(holders("Washington insists that sanctions must stay.") == ["United States/Washington"])
    }

    @Test func appositionsKeepThePersonAndFindTheEntity() {
        #expect(holders("Zhang Jun, China's permanent representative, warned that bloc politics must end.") == ["China/Zhang Jun"])
        #expect(holders("Speaking in Brussels, Kaja Kallas, the EU's top diplomat, said Europe must rearm.") == ["European Union/Kaja Kallas"])
    }

    @Test func chunksThatOpenWithAPrepositionAreNotTheHolder() {
        #expect(holders("Like Russia, China has also been critical of NATO's expansion.") == ["China"])
        #expect(holders("In a meeting held in Geneva, Lavrov rejected the Western plan.") == ["Russia/Lavrov"])
    }

    @Test func quotationsBelongToTheSpeakerNamedAfterThem() {
        #expect(holders("\"We believe the alliance is a relic,\" spokeswoman Maria Zakharova said.") == ["Russia/Maria Zakharova"])
        #expect(holders("“NATO must stop. It has failed Europe,” said Hua Chunying.") == ["China/Hua Chunying", "China/Hua Chunying"])
    }

    @Test func aQuotationWithoutAttributionBelongsToTheLastSpeaker() {
        let text = """
            Analyst Peter Brown told the radio that the plan is dangerous.
            “The sanctions will only hurt ordinary people.”
            """
        #expect(holders(text) == ["Peter Brown", "Peter Brown"])
    }

    @Test func pronounsAndRolesAreCarriedOver() {
        let text = """
            Foreign Ministry spokeswoman Hua Chunying criticised the summit. She warned that blocs are dangerous. \
            The spokeswoman urged restraint. They should stop, Hua added.
            """
        #expect(holders(text) == [
            "China/Hua Chunying", "China/Hua Chunying", "China/Hua Chunying", "China/Hua Chunying",
        ])
        #expect(holders("The Secretary General Jens Stoltenberg opened the meeting. The Secretary General welcomed the decision.") == [
            "NATO/Jens Stoltenberg"
        ])
    }

    @Test func accordingToAndPerspectiveFramesNameTheHolder() {
        #expect(holders("According to the Kremlin, the sanctions are illegal.") == ["Russia/Kremlin"])
        #expect(holders("From Washington's perspective, the move is reckless.") == ["United States/Washington"])
    }

    @Test func unattributedNormativeStatementsTakeTheDocumentsVoice() {
        let text = """
            Russia firmly rejects the communiqué.

            The alliance must abandon its policy of containment.
            """
        #expect(holders(text) == ["Russia", "Russia"])
        #expect(holders("We urge all parties to return to talks. Moscow agrees that talks are needed.") == ["Russia", "Russia/Moscow"])
    }

    @Test func aBylineIsTheVoiceOfLastResort() {
        let text = """
            By Anna Keller, Senior Fellow

            Europe must spend more on its own defence.
            """
        #expect(holders(text) == ["Anna Keller"])
    }

    @Test func twoEntitiesJoinedByAndHoldTogether() {
        #expect(holders("The declaration signed by Putin and Xi Jinping called upon NATO to abandon its approach.") == [
            "Russia and China"
        ])
    }

    @Test func anUnknownNameIsKeptAsTheHolder() {
        #expect(holders("Volkswagen said the tariffs were the wrong approach.") == ["Volkswagen"])
        #expect(holders("Sinologist Bronislaw Vinogrodsky told the radio that the plan is dangerous.") == ["Bronislaw Vinogrodsky"])
    }

    @Test func theHolderNamedAfterInTheViewOf() {
        #expect(holders("In the view of UN officials, the collapse of the deal is a dangerous setback.") == ["United Nations/UN officials"])
        #expect(holders("In the eyes of Tokyo, the missile launches are a grave provocation.") == ["Japan/Tokyo"])
    }

    @Test func judgingAClaimReportedBeforeIsTheWritersVoice() {
        let text = """
            By Anna Keller

            Critics of the treaty argue that verification would be too costly.
            That argument is mistaken. Such claims are also misleading.
            """
        #expect(holders(text) == ["Critics", "Anna Keller", "Anna Keller"])
    }

    @Test func theSubjectOfAnInfinitiveAfterANounDoesNotSpeak() {
        let text = """
            The Ministry of External Affairs of India rejected the remarks.
            Pakistan has no locus standi to comment on the internal affairs of India.
            Pakistan should end cross-border terrorism.
            """
        #expect(holders(text) == ["India", "India", "India"])
        #expect(holders("Germany would like to stress that sanctions must stay.") == ["Germany"])
    }
}
