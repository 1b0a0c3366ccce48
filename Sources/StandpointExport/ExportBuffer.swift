/// The bytes of an export on their way out: gathered into pieces of about a
/// megabyte and handed to the caller's output as they fill, so that the
/// export's whole text is never held at once (at 10,000 documents the JSON
/// is 111 MB, the CSV 57 MB and the report 46 MB; made whole, the CSV and
/// Markdown exports peaked at 490 and 427 MB, now at JSON's 305-320 MB).
struct ExportBuffer {
    /// The size at which the gathered bytes are handed over.
    static let pieceSize = 1 << 20

    /// The bytes not yet handed over.
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(Self.pieceSize + 64 * 1_024)
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Hands the bytes to `output` once they reach `pieceSize`.
    mutating func handOverIfFull(to output: ([UInt8]) throws -> Void) rethrows {
        guard bytes.count >= Self.pieceSize else { return }
        try output(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands the rest of the bytes to `output`.
    mutating func handOverRest(to output: ([UInt8]) throws -> Void) rethrows {
        try output(bytes)
        bytes.removeAll()
    }
}
