import Foundation
import Testing
@testable import StandpointTerminal

@Suite struct ExternalEditorTests {
    @Test func visualWinsOverEditorAndEmptyMeansNone() {
        #expect(ExternalEditor.command(environment: ["VISUAL": "vim", "EDITOR": "nano"]) == "vim")
        #expect(ExternalEditor.command(environment: ["VISUAL": " ", "EDITOR": "nano"]) == "nano")
        #expect(ExternalEditor.command(environment: ["EDITOR": ""]) == nil)
        #expect(ExternalEditor.command(environment: [:]) == nil)
    }

    @Test func theEditorChangesTheNoteThroughAFile() throws {
        let edited = try ExternalEditor.edit("check the date\n", command: "sed -i 's/date/source/'")
        #expect(edited == "check the source\n")
    }

    @Test func aFailingEditorLeavesTheNoteAsItWas() {
        let failure = #expect(throws: ExternalEditor.Failure.self) { try ExternalEditor.edit("x", command: "false") }
        #expect(failure?.description == "the editor 'false' exited with status 1; the note was not changed")
    }
}
