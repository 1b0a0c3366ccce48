import Foundation
import StandpointModel
import Testing
@testable import StandpointAnalysis

/// The terms the extractor hands to linking are the terms linking would find
/// in each point's text by itself, so links do not depend on which path made them.
@Suite struct LinkablePointsTests {
    /// Every point of the voices and held-out sets (transcripts, quotations,
    /// evaluative assertions, contrast clauses), both ways.
    @Test(arguments: ["voices", "heldout"])
    func termsFromTheExtractorAreTheTermsOfTheText(set: String) throws {
        let folder = try #require(Bundle.module.url(forResource: "Quality", withExtension: nil)).appendingPathComponent(set)
        let analyzer = Analyzer()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var compared = 0
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let document = analyzer.segment(SourceDocument(id: name, path: name, title: name, text: text))
            let linkable = analyzer.extractor.linkablePoints(in: document)
            #expect(linkable.points.map(\.text) == analyzer.extractor.points(in: document).map(\.text))
            for (point, terms) in zip(linkable.points, linkable.terms) {
                let own = PointTerms(point.textSlice, lexicon: .shared)
                #expect(terms.names == own.names, "\(name): \(point.text)")
                #expect(terms.focusTerms == own.focusTerms, "\(name): \(point.text)")
                #expect(terms.names.map { terms.surface(of: $0) } == own.names.map { own.surface(of: $0) }, "\(name): \(point.text)")
                compared += 1
            }
        }
        #expect(compared > 20)
    }

    /// Numbering gives corpus ids in order and keeps each point's terms.
    @Test func numberingRenamesPointsInOrder() {
        let document = analysed("China urged restraint. NATO rejected the talks.").document
        var linkable = StanceExtractor().linkablePoints(in: document)
        linkable.number(from: 41)
        #expect(linkable.points.map(\.id) == ["p41", "p42"])
        #expect(linkable.terms.count == 2)
    }
}
