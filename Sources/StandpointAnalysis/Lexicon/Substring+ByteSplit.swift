extension Substring {
    /// The non-empty pieces of the text between the bytes `separator` (an
    /// ASCII byte), cut at the separators' offsets in its UTF-8: what
    /// `split(separator:)` gives where every separator is a `Character` of
    /// its own, which the caller makes sure of (`ResourceFile.lines(of:)`,
    /// `AliasTable.split(_:at:)`, `BoilerplateRules.spaceSeparated(_:)`).
    ///
    /// Splitting by `Character` cost thousands of instructions a line
    /// where this costs a few per byte; the pieces are cut at offsets
    /// read in the contiguous bytes, not through the UTF-8 view's indices.
    func split(atByte separator: UInt8) -> [Substring] {
        var text = self
        let utf8 = utf8
        return text.withUTF8 { bytes in
            var pieces: [Substring] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == separator {
                if k > start { pieces.append(self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: k)]) }
                start = k + 1
            }
            return pieces
        }
    }
}
