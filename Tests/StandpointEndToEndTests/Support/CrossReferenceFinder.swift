import Foundation

/// Asks `standpoint export` for a point of data/ whose claim is also made in
/// another document, and where it sits in the browser's lists.
enum CrossReferenceFinder {
    struct Link {
        let fromDocument: String
        let documentIndex: Int
        let pointIndex: Int
    }

    static func firstCrossDocumentLink() throws -> Link? {
        let process = Process()
        process.executableURL = Product.binary
        process.currentDirectoryURL = Product.repository
        process.arguments = ["export"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let documents = json["documents"] as? [[String: Any]],
            let points = json["points"] as? [[String: Any]],
            let claims = json["claims"] as? [[String: Any]]
        else { return nil }
        let documentIDs = documents.compactMap { $0["id"] as? String }
        let multiDocument = Set(claims.filter { ($0["documents"] as? [String])?.count ?? 0 > 1 }.compactMap { $0["id"] as? String })
        for point in points {
            guard let claim = point["claim"] as? String, multiDocument.contains(claim),
                let document = point["document"] as? String, let documentIndex = documentIDs.firstIndex(of: document),
                let id = point["id"] as? String
            else { continue }
            let ofDocument = points.filter { $0["document"] as? String == document }.compactMap { $0["id"] as? String }
            guard let pointIndex = ofDocument.firstIndex(of: id) else { continue }
            return Link(fromDocument: document, documentIndex: documentIndex, pointIndex: pointIndex)
        }
        return nil
    }
}
