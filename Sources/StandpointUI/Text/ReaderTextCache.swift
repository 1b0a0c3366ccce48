import Foundation
import StandpointModel

/// Remembers the last few documents wrapped for the Reader, so that moving a
/// selection does not re-wrap a long document on every key.
final class ReaderTextCache: @unchecked Sendable {
    static let shared = ReaderTextCache()

    private struct Entry {
        let documentID: String
        let byteCount: Int
        let width: Int
        let text: WrappedText
    }

    private var entries: [Entry] = []
    private let lock = NSLock()
    private let capacity = 4

    /// `document`'s text wrapped to `width`.
    func wrapped(_ document: Document, width: Int) -> WrappedText {
        let width = max(1, width)
        if let hit = lock.withLock({
            entries.first { $0.documentID == document.id && $0.width == width && $0.byteCount == document.byteCount }
        }) {
            return hit.text
        }
        let text = WrappedText(document.text, width: width)
        lock.withLock {
            entries.insert(Entry(documentID: document.id, byteCount: document.byteCount, width: width, text: text), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
        return text
    }
}
