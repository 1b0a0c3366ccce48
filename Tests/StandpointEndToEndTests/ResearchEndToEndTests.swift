import Foundation
import Testing

/// Trails, presenting and corrections in the real binary inside tmux, on a
/// copy of data/: build a three-step trail, present it, correct a point,
/// quit, and find the correction and the trail again after a restart; then
/// present from the shell with a notes screen that follows and drives it.
@Suite(.serialized) struct ResearchEndToEndTests {
    /// A copy of the bundled corpus in a fresh folder (with a short name, so
    /// the status bar has room for messages), its `.standpoint/` empty.
    func corpusCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spr-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let data = Product.repository.appendingPathComponent("data")
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: data.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func buildPresentCorrectAndFindItAllAfterARestart() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let corpus = try corpusCopy()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let path = Product.shellQuoted(corpus.path)
        let environment = ["TERM": "xterm-256color", "EDITOR": ""]

        let browser = try Tmux(command: Product.browserCommand(path), columns: 120, rows: 30, environment: environment)
        try browser.waitFor("point 1/") { $0.contains("Stance points") && $0.contains("documents") }
        try browser.send("3")
        try browser.waitFor("point 1/")
        try browser.send("m")
        try browser.waitFor("as step 1")
        try browser.send("j", "m")
        try browser.waitFor("as step 2")
        try browser.send("j", "m")
        try browser.waitFor("as step 3")
        try browser.send("t")
        try browser.waitFor("Trail “trail” (3 steps)")
        try browser.send("Escape", "p")
        try browser.waitFor("step 1/3")
        try browser.send("Space")
        try browser.waitFor("step 2/3")
        try browser.send("Right")
        try browser.waitFor("step 3/3")
        try browser.send("q")
        try browser.waitFor("the browser again") { $0.contains("Stance points") && !$0.contains("step 3/3") }
        try browser.send("x")
        try browser.waitFor("1 corrected")
        try browser.send("q")
        try browser.waitFor("standpoint exited with status 0")

        let state = corpus.appendingPathComponent(".standpoint")
        let annotations = try JSONSerialization.jsonObject(with: Data(contentsOf: state.appendingPathComponent("annotations.json"))) as? [String: Any]
        #expect((annotations?["changes"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["reject"])
        let trail = try JSONSerialization.jsonObject(with: Data(contentsOf: state.appendingPathComponent("trails/trail.json"))) as? [String: Any]
        #expect((trail?["steps"] as? [Any])?.count == 3)

        let again = try Tmux(command: Product.browserCommand(path), columns: 120, rows: 30, environment: environment)
        try again.waitFor("1 corrected")
        try again.send("t")
        try again.waitFor("Trail “trail” (3 steps)")
        try again.send("n", "o", "t", "h", "e", "r", "Enter")
        try again.waitFor("Trail “other” (0 steps)")
        try again.send("]")
        try again.waitFor("Trail “trail” (3 steps)")
        try again.send("Escape", "u")
        try again.waitFor("Undone: point rejected")
        try again.send("q")
        try again.waitFor("standpoint exited with status 0")
        let undone = try JSONSerialization.jsonObject(with: Data(contentsOf: state.appendingPathComponent("annotations.json"))) as? [String: Any]
        #expect((undone?["changes"] as? [Any])?.isEmpty == true)
    }

    /// `e` hands the terminal to $EDITOR (here a script that writes the
    /// note) and takes it back; the note is saved and shown.
    ///
    /// The script is read by `sh`, not executed itself: tests run in parallel
    /// and a tmux server forked by another test while the script was being
    /// written keeps its write descriptor, so executing it could fail with
    /// "Text file busy" (what made CI fail once).
    @Test func aNoteWrittenInTheEditorIsSavedAndShown() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let corpus = try corpusCopy()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let editor = corpus.appendingPathComponent("editor.sh")
        try Data("printf 'check against the transcript' > \"$1\"\n".utf8).write(to: editor)
        let browser = try Tmux(
            command: Product.browserCommand(Product.shellQuoted(corpus.path)), columns: 120, rows: 30,
            environment: ["TERM": "xterm-256color", "EDITOR": "sh " + Product.shellQuoted(editor.path)])
        try browser.waitFor("point 1/") { $0.contains("Stance points") && $0.contains("documents") }
        try browser.send("3")
        try browser.waitFor("point 1/")
        try browser.send("e")
        try browser.waitFor("Note saved")
        try browser.waitFor("note: check against the transcript")
        try browser.send("q")
        try browser.waitFor("standpoint exited with status 0")
        let saved = try String(contentsOf: corpus.appendingPathComponent(".standpoint/annotations.json"), encoding: .utf8)
        #expect(saved.contains("check against the transcript"))
    }

    /// A corpus folder the user cannot write: as root the browser is run as
    /// `nobody` (with setpriv), for whom a root-owned folder really is
    /// read-only; the work goes to $XDG_DATA_HOME/standpoint/ and it says so.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aCorpusTheUserCannotWriteKeepsTheWorkInXDGDataHome() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let corpus = try corpusCopy()
        let tools = FileManager.default.temporaryDirectory.appendingPathComponent("spt-\(UInt32.random(in: 0...UInt32.max))")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("spx-\(UInt32.random(in: 0...UInt32.max))")
        defer {
            for folder in [corpus, tools, data] { try? FileManager.default.removeItem(at: folder) }
        }
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        chmod(tools.path, 0o755)
        chmod(data.path, 0o777)
        // Copied by `cp`, not in this process: a tmux server forked by a test
        // running alongside would inherit the copy's write descriptor and the
        // copied binary could not be executed ("Text file busy").
        let products = Product.binary.deletingLastPathComponent()
        let copies = try FileManager.default.contentsOfDirectory(atPath: products.path)
            .filter { $0 == "standpoint" || $0.hasSuffix(".resources") }
            .map { products.appendingPathComponent($0).path }
        let copy = try Process.run(URL(fileURLWithPath: "/bin/cp"), arguments: ["-R"] + copies + [tools.path])
        copy.waitUntilExit()
        try #require(copy.terminationStatus == 0, "could not copy the binary to \(tools.path)")
        let command = "cd /tmp && XDG_DATA_HOME=\(Product.shellQuoted(data.path)) /usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups "
            + "\(Product.shellQuoted(tools.appendingPathComponent("standpoint").path)) \(Product.shellQuoted(corpus.path)); "
            + "echo \"standpoint exited with status $?\"; sleep 60"
        let browser = try Tmux(command: command, columns: 160, rows: 30, environment: ["TERM": "xterm-256color"])
        try browser.waitFor("is read-only; your annotations and trails are kept in")
        try browser.send("3")
        try browser.waitFor("point 1/")
        try browser.send("x")
        try browser.waitFor("1 corrected")
        try browser.send("q")
        let after = try browser.waitFor("standpoint exited with status 0")
        #expect(after.contains("is read-only; your annotations and trails are kept in \(data.path)/standpoint/"))
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent(".standpoint").path))
        let kept = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("standpoint").path)
        #expect(kept.count == 1)
        let saved = data.appendingPathComponent("standpoint").appendingPathComponent(kept.first ?? "").appendingPathComponent("annotations.json")
        #expect(try String(contentsOf: saved, encoding: .utf8).contains(#""kind" : "reject""#))
    }

    @Test func theNotesScreenFollowsAndDrivesTheAudienceScreen() throws {
        try #require(Tmux.isInstalled, "tmux is not installed: apt-get install tmux (.ci/run does this)")
        let corpus = try corpusCopy()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let path = Product.shellQuoted(corpus.path)
        let trails = corpus.appendingPathComponent(".standpoint/trails")
        try FileManager.default.createDirectory(at: trails, withIntermediateDirectories: true)
        let text = try String(contentsOf: corpus.appendingPathComponent("000_94571beeeac1a990.txt"), encoding: .utf8)
        let quotes = ["The Chinese government has urged NATO", "Speaking to the United Nations", "Gone from the text"]
        let steps = quotes.enumerated().map { index, quote -> String in
            let start = text.range(of: quote).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
            return #"{"note": "say \#(index + 1)", "point": {"document": "000_94571beeeac1a990", "start": \#(start), "end": \#(start + quote.utf8.count), "text": "\#(quote)"}}"#
        }
        try Data(#"{"version": 1, "name": "talk", "steps": [\#(steps.joined(separator: ","))]}"#.utf8)
            .write(to: trails.appendingPathComponent("talk.json"))

        let audience = try Tmux(command: Product.browserCommand("present talk \(path)"), columns: 80, rows: 24, environment: ["TERM": "xterm-256color"])
        try audience.waitFor("step 1/3")
        let notes = try Tmux(command: Product.browserCommand("present talk --notes \(path)"), columns: 80, rows: 24, environment: ["TERM": "xterm-256color"])
        try notes.waitFor("Now, step 1/3")
        try notes.waitFor("say 1")
        try notes.waitFor("a clock in the top line") { screen in
            screen.split(separator: "\n").first.map { $0.range(of: #"\d\d:\d\d:\d\d"#, options: .regularExpression) != nil } ?? false
        }
        try audience.send("Space")
        try audience.waitFor("step 2/3")
        try notes.waitFor("Now, step 2/3")
        try notes.send("l")
        try notes.waitFor("Now, step 3/3")
        let missing = try audience.waitFor("step 3/3")
        #expect(missing.contains("Missing passage"))
        try notes.send("h")
        try audience.waitFor("step 2/3")
        try audience.send("q")
        try audience.waitFor("standpoint exited with status 0")
        try notes.send("q")
        try notes.waitFor("standpoint exited with status 0")
    }
}
