import Foundation
import Testing
import StandpointModel
@testable import StandpointStore

@Suite struct StateDirectoryTests {
    @Test func defaultsToDotStandpointInTheCorpusFolder() throws {
        let corpus = try TemporaryFolder("state-corpus")
        defer { corpus.remove() }
        let state = try StateDirectory.resolve(corpusPaths: [corpus.path], environment: [:])
        #expect(state.path == StateDirectory.corpusRoot(of: [corpus.path]) + "/.standpoint")
        #expect(state.notice == nil)
        #expect(corpus.entries().isEmpty, "nothing is created before the first save")
        try AnnotationStore(directory: state).save(Annotations())
        #expect(corpus.entries() == [".standpoint"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path) == ["annotations.json"])
    }

    @Test func aFileArgumentUsesItsFolder() throws {
        let corpus = try TemporaryFolder("state-file")
        defer { corpus.remove() }
        try Data("x".utf8).write(to: URL(fileURLWithPath: corpus.path + "/one.txt"))
        let state = try StateDirectory.resolve(corpusPaths: [corpus.path + "/one.txt"], environment: [:])
        #expect(state.path.hasSuffix((corpus.path as NSString).lastPathComponent + "/.standpoint"))
    }

    @Test func explicitStateDirWins() throws {
        let corpus = try TemporaryFolder("state-explicit")
        defer { corpus.remove() }
        let state = try StateDirectory.resolve(
            corpusPaths: [corpus.path], explicit: corpus.path + "/mine/state", environment: [:])
        #expect(state.path == corpus.path + "/mine/state")
        #expect(!FileManager.default.fileExists(atPath: corpus.path + "/.standpoint"))
    }

    /// Tests run as root, for whom permission bits do not stop writing, so the
    /// read-only corpus is simulated by a `prepare` check that refuses it;
    /// the fallback folder is then really created and probed.
    @Test func readOnlyCorpusFallsBackToXDGDataHomeAndSaysSo() throws {
        let corpus = try TemporaryFolder("state-ro")
        let data = try TemporaryFolder("state-xdg")
        defer {
            corpus.remove()
            data.remove()
        }
        let root = StateDirectory.corpusRoot(of: [corpus.path])
        let state = try StateDirectory.resolve(
            corpusPaths: [corpus.path], environment: ["XDG_DATA_HOME": data.path],
            prepare: { $0.hasPrefix(root) ? false : StateDirectory.canCreateAndWrite($0) })
        #expect(state.path == data.path + "/standpoint/" + StateDirectory.corpusKey(root))
        #expect(state.notice == "\(root) is read-only; your annotations and trails are kept in \(state.path)")
        #expect(data.entries().isEmpty, "the fallback folder is made by the first save")
    }

    @Test func withoutXDGDataHomeTheFallbackIsUnderHome() throws {
        let corpus = try TemporaryFolder("papers")
        defer { corpus.remove() }
        let state = try StateDirectory.resolve(
            corpusPaths: [corpus.path], environment: ["HOME": "/home/ana"], prepare: { $0.hasPrefix("/home/ana/") })
        #expect(state.path.hasPrefix("/home/ana/.local/share/standpoint/sp-papers-"))
    }

    /// A real failure, no simulation: `.standpoint` exists as a plain file,
    /// so the folder cannot be made even by root.
    @Test func anUnusableStateFolderIsDetectedForReal() throws {
        let corpus = try TemporaryFolder("state-blocked")
        let data = try TemporaryFolder("state-xdg2")
        defer {
            corpus.remove()
            data.remove()
        }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: corpus.path + "/.standpoint"))
        let state = try StateDirectory.resolve(corpusPaths: [corpus.path], environment: ["XDG_DATA_HOME": data.path])
        #expect(state.path.hasPrefix(data.path + "/standpoint/"))
        #expect(state.notice != nil)
    }

    @Test func noWritablePlaceIsAClearError() {
        #expect(throws: StateDirectory.Unavailable.self) {
            try StateDirectory.resolve(corpusPaths: ["/srv/papers"], environment: ["HOME": "/x"], prepare: { _ in false })
        }
    }

    @Test func corpusKeysAreStableAndDistinct() {
        #expect(StateDirectory.corpusKey("/srv/papers") == StateDirectory.corpusKey("/srv/papers"))
        #expect(StateDirectory.corpusKey("/srv/papers") != StateDirectory.corpusKey("/tmp/papers"))
        #expect(StateDirectory.corpusKey("/srv/my papers!").hasPrefix("my_papers_-"))
    }
}

@Suite struct ExistingStateDirectoryTests {
    @Test func findsOnlyFoldersThatExistAndCreatesNothing() throws {
        let corpus = try TemporaryFolder("state-existing")
        let data = try TemporaryFolder("state-existing-xdg")
        defer {
            corpus.remove()
            data.remove()
        }
        let environment = ["XDG_DATA_HOME": data.path]
        #expect(StateDirectory.existing(corpusPaths: [corpus.path], environment: environment) == nil)
        #expect(corpus.entries().isEmpty)
        let root = StateDirectory.corpusRoot(of: [corpus.path])
        let fallback = data.path + "/standpoint/" + StateDirectory.corpusKey(root)
        try FileManager.default.createDirectory(atPath: fallback, withIntermediateDirectories: true)
        #expect(StateDirectory.existing(corpusPaths: [corpus.path], environment: environment)?.path == fallback)
        try FileManager.default.createDirectory(atPath: corpus.path + "/.standpoint", withIntermediateDirectories: true)
        #expect(StateDirectory.existing(corpusPaths: [corpus.path], environment: environment)?.path == root + "/.standpoint")
    }
}
