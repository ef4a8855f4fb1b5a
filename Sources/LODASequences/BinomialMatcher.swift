import LODACore
import LODANumber

/// T is the binomial transform of C: T(n) = sum over k of C(n,k) C(k).
public struct BinomialMatcher: Matcher {
    public init() {}
    public var name: String { "binomial" }

    /// The inverse binomial transform of T (what C must be): the leading entries of
    /// T's difference table, computed in place.
    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        for j in key.indices.dropFirst() {
            var i = key.count - 1
            while i >= j {
                let (d, overflow) = key[i].subtractingReportingOverflow(key[i - 1])
                if overflow { return nil }
                key[i] = d
                i -= 1
            }
        }
        return Parameters()
    }

    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        return Parameters()
    }

    public func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program? {
        body.wrapped(.binomialTransform)
    }

    public func describe(candidate: Parameters, target: Parameters) -> String { "T = binomial transform of C" }
}
