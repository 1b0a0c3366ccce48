import Foundation

/// Finds the documents under the paths a user gives and reads them into text.
///
/// Discovery and reading are separate so that the analyser can read and
/// analyse files in parallel, and so that a file that fails to read costs a
/// warning, never the run. What each format yields is described in
/// docs/formats.md; the limits in `LoadLimits`.
public struct CorpusLoader: Sendable {
    /// A file found by discovery, with the id it will have in the corpus.
    public struct SourceFile: Sendable, Hashable {
        /// Path of the file.
        public let path: String
        /// Corpus id: path relative to the root it was found under, without extension.
        public let id: String
        /// Lower-cased extension without the dot ("txt", "md", "html", "pdf").
        public let fileExtension: String

        /// How the file is read, from its extension.
        public var format: DocumentFormat { DocumentFormat(fileExtension: fileExtension) ?? .plainText }
    }

    /// Extensions read as documents; anything else is skipped with a note.
    public static let supportedExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf"]

    /// The bounds every file is read within.
    public var limits: LoadLimits
    /// The `pdftotext` program that reads PDFs; nil when it is not installed
    /// (PDFs are then skipped with a warning that says how to install it).
    public var pdfTool: String?

    public init(limits: LoadLimits = LoadLimits(), pdfTool: String? = PDFText.locateTool()) {
        self.limits = limits
        self.pdfTool = pdfTool
    }

    /// Every document under `paths` (files are taken as given, folders are walked
    /// recursively), sorted by id, and a warning for each file passed over.
    ///
    /// A missing path among others is a warning, so the rest still loads.
    ///
    /// - Throws: `LoadError.pathNotFound` when none of the paths exists.
    public func discover(_ paths: [String]) throws -> (files: [SourceFile], warnings: [LoadWarning]) {
        var discovery = FileDiscovery()
        var missing: [String] = []
        for path in paths where !discovery.add(path) {
            missing.append(path)
        }
        if !paths.isEmpty && missing.count == paths.count { throw LoadError.pathNotFound(missing[0]) }
        let missingWarnings = missing.map {
            LoadWarning(path: $0, message: "skipped: no such file or directory; check the path")
        }
        return (discovery.sortedFiles, missingWarnings + discovery.warnings)
    }

    /// Reads one discovered file and extracts its text by format.
    ///
    /// Returns the document (nil when nothing could be read: the reason is
    /// then among the warnings) and any warnings.
    public func load(_ file: SourceFile) -> (document: SourceDocument?, warnings: [LoadWarning]) {
        if file.format == .pdf { return loadPDF(file) }
        switch FileReading.read(file.path, limit: limits.maxFileSize) {
        case .failure(let failure):
            return (nil, [LoadWarning(path: file.path, message: failure.message)])
        case .success(let bytes):
            return document(from: bytes, id: file.id, path: file.path, format: file.format)
        }
    }

    /// Decodes `bytes` and extracts the text of `format`, as `load` does
    /// after reading a file. For `.pdf`, `bytes` are the output of
    /// `pdftotext -layout`, which this reflows.
    public func document(
        from bytes: [UInt8], id: String, path: String, format: DocumentFormat
    ) -> (document: SourceDocument?, warnings: [LoadWarning]) {
        let decoded: TextDecoding.Decoded
        let declared = format == .html ? HTMLCharset.declaredEncoding(in: bytes) : nil
        switch TextDecoding.decode(bytes, declared: declared) {
        case .failure(.empty):
            return (nil, [LoadWarning(path: path, message: "skipped: the file is empty")])
        case .failure(.binary):
            return (nil, [LoadWarning(path: path, message: "skipped: binary data, not text (is the extension right?)")])
        case .success(let result):
            decoded = result
        }
        var warnings: [LoadWarning] = []
        if decoded.encoding == .latin1 {
            warnings.append(LoadWarning(path: path, message: "read as Latin-1 (Windows-1252): not valid UTF-8; re-save it as UTF-8 if accents look wrong"))
        } else if decoded.replacements > 0 {
            let count = decoded.replacements == 1 ? "1 invalid byte sequence" : "\(decoded.replacements) invalid byte sequences"
            warnings.append(LoadWarning(path: path, message: "repaired: \(count) in \(decoded.encoding.name) replaced with U+FFFD"))
        }
        let extracted = extract(decoded.text, format: format)
        guard extracted.text.contains(where: { !$0.isWhitespace }) else {
            let what = format == .html ? "no visible text" : "no text (only white space)"
            warnings.append(LoadWarning(path: path, message: "skipped: \(what)"))
            return (nil, warnings)
        }
        let longest = Self.longestLine(extracted.text)
        if longest > limits.longLineNotice {
            warnings.append(LoadWarning(path: path, message: "read whole: a line of \(LoadLimits.describe(bytes: longest)) without a line break; analysing it can take minutes"))
        }
        let title = extracted.title.map { Self.cleanTitle($0) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.title(of: extracted.text, fallback: (path as NSString).lastPathComponent)
        return (SourceDocument(id: id, path: path, title: title, text: extracted.text), warnings)
    }

    /// The text and, where the format names one, the title of decoded text.
    func extract(_ text: String, format: DocumentFormat) -> (title: String?, text: String) {
        switch format {
        case .plainText: return (nil, text)
        case .markdown: return MarkdownText.extract(text)
        case .html: return HTMLText.extract(text)
        case .pdf: return (nil, PDFLayout.reflow(text))
        }
    }

    private func loadPDF(_ file: SourceFile) -> (document: SourceDocument?, warnings: [LoadWarning]) {
        var info = stat()
        if stat(file.path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                let failure = FileReading.Failure.notRegularFile(FileReading.kind(of: info.st_mode))
                return (nil, [LoadWarning(path: file.path, message: failure.message)])
            }
            if Int(info.st_size) > limits.maxFileSize {
                let failure = FileReading.Failure.tooLarge(size: Int(info.st_size), limit: limits.maxFileSize)
                return (nil, [LoadWarning(path: file.path, message: failure.message)])
            }
        }
        switch PDFText.layoutText(of: file.path, tool: pdfTool, limits: limits) {
        case .failure(let failure):
            return (nil, [LoadWarning(path: file.path, message: failure.message)])
        case .success(let bytes):
            return document(from: bytes, id: file.id, path: file.path, format: .pdf)
        }
    }

    /// The first non-empty line, without Markdown heading marks, trimmed.
    ///
    /// Lines are taken one at a time from the start rather than by splitting
    /// the whole head of the text: the title is nearly always on the first
    /// line, and splitting 20,000 characters of every document was most of
    /// the load stage (standpoint-bench, docs/performance.md).
    ///
    /// `fallback` is made only when no line serves: asking `NSString` for a
    /// path's last component cost about 18,000 instructions a document.
    static func title(of text: String, fallback: @autoclosure () -> String) -> String {
        var rest = Substring(text)
        var lines = 0
        while lines < 50, !rest.isEmpty {
            let end = lineEnd(in: rest)
            // Within 20,000 bytes a line is surely within 20,000 characters; past that, count them.
            guard text.utf8.distance(from: text.startIndex, to: end) <= 20_000 else {
                return headTitle(of: text, fallback: fallback)
            }
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            guard !line.isEmpty else { continue }
            lines += 1
            if let title = titleLine(line) { return title }
        }
        return fallback()
    }

    /// `title(of:fallback:)` over the first 20,000 characters, counted.
    static func headTitle(of text: String, fallback: () -> String) -> String {
        for line in text.prefix(20_000).split(separator: "\n", omittingEmptySubsequences: true).prefix(50) {
            if let title = titleLine(line) { return title }
        }
        return fallback()
    }

    /// Where the first line of `text` ends: its first "\n" as a `Character`,
    /// found among the UTF-8 bytes. A line feed is a character of its own
    /// except after a carriage return, so only then are characters walked.
    static func lineEnd(in text: Substring) -> Substring.Index {
        // Searched with memchr: the generic searches of the UTF-8 view took
        // 5 M instructions for 1,000 first lines (callgrind).
        var bytes = text
        let found = bytes.withUTF8 { buffer -> (newline: Int, carriageReturn: Bool)? in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0x0A, buffer.count) else { return nil }
            let newline = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            return (newline, memchr(base, 0x0D, newline) != nil)
        }
        guard let found else { return text.endIndex }
        guard found.carriageReturn else { return text.utf8.index(text.startIndex, offsetBy: found.newline) }
        return text.firstIndex(of: "\n") ?? text.endIndex
    }

    /// The UTF-8 bytes of the first `count` characters of `text`, if they
    /// and the character after them are plain: each one scalar that joins
    /// no neighbour into a character of two. Plain are ASCII but the
    /// carriage return (which joins a following line feed), U+0080 to
    /// U+02FF (Latin letters and signs, below the combining marks), and the
    /// punctuation U+2010 to U+2027 and U+2030 to U+205E (dashes, quotes,
    /// bullets). Plain text can be read byte by byte: its characters are its
    /// scalars, and its only white space besides ASCII's is U+0085 and the
    /// no-break space U+00A0.
    static func plainPrefix(_ text: Substring, characters count: Int) -> ArraySlice<UInt8>? {
        var text = text
        return text.withUTF8 { bytes -> ArraySlice<UInt8>? in
            var i = 0
            var characters = 0
            var end: Int?
            // Eight bytes at a time while they are ASCII other than a carriage
            // return and stay short of the `count`th character: each byte is
            // then a plain character of its own (`PlainASCII`; callgrind,
            // 1,000 documents: 1.66 -> 0.71 M instructions).
            if let base = bytes.baseAddress {
                while i &+ 8 <= bytes.count && characters &+ 8 <= count,
                    PlainASCII.isPlain(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                {
                    i &+= 8
                    characters &+= 8
                }
            }
            while i < bytes.count && characters <= count {
                if characters == count { end = i }
                guard let length = plainScalarLength(bytes, at: i) else { return nil }
                i += length
                characters += 1
            }
            return Array(bytes[..<(end ?? i)])[...]
        }
    }

    /// The length of the plain scalar (`plainPrefix`) at `i`, or nil.
    @inline(__always)
    static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = bytes[i]
        if lead < 0x80 { return lead == 0x0D ? nil : 1 }
        if lead >= 0xC2 && lead <= 0xCB {
            return i + 1 < bytes.count && bytes[i + 1] & 0xC0 == 0x80 ? 2 : nil
        }
        guard lead == 0xE2, i + 2 < bytes.count else { return nil }
        let (second, third) = (bytes[i + 1], bytes[i + 2])
        let punctuation = (second == 0x80 && ((0x90...0xA7).contains(third) || (0xB0...0xBF).contains(third)))
            || (second == 0x81 && (0x80...0x9E).contains(third))
        return punctuation ? 3 : nil
    }

    /// Whether the plain scalar at the end of `bytes` (or, `atStart`, at its
    /// start) is a space, a tab or a no-break space: what
    /// `trimmingUnicodeSpaces` trims from plain text. Returns its length, or 0.
    static func plainTrimmableLength(_ bytes: ArraySlice<UInt8>, atStart: Bool) -> Int {
        guard let edge = atStart ? bytes.first : bytes.last else { return 0 }
        if edge == 0x20 || edge == 0x09 { return 1 }
        guard bytes.count >= 2 else { return 0 }
        let pair = atStart ? (bytes[bytes.startIndex], bytes[bytes.startIndex + 1]) : (bytes[bytes.endIndex - 2], edge)
        return pair == (0xC2, 0xA0) ? 2 : 0
    }

    /// `line` without Markdown's # and surrounding spaces, if at least two characters remain.
    ///
    /// Plain text (`plainPrefix`: all ASCII, and most lines with accents,
    /// curly quotes or dashes) is trimmed on its bytes: going by `Character`
    /// for the 375 titles of 1,000 that are not ASCII made finding titles
    /// 45 M instructions (callgrind, 1,000 documents), this 14 M.
    static func titleLine(_ line: Substring) -> String? {
        if var bytes = plainPrefix(line, characters: 1000) {
            func trim() {
                while case let length = plainTrimmableLength(bytes, atStart: true), length > 0 { bytes.removeFirst(length) }
                while case let length = plainTrimmableLength(bytes, atStart: false), length > 0 { bytes.removeLast(length) }
            }
            trim()
            while bytes.first == UInt8(ascii: "#") { bytes.removeFirst() }
            trim()
            // (Counted up to two, not through a line of up to 1,000 characters.)
            var characters = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                characters += 1
                if characters == 2 { break }
            }
            return characters >= 2 ? cleanPlainTitle(bytes) : nil
        }
        var trimmed = line.prefix(1000).trimmingUnicodeSpaces()
        while trimmed.hasPrefix("#") { trimmed.removeFirst() }
        trimmed = Substring(trimmed).trimmingUnicodeSpaces()
        return trimmed.count >= 2 ? cleanTitle(trimmed) : nil
    }

    /// The length in bytes of the longest line of `text`.
    static func longestLine(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var longest = 0
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                longest = max(longest, index - start)
                start = index + 1
            }
            return max(longest, bytes.count - start)
        }
    }

    /// White space collapsed, at most 200 characters.
    static func cleanTitle(_ title: String) -> String {
        if let bytes = plainPrefix(Substring(title), characters: 2000) { return cleanPlainTitle(bytes) }
        // An ASCII character is white space exactly when it is a tab, line
        // feed, vertical tab, form feed, carriage return or space; asking
        // its Unicode properties took 400 instructions a character
        // (callgrind, 1,000 documents: 11 M for 375 titles).
        func isSpace(_ character: Character) -> Bool {
            if let ascii = character.asciiValue { return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D) }
            return character.isWhitespace
        }
        // The words of the first 2,000 characters, as `split` makes them, but
        // only as many as the first 200 characters of their join can come
        // from: a title line can be a whole paragraph.
        var words: [Substring] = []
        var letters = 0
        var wordStart: String.Index?
        var index = title.startIndex
        var seen = 0
        while index < title.endIndex && seen < 2000 {
            let next = title.index(after: index)
            if !isSpace(title[index]) {
                if wordStart == nil { wordStart = index }
                letters += 1
            } else if let start = wordStart {
                words.append(title[start..<index])
                wordStart = nil
                if Self.joinHasMoreThan200Characters(letters: letters, words: words.count) { break }
            }
            index = next
            seen += 1
        }
        if let wordStart { words.append(title[wordStart..<index]) }
        return String(words.joined(separator: " ").prefix(200))
    }

    /// `cleanTitle` of plain text (`plainPrefix`) of at most 2,000
    /// characters: split at white space (ASCII's, U+0085 and U+00A0) byte
    /// by byte, counting characters by their first bytes.
    ///
    /// The bytes are written where the string keeps them (at most 200
    /// characters of at most three bytes) rather than appended one by one
    /// to an array (callgrind, 1,000 documents: finding titles 9.4 -> 7.5 M).
    /// The title is no longer than the line it comes from: room for 600
    /// bytes made every title a 600-byte allocation, kept as long as its
    /// document (some 6.5 MB at 10,000 documents).
    static func cleanPlainTitle(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: min(600, bytes.count)) { result in
            var count = 0
            var space = false
            var characters = 0
            var i = bytes.startIndex
            while i < bytes.endIndex && characters < 200 {
                let lead = bytes[i]
                // Printable ASCII (most of a title) is neither a space nor
                // the start of a longer character: it skips both tests.
                let printable = lead > 0x20 && lead < 0x80
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3
                if !printable
                    && (lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
                        || (lead == 0xC2 && (bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0)))
                {
                    space = count > 0
                    i += length
                    continue
                }
                if space {
                    result[count] = 0x20
                    count += 1
                    characters += 1
                    if characters == 200 { break }
                }
                space = false
                if printable {
                    result[count] = lead
                    count += 1
                } else {
                    for k in i..<(i + length) {
                        result[count] = bytes[k]
                        count += 1
                    }
                }
                i += length
                characters += 1
            }
            return count
        }
    }

    /// Whether words of `letters` characters in all, joined by single
    /// spaces, surely make more than 200 characters, so that later words
    /// cannot change the first 200 (a character boundary depends only on
    /// what precedes it and the one scalar after it).
    ///
    /// Each of the `words - 1` spaces adds a character, but may join the
    /// characters on either side of it into one (after a prepended mark,
    /// before a combining one): at worst two fewer at each join.
    static func joinHasMoreThan200Characters(letters: Int, words: Int) -> Bool {
        letters - (words - 1) > 200
    }
}
