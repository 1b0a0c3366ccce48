import Foundation
import StandpointAnalysis
import StandpointModel

/// libFuzzer harness over the loaders, the segmenter and the extractor.
///
/// Built only with STANDPOINT_FUZZ set and `-sanitize=fuzzer,address` (see
/// docs/reliability.md); `main` hands the command line to libFuzzer's driver,
/// which calls `LLVMFuzzerTestOneInput` with each input.
@main
enum FuzzEntry {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
    }
}

/// libFuzzer's driver (compiler-rt), run in place of its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// One input: the first byte picks the format (plain text, Markdown, HTML, or
/// PDF layout text); the rest are the file's bytes. They are decoded and
/// extracted as `CorpusLoader.load` would, then segmented and searched for
/// stance points; every sentence and point span must lie inside the text, on
/// character boundaries.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let formats = DocumentFormat.allCases
    let format = formats[Int(start[0]) % formats.count]
    let bytes = Array(UnsafeBufferPointer(start: start + 1, count: count - 1))
    let (source, _) = CorpusLoader().document(from: bytes, id: "fuzz", path: "fuzz", format: format)
    guard let source else { return 0 }
    let (document, points) = analyzer.analyzeText(source)
    let text = Array(source.text.utf8)
    for range in document.sentences.map(\.range) + points.map(\.range) {
        precondition(0 <= range.start && range.start <= range.end && range.end <= text.count, "span \(range) outside \(text.count) bytes")
        precondition(isBoundary(text, range.start) && isBoundary(text, range.end), "span \(range) splits a character")
    }
    return 0
}

/// One analyser for every input, as its lexicons are read once.
let analyzer = Analyzer()

/// True when `offset` is not in the middle of a UTF-8 sequence.
private func isBoundary(_ text: [UInt8], _ offset: Int) -> Bool {
    offset == text.count || text[offset] & 0xC0 != 0x80
}
