import Foundation
import Testing
@testable import StandpointUI

@Suite struct KeyMapTests {
    @Test func bundledKeyMapBindsEveryCommandAndTheIssuesKeys() {
        let map = KeyMap.standard
        for command in Command.allCases {
            #expect(map.bindings.contains { $0.command == command }, "\(command.rawValue) has no key")
        }
        let expected: [(String, Command)] = [
            ("Tab", .nextPane), ("S-Tab", .previousPane), ("1", .focusDocuments), ("4", .focusReferences),
            ("j", .moveDown), ("Down", .moveDown), ("k", .moveUp), ("PgDn", .pageDown), ("C-d", .halfPageDown),
            ("C-u", .halfPageUp), ("g", .moveToFirst), ("G", .moveToLast), ("Enter", .open), ("Backspace", .back),
            ("b", .back), ("f", .forward), ("/", .search), ("n", .nextSearchHit), ("N", .previousSearchHit),
            ("]", .nextSameClaim), ("[", .previousSameClaim), ("c", .claimsOverview), ("a", .holdersOverview),
            ("?", .help), ("Esc", .close), ("q", .quit),
        ]
        for (name, command) in expected {
            #expect(map.command(for: Key(name: name)!) == command, "\(name)")
        }
    }

    @Test func bindsTheTrailAndCorrectionKeysOfIssue5() {
        let expected: [(String, Command)] = [
            ("m", .addToTrail), ("t", .trail), ("p", .present), ("x", .reject), ("+", .polaritySupport),
            ("-", .polarityOppose), ("=", .polarityNeutral), ("H", .setHolder), ("L", .linkClaim), ("A", .addPoint),
            ("e", .editNote), ("u", .undo),
        ]
        for (name, command) in expected {
            #expect(KeyMap.standard.command(for: Key(name: name)!) == command, "\(name)")
        }
    }

    @Test func keyNamesRoundTripAndWordsAreTyped() {
        #expect(Key.sequence("/ NATO Enter") == [.character("/"), .character("N"), .character("A"), .character("T"), .character("O"), .enter])
        #expect(Key.sequence("j C-d S-Tab PgDn Esc") == [.character("j"), .control("d"), .backTab, .pageDown, .escape])
        for key in [Key.tab, .backTab, .enter, .escape, .backspace, .pageUp, .control("u"), .character("?"), .character(" ")] {
            #expect(Key(name: key.name) == key)
        }
    }

    @Test func rejectsUnknownCommandsAndDoubleBindings() {
        #expect(throws: KeyMap.ParseError.self) { try KeyMap(parsing: "j | fly | fly away") }
        #expect(throws: KeyMap.ParseError.self) { try KeyMap(parsing: "j | quit | q\nj | help | h") }
    }

    /// docs/keys.md holds the generated tables between two markers; RECORD_SNAPSHOTS=1 rewrites them.
    @Test func docsKeysMatchesTheKeyMap() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("docs/keys.md")
        let docs = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- generated from Sources/StandpointUI/Resources/keymap.txt: begin -->\n"
        let end = "<!-- generated: end -->"
        guard let from = docs.range(of: begin), let to = docs.range(of: end, range: from.upperBound..<docs.endIndex) else {
            Issue.record("docs/keys.md lacks the generated-table markers")
            return
        }
        let generated = KeyMap.standard.markdown
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try (docs[..<from.upperBound] + generated + docs[to.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(docs[from.upperBound..<to.lowerBound]) == generated,
                "docs/keys.md is out of date with keymap.txt; RECORD_SNAPSHOTS=1 swift test --filter KeyMapTests rewrites it")
    }
}
