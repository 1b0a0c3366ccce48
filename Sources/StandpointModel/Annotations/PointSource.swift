/// Who is responsible for a stance point as it stands in a corpus.
public enum PointSource: String, Hashable, Sendable, Codable {
    /// Found by the analysis and left as it was.
    case analysis
    /// Added or changed by the researcher's annotations.
    case annotation
}
