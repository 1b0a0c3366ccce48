import StandpointModel
import Testing
@testable import StandpointAnalysis

@Suite struct SentenceSegmenterTests {
    /// The texts of the sentences of `text`.
    func split(_ text: String) -> [String] {
        let document = analysed(text).document
        return document.sentences.map { document.text(in: $0.range) }
    }

    /// The texts of the boilerplate sentences of `text`.
    func boilerplate(_ text: String) -> [String] {
        let document = analysed(text).document
        return document.sentences.filter(\.isBoilerplate).map { document.text(in: $0.range) }
    }

    @Test func abbreviationsTitlesAndInitialsDoNotEndASentence() {
        #expect(split("Mr. Borrell met Dr. Smith and J. R. Jones. They talked.") == [
            "Mr. Borrell met Dr. Smith and J. R. Jones.", "They talked.",
        ])
        #expect(split("U.S. officials and the U.N. envoy spoke. NATO did not.") == [
            "U.S. officials and the U.N. envoy spoke.", "NATO did not.",
        ])
        #expect(split("He cited Resolution No. 5 of the council. It passed.") == [
            "He cited Resolution No. 5 of the council.", "It passed.",
        ])
    }

    @Test func aDottedAcronymEndsASentenceBeforeAWordThatStartsOne() {
        #expect(split("The sanctions came from the U.S. The EU followed.") == [
            "The sanctions came from the U.S.", "The EU followed.",
        ])
    }

    @Test func decimalsEllipsesAndQuotes() {
        #expect(split("Growth was 3.5 percent. Then it fell… Nobody knew why.") == [
            "Growth was 3.5 percent.", "Then it fell…", "Nobody knew why.",
        ])
        #expect(split("“We must act now.” He said it twice. “Talks, not tanks,” she replied.") == [
            "“We must act now.”", "He said it twice.", "“Talks, not tanks,” she replied.",
        ])
        #expect(split("The text reads \"NATO is a relic <…> We are convinced\" and ends.") == [
            "The text reads \"NATO is a relic <…> We are convinced\" and ends.",
        ])
    }

    @Test func lineBreaksEndSentencesUnlessTheNextLineContinuesOne() {
        #expect(split("Headline Without Stop\nThe body starts here.") == ["Headline Without Stop", "The body starts here."])
        #expect(split("The foreign minister said on Monday that the alliance\nshould pause.") == [
            "The foreign minister said on Monday that the alliance\nshould pause."
        ])
        #expect(split("View all comments\nlog in or register") == ["View all comments", "log in or register"])
    }

    @Test func spansSliceTheTextExactly() {
        let text = "  Café owners said “we must act”.  Talks should resume!\n\nÜber alles? Yes. "
        let document = analysed(text).document
        #expect(document.sentences.map { document.text(in: $0.range) } == [
            "Café owners said “we must act”.", "Talks should resume!", "Über alles?", "Yes.",
        ])
        #expect(document.sentences.map(\.index) == [0, 1, 2, 3])
    }

    @Test func veryLongRunsAreCutAtASpace() {
        let text = String(repeating: "word ", count: 2_000)
        let sentences = analysed(text).document.sentences
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.range.count <= 2_000 })
    }

    @Test func siteFurnitureIsMarkedAsBoilerplate() {
        let text = """
            - Sputnik International
            The minister urged restraint.
            © AFP 2023 / JOHN SMITH The emblem is seen before a meeting
            The emblem is seen before a meeting - Sputnik International
            Read Also : As the conflict escalates, Russia is bereft of big events.
            Loading...
            3.5 2 votes
            Article Rating
            View all comments
            log in or register
            Sputnik / ABC Flash Point News 2022.
            By Jane Doe
            29-06-22 10:16
            The talks must resume. Attribution: TASS and other outlets.
            """
        #expect(boilerplate(text) == [
            "- Sputnik International",
            "© AFP 2023 / JOHN SMITH The emblem is seen before a meeting",
            "The emblem is seen before a meeting - Sputnik International",
            "Read Also : As the conflict escalates, Russia is bereft of big events.",
            "Loading...", "3.5 2 votes", "Article Rating", "View all comments", "log in or register",
            "Sputnik / ABC Flash Point News 2022.", "By Jane Doe", "29-06-22 10:16",
            "Attribution: TASS and other outlets.",
        ])
    }

    @Test func boilerplateNeverBecomesAPoint() {
        let points = analysed("Read Also : NATO must stop its expansion.\nChina urged NATO to stop.").points
        #expect(points.map(\.text) == ["China urged NATO to stop."])
    }
}
