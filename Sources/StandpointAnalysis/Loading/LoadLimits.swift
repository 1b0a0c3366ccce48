import Foundation

/// The explicit bounds the loader works within, so that no single file can
/// take unbounded time or memory. A file past a limit is skipped with a
/// warning, never silently truncated.
public struct LoadLimits: Sendable, Hashable {
    /// Files larger than this many bytes are skipped (default 64 MB).
    public var maxFileSize: Int
    /// Seconds `pdftotext` may run on one file before it is stopped and the file skipped.
    public var pdfTimeout: Double
    /// A line longer than this many bytes is read whole, with a notice that
    /// analysing it can be slow (sentences are found by punctuation, and such
    /// a line usually has little).
    public var longLineNotice: Int

    /// The default limit on file size: 64 MB.
    public static let defaultMaxFileSize = 64 * 1024 * 1024

    public init(maxFileSize: Int = LoadLimits.defaultMaxFileSize, pdfTimeout: Double = 60, longLineNotice: Int = 1 << 20) {
        self.maxFileSize = maxFileSize
        self.pdfTimeout = pdfTimeout
        self.longLineNotice = longLineNotice
    }

    /// Parses a size as a user writes it: `64MB`, `64M`, `500k`, `1G`, `1048576`
    /// (units are powers of 1024; `B` is optional). Nil when it is not a size.
    public static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces).lowercased())
        if digits.hasSuffix("ib") { digits = digits.dropLast(2) + "b" }
        if digits.hasSuffix("b") { digits = digits.dropLast() }
        var multiplier = 1
        switch digits.last {
        case "k": multiplier = 1 << 10
        case "m": multiplier = 1 << 20
        case "g": multiplier = 1 << 30
        default: break
        }
        if multiplier > 1 { digits = digits.dropLast() }
        guard let value = Double(digits), value.isFinite, value > 0 else { return nil }
        let bytes = value * Double(multiplier)
        guard bytes >= 1, bytes < Double(Int.max / 2) else { return nil }
        return Int(bytes)
    }

    /// A size for messages: "64 MB", "1.5 MB", "812 KB", "97 bytes".
    public static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 { return format(Double(bytes) / Double(1 << 20)) + " MB" }
        if bytes >= 1 << 10 { return format(Double(bytes) / Double(1 << 10)) + " KB" }
        return "\(bytes) bytes"
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
