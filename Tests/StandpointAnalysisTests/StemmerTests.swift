import Testing
@testable import StandpointAnalysis

/// The stemmer decides which wordings of one word link two points.
@Suite struct StemmerTests {
    @Test func formsOfOneWordShareAStem() {
        #expect(Stemmer.stem("negotiations") == Stemmer.stem("negotiate"))
        #expect(Stemmer.stem("security") == Stemmer.stem("secure"))
        #expect(Stemmer.stem("sanctions") == "sanction")
        #expect(Stemmer.stem("sanctioned") == "sanction")
        #expect(Stemmer.stem("policies") == "policy")
        #expect(Stemmer.stem("expanding") == "expand")
        #expect(Stemmer.stem("stopped") == "stop")
    }

    @Test func pluralsOfSibilantsLoseTheirE() {
        #expect(Stemmer.stem("addresses") == "address")
        #expect(Stemmer.stem("churches") == "church")
        #expect(Stemmer.stem("boxes") == "box")
    }

    @Test func wordsThatOnlyLookPluralStay() {
        #expect(Stemmer.stem("analysis") == "analysis")
        #expect(Stemmer.stem("bonus") == "bonus")
        #expect(Stemmer.stem("address") == "address")
    }

    @Test func shortAndNonASCIIWordsAreLeftAlone() {
        #expect(Stemmer.stem("wars") == "wars")
        #expect(Stemmer.stem("cafés") == "cafés")
    }
}
