import LODACore
import LODANumber

/// Digit and bit sequences: T = (C + d) mod b, where T's terms all lie in 0..b-1.
/// Both sides are reduced mod b and shifted so that their most frequent residue is 0.
public struct DigitMatcher: Matcher {
    public let base: Int
    public init(base: Int) { self.base = base }
    public var name: String { base == 2 ? "binary" : base == 10 ? "decimal" : "mod\(base)" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        guard terms.allSatisfy({ $0 >= 0 && $0 < base }) else { return nil }
        return reduceCandidate(terms, into: &key)
    }

    public func reduceCandidate(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        for i in key.indices { key[i] = ((key[i] % base) + base) % base }
        // the most frequent residue among the key terms (the smallest on ties)
        var d = 0, best = 0
        for r in 0..<base {
            var n = 0
            for x in key.prefix(SequenceIndex.keyLength) where x == r { n += 1 }
            if n > best { (d, best) = (r, n) }
        }
        if d != 0 { for i in key.indices { key[i] = (key[i] - d + base) % base } }
        return Parameters(d)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        body.appending(
            affine(add: t[0] - c[0]) + [
                Instruction(.mod, .cell(0), .value(base)), Instruction(.add, .cell(0), .value(base)),
                Instruction(.mod, .cell(0), .value(base))
            ])
    }

    public func describe(candidate c: Parameters, target t: Parameters) -> String { "T = (C + \(t[0] - c[0])) mod \(base)" }
    /// The target term of candidate term `x` (-1, which no target has, on overflow).
    func predictTerm(_ x: Int, candidate c: Parameters, target t: Parameters) -> Int {
        let (y, overflow) = x.addingReportingOverflow(t[0] - c[0])
        return overflow ? -1 : ((y % base) + base) % base
    }

    public func predict(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> [Int]? {
        terms.map { predictTerm($0, candidate: c, target: t) }
    }

    public func predictNewest(_ terms: [Int], candidate c: Parameters, target t: Parameters) -> (index: Int, value: Int)? {
        terms.last.map { (terms.count - 1, predictTerm($0, candidate: c, target: t)) }
    }
}
