import LODACore
import LODANumber

/// T(n) = C(n - 1) for n >= 1: the target has one more term in front, kept as a parameter.
public struct LagMatcher: Matcher {
    public init() {}
    public var name: String { "lag" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let first = terms.first else { return nil }
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: terms.dropFirst())
        return Parameters(first)
    }

    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard let first = terms.first else { return nil }
        load(&key, terms)
        return Parameters(first)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        guard let m = body.highestCell else { return nil }
        let (fix, overflow) = t[0].subtractingReportingOverflow(c[0])
        if overflow { return nil }
        let n = m + 1, flag = m + 2
        // run the body on max(n-1, 0), then correct the n = 0 term: + [n == 0] * (T(0) - C(0))
        var p = body.prepending([
            Instruction(.mov, .cell(n), .cell(0)), Instruction(.sub, .cell(0), .value(1)),
            Instruction(.max, .cell(0), .value(0))
        ])
        if fix != 0 {
            p = p.appending([
                Instruction(.mov, .cell(flag), .cell(n)), Instruction(.equ, .cell(flag), .value(0)),
                Instruction(.mul, .cell(flag), .value(fix)), Instruction(.add, .cell(0), .cell(flag))
            ])
        }
        return p
    }

    public func describe(candidate: Parameters, target t: Parameters) -> String { "T(n) = C(n-1), T(0) = \(t[0])" }
    public func predict(_ terms: [Int], candidate: Parameters, target t: Parameters) -> [Int]? { [t[0]] + terms }
    public func predictNewest(_ terms: [Int], candidate: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.map { (terms.count, $0) }
    }
}
