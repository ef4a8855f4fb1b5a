/// A closed set of names in a configuration file (matchers, generators, targets): decoding
/// an unknown name fails at once, with the allowed names listed.
public protocol NamedChoice: RawRepresentable<String>, CaseIterable, Codable, Sendable {
    /// What the names name, for the error ("matcher", "generator").
    static var kind: String { get }
}

extension NamedChoice {
    /// The allowed names, comma-separated.
    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a name; the error says which names there are.
    public static func named(_ text: String) throws(NamedChoiceError) -> Self {
        guard let value = Self(rawValue: text) else { throw NamedChoiceError(description: "unknown \(kind) '\(text)' (have: \(allowed))") }
        return value
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { self = try Self.named(text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
