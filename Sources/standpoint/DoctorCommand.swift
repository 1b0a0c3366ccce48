import ArgumentParser

/// `standpoint doctor`: prints what the tool sees (terminal, colours,
/// locale, PDF support, state folder, corpus), to paste into a bug report.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Show what Standpoint sees of this machine: terminal, colours, locale, pdftotext, state folder.")

    @OptionGroup var state: StateOptions

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let paths = (try? corpus.resolvedPaths()) ?? ["."]
        print(DoctorReport(paths: paths, stateDir: state.stateDir, loader: corpus.loader()).text)
    }
}
