import StandpointModel
@testable import StandpointAnalysis

/// Analyses `text` as one document, as the analyser would.
func analysed(_ text: String, id: String = "doc") -> (document: Document, points: [StancePoint]) {
    Analyzer().analyzeText(SourceDocument(id: id, path: "\(id).txt", title: id, text: text))
}

/// The one point of `text` (nil when there is none or more than one).
func onlyPoint(_ text: String) -> StancePoint? {
    let points = analysed(text).points
    return points.count == 1 ? points[0] : nil
}
