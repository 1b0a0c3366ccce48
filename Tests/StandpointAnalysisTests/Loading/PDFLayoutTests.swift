import Testing
@testable import StandpointAnalysis

@Suite struct PDFLayoutTests {
    @Test func runningHeadersFootersAndPageNumbersAreRemoved() {
        let bodies = ["The first page argues\nfor talks.", "The second page warns\nagainst delay.", "The third page\ncalls for restraint."]
        let pages = bodies.enumerated().map { n, body in
            "Institute for Peace Studies      Working Paper \(n + 1)\n\n\(body)\n\n\n- \(n + 1) -\n"
        }
        let text = PDFLayout.reflow(pages.joined(separator: "\u{0C}") + "\u{0C}")
        #expect(text == "The first page argues for talks.\n\nThe second page warns against delay.\n\nThe third page calls for restraint.")
    }

    @Test func bodyLinesThatLookAlikeAcrossPagesAreKept() {
        let pages = [(3, "with more text."), (17, "and then some."), (29, "to the end.")].enumerated().map { page, body in
            "Annual Review 2024      \(page + 1)\nParagraph \(body.0) opens this page and goes on\n\(body.1)\n"
        }
        #expect(PDFLayout.reflow(pages.joined(separator: "\u{0C}")) == """
            Paragraph 3 opens this page and goes on with more text.

            Paragraph 17 opens this page and goes on and then some.

            Paragraph 29 opens this page and goes on to the end.
            """)
    }

    @Test func aLineEndHyphenIsJoinedButAHyphenBeforeACapitalIsKept() {
        #expect(PDFLayout.reflow("The council urged co-\noperation and the\nEuro-\nAtlantic area.") == "The council urged cooperation and the Euro- Atlantic area.")
    }

    @Test func paragraphsEndAtBlankLinesIndentsAndShortSentenceEnds() {
        let layout = """
            This is a long line of a paragraph that runs
            across the page and ends here.
               An indented line starts a new paragraph that
            runs on and on until it is done.

            After a blank line.
            """
        #expect(PDFLayout.reflow(layout) == """
            This is a long line of a paragraph that runs across the page and ends here.

            An indented line starts a new paragraph that runs on and on until it is done.

            After a blank line.
            """)
    }

    @Test func twoColumnsAreReadLeftThenRight() {
        let layout = """
            A Title Across The Whole Width Of The Page Here

            Left one starts here and          Right one starts here and
            goes on over a line of            goes on over its own line
            text until it stops.              until it also stops.
            """
        #expect(PDFLayout.reflow(layout) == """
            A Title Across The Whole Width Of The Page Here

            Left one starts here and goes on over a line of text until it stops. Right one starts here and goes on over its own line until it also stops.
            """)
    }

    @Test func pageNumbersAreRecognised() {
        for line in ["7", "Page 7", "page 7 of 12", "7/12", "- 7 -", "— 12 —", "vii", "p. 3"] {
            #expect(PDFLayout.isPageNumber(Array(line.unicodeScalars)), "\(line)")
        }
        for line in ["2024 was a year", "Page seven", "Section 7 Title", "civil"] {
            #expect(!PDFLayout.isPageNumber(Array(line.unicodeScalars)), "\(line)")
        }
    }
}
