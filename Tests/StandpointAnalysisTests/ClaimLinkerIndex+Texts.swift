@testable import StandpointAnalysis

extension ClaimLinker.Index {
    /// The index of one point per text, each text's terms as extraction
    /// would find them in a document of its own.
    init(texts: [String]) {
        let lexicon = Lexicon.shared
        self.init(stores: texts.map { DocumentTerms(Substring($0), lexicon: lexicon) })
    }

    /// The names of the terms two points share, in name order, found the
    /// plain way (by term number, then sorted by rank in `nameRanks`): what
    /// `sharedTermPositions` finds by position, for tests to compare.
    func sharedTerms(_ a: Int, _ b: Int, nameRanks: [Int32]) -> [String] {
        var shared: [Int32] = []
        forEachShared(a, b) { term, _, _ in shared.append(term) }
        shared.sort { nameRanks[Int($0)] < nameRanks[Int($1)] }
        return shared.map { termNames[Int($0)] }
    }
}
