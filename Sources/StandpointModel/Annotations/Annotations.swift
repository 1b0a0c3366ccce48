/// The researcher's overlay on an analysis: every correction and note, in
/// the order made. Applying it to a `Corpus` gives the corrected corpus;
/// dropping the last entry undoes the last change.
public struct Annotations: Hashable, Sendable, Codable {
    /// The file format this build reads and writes; a file with a higher
    /// version was written by a newer Standpoint and is not read.
    public static let currentVersion = 1

    /// Format version of the stored file.
    public var version: Int
    /// Every change, oldest first.
    public private(set) var changes: [Annotation]

    public init(changes: [Annotation] = []) {
        self.version = Self.currentVersion
        self.changes = changes
    }

    /// Whether nothing has been recorded.
    public var isEmpty: Bool { changes.isEmpty }

    /// Records a change after all earlier ones.
    public mutating func record(_ change: Annotation) {
        changes.append(change)
    }

    /// Removes and returns the last change, or nil when there is none.
    @discardableResult
    public mutating func undo() -> Annotation? {
        changes.popLast()
    }

    /// The number of corrections (changes other than notes).
    public var correctionCount: Int { changes.filter(\.isCorrection).count }
}
