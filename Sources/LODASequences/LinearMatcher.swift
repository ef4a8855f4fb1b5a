import LODACore
import LODANumber

/// T = (C - o1) / f1 * f2 + o2 for sequences without negative terms (the reference's
/// `linear1`: subtract the minimum, then divide by the gcd), or with the two steps in
/// the other order (`linear2`: divide by the gcd, then subtract the minimum).
public struct LinearMatcher: Matcher {
    public let divideFirst: Bool
    public init(divideFirst: Bool) { self.divideFirst = divideFirst }
    public var name: String { divideFirst ? "linear2" : "linear1" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let low = terms.min(), low >= 0 else { return nil }
        load(&key, terms)
        if divideFirst {
            let f = commonFactor(key)
            divide(&key, f)
            let o = key.min() ?? 0
            _ = subtract(&key, o)
            return Parameters(f, o)
        }
        _ = subtract(&key, low)
        let f = commonFactor(key)
        divide(&key, f)
        return Parameters(low, f)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        if divideFirst {
            let (shift, overflow) = t[1].subtractingReportingOverflow(c[1])
            if overflow { return nil }
            return body.appending(affine(div: c[0]) + affine(add: shift) + affine(mul: t[0]))
        }
        return body.appending(affine(sub: c[0], div: c[1], mul: t[1], add: t[0]))
    }

    public func describe(candidate c: Parameters, target t: Parameters) -> String {
        divideFirst ? "T = (C / \(c[0]) + \(t[1] - c[1])) * \(t[0])" : "T = (C - \(c[0])) / \(c[1]) * \(t[1]) + \(t[0])"
    }

    /// The target term of candidate term `x`.
    func predictTerm(_ x: Int, candidate c: Parameters, target t: Parameters) -> Int? {
        guard divideFirst else { return affineMap(x, sub: c[0], div: c[1], mul: t[1], add: t[0]) }
        return affineMap(x, sub: 0, div: c[0], mul: 1, add: t[1] - c[1]).flatMap { affineMap($0, sub: 0, div: 1, mul: t[0], add: 0) }
    }

    public func predict(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> [Int]? {
        mapEach(terms) { predictTerm($0, candidate: c, target: t) }
    }

    public func predictNewest(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.flatMap { predictTerm($0, candidate: c, target: t) }.map { (terms.count - 1, $0) }
    }
}
