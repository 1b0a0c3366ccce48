import Testing
@testable import StandpointAnalysis

@Suite struct HTMLTextTests {
    @Test func onlyVisibleArticleTextIsKeptAndBlocksBecomeParagraphs() {
        let html = """
            <!DOCTYPE html><html><head><title>Ministry &amp; Co &#8212; Paper</title>
            <script>document.write("<p>hidden</p>")</script><style>p { color: red }</style></head>
            <body><header><nav><a href="/">Home</a> | About</nav><h1>Site name</h1></header>
            <article><header><h1>China urges   NATO
            to pause</h1></header><p>The government has urged NATO&nbsp;to pause.<br>A second line &#x2019;quoted&#8217;.</p>
            <aside>Read also: other news</aside><form><input value="x">Subscribe</form>
            <!-- a comment with <p>markup</p> --><noscript>Enable JS</noscript>
            <ul><li>First point</li><li>Second point</li></ul></article>
            <footer>Copyright 2024</footer></body></html>
            """
        let (title, text) = HTMLText.extract(html)
        #expect(title == "China urges NATO to pause")
        #expect(text == """
            China urges NATO to pause

            The government has urged NATO to pause.
            A second line ’quoted’.

            First point

            Second point
            """)
    }

    @Test func theTitleElementIsTheTitleWhenThereIsNoH1() {
        #expect(HTMLText.extract("<html><title> A &lt;b&gt; page </title><p>Body</p>").title == "A <b> page")
    }

    @Test func entitiesAreDecodedIncludingNumericAndLegacyOnes() {
        let (_, text) = HTMLText.extract("<p>&eacute;t&eacute; &#233;&#xE9; &copy &lt;tag&gt; &#150; &#0; &#x110000; &#27; &unknown; AT&T</p>")
        #expect(text == "été éé © <tag> – \u{FFFD} \u{FFFD} \u{FFFD} &unknown; AT&T")
    }

    @Test func malformedMarkupIsReadAsABrowserWould() {
        #expect(HTMLText.extract("<p>Unclosed <b>bold <i>text</p></div></span> after").text == "Unclosed bold text\n\nafter")
        #expect(HTMLText.extract("a < b and 3<4 </ok> c").text == "a < b and 3<4 c")
        #expect(HTMLText.extract("<p class=\"x>y\">Quoted &gt; attribute</p>").text == "Quoted > attribute")
        #expect(HTMLText.extract("Text <!-- never closed").text == "Text")
        #expect(HTMLText.extract("Text <script>never closed").text == "Text")
        #expect(HTMLText.extract("<SCRIPT>x</SCRIPT >Shown<STYLE>y</style>").text == "Shown")
    }

    @Test func preformattedTextKeepsItsLines() {
        #expect(HTMLText.extract("<p>Before</p><pre>line 1\n  line 2</pre><p>After</p>").text == "Before\n\nline 1\n  line 2\n\nAfter")
    }

    @Test func hundredThousandNestedElementsAreReadWithoutRecursion() {
        let depth = 100_000
        let html = String(repeating: "<div><nav>", count: depth / 2) + "deep" + String(repeating: "</nav></div>", count: depth / 2)
            + String(repeating: "<span>", count: depth) + "visible" + String(repeating: "</span>", count: depth)
        #expect(HTMLText.extract(html).text == "visible")
    }
}
