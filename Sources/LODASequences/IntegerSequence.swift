import LODANumber

/// One OEIS sequence: its A-number, known terms (from its offset on), name and offset.
public struct IntegerSequence: Sendable {
    public var id: SequenceID
    public var terms: [Number]
    public var name: String
    public var offset: Int

    public init(id: SequenceID, terms: [Number], name: String = "", offset: Int = 0) {
        self.id = id
        self.terms = terms
        self.name = name
        self.offset = offset
    }

    /// The first `count` terms as `Int`s, or nil when one of them is too big.
    public func smallPrefix(_ count: Int) -> [Int]? {
        var out: [Int] = []
        out.reserveCapacity(min(count, terms.count))
        for t in terms.prefix(count) {
            guard let v = t.intValue else { return nil }
            out.append(v)
        }
        return out
    }
}

extension IntegerSequence {
    /// Whether term `i` is `value` (true past the known terms).
    @inline(__always)
    public func agrees(at i: Int, with value: Int) -> Bool {
        i >= terms.count || terms[i].intValue == value
    }
}
