import Foundation
import Testing

/// Drives the real `standpoint` binary inside tmux, as a user would, on the bundled data/.
/// Assertions hold whatever the extraction finds: titles, counts, movement, help, resize, quit.
@Suite(.serialized) struct BrowserEndToEndTests {
    private static let titles = ["Documents", "Reader", "Stance points", "Cross-references"]
    private static let counts = try! NSRegularExpression(pattern: #"\d+ documents · \d+ points · \d+ claims"#)

    private func statusBar(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    @Test func browseMoveHelpResizeAndQuit() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let tmux = try Tmux(command: Product.browserCommand(), columns: 120, rows: 40, environment: ["TERM": "screen-256color"])
        let opening = try tmux.waitFor("the four panes and the counts") { screen in
            Self.titles.allSatisfy(screen.contains)
                && Self.counts.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)) != nil
        }
        #expect(try tmux.variable("alternate_on") == "1")
        #expect(statusBar(opening).contains("document 1/"))

        try tmux.send("j")
        try tmux.waitFor("document 2/")
        try tmux.send("3")
        try tmux.waitFor("point 1/")
        try tmux.send("k")
        try tmux.send("1", "k")
        try tmux.waitFor("document 1/")

        try tmux.send("?")
        try tmux.waitFor("Help: keys")
        try tmux.send("Escape")
        try tmux.waitFor("help closed") { !$0.contains("Help: keys") && $0.contains("Stance points") }

        try tmux.resize(columns: 80, rows: 24)
        try tmux.waitFor("the narrow layout with a tab line") { screen in
            screen.hasPrefix(" 1 Documents  2 Reader  3 Stance points  4 Cross-references")
                && screen.split(separator: "\n").allSatisfy { $0.count <= 80 }
        }
        try tmux.resize(columns: 40, rows: 10)
        try tmux.waitFor("the 40x10 layout") { screen in
            screen.contains("┌ Documents") && screen.contains("document 1/") && screen.contains("? help")
                && screen.split(separator: "\n").count <= 10
        }
        try tmux.resize(columns: 120, rows: 40)
        try tmux.waitFor("the wide layout again") { Self.titles.allSatisfy($0.contains) && $0.contains("┌ Reader") }

        try tmux.send("q")
        let after = try tmux.waitFor("standpoint exited with status 0")
        #expect(after.contains("tty settings restored"))
        #expect(!after.contains("┌ Documents"))
        #expect(try tmux.variable("alternate_on") == "0")
        #expect(try tmux.variable("cursor_flag") == "1")
    }

    @Test func followACrossReferenceAndComeBack() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let export = try CrossReferenceFinder.firstCrossDocumentLink()
        let tmux = try Tmux(command: Product.browserCommand(), columns: 120, rows: 40, environment: ["TERM": "xterm-256color"])
        try tmux.waitFor("the four panes") { Self.titles.allSatisfy($0.contains) && $0.contains("documents ·") }
        guard let link = export else {
            // The analysis found no claim made in two documents of data/: nothing to follow there.
            try tmux.send("4", "Enter")
            try tmux.waitFor("reference 0/0")
            try tmux.send("q")
            try tmux.waitFor("standpoint exited with status 0")
            return
        }
        try tmux.send("1", "g")
        for _ in 0..<link.documentIndex { try tmux.send("j") }
        try tmux.send("3", "g")
        for _ in 0..<link.pointIndex { try tmux.send("j") }
        try tmux.waitFor("(\(link.fromDocument))")
        try tmux.send("4")
        try tmux.waitFor("reference 1/")
        try tmux.send("Enter")
        let jumped = try tmux.waitFor("the Reader on the other document") { $0.contains("┌ Reader") && !$0.contains("(\(link.fromDocument))") }
        #expect(!jumped.contains("(\(link.fromDocument))"))
        try tmux.send("b")
        try tmux.waitFor("(\(link.fromDocument))")
        try tmux.send("q")
        try tmux.waitFor("standpoint exited with status 0")
    }

    @Test func mouseClickSelectsAndWheelScrolls() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let tmux = try Tmux(command: Product.browserCommand(), columns: 120, rows: 40, environment: ["TERM": "xterm-256color"])
        try tmux.waitFor("the four panes") { Self.titles.allSatisfy($0.contains) && $0.contains("documents ·") }
        // SGR mouse reports, as xterm sends them: button 0 pressed and released on the third document row.
        try tmux.run(["send-keys", "-t", tmux.session, "-l", "\u{1B}[<0;10;4M\u{1B}[<0;10;4m"])
        try tmux.waitFor("document 3/")
        try tmux.run(["send-keys", "-t", tmux.session, "-l", "\u{1B}[<64;10;4M"])
        try tmux.waitFor("document 1/")
        try tmux.send("q")
        try tmux.waitFor("standpoint exited with status 0")
    }

    @Test func interruptAndPlainTerminalsRestoreTheTerminal() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let tmux = try Tmux(command: Product.browserCommand(), columns: 80, rows: 24, environment: ["TERM": "vt100", "NO_COLOR": "1"])
        try tmux.waitFor("the analysed corpus") { $0.contains("Documents") && $0.contains("docs ·") }
        let styled = try tmux.run(["capture-pane", "-p", "-e", "-t", tmux.session])
        let colour = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+)m")
        #expect(colour.firstMatch(in: styled, range: NSRange(styled.startIndex..., in: styled)) == nil, "NO_COLOR: colour escapes on screen")
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "reverse video marks the selection without colour")
        try tmux.send("C-c")
        let after = try tmux.waitFor("standpoint exited with status 130")
        #expect(after.contains("tty settings restored"))
        #expect(try tmux.variable("alternate_on") == "0")

        let terminated = try Tmux(command: Product.browserCommand(), columns: 100, rows: 30, environment: ["TERM": "xterm"])
        try terminated.waitFor("Documents")
        let shell = try terminated.variable("pane_pid")
        let child = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").first.map(String.init)
        let pid = try #require(child.flatMap { Int32($0) })
        kill(pid, SIGTERM)
        let ended = try terminated.waitFor("standpoint exited with status 143")
        #expect(ended.contains("tty settings restored"))

        let hungUp = try Tmux(command: Product.browserCommand(), columns: 60, rows: 20, environment: ["TERM": "screen-256color"])
        try hungUp.waitFor("Documents")
        let hungUpShell = try hungUp.variable("pane_pid")
        let hungUpChild = try String(contentsOfFile: "/proc/\(hungUpShell)/task/\(hungUpShell)/children", encoding: .utf8)
            .split(separator: " ").first.flatMap { Int32($0) }
        kill(try #require(hungUpChild), SIGHUP)
        let afterHangUp = try hungUp.waitFor("standpoint exited with status 129")
        #expect(afterHangUp.contains("tty settings restored"))
    }

    @Test func withoutATerminalItPointsToExport() throws {
        let process = Process()
        process.executableURL = Product.binary
        process.currentDirectoryURL = Product.repository
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(message.contains("standpoint export"))
        #expect(message.split(separator: "\n").count == 1)
    }

    @Test func screenCommandPrintsTheSameScreenHeadlessly() throws {
        let process = Process()
        process.executableURL = Product.binary
        process.currentDirectoryURL = Product.repository
        process.arguments = ["screen", "--size", "80x24", "--keys", "j ?"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(text.contains("Help: keys"))
        #expect(text.contains("document 2/"))
    }
}
