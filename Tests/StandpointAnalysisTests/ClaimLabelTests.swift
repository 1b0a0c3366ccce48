import Testing
@testable import StandpointAnalysis

/// A claim of one point is labelled by its target, or by the start of its
/// text cut between words, never by a target that names nothing.
@Suite struct ClaimLabelTests {
    @Test func aLongTextIsCutBetweenWords() {
        let label = ClaimLabel.opening(of: "From Beijing’s perspective, the recent US plans for new bases raise tensions.")
        #expect(label == "From Beijing’s perspective, the recent US plans…")
        #expect(ClaimLabel.opening(of: "Sanctions must end.") == "Sanctions must end.")
    }

    @Test func aTargetOfStopwordsNamesNothing() {
        let lexicon = Lexicon.shared
        #expect(!ClaimLabel.namesSomething("It is", lexicon: lexicon))
        #expect(ClaimLabel.namesSomething("Arming Ukraine", lexicon: lexicon))
        #expect(ClaimLabel.namesSomething("the sanctions regime", lexicon: lexicon))
    }
}
