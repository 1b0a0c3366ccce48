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

    @Test func aSuffixMustLeaveThreeLetters() {
        #expect(Stemmer.stem("nations") == "nation")
        #expect(Stemmer.stem("relations") == "rel")
        #expect(Stemmer.stem("realizations") == "real")
        #expect(Stemmer.stem("cities") == "city")
        #expect(Stemmer.stem("mentality") == "mental")
    }

    @Test func packedLastBytesStemAsTheWord() {
        for word in ["negotiations", "cities", "denied", "happily", "settlements", "addresses"] {
            var bytes = Array(word.utf8) + [0]
            let length = word.utf8.count
            let last = bytes[max(0, length - 8)..<length].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let count = bytes.withUnsafeMutableBufferPointer { Stemmer.stem($0, count: length, lastBytes: last) }
            #expect(String(decoding: bytes[..<count], as: UTF8.self) == Stemmer.stem(word))
        }
    }

    @Test func shortAndNonASCIIWordsAreLeftAlone() {
        #expect(Stemmer.stem("wars") == "wars")
        #expect(Stemmer.stem("cafés") == "cafés")
    }
}
