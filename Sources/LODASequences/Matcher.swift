import LODACore
import LODANumber

/// Relates a target sequence T to a candidate sequence C (what a program computes).
///
/// When `reduceTarget(T)` and `reduceCandidate(C)` give the same key, `extend` turns a
/// program for C into one for T. Everything works in index space from 0: term i of
/// both sequences; callers add the offsets. A match is only a hint: the extended
/// program must still be evaluated and checked against all known terms.
public protocol Matcher: Sendable {
    /// Short name (`direct`, `linear1`, ...).
    var name: String { get }
    /// Reduces a target into `key` (reusing its storage); nil when the matcher does not apply.
    func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters?
    /// Reduces a candidate (by default as a target).
    func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters?
    /// A program for T from `body`, a program computing C(i) from `$0 = i`.
    func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program?
    /// The relation in words, e.g. `T = (C - 1) / 2 * 3`.
    func describe(candidate: Parameters, target: Parameters) -> String
    /// The target's first terms predicted from the candidate's, as the extended program
    /// would compute them (LODA's truncating division); nil when not cheaply computable.
    func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]?
    /// The target term that the candidate's last term determines, as (index, value): what
    /// `predict` would add for that term, without building the rest (nil when unknown).
    func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)?
}

extension Matcher {
    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? { reduceTarget(terms, into: &key) }
    public func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]? { nil }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)? {
        guard let p = predict(terms, candidate: candidate, target: target), let last = p.last else { return nil }
        return (p.count - 1, last)
    }

    public func reduceTarget(_ terms: [Int]) -> Reduction? {
        var key: [Int] = []
        return reduceTarget(terms, into: &key).map { Reduction(key: key, parameters: $0) }
    }

    public func reduceCandidate(_ terms: [Int]) -> Reduction? {
        var key: [Int] = []
        return reduceCandidate(terms, into: &key).map { Reduction(key: key, parameters: $0) }
    }
}
