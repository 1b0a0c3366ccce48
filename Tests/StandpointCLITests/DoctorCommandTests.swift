import Foundation
import Testing

@Suite struct DoctorCommandTests {
    func labels(_ output: String) -> [String] {
        output.split(separator: "\n").map { String($0.prefix(while: { $0 != ":" })) }
    }

    @Test func doctorReportsTerminalColoursLocalePdftotextCursesAndStateFolder() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "Text.")
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["NO_COLOR"] = nil
        let run = try StandpointBinary.run(["doctor", folder.path], environment: environment)
        #expect(run.status == 0)
        #expect(labels(run.stdout) == ["system", "terminal", "colours", "locale", "ncurses", "pdftotext", "state folder", "corpus", "max file size"])
        #expect(run.stdout.contains("terminal:      TERM=xterm-256color, input is not a terminal, output is not a terminal"))
        #expect(run.stdout.contains("colours:       256 (tput colors)") || !FileManager.default.isExecutableFile(atPath: "/usr/bin/tput"))
        #expect(run.stdout.contains("UTF-8: yes"))
        #expect(run.stdout.contains("ncurses:       ncurses 6."))
        #expect(run.stdout.contains("state folder:  \(folder.path)/.standpoint (not created yet; can be created)"))
        #expect(run.stdout.contains("corpus:        \(folder.path): 1 documents found (.txt 1), 0 files passed over"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.standpoint"))
    }

    @Test func doctorSaysHowToGetWhatIsMissing() throws {
        let folder = try ScratchFolder()
        let environment = ["TERM": "dumb", "NO_COLOR": "1", "LANG": "C", "PATH": folder.path]
        let run = try StandpointBinary.run(["doctor", folder.path], environment: environment)
        #expect(run.status == 0)
        #expect(run.stdout.contains("pdftotext:     not installed: PDFs are skipped; install with `apt-get install poppler-utils`"))
        #expect(run.stdout.contains("colours:       off: NO_COLOR is set"))
        #expect(run.stdout.contains("UTF-8: no; wide characters will not display, set LANG=C.UTF-8"))
    }
}
