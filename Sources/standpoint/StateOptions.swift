import ArgumentParser
import Foundation
import StandpointModel
import StandpointStore

/// Where the researcher's files (annotations, trails) are kept, shared by
/// the commands that read or write them.
struct StateOptions: ParsableArguments {
    @Option(help: "Folder for annotations and trails. Default: .standpoint/ in the corpus folder.")
    var stateDir: String?

    /// The state folder if it exists already (for commands that only read).
    func existing(for paths: [String]) -> StateDirectory? {
        StateDirectory.existing(corpusPaths: paths, explicit: stateDir)
    }

    /// The state folder, created if needed; says on standard error when it falls back.
    func prepared(for paths: [String]) throws -> StateDirectory {
        do {
            let directory = try StateDirectory.resolve(corpusPaths: paths, explicit: stateDir)
            if let notice = directory.notice { printError("standpoint: \(notice)") }
            return directory
        } catch let error as StateDirectory.Unavailable {
            throw ValidationError(error.description)
        }
    }

    /// `corpus` with the saved annotations applied (none when there is no
    /// state folder); problems with the file are reported on standard error.
    func annotated(_ corpus: Corpus, paths: [String]) throws -> AnnotatedCorpus {
        guard let directory = existing(for: paths) else { return Annotations().apply(to: corpus) }
        let loaded: AnnotationStore.Loaded
        do {
            loaded = try AnnotationStore(directory: directory).load()
        } catch let error as AnnotationStore.Blocked {
            printError("standpoint: warning: \(error); exporting without corrections")
            return Annotations().apply(to: corpus)
        }
        if let problem = loaded.problem { printError("standpoint: warning: \(problem)") }
        let annotated = loaded.annotations.apply(to: corpus)
        if !annotated.unresolved.isEmpty {
            printError("standpoint: warning: \(annotated.unresolved.count) saved corrections no longer find their text in this corpus; they are kept in \(directory.annotationsPath)")
        }
        return annotated
    }

    /// The trail `nameOrFile`: a trail file's path, or the name of a trail saved in the state folder.
    func trail(_ nameOrFile: String, paths: [String]) throws -> Trail {
        do {
            if FileManager.default.fileExists(atPath: nameOrFile) { return try TrailStore.load(file: nameOrFile) }
            if let directory = existing(for: paths), let trail = try TrailStore(directory: directory).load(named: nameOrFile) {
                return trail
            }
        } catch let problem as TrailStore.Problem {
            throw ValidationError(problem.description)
        }
        let known = existing(for: paths).map { TrailStore(directory: $0).names() } ?? []
        throw ValidationError(
            "no trail '\(nameOrFile)': give a trail file or one of the saved trails"
                + (known.isEmpty ? " (none saved yet; make one in the browser with m)" : " (\(known.joined(separator: ", ")))"))
    }
}
