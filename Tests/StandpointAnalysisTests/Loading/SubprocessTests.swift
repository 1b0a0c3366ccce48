import Testing
@testable import StandpointAnalysis

@Suite struct SubprocessTests {
    @Test func aProgramPastItsTimeLimitIsKilled() {
        #expect(Subprocess.run("/bin/sleep", ["30"], timeout: 0.2, outputLimit: 1024) == .timedOut)
    }

    @Test func aProgramWritingPastTheOutputLimitIsKilled() {
        #expect(Subprocess.run("/usr/bin/yes", [], timeout: 30, outputLimit: 1 << 20) == .outputTooLarge)
    }

    @Test func outputAndStatusAreCollectedWithoutAShell() {
        #expect(Subprocess.run("/bin/echo", ["$HOME; ls"], timeout: 30, outputLimit: 1024) == .exited(status: 0, output: Array("$HOME; ls\n".utf8)))
        #expect(Subprocess.run("/bin/false", [], timeout: 30, outputLimit: 1024) == .exited(status: 1, output: []))
        if case .failedToStart = Subprocess.run("/no/such/program", [], timeout: 30, outputLimit: 1024) {} else {
            Issue.record("a missing program must fail to start")
        }
    }
}
