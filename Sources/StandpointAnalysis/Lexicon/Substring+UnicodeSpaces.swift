extension Substring {
    /// The text without leading and trailing spaces and tabs, as
    /// `trimmingCharacters(in: .whitespaces)` (Unicode category Zs and tab)
    /// trims it, but scalar by scalar in Swift instead of through `NSString`:
    /// reading the lexicon and document titles spent most of their time
    /// bridging (callgrind: titles were 8% of loading, segmenting and
    /// extracting 200 synthetic documents; reading the lexicon went from
    /// 117 M to 60 M instructions with this and the checks in `PhraseTable.add`).
    func trimmingUnicodeSpaces() -> String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
