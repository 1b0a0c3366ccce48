import ArgumentParser

/// The `standpoint` command: parses the command line and hands over to a subcommand.
@main
struct Standpoint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standpoint",
        abstract: "Find who takes which position on what across a folder of position papers.",
        discussion: """
            With no subcommand, opens the terminal browser. With no PATH, reads the bundled sample corpus.
            """,
        subcommands: [BrowseCommand.self, ExportCommand.self, PresentCommand.self, ScreenCommand.self, DoctorCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
