import Foundation
import Testing

/// The same documents give the same export in every run: Swift seeds its
/// hashing per process, so an order taken from a set or a dictionary (term
/// numbers, a floating-point sum, the order of shared terms) shows up here as
/// two different outputs.
@Suite struct DeterminismTests {
    @Test func twoProcessesExportTheSameBytes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["data", "Tests/StandpointAnalysisTests/Quality/voices", "Tests/StandpointAnalysisTests/Quality/heldout"]
            .map { root.appendingPathComponent($0).path }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        let arguments = ["export", "--format", "json", "--explain"] + folders
        let first = try StandpointBinary.run(arguments, environment: environment)
        let second = try StandpointBinary.run(arguments, environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("\"crossReferences\""))
        #expect(first.stdout.contains("theme: "))
        #expect(first.stdout == second.stdout)
    }
}
