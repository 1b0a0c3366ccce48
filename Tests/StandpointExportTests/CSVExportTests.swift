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
