import LODACore
import LODANumber

/// T(n) = C(n + 1): the candidate computes the target one index early.
public struct ShiftMatcher: Matcher {
    public init() {}
    public var name: String { "shift" }
    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        return Parameters()
    }
    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard terms.count > 1 else { return nil }
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: terms.dropFirst())
        return Parameters()
    }
    public func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program? {
        body.prepending(Program.shiftInput(1))
    }
    public func describe(candidate: Parameters, target: Parameters) -> String { "T(n) = C(n+1)" }
    public func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]? { Array(terms.dropFirst()) }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)? {
        terms.count > 1 ? (terms.count - 2, terms[terms.count - 1]) : nil
    }
}
