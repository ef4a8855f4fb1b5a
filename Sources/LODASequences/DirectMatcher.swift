import LODACore
import LODANumber

/// T = C.
public struct DirectMatcher: Matcher {
    public init() {}
    public var name: String { "direct" }
    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        return Parameters()
    }
    public func extend(_ body: Program, candidate: Parameters, target: Parameters) -> Program? { body }
    public func describe(candidate: Parameters, target: Parameters) -> String { "T = C" }
    public func predict(_ terms: [Int], candidate: Parameters, target: Parameters) -> [Int]? { terms }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target: Parameters) -> (index: Int, value: Int)? {
        terms.last.map { (terms.count - 1, $0) }
    }
}
