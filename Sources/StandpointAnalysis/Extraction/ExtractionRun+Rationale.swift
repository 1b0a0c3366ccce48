extension ExtractionRun {
    /// The rationale text `prefix`, `words`, `suffix` ("subject of '" +
    /// "said" + "'"), made in one allocation (`RationaleParts.text`).
    static func rationale(_ prefix: StaticString, _ words: String, _ suffix: StaticString) -> String {
        RationaleParts(prefix, words, suffix).text
    }
}
