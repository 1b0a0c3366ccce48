import Foundation
import StandpointModel
import StandpointStore
import StandpointTerminal
import StandpointUI

/// The researcher's files for one corpus, opened for the browser and
/// presenter: loads annotations and the current trail, performs the
/// browser's research effects (each save at once), and keeps the two
/// presenter screens in step.
final class ResearchFiles: @unchecked Sendable {
    let directory: StateDirectory
    let annotations: AnnotationStore
    let trails: TrailStore
    /// One-line messages for the user about where and how the files were opened.
    private(set) var notices: [String] = []
    private var loaded = Annotations()
    /// False when annotations.json could not be read nor moved aside: saving would destroy it.
    private var mayWriteAnnotations = true

    init(paths: [String], state: StateOptions) throws {
        directory = try state.prepared(for: paths)
        if let notice = directory.notice { notices.append(notice) }
        annotations = AnnotationStore(directory: directory)
        trails = TrailStore(directory: directory)
        do {
            let result = try annotations.load()
            loaded = result.annotations
            if let problem = result.problem { notices.append(problem) }
        } catch let blocked as AnnotationStore.Blocked {
            mayWriteAnnotations = false
            notices.append(blocked.description)
        }
    }

    /// The research state to start with: the saved annotations, and the trail
    /// `trailName` (else the most recently changed trail, else a new one named "trail").
    func researchState(base: Corpus, trail given: Trail? = nil, trailName: String? = nil) -> ResearchState {
        var trail = given
        if trail == nil, let name = trailName ?? mostRecentTrail() {
            do {
                trail = try trails.load(named: name)
            } catch {
                notices.append("\(error)")
            }
            if trail == nil, let trailName { trail = Trail(name: trailName) }
        }
        return ResearchState(base: base, annotations: loaded, trail: trail ?? Trail(name: "trail"), savedTrails: trails.names())
    }

    /// The trail file changed last, by name.
    private func mostRecentTrail() -> String? {
        trails.names().max { lhs, rhs in
            modified(trails.path(of: lhs)) < modified(trails.path(of: rhs))
        }
    }

    private func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    /// Carries out one effect; what it reports back comes as actions.
    func perform(_ effect: ResearchEffect, session: TerminalSession) -> [Action] {
        do {
            switch effect {
            case .saveAnnotations(let value):
                guard mayWriteAnnotations else {
                    return [.research(.saveFailed("not saved: \(annotations.path) must be moved away first (see the message at start)"))]
                }
                try annotations.save(value)
            case .saveTrail(let trail):
                try trails.save(trail)
            case .deleteTrail(let name):
                trails.delete(named: name)
            case .openTrail(let name):
                return [.research(.trailOpened(try trails.load(named: name) ?? Trail(name: name)))]
            case .publishPresenterStep(let trail, let step):
                try PresenterPosition(directory: directory, trail: trail).write(step)
            case .editNote(let editing, let text):
                guard let command = ExternalEditor.command() else { return [.research(.editorUnavailable(editing))] }
                let edited = try session.suspended { try ExternalEditor.edit(text, command: command) }
                return [.research(.noteEdited(editing, edited))]
            }
        } catch {
            return [.research(.saveFailed("\(error)"))]
        }
        return []
    }

    /// Watches the shared presenter position of `trail` (every 200 ms), and
    /// the clock when `clock` (for the notes screen), posting changes to
    /// `inbox` until the process ends.
    func watchPresenter(trail: String, inbox: ActionInbox, clock showsClock: Bool = false) {
        let position = PresenterPosition(directory: directory, trail: trail)
        let thread = Thread {
            var lastStep = position.read()
            var lastClock = ""
            let formatter = DateFormatter()
            formatter.dateFormat = "HH:mm:ss"
            while true {
                let step = position.read()
                if let step, step != lastStep { inbox.post(.research(.presenterFollowed(step))) }
                lastStep = step
                let clock = formatter.string(from: Date())
                if showsClock && clock != lastClock { inbox.post(.research(.clockTicked(clock))) }
                lastClock = clock
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        thread.start()
    }

    /// The step the other presenter screen is on, if one is running.
    func sharedStep(trail: String) -> Int? {
        PresenterPosition(directory: directory, trail: trail).read()
    }
}
