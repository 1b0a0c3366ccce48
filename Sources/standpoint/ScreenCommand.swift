import ArgumentParser
import StandpointUI

/// `standpoint screen`: prints, as plain text, the browser screen that a
/// sequence of keys leads to, rendered headlessly through the same code.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Print the browser screen that some keys lead to, as plain text.",
        discussion: """
            Keys are names separated by spaces (j, k, Enter, Tab, S-Tab, Esc, PgDn, C-d, ?, …, as in docs/keys.md); \
            any other word is typed letter by letter, so "/ NATO Enter" searches for NATO.
            """)

    @Option(help: "Screen size as COLUMNSxROWS.")
    var size: String = "120x40"

    @Option(help: "Keys to press before printing, e.g. \"j j Enter 4\".")
    var keys: String = ""

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else {
            throw ValidationError("--size '\(size)' is not COLUMNSxROWS, e.g. 120x40")
        }
        let (_, result) = try corpus.analyze(onScreen: true)
        var state = AppState(
            corpus: result.corpus, size: Size(columns: parts[0], rows: parts[1]), theme: .monochrome,
            analysis: .finished(warnings: result.warnings.count))
        for key in Key.sequence(keys) { state.update(.keyPressed(key)) }
        print(Screen.text(state))
    }
}
