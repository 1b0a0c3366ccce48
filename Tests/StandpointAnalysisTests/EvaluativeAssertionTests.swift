import StandpointModel
import Testing
@testable import StandpointAnalysis

/// Positions stated as judgements in a sentence's own voice, with no cue verb
/// or modal, and the sentences that must stay facts.
@Suite struct EvaluativeAssertionTests {
    @Test func aNegativeJudgementInAMinistrysVoiceOpposes() throws {
        let text = """
            Ukraine firmly rejects the annexation of its southern regions.

            The staged plebiscites in the occupied districts are null and void.
            """
        let point = try #require(analysed(text).points.last)
        #expect(point.text == "The staged plebiscites in the occupied districts are null and void.")
        #expect(point.polarity == .oppose)
        #expect(point.holder?.name == "Ukraine")
        #expect(point.cue == "null and void")
        #expect(point.rationale?.contains("negativeAssertion cue") == true)
    }

    @Test func aPositiveJudgementInAnAllianceVoiceSupports() throws {
        let point = try #require(onlyPoint("For three decades, enlargement of the Alliance has been a remarkable success."))
        #expect(point.polarity == .support)
        #expect(point.cue == "success")
    }

    @Test func aJudgementIsWeakerEvidenceThanACueVerb() throws {
        let judgement = try #require(onlyPoint("The blockade of the grain corridor was a severe setback for the poorest importers."))
        let verb = try #require(onlyPoint("The ministry condemns the blockade of the grain corridor."))
        #expect(judgement.polarity == .oppose)
        #expect(judgement.confidence < verb.confidence)
    }

    @Test func aNegatedJudgementTurnsItsDirection() throws {
        let point = try #require(onlyPoint("Sanctions alone will not make the region safer."))
        #expect(point.polarity == .oppose)
        let denial = try #require(onlyPoint("The exercise is not a violation of the agreement."))
        #expect(denial.polarity == .support)
    }

    @Test func anIdiomOfRejectionInAnEditorialsVoiceOpposes() throws {
        let point = try #require(onlyPoint("Washington is in no position to lecture its neighbours on democracy."))
        #expect(point.polarity == .oppose)
    }

    @Test func factsEventsQuestionsAndFiguresAreNotPoints() {
        let text = """
            The foreign ministers met in Brussels on Tuesday to review the 2024 agreement. \
            Is the deal a success? \
            If the launch is a success, the satellite will reach orbit in June. \
            Exports rose 12 percent to 4.5 billion euros in 2023, a success by 3 percent. \
            The summit will take place in Vilnius in July.
            Historic Milestones of the Union
            """
        #expect(analysed(text).points.isEmpty)
    }
}
