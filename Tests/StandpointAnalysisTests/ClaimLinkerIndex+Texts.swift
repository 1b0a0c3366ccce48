@testable import StandpointAnalysis

extension ClaimLinker.Index {
    /// The index of one point per text, each text's terms as extraction
    /// would find them in a document of its own.
    init(texts: [String]) {
        let lexicon = Lexicon.shared
        self.init(stores: texts.map { DocumentTerms(Substring($0), lexicon: lexicon) })
    }
}
