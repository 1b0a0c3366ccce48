import Foundation

/// Settings for glibc's allocator, made once before the first analysis.
enum MallocTuning {
    /// Fixes glibc's thresholds for giving memory back, through `mallopt`
    /// (looked up at run time, as `FreedMemory` looks up `malloc_trim`;
    /// nothing happens where it does not exist): blocks under 32 MB come
    /// from the heap rather than from a mapping of their own, and the top of
    /// a heap is given back only past 256 MB free.
    ///
    /// By default glibc maps blocks from 128 KB, unmaps them when freed and
    /// shrinks a heap past 128 KB free at its top, and the analysis makes,
    /// grows and frees many such arrays: each time the pages come back they
    /// are faulted in again. At 10,000 documents this made 83,000 minor page
    /// faults where the settings make 72,000, with the same peak resident
    /// memory (`/usr/bin/time`, `standpoint export`, three runs each). The
    /// linker's explicit `FreedMemory.trim()` still gives memory back.
    ///
    /// The settings are the process's, not the analysis's: an embedding
    /// program that tunes malloc itself is overridden.
    static func apply() { _ = applied }

    /// Whether `mallopt` took both settings; made once.
    private static let applied: Bool = {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in malloc.h
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in malloc.h
        return mallopt(mmapThreshold, 32 << 20) == 1 && mallopt(trimThreshold, 256 << 20) == 1
    }()
}
