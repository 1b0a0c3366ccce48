import Testing
@testable import StandpointAnalysis

@Suite struct MarkdownTextTests {
    @Test func syntaxIsRemovedAndTheFirstHeadingIsTheTitle() {
        let markdown = """
            Intro line before the heading.

            # Beijing *rejects* NATO's concept #

            Officials **warned** that the _Strategic Concept_ and [its authors](https://nato.int "NATO")
            misread China; see ![a map of Europe](map.png) and <https://example.org/paper>.

            ## Points

            - The ~~old~~ Cold War `mentality` must go.
            * [x] snake_case_names and 2 * 3 stay as written
            1. Numbered item

            > A quoted line
            > continues here.

            Setext heading
            --------------

            ---
            [ref]: https://example.org
            | a | b |
            |---|:-:|
            """
        let (title, text) = MarkdownText.extract(markdown)
        #expect(title == "Beijing rejects NATO's concept")
        #expect(text == """
            Intro line before the heading.

            Beijing rejects NATO's concept

            Officials warned that the Strategic Concept and its authors misread China; see a map of Europe and https://example.org/paper.

            Points

            The old Cold War mentality must go.

            snake_case_names and 2 * 3 stay as written

            Numbered item

            A quoted line continues here.

            Setext heading

            | a | b |
            """)
    }

    @Test func codeBlocksAreKeptAsText() {
        let markdown = "Text:\n\n```swift\nlet a = *b*\n\n[x](y)\n```\n\n    indented code\n    second\n\nAfter."
        #expect(MarkdownText.extract(markdown).text == "Text:\n\nlet a = *b*\n\n[x](y)\n\nindented code\nsecond\n\nAfter.")
    }

    @Test func frontMatterIsDroppedAndItsTitleUsed() {
        let (title, text) = MarkdownText.extract("---\ntitle: \"Notes on deterrence\"\ntags: [a]\n---\n# Heading\n\nBody.")
        #expect(title == "Notes on deterrence")
        #expect(text == "Heading\n\nBody.")
    }

    @Test func escapesAndEntitiesAndUnmatchedBracketsAreText() {
        #expect(MarkdownText.extract("A \\*literal\\* star, &amp; [brackets] and [unclosed ( and `unmatched").text
            == "A *literal* star, & [brackets] and [unclosed ( and `unmatched")
    }

    @Test func deeplyNestedBracketsAndQuotesCostNoRecursion() {
        let nested = String(repeating: "[", count: 100_000) + "text" + String(repeating: "](u)", count: 100_000)
        #expect(MarkdownText.extract(nested).text == "text")
        let quotes = String(repeating: ">", count: 100_000) + " quoted"
        #expect(MarkdownText.extract(quotes).text == "quoted")
    }
}
