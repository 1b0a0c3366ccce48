import Testing
import StandpointModel
@testable import StandpointExport

@Suite struct CSVExportTests {
    @Test func oneQuotedRowPerPointAfterAHeader() {
        let csv = CSVExport.render(ExportFixture.annotated)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.first == "id,document,title,sentence,start,end,holder,speaker,polarity,target,cue,claim,claim_label,confidence,source,note,text")
        #expect(rows[1] == #"p1,a,Statement A,0,0,33,China,,support,NATO,urged,c1,NATO should pause,0.8,analysis,,"China urged NATO to pause, ""now"".""#)
        #expect(rows[2].hasPrefix("p2,a,Statement A,0,34,66,China,Wang Yi,neutral,NATO,urged,c2,Reject bloc politics,0.8,annotation,,"))
        #expect(rows[3].hasSuffix(",analysis,check the date,Wang Yi said NATO must pause."))
        #expect(rows[3].contains(#","Report, B","#))
        #expect(rows[4].hasSuffix(#",Talks are fine.\u{1B}[31m"#))
        #expect(rows.count == 6 && rows[5].isEmpty)
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVExport.field("plain text") == "plain text")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVExport.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVExport.field("cr\r\nlf") == "\"cr\r\nlf\"")
    }
}

@Suite struct CSVFieldTests {
    @Test func controlCharactersAreMadeVisibleAndLineBreaksKept() {
        #expect(CSVExport.field("bell\u{7}") == #"bell\u{7}"#)
        #expect(CSVExport.field("next\u{85}line, red\u{1B}[31m") == #""next\u{85}line, red\u{1B}[31m""#)
        #expect(CSVExport.field("tab\tkept") == "tab\tkept")
        #expect(CSVExport.field("a \"quote\",\r\nthen \u{1}") == "\"a \"\"quote\"\",\r\nthen \\u{1}\"")
        #expect(CSVExport.field("lone\rreturn") == "\"lone\rreturn\"")
        #expect(CSVExport.field("China’s\u{A0}“view”") == "China’s\u{A0}“view”")
    }

    /// A comma or quote is looked at as a Character: one with a combining
    /// accent is neither, as it was before the export read bytes.
    @Test func fieldFromBytesEqualsFieldFromCharacters() {
        let texts = ExportTextTests.awkward + [
            "\"\u{301}", ",\u{301}", "\u{600}\"", "say \"e\u{301}\"", "a,b\u{301}", "\"\u{301}, \"no\"", "x\r\n\u{301}",
        ]
        for text in texts {
            #expect(CSVExport.field(text) == CSVExport.fieldByCharacters(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func theStreamedExportIsTheRenderedOneInPieces() {
        let sentence = String(repeating: "NATO must pause, \"now\", and return to talks. ", count: 8)
        let document = ExportFixture.document("big", "Big, \"B\"", sentence)
        let points = (1...4_000).map { n in
            ExportFixture.point("p\(n)", "big", sentence, sentence, Holder(name: "China"), .support, nil)
        }
        let annotated = Annotations().apply(to: Corpus(root: "big/", documents: [document], points: points))
        var pieces: [[UInt8]] = []
        CSVExport.write(annotated) { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 && $0.count < (1 << 20) + 4_096 })
        #expect(String(decoding: pieces.flatMap { $0 }, as: UTF8.self) == CSVExport.render(annotated))
        #expect(CSVExport.render(annotated).components(separatedBy: "\r\n").count == 4_002)
    }
}
