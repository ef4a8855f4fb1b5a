import LODACore
import LODANumber

/// T = (C - C(0)) / g1 * g2 + T(0) with signs: covers negation and sequences with
/// negative terms, which the reference's linear matchers skip.
public struct AffineMatcher: Matcher {
    public init() {}
    public var name: String { "affine" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let first = terms.first else { return nil }
        load(&key, terms)
        guard subtract(&key, first) else { return nil }
        var f = commonFactor(key)
        if let lead = key.first(where: { $0 != 0 }), lead < 0 { f = -f }
        guard divide(&key, f) else { return nil }
        return Parameters(first, f)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        body.appending(affine(sub: c[0], div: c[1], mul: t[1], add: t[0]))
    }

    public func describe(candidate c: Parameters, target t: Parameters) -> String {
        "T = (C - \(c[0])) / \(c[1]) * \(t[1]) + \(t[0])"
    }

    public func predict(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> [Int]? {
        affineMap(terms, sub: c[0], div: c[1], mul: t[1], add: t[0])
    }

    public func predictNewest(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.flatMap { affineMap($0, sub: c[0], div: c[1], mul: t[1], add: t[0]) }.map { (terms.count - 1, $0) }
    }
}
