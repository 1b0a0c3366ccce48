import Foundation

/// Turns a file's bytes into text, choosing the encoding by a rule a user can
/// predict (docs/formats.md):
///
/// 1. A byte order mark decides: UTF-8, UTF-16 LE or UTF-16 BE.
/// 2. Without one, a NUL byte or many control bytes in the first 64 KB mean
///    the file is binary and is skipped.
/// 3. Valid UTF-8 is read as UTF-8; otherwise an HTML page that declares
///    its character set (`<meta charset>`) is read in it.
/// 4. Otherwise, if valid multi-byte UTF-8 sequences outnumber the invalid
///    bytes, the file is UTF-8 with a few damaged bytes: those become U+FFFD.
///    If not, it is read as Latin-1 (as Windows-1252, the superset that
///    Windows and web pages write).
///
/// Line ends (CRLF, CR) become LF and a leading BOM is dropped, so that byte
/// offsets into the text are the same on every platform.
enum TextDecoding {
    /// The encoding a file was read in.
    enum Encoding: Sendable, Equatable {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
        case latin1
        /// The character set the page declares (its label).
        case declared(String)

        /// The name in messages.
        var name: String {
            switch self {
            case .utf8: return "UTF-8"
            case .utf16LittleEndian: return "UTF-16 LE"
            case .utf16BigEndian: return "UTF-16 BE"
            case .latin1: return "Latin-1 (Windows-1252)"
            case .declared(let label): return label
            }
        }
    }

    /// Why bytes could not be read as text.
    enum Failure: Error, Equatable {
        /// Zero bytes.
        case empty
        /// NUL bytes or mostly control bytes: not a text file.
        case binary
    }

    /// Decoded text and what was done to get it.
    struct Decoded: Equatable {
        /// The text, LF line ends, no BOM.
        var text: String
        /// The encoding chosen.
        var encoding: Encoding
        /// Invalid byte sequences replaced with U+FFFD.
        var replacements: Int
    }

    /// How many leading bytes are examined for binary content.
    static let sniffLength = 64 * 1024

    /// Decodes `bytes` by the rule above.
    ///
    /// - Complexity: O(n) in the number of bytes.
    /// `declared` is the character set a page names for itself (HTML): it is
    /// used, between steps 3 and 4, for bytes that are not valid UTF-8.
    static func decode(_ bytes: [UInt8], declared: (label: String, encoding: String.Encoding)? = nil) -> Result<Decoded, Failure> {
        guard !bytes.isEmpty else { return .failure(.empty) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            let invalid = UTF8Scan(body).invalid
            return .success(Decoded(text: normalised(String(decoding: body, as: UTF8.self)), encoding: .utf8, replacements: invalid))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return .success(utf16(bytes.dropFirst(2), bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .success(utf16(bytes.dropFirst(2), bigEndian: true)) }
        if looksBinary(bytes.prefix(sniffLength)) { return .failure(.binary) }
        if let valid = validUTF8(bytes) {
            return .success(Decoded(text: normalised(valid), encoding: .utf8, replacements: 0))
        }
        if let declared {
            if declared.encoding == .windowsCP1252 {
                return .success(Decoded(text: normalised(windows1252(bytes)), encoding: .declared(declared.label), replacements: 0))
            }
            if let text = String(bytes: bytes, encoding: declared.encoding) {
                return .success(Decoded(text: normalised(text), encoding: .declared(declared.label), replacements: 0))
            }
        }
        let scan = UTF8Scan(bytes[...])
        if scan.validMultiByte > scan.invalid {
            return .success(Decoded(text: normalised(String(decoding: bytes, as: UTF8.self)), encoding: .utf8, replacements: scan.invalid))
        }
        return .success(Decoded(text: normalised(windows1252(bytes)), encoding: .latin1, replacements: 0))
    }

    /// `String(validating: bytes, as: UTF8.self)`, with the bytes checked
    /// here, eight at a time while they are ASCII, and the string then made
    /// without checking them again.
    ///
    /// The standard library reads a text that is not all ASCII a byte at a
    /// time (30 M instructions for 1,000 documents), and only a `UTF8Span`
    /// made unchecked spares a string that check (callgrind, 1,000
    /// documents: `CorpusLoader.load` 55.8 -> 27.8 M).
    static func validUTF8(_ bytes: [UInt8]) -> String? {
        guard #available(macOS 26.0, *) else { return String(validating: bytes, as: UTF8.self) }
        let check = bytes.withUnsafeBufferPointer { UTF8Check($0) }
        guard check.isValid else { return nil }
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: check.isASCII))
    }

    /// True when `sample` has a NUL byte, or more than 10% control bytes other
    /// than tab, line feed, form feed, carriage return and escape.
    ///
    /// Eight bytes are passed over at once when none of them is below 0x20
    /// or 0x7F (`mayHoldControl`); the others are looked at one at a time.
    /// One byte at a time took 26 M instructions for 1,000 synthetic
    /// documents (callgrind).
    static func looksBinary(_ sample: ArraySlice<UInt8>) -> Bool {
        // (The count is kept inside the closure: counted in a variable
        // outside it, every control byte went through exclusivity checks.)
        let controls = sample.withUnsafeBufferPointer { bytes -> Int? in
            var controls = 0
            /// Counts the controls among `bytes[range]`; false at a NUL.
            func count(_ range: Range<Int>) -> Bool {
                for k in range {
                    let byte = bytes[k]
                    // most bytes are printable: one comparison for them
                    if byte >= 0x20 {
                        if byte == 0x7F { controls += 1 }
                        continue
                    }
                    if byte == 0 { return false }
                    if byte != 0x09 && byte != 0x0A && byte != 0x0B && byte != 0x0C && byte != 0x0D && byte != 0x1B {
                        controls += 1
                    }
                }
                return true
            }
            var i = 0
            if let base = bytes.baseAddress {
                // Four words at a time while none may hold a control: one
                // test for 32 bytes (callgrind, 1,000 documents: 10.5 -> 4.2 M).
                while i &+ 32 <= bytes.count {
                    let raw = UnsafeRawPointer(base + i)
                    let flags = controlFlags(raw.loadUnaligned(as: UInt64.self))
                        | controlFlags(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                        | controlFlags(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
                        | controlFlags(raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                    if flags != 0 {
                        for word in stride(from: i, to: i &+ 32, by: 8)
                        where mayHoldControl(UnsafeRawPointer(base + word).loadUnaligned(as: UInt64.self)) {
                            guard count(word..<(word &+ 8)) else { return nil }
                        }
                    }
                    i &+= 32
                }
                while i &+ 8 <= bytes.count {
                    if mayHoldControl(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                        guard count(i..<(i &+ 8)) else { return nil }
                    }
                    i &+= 8
                }
            }
            return count(i..<bytes.count) ? controls : nil
        }
        guard let controls else { return true }
        return controls * 10 > sample.count
    }

    /// Whether one of the eight bytes of `word` is below 0x20 or is 0x7F.
    ///
    /// With the top bits cleared, adding 0x60 to a byte sets its top bit
    /// exactly when it is at least 0x20, and carries into no other byte; a
    /// byte XORed with 0x7F is zero exactly when it was 0x7F.
    @inline(__always)
    static func mayHoldControl(_ word: UInt64) -> Bool { controlFlags(word) != 0 }

    /// The top bit of each byte of `word` that is below 0x20 or is 0x7F.
    @inline(__always)
    static func controlFlags(_ word: UInt64) -> UInt64 {
        let tops: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let low = word & lows
        let below20 = ~(low &+ 0x6060_6060_6060_6060) & ~word & tops
        let xored = (word ^ lows) & lows
        let is7F = ~((xored &+ lows) | xored) & ~word & tops
        return below20 | is7F
    }

    /// Whether `text` holds a carriage return, looked for with `memchr`
    /// (`contains` on the `UTF8View` cost 1.5 M instructions for the seven
    /// resources); `text` is made contiguous if it was not.
    static func hasCarriageReturn(_ text: inout String) -> Bool {
        text.withUTF8 { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), bytes.count) != nil } ?? false
        }
    }

    /// CRLF and lone CR become LF; a BOM at the start is removed.
    static func normalised(_ text: String) -> String {
        var result = text
        // (U+FEFF is a character of its own, as a control is: its bytes tell
        // it, where `hasPrefix` took 860 instructions a document.)
        if result.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { result.removeFirst() }
        guard hasCarriageReturn(&result) else { return result }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(result.utf8.count)
        var previousCR = false
        for byte in result.utf8 {
            if byte == 0x0D {
                bytes.append(0x0A)
                previousCR = true
                continue
            }
            if !(byte == 0x0A && previousCR) { bytes.append(byte) }
            previousCR = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let first = UInt16(body[index])
            let second = UInt16(body[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var replacements = body.count % 2
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                replacements += 1
                scalars.append("\u{FFFD}")
            }
        }
        if body.count % 2 == 1 { scalars.append("\u{FFFD}") }
        let encoding: Encoding = bigEndian ? .utf16BigEndian : .utf16LittleEndian
        return Decoded(text: normalised(String(scalars)), encoding: encoding, replacements: replacements)
    }

    /// The characters of bytes 0x80...0xFF in Windows-1252; the five bytes it
    /// leaves undefined map to the C1 code points, as browsers do.
    private static let windows1252Table: [Unicode.Scalar] = (0x80...0xFF).map { byte in
        String(bytes: [UInt8(byte)], encoding: .windowsCP1252)?.unicodeScalars.first ?? Unicode.Scalar(UInt8(byte))
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : windows1252Table[Int(byte) - 0x80])
        }
        return String(scalars)
    }
}

/// What a UTF-8 lead byte starts (RFC 3629's table of well-formed
/// sequences), shared by the check and the count of repairs so they agree.
enum UTF8Lead {
    /// The length of the sequence `lead` starts and the range its second
    /// byte must lie in (narrower than 0x80...0xBF after E0, ED, F0 and F4,
    /// which rules out overlong forms, surrogates and scalars past
    /// U+10FFFF); nil for ASCII, a continuation byte or a byte never valid.
    @inline(__always)
    static func sequence(of lead: UInt8) -> (length: Int, lower: UInt8, upper: UInt8)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: nil
        }
    }
}

/// Whether bytes are well-formed UTF-8 (as `String(validating:as:)` decides:
/// no overlong forms, surrogates or scalars past U+10FFFF), and whether
/// they are all ASCII.
///
/// Thirty-two or eight bytes are passed over at once while none has its top
/// bit set; each multi-byte sequence is then checked as `UTF8Scan` checks it.
struct UTF8Check {
    private(set) var isValid = true
    private(set) var isASCII = true

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let end = bytes.count
        var i = 0
        while i < end {
            // Four words at once while none has a top bit set (one test for 32 bytes).
            while i &+ 32 <= end {
                let raw = UnsafeRawPointer(base + i)
                let tops = (raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                    & 0x8080_8080_8080_8080
                guard tops == 0 else { break }
                i &+= 32
            }
            // The words may end the text: the byte at `end` is none of it.
            // (Read there, it was whatever the room past the text held, and
            // an ASCII text whose length is a multiple of 32 was at times
            // found not to be UTF-8 and read as Latin-1, with a warning.)
            guard i < end else { break }
            if i &+ 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
                guard word != 0 else {
                    i &+= 8
                    continue
                }
                // to the first byte with its top bit set
                i &+= word.trailingZeroBitCount >> 3
            } else if base[i] < 0x80 {
                i &+= 1
                continue
            }
            isASCII = false
            guard let (length, lower, upper) = UTF8Lead.sequence(of: base[i]),
                end &- i >= length, base[i &+ 1] >= lower, base[i &+ 1] <= upper
            else {
                isValid = false
                return
            }
            for k in 2..<length where base[i &+ k] & 0xC0 != 0x80 {
                isValid = false
                return
            }
            i &+= length
        }
    }
}

/// Counts valid multi-byte sequences and invalid bytes in UTF-8 input,
/// following the "maximal subpart" rule that `String(decoding:as:)` uses, so
/// `invalid` is the number of U+FFFD the repair will insert.
struct UTF8Scan {
    private(set) var validMultiByte = 0
    private(set) var invalid = 0

    init(_ bytes: ArraySlice<UInt8>) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard let (length, lower, upper) = UTF8Lead.sequence(of: lead) else {
                invalid += 1
                i += 1
                continue
            }
            var j = i + 1
            var ok = true
            for k in 1..<length {
                guard j < end else { ok = false; break }
                let byte = bytes[j]
                let (low, high) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= low && byte <= high else { ok = false; break }
                j += 1
            }
            if ok { validMultiByte += 1 } else { invalid += 1 }
            i = j
        }
    }
}
