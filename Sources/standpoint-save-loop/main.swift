// A helper for the crash-safety test of AnnotationStore: saves ever-growing
// annotations to the given file in an endless loop, so that the test can
// kill -9 it at random instants and check the file is never torn.
//
// Usage: standpoint-save-loop FILE
// Save number n holds n notes, note i reading "note i" followed by padding,
// so a reader can tell a whole file of any generation from a torn one.
import Foundation
import StandpointModel
import StandpointStore

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: standpoint-save-loop FILE\n".utf8))
    exit(2)
}
let store = AnnotationStore(path: arguments[1])
var annotations = (try? store.load().annotations) ?? Annotations()
let padding = String(repeating: "·", count: 400)
while true {
    let n = annotations.changes.count
    annotations.record(.note(.document("d"), "note \(n) \(padding)"))
    do {
        try store.save(annotations)
    } catch {
        FileHandle.standardError.write(Data("standpoint-save-loop: \(error)\n".utf8))
        exit(1)
    }
}
