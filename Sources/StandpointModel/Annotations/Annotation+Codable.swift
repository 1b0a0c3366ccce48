/// Annotations are stored as flat, readable JSON objects with a `kind`:
/// `{"kind": "polarity", "point": {"document": …, "start": …, "end": …, "text": …}, "polarity": "oppose"}`.
extension Annotation: Codable {
    enum CodingKeys: String, CodingKey { case kind, point, polarity, holder, claimOf, claimLabel, document, text }

    enum Kind: String, Codable {
        case reject, polarity, holder, link, unlink, add, note
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        func anchor() throws -> PointAnchor { try container.decode(PointAnchor.self, forKey: .point) }
        switch kind {
        case .reject: self = .reject(try anchor())
        case .polarity: self = .setPolarity(try anchor(), try container.decode(Polarity.self, forKey: .polarity))
        case .holder: self = .setHolder(try anchor(), try container.decode(String.self, forKey: .holder))
        case .link:
            self = .link(
                try anchor(), claimOf: try container.decode(PointAnchor.self, forKey: .claimOf),
                label: try container.decodeIfPresent(String.self, forKey: .claimLabel) ?? "")
        case .unlink: self = .unlink(try anchor())
        case .add:
            self = .addPoint(
                try anchor(), holder: try container.decodeIfPresent(String.self, forKey: .holder),
                polarity: try container.decode(Polarity.self, forKey: .polarity))
        case .note:
            let text = try container.decode(String.self, forKey: .text)
            if let document = try container.decodeIfPresent(String.self, forKey: .document) {
                self = .note(.document(document), text)
            } else {
                self = .note(.point(try anchor()), text)
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .reject(let anchor):
            try container.encode(Kind.reject, forKey: .kind)
            try container.encode(anchor, forKey: .point)
        case .setPolarity(let anchor, let polarity):
            try container.encode(Kind.polarity, forKey: .kind)
            try container.encode(anchor, forKey: .point)
            try container.encode(polarity, forKey: .polarity)
        case .setHolder(let anchor, let holder):
            try container.encode(Kind.holder, forKey: .kind)
            try container.encode(anchor, forKey: .point)
            try container.encode(holder, forKey: .holder)
        case .link(let anchor, let claimOf, let label):
            try container.encode(Kind.link, forKey: .kind)
            try container.encode(anchor, forKey: .point)
            try container.encode(claimOf, forKey: .claimOf)
            try container.encode(label, forKey: .claimLabel)
        case .unlink(let anchor):
            try container.encode(Kind.unlink, forKey: .kind)
            try container.encode(anchor, forKey: .point)
        case .addPoint(let anchor, let holder, let polarity):
            try container.encode(Kind.add, forKey: .kind)
            try container.encode(anchor, forKey: .point)
            try container.encodeIfPresent(holder, forKey: .holder)
            try container.encode(polarity, forKey: .polarity)
        case .note(let target, let text):
            try container.encode(Kind.note, forKey: .kind)
            switch target {
            case .point(let anchor): try container.encode(anchor, forKey: .point)
            case .document(let id): try container.encode(id, forKey: .document)
            }
            try container.encode(text, forKey: .text)
        }
    }
}
