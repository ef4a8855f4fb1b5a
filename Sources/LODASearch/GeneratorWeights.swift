import LODASequences

/// A profile's generators and their weights, written as a JSON object
/// (`{"mutational": 0.55, "statistical": 0.3}`); an unknown generator fails at decoding.
public struct GeneratorWeights: Codable, Sendable, ExpressibleByDictionaryLiteral {
    public var weights: [GeneratorKind: Double]

    public init(dictionaryLiteral elements: (GeneratorKind, Double)...) {
        weights = Dictionary(elements, uniquingKeysWith: { $1 })
    }

    /// The weight of `kind` (0 when the profile leaves it out).
    public subscript(kind: GeneratorKind) -> Double { weights[kind] ?? 0 }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        var weights: [GeneratorKind: Double] = [:]
        for (name, weight) in try container.decode([String: Double].self).sorted(by: { $0.key < $1.key }) {
            do { weights[try GeneratorKind.named(name)] = weight } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
            }
        }
        self.weights = weights
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: weights.map { ($0.key.rawValue, $0.value) }))
    }
}
