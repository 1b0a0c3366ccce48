/// Where the background analysis has got, as the status bar shows it.
public enum AnalysisStatus: Hashable, Sendable {
    /// Still running: documents done out of documents found, and the stage name.
    case running(done: Int, total: Int, stage: String)
    /// Finished; `warnings` files were skipped or repaired.
    case finished(warnings: Int)
    /// Failed with a one-line reason.
    case failed(String)
}
