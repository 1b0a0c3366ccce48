import Foundation
import Testing

/// Compares a rendered frame with a reviewed text file under Snapshots/.
/// Set RECORD_SNAPSHOTS=1 to write the files anew (then review the diff).
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assert(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let frame = text + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? frame.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != frame {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = frame.split(separator: "\n", omittingEmptySubsequences: false)
            var report = "frame differs from Snapshots/\(name).txt (RECORD_SNAPSHOTS=1 re-records):\n"
            for i in 0..<max(expectedLines.count, actualLines.count) {
                let old = i < expectedLines.count ? String(expectedLines[i]) : "∅"
                let new = i < actualLines.count ? String(actualLines[i]) : "∅"
                if old != new { report += "row \(i + 1)\n- \(old)\n+ \(new)\n" }
            }
            Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
        }
    }
}
