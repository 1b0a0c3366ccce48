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

    /// Texts in ASCII are cut on their bytes: the same cut, trimmed of the
    /// same punctuation (not of symbols such as "$" and "+").
    @Test func aTextInASCIIIsCutAsCharactersAre() {
        for (text, label) in [
            (#""Sanctions, tariffs and export controls" -- all of them: must end now."#,
             #"Sanctions, tariffs and export controls" -- all…"#),
            ("(Sanctions, tariffs, quotas, bans, embargoes and so on; everything.)",
             "Sanctions, tariffs, quotas, bans, embargoes…"),
            ("$Sanctions+tariffs+quotas+bans+embargoes+and+so+on+everything+else",
             "$Sanctions+tariffs+quotas+bans+embargoes+and+so+…"),
        ] {
            #expect(ClaimLabel.opening(of: text) == label)
        }
    }

    @Test func aTargetOfStopwordsNamesNothing() {
        let lexicon = Lexicon.shared
        #expect(!ClaimLabel.namesSomething("It is", lexicon: lexicon))
        #expect(ClaimLabel.namesSomething("Arming Ukraine", lexicon: lexicon))
        #expect(ClaimLabel.namesSomething("the sanctions regime", lexicon: lexicon))
    }

    /// Targets in ASCII are read as bytes, others as characters: both find
    /// words as runs of letters, compare them lower-cased, and pass over
    /// words of fewer than three letters.
    @Test func targetsInAndOutsideASCIIAreReadAlike() {
        let lexicon = Lexicon.shared
        for (target, names) in [
            ("IT IS", false), ("THE OUR, this", false), ("It's 42 of us", false), ("it-is-we", false), ("", false), ("UN", false),
            ("It is NATO", true), ("42nd army", true), ("Sanctions!", true),
            ("It is é", false), ("Naïve policy", true), ("It’s we", false), ("Ölpreis", true),
        ] {
            #expect(ClaimLabel.namesSomething(target, lexicon: lexicon) == names, "\(target)")
        }
    }
}
