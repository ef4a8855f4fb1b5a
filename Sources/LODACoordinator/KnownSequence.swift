import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASequences

/// A sequence's known terms, as a verification needs them.
public struct KnownSequence: Codable, Sendable, Hashable {
    public var id: String
    public var offset: Int
    public var terms: [String]

    public init(_ s: IntegerSequence) {
        id = s.id.description
        offset = s.offset
        terms = s.terms.map(\.description)
    }

    /// The sequence again; nil when the text is not one (a verifier never trusts its input).
    public var sequence: IntegerSequence? {
        guard let sid = SequenceID(id) else { return nil }
        var values: [Number] = []
        values.reserveCapacity(terms.count)
        for t in terms {
            guard let v = Number(decimal: t) else { return nil }
            values.append(v)
        }
        return IntegerSequence(id: sid, terms: values, offset: offset)
    }
}
